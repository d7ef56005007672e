import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';

/** The competition the vote belongs to (its name, for the page's title). */
export const getCompetition = (id: string) => unwrap(api.GET('/api/competitions/{idOrSlug}', { params: { path: { idOrSlug: id } } }));

export const useVoteCompetition = (id: string) =>
  useQuery(queryOptions({ queryKey: ['voting', 'competition', id] as const, queryFn: () => getCompetition(id), retry: false }));
