import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, ApiError, unwrap, type Schemas } from '../../../lib/api-client';

export type ResultsCompetition = Schemas['CompetitionDto'];

/** The competition (name, languages, categories, countries) the results pages speak about; same cache key as elsewhere. */
export const getCompetition = (id: string) => unwrap(api.GET('/api/competitions/{idOrSlug}', { params: { path: { idOrSlug: id } } }));

export const useResultsCompetition = (id: string) =>
  useQuery(
    queryOptions({
      queryKey: ['competitions', 'one', id] as const,
      queryFn: () => getCompetition(id),
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
    }),
  );
