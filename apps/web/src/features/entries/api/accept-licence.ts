import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export const acceptLicence = (id: string, body: { licenceVersionId: string }) =>
  unwrap(api.POST('/api/entries/{id}/licence', { params: { path: { id } }, body }));

export function useAcceptLicence(entryId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { licenceVersionId: string }) => acceptLicence(entryId, body),
    onSuccess: (entry) => {
      qc.setQueryData(queryKeys.entries.one(entryId), entry);
      void qc.invalidateQueries({ queryKey: queryKeys.entries.lists() });
    },
  });
}
