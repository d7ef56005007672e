import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { SCHOOL_SEARCH_MIN_CHARS } from '@clapper/domain/schools';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type SchoolOption = Schemas['SchoolDto'];

/** Schools of the whole directory whose name contains `q` (20 at most), for the judge's declaration. */
export const searchSchools = (roundId: string, q: string) =>
  unwrap(api.GET('/api/judge/rounds/{id}/schools', { params: { path: { id: roundId }, query: { q } } }));

export const schoolSearchQueryOptions = (roundId: string, q: string) =>
  queryOptions({
    queryKey: queryKeys.judge.schools(roundId, q),
    queryFn: () => searchSchools(roundId, q),
    enabled: q.length >= SCHOOL_SEARCH_MIN_CHARS,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });

export const useSchoolSearch = (roundId: string, q: string) => useQuery(schoolSearchQueryOptions(roundId, q));
