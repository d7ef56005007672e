import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type Campaign = Schemas['CampaignDto'];

/** The campaigns the signed-in builder may reach (organisers: all; a coordinator: their country's), newest first. */
export const getCampaigns = (competitionId: string) => unwrap(api.GET('/api/campaigns', { params: { query: competitionId ? { competitionId } : {} } }));

export const campaignsQueryOptions = (competitionId: string) =>
  queryOptions({ queryKey: queryKeys.campaigns.list(competitionId), queryFn: () => getCampaigns(competitionId) });

export const useCampaigns = (competitionId: string) => useQuery(campaignsQueryOptions(competitionId));
