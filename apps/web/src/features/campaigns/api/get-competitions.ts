import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';

/** The competitions a campaign can draw works from (as the signed-in builder sees them), for the pickers. */
export const getCompetitions = () => unwrap(api.GET('/api/competitions'));

export const useCampaignCompetitions = () =>
  useQuery(queryOptions({ queryKey: ['campaigns', 'competitions'] as const, queryFn: getCompetitions, staleTime: 60_000 }));
