import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type Assignments = Schemas['AssignmentsDto'];
export type AssignedEntry = Schemas['AssignedEntryDto'];
export type AssignedJudge = Schemas['AssignedJudgeDto'];
export type JudgeLoad = Schemas['JudgeLoadDto'];

/** The round's entries with their judges (language match, source, scorecard), and each judge's load. */
export const getAssignments = (roundId: string) => unwrap(api.GET('/api/rounds/{id}/assignments', { params: { path: { id: roundId } } }));

export const assignmentsQueryOptions = (roundId: string) =>
  queryOptions({ queryKey: queryKeys.rounds.assignments(roundId), queryFn: () => getAssignments(roundId) });

export const useAssignments = (roundId: string) => useQuery(assignmentsQueryOptions(roundId));
