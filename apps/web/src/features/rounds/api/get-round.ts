import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '../../../lib/api-client';
import { PROGRESS_REFRESH_MS } from './get-progress';
import { queryKeys } from '../../../api/query-keys';

/** One round with its rubric, normalised weights and counts; 404 for a round the manager does not run. */
export const getRound = (roundId: string) => unwrap(api.GET('/api/rounds/{id}', { params: { path: { id: roundId } } }));

export const roundQueryOptions = (roundId: string) =>
  queryOptions({
    queryKey: queryKeys.rounds.settings(roundId),
    queryFn: () => getRound(roundId),
    retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
    // the counts move while judges score: follow them as the progress does
    refetchInterval: (query) => (query.state.data?.status === 'open' ? PROGRESS_REFRESH_MS : false),
  });

export const useRound = (roundId: string) => useQuery(roundQueryOptions(roundId));
