import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type Ranking = Schemas['RankingDto'];
export type RankedEntry = Schemas['RankedEntryDto'];

/** The round's ranking (method named), and for a national round the final's quota and what is promoted. */
export const getRanking = (roundId: string) => unwrap(api.GET('/api/rounds/{id}/ranking', { params: { path: { id: roundId } } }));

export const rankingQueryOptions = (roundId: string) => queryOptions({ queryKey: queryKeys.rounds.ranking(roundId), queryFn: () => getRanking(roundId) });

export const useRanking = (roundId: string) => useQuery(rankingQueryOptions(roundId));
