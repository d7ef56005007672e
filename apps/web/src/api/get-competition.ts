import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, ApiError, unwrap, type Schemas } from '../lib/api-client';
import { queryKeys } from './query-keys';

export type Competition = Schemas['CompetitionDto'];
export type Category = Schemas['CategoryDto'];
export type EntryRules = Schemas['EntryRulesDto'];

/** One competition by id or slug: its name, timeline, languages, categories, countries and rules. */
export const getCompetition = (idOrSlug: string) => unwrap(api.GET('/api/competitions/{idOrSlug}', { params: { path: { idOrSlug } } }));

export const competitionQueryOptions = (idOrSlug: string) =>
  queryOptions({
    queryKey: queryKeys.competitions.one(idOrSlug),
    queryFn: () => getCompetition(idOrSlug),
    retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
  });

/** One competition; an empty id or slug waits (for a picker that has no choice yet). */
export const useCompetition = (idOrSlug: string) => useQuery({ ...competitionQueryOptions(idOrSlug), enabled: Boolean(idOrSlug) });
