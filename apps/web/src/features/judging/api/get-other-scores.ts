import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type OtherScore = Schemas['OtherScoreDto'];

/** The other judges' submitted scores for an entry; 403 unless the round shows them and the judge has submitted. */
export const getOtherScores = (roundId: string, roundEntryId: string) =>
  unwrap(api.GET('/api/judge/rounds/{id}/entries/{roundEntryId}/other-scores', { params: { path: { id: roundId, roundEntryId } } }));

export const otherScoresQueryOptions = (roundId: string, roundEntryId: string) =>
  queryOptions({ queryKey: queryKeys.judge.otherScores(roundId, roundEntryId), queryFn: () => getOtherScores(roundId, roundEntryId), select: (d) => d.items });

export const useOtherScores = (roundId: string, roundEntryId: string, enabled: boolean) =>
  useQuery({ ...otherScoresQueryOptions(roundId, roundEntryId), enabled });
