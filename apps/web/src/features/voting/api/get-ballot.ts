import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, ApiError, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type Ballot = Schemas['BallotDto'];
export type BallotCategory = Schemas['BallotCategoryDto'];
export type Candidate = Schemas['CandidateDto'];

/** The ballot: the window, whether the caller may vote (and why not), the finalists per category, the caller's votes. */
export const getBallot = (competitionId: string) => unwrap(api.GET('/api/competitions/{id}/vote', { params: { path: { id: competitionId } } }));

export const ballotQueryOptions = (competitionId: string) =>
  queryOptions({
    queryKey: queryKeys.voting.ballot(competitionId),
    queryFn: () => getBallot(competitionId),
    retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
  });

export const useBallot = (competitionId: string) => useQuery(ballotQueryOptions(competitionId));
