import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export const submitEntry = (id: string) => unwrap(api.POST('/api/entries/{id}/submit', { params: { path: { id } } }));

export function useSubmitEntry(entryId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => submitEntry(entryId),
    onSuccess: (entry) => {
      qc.setQueryData(queryKeys.entries.one(entryId), entry);
      void qc.invalidateQueries({ queryKey: queryKeys.entries.lists() });
    },
  });
}
