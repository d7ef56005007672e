import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type ReadyRounds = Schemas['ReadyRoundsDto'];
export type ReadyRound = Schemas['ReadyRoundDto'];

// under the rounds lists: adding a judge, creating rounds or opening them marks it stale with the lists
const readyKey = (competitionId: string) => [...queryKeys.rounds.lists(), 'open-ready', competitionId] as const;

/** The rounds not opened yet, each with its judges and the entries it would take now. */
export const getReadyRounds = (competitionId: string) =>
  unwrap(api.GET('/api/competitions/{id}/rounds/open-ready', { params: { path: { id: competitionId } } }));

export const readyRoundsQueryOptions = (competitionId: string) =>
  queryOptions({ queryKey: readyKey(competitionId), queryFn: () => getReadyRounds(competitionId) });

export const useReadyRounds = (competitionId: string) => useQuery(readyRoundsQueryOptions(competitionId));

/** Opens the rounds and runs their assignment, all or none (`confirm` while submissions are still open). */
export const openReadyRounds = (competitionId: string, roundIds: string[], confirm: boolean) =>
  unwrap(api.POST('/api/competitions/{id}/rounds/open-ready', { params: { path: { id: competitionId } }, body: { roundIds, confirm } }));

/** After it, everything about rounds (lists, each round, the judges' queues) and the competition's dashboard is stale. */
export function useOpenReadyRounds(competitionId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ roundIds, confirm }: { roundIds: string[]; confirm: boolean }) => openReadyRounds(competitionId, roundIds, confirm),
    onSuccess: () =>
      Promise.all([qc.invalidateQueries({ queryKey: queryKeys.rounds.all() }), qc.invalidateQueries({ queryKey: queryKeys.competitions.one(competitionId) })]),
  });
}
