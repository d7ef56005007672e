import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type Queue = Schemas['QueueDto'];
export type QueueItem = Schemas['QueueItemDto'];

/** The entries assigned to the judge in a round, with their scorecard's status and total. */
export const getQueue = (roundId: string) => unwrap(api.GET('/api/judge/rounds/{id}/queue', { params: { path: { id: roundId } } }));

export const queueQueryOptions = (roundId: string) => queryOptions({ queryKey: queryKeys.judge.queue(roundId), queryFn: () => getQueue(roundId) });

export const useQueue = (roundId: string) => useQuery(queueQueryOptions(roundId));

/** Still to do: never opened, or a draft not yet submitted. */
export const isToDo = (item: Pick<QueueItem, 'scorecard'>) => item.scorecard === 'none' || item.scorecard === 'draft';
