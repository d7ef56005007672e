import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type JudgeStats = Schemas['JudgeStatsDto'];
export type JudgeStatsItem = Schemas['JudgeStatsItemDto'];

/** Each judge's distribution of weighted totals (10 buckets over 0–100), with lenient, severe and flat flags. */
export const getJudgeStats = (roundId: string) => unwrap(api.GET('/api/rounds/{id}/judge-stats', { params: { path: { id: roundId } } }));

export const judgeStatsQueryOptions = (roundId: string) =>
  queryOptions({ queryKey: queryKeys.rounds.judgeStats(roundId), queryFn: () => getJudgeStats(roundId) });

export const useJudgeStats = (roundId: string) => useQuery(judgeStatsQueryOptions(roundId));

/** The CSV of the round's scorecards: a plain link with `download`, the session cookie goes with it. */
export const scorecardsExportHref = (roundId: string) => `/api/rounds/${encodeURIComponent(roundId)}/scorecards/export`;
