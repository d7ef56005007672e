import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

/** Adds a deliberation note to an entry; answers with all its notes. */
export const addNote = (roundId: string, roundEntryId: string, text: string) =>
  unwrap(api.POST('/api/rounds/{id}/entries/{roundEntryId}/notes', { params: { path: { id: roundId, roundEntryId } }, body: { text } }));

export function useAddNote(roundId: string, roundEntryId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => addNote(roundId, roundEntryId, text),
    onSuccess: (notes) => qc.setQueryData(queryKeys.rounds.notes(roundId, roundEntryId), notes),
  });
}
