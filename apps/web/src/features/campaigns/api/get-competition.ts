import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';

/** One competition, for its participating countries (a country campaign draws on one of them). */
export const getCompetition = (id: string) => unwrap(api.GET('/api/competitions/{idOrSlug}', { params: { path: { idOrSlug: id } } }));

export const useCampaignCompetition = (id: string) =>
  useQuery({
    ...queryOptions({ queryKey: ['campaigns', 'competition', id] as const, queryFn: () => getCompetition(id), staleTime: 60_000 }),
    enabled: Boolean(id),
  });
