import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type JudgeEntry = Schemas['JudgeEntryDto'];
export type Rubric = Schemas['RubricDto'];
export type Criterion = Schemas['CriterionDto'];

/**
 * An assigned entry as a judge may see it: the video and subtitles (presigned, expiring), the rubric, and the
 * judge's own scorecard. Fetching it again brings fresh playback URLs.
 */
export const getJudgeEntry = (roundId: string, roundEntryId: string) =>
  unwrap(api.GET('/api/judge/rounds/{id}/entries/{roundEntryId}', { params: { path: { id: roundId, roundEntryId } } }));

export const judgeEntryQueryOptions = (roundId: string, roundEntryId: string) =>
  queryOptions({ queryKey: queryKeys.judge.entry(roundId, roundEntryId), queryFn: () => getJudgeEntry(roundId, roundEntryId) });

export const useJudgeEntry = (roundId: string, roundEntryId: string) => useQuery(judgeEntryQueryOptions(roundId, roundEntryId));
