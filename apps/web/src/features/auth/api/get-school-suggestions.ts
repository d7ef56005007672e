import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { SCHOOL_SEARCH_MIN_CHARS } from '@clapper/domain/schools';
import { queryKeys } from '../../../api/query-keys';
import { api, unwrap, type Schemas } from '../../../lib/api-client';

export type School = Schemas['SchoolDto'];

/** The API searches from three characters of a name (never the whole list), without % _ or \\, and answers 20 names at most. */
const searchPart = (q: string) =>
  q
    .replace(/[%_\\]/g, '')
    .trim()
    .slice(0, 100);

export const getSchoolSuggestions = (country: string, q: string) => unwrap(api.GET('/api/schools', { params: { query: { country, q: searchPart(q) } } }));

export const schoolSuggestionsQueryOptions = (country: string, q: string) =>
  queryOptions({
    queryKey: queryKeys.schools.suggestions(country, searchPart(q)),
    queryFn: () => getSchoolSuggestions(country, q),
    enabled: Boolean(country) && [...searchPart(q)].length >= SCHOOL_SEARCH_MIN_CHARS,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });

export const useSchoolSuggestions = (country: string, q: string) => useQuery(schoolSuggestionsQueryOptions(country, q));
