import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { entryListsQueryKey, entryQueryKey } from '../../../lib/entry-query-keys';

export type CreateEntryInput = Schemas['CreateEntryDto'];

export const createEntry = (body: CreateEntryInput) => unwrap(api.POST('/api/entries', { body }));

export function useCreateEntry() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createEntry,
    onSuccess: (entry) => {
      qc.setQueryData(entryQueryKey(entry.id), entry);
      void qc.invalidateQueries({ queryKey: entryListsQueryKey });
    },
  });
}
