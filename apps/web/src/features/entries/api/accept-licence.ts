import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { entryListsQueryKey, entryQueryKey } from '../../../lib/entry-query-keys';

export const acceptLicence = (id: string, body: { licenceVersionId: string }) =>
  unwrap(api.POST('/api/entries/{id}/licence', { params: { path: { id } }, body }));

export function useAcceptLicence(entryId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { licenceVersionId: string }) => acceptLicence(entryId, body),
    onSuccess: (entry) => {
      qc.setQueryData(entryQueryKey(entryId), entry);
      void qc.invalidateQueries({ queryKey: entryListsQueryKey });
    },
  });
}
