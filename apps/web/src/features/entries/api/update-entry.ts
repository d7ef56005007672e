import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type UpdateEntryInput = Schemas['UpdateEntryDto'];

/** Changes a draft's details: title, synopses, language, category, sources, supervising teacher. */
export const updateEntry = (id: string, body: UpdateEntryInput) => unwrap(api.PATCH('/api/entries/{id}', { params: { path: { id } }, body }));

export function useUpdateEntry(entryId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateEntryInput) => updateEntry(entryId, body),
    onSuccess: (entry) => {
      qc.setQueryData(queryKeys.entries.one(entryId), entry);
      void qc.invalidateQueries({ queryKey: queryKeys.entries.lists() });
    },
  });
}
