import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type Progress = Schemas['ProgressDto'];
export type JudgeProgress = Schemas['JudgeProgressDto'];
export type EntryProgress = Schemas['EntryProgressDto'];

/** While judging runs, progress is fetched again every 30 seconds. */
export const PROGRESS_REFRESH_MS = 30_000;

/** Scorecards submitted per judge and per entry, the share of the window gone, and who is behind. */
export const getProgress = (roundId: string) => unwrap(api.GET('/api/rounds/{id}/progress', { params: { path: { id: roundId } } }));

export const progressQueryOptions = (roundId: string) => queryOptions({ queryKey: queryKeys.rounds.progress(roundId), queryFn: () => getProgress(roundId) });

export const useProgress = (roundId: string, live: boolean) =>
  useQuery({ ...progressQueryOptions(roundId), refetchInterval: live ? PROGRESS_REFRESH_MS : false });
