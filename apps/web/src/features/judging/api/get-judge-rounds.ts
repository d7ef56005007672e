import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type JudgeRound = Schemas['JudgeRoundDto'];

/** The rounds the signed-in judge sits on, with their own progress in each. */
export const getJudgeRounds = () => unwrap(api.GET('/api/judge/rounds'));

export const judgeRoundsQueryOptions = () => queryOptions({ queryKey: queryKeys.judge.rounds(), queryFn: getJudgeRounds });

export const useJudgeRounds = () => useQuery(judgeRoundsQueryOptions());
