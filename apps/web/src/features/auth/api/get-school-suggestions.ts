import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';

export type School = Schemas['SchoolDto'];

/** q is part of a name; the API refuses % and _ in it, so they are left out. */
export const getSchoolSuggestions = (country: string, q: string) => {
  const part = q.replace(/[%_]/g, '').slice(0, 100);
  return unwrap(api.GET('/api/schools', { params: { query: part ? { country, q: part } : { country } } }));
};

export const schoolSuggestionsQueryOptions = (country: string, q: string) =>
  queryOptions({
    queryKey: ['schools', country, q] as const,
    queryFn: () => getSchoolSuggestions(country, q),
    enabled: Boolean(country),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });

export const useSchoolSuggestions = (country: string, q: string) => useQuery(schoolSuggestionsQueryOptions(country, q));
