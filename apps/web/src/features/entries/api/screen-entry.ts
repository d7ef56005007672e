import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export const screenEntry = (id: string, body: Schemas['ScreeningDto']) => unwrap(api.POST('/api/entries/{id}/screening', { params: { path: { id } }, body }));

export function useScreenEntry(entryId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['ScreeningDto']) => screenEntry(entryId, body),
    onSuccess: (entry) => {
      qc.setQueryData(queryKeys.entries.one(entryId), entry);
      void qc.invalidateQueries({ queryKey: queryKeys.entries.lists() });
    },
  });
}
