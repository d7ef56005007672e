import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';

export type JudgeRound = Schemas['JudgeRoundDto'];

/** Every judging query starts with this key, so a save can mark them all stale at once. */
export const judgeQueryKey = ['judge'] as const;
export const judgeRoundsQueryKey = [...judgeQueryKey, 'rounds'] as const;

/** The rounds the signed-in judge sits on, with their own progress in each. */
export const getJudgeRounds = () => unwrap(api.GET('/api/judge/rounds'));

export const judgeRoundsQueryOptions = () => queryOptions({ queryKey: judgeRoundsQueryKey, queryFn: getJudgeRounds });

export const useJudgeRounds = () => useQuery(judgeRoundsQueryOptions());
