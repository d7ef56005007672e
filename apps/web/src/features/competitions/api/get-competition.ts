import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, ApiError, unwrap, type Schemas } from '../../../lib/api-client';

export type Competition = Schemas['CompetitionDto'];
export type Category = Schemas['CategoryDto'];
export type EntryRules = Schemas['EntryRulesDto'];

export const getCompetition = (idOrSlug: string) => unwrap(api.GET('/api/competitions/{idOrSlug}', { params: { path: { idOrSlug } } }));

export const competitionQueryKey = (idOrSlug: string) => ['competitions', 'one', idOrSlug] as const;

export const competitionQueryOptions = (idOrSlug: string) =>
  queryOptions({
    queryKey: competitionQueryKey(idOrSlug),
    queryFn: () => getCompetition(idOrSlug),
    retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
  });

export const useCompetition = (idOrSlug: string) => useQuery(competitionQueryOptions(idOrSlug));
