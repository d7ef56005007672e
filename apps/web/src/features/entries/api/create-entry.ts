import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type CreateEntryInput = Schemas['CreateEntryDto'];

export const createEntry = (body: CreateEntryInput) => unwrap(api.POST('/api/entries', { body }));

export function useCreateEntry() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createEntry,
    onSuccess: (entry) => {
      qc.setQueryData(queryKeys.entries.one(entry.id), entry);
      void qc.invalidateQueries({ queryKey: queryKeys.entries.lists() });
    },
  });
}
