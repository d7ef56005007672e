import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { roundScopeQueryKey } from './get-rounds';

export type Note = Schemas['NoteDto'];

export const notesQueryKey = (roundId: string, roundEntryId: string) => [...roundScopeQueryKey(roundId), 'notes', roundEntryId] as const;

/** The deliberation notes on one entry of the round, oldest first. */
export const getNotes = (roundId: string, roundEntryId: string) =>
  unwrap(api.GET('/api/rounds/{id}/entries/{roundEntryId}/notes', { params: { path: { id: roundId, roundEntryId } } }));

export const notesQueryOptions = (roundId: string, roundEntryId: string) =>
  queryOptions({ queryKey: notesQueryKey(roundId, roundEntryId), queryFn: () => getNotes(roundId, roundEntryId) });

export const useNotes = (roundId: string, roundEntryId: string) => useQuery(notesQueryOptions(roundId, roundEntryId));
