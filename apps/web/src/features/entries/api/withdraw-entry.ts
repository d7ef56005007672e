import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export const withdrawEntry = (id: string) => unwrap(api.POST('/api/entries/{id}/withdraw', { params: { path: { id } } }));

export function useWithdrawEntry(entryId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => withdrawEntry(entryId),
    onSuccess: (entry) => {
      qc.setQueryData(queryKeys.entries.one(entryId), entry);
      void qc.invalidateQueries({ queryKey: queryKeys.entries.lists() });
    },
  });
}
