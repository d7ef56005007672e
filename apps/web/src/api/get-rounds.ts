import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../lib/api-client';
import { queryKeys } from './query-keys';

export type Round = Schemas['RoundDto'];

/** The competition's rounds the signed-in manager runs: all for organisers, their own national round for a coordinator. */
export const getRounds = (competitionId: string) => unwrap(api.GET('/api/rounds', { params: { query: { competitionId } } }));

export const roundsQueryOptions = (competitionId: string) =>
  queryOptions({ queryKey: queryKeys.rounds.list(competitionId), queryFn: () => getRounds(competitionId) });

export const useRounds = (competitionId: string) => useQuery(roundsQueryOptions(competitionId));
