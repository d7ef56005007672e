import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';

export type Round = Schemas['RoundDto'];

/** Every query about running rounds starts with this key. */
export const roundsQueryKey = ['rounds'] as const;
export const roundListsQueryKey = [...roundsQueryKey, 'list'] as const;
export const roundListQueryKey = (competitionId: string) => [...roundListsQueryKey, competitionId] as const;
/** Everything about one round (settings, panel, assignments, progress…): a change marks all of it stale at once. */
export const roundScopeQueryKey = (roundId: string) => [...roundsQueryKey, 'round', roundId] as const;

/** The competition's rounds the signed-in manager runs: all for organisers, their own national round for a coordinator. */
export const getRounds = (competitionId: string) => unwrap(api.GET('/api/rounds', { params: { query: { competitionId } } }));

export const roundsQueryOptions = (competitionId: string) =>
  queryOptions({ queryKey: roundListQueryKey(competitionId), queryFn: () => getRounds(competitionId) });

export const useRounds = (competitionId: string) => useQuery(roundsQueryOptions(competitionId));
