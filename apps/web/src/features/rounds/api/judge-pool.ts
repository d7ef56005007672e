import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';
import { useRoundMutation } from './round-mutation';

export type PoolPerson = Schemas['PoolPersonDto'];
export interface PoolFilter {
  q?: string;
  country?: string;
  language?: string;
}

/** Without the filters left empty, so that the API sees only what was asked. */
const query = (f: PoolFilter) => Object.fromEntries(Object.entries(f).filter(([, v]) => Boolean(v))) as PoolFilter;

/** People of the judge pool for a round: by name or email, country and language, with their past rounds. */
export const getJudgePool = (roundId: string, filter: PoolFilter) =>
  unwrap(api.GET('/api/rounds/{id}/judge-pool', { params: { path: { id: roundId }, query: query(filter) } }));

export const judgePoolQueryOptions = (roundId: string, filter: PoolFilter) =>
  queryOptions({ queryKey: [...queryKeys.rounds.scope(roundId), 'pool', query(filter)] as const, queryFn: () => getJudgePool(roundId, filter) });

export const useJudgePool = (roundId: string, filter: PoolFilter) => useQuery({ ...judgePoolQueryOptions(roundId, filter), placeholderData: keepPreviousData });

/** Adds a person of the pool to the round's panel: the manager vouches for them, and they are emailed. */
export const addPoolJudge = (roundId: string, userId: string) =>
  unwrap(api.POST('/api/rounds/{id}/judges', { params: { path: { id: roundId } }, body: { userId } }));

export const useAddPoolJudge = (roundId: string) => useRoundMutation(roundId, (userId: string) => addPoolJudge(roundId, userId));
