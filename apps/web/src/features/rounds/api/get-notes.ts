import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type Note = Schemas['NoteDto'];

/** The deliberation notes on one entry of the round, oldest first. */
export const getNotes = (roundId: string, roundEntryId: string) =>
  unwrap(api.GET('/api/rounds/{id}/entries/{roundEntryId}/notes', { params: { path: { id: roundId, roundEntryId } } }));

export const notesQueryOptions = (roundId: string, roundEntryId: string) =>
  queryOptions({ queryKey: queryKeys.rounds.notes(roundId, roundEntryId), queryFn: () => getNotes(roundId, roundEntryId) });

export const useNotes = (roundId: string, roundEntryId: string) => useQuery(notesQueryOptions(roundId, roundEntryId));
