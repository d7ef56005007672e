import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';

export type Campaign = Schemas['CampaignDto'];

/** Every query about campaigns starts with this key. */
export const campaignsQueryKey = ['campaigns'] as const;
export const campaignListsQueryKey = [...campaignsQueryKey, 'list'] as const;
export const campaignListQueryKey = (competitionId: string) => [...campaignListsQueryKey, competitionId] as const;

/** The campaigns the signed-in builder may reach (organisers: all; a coordinator: their country's), newest first. */
export const getCampaigns = (competitionId: string) => unwrap(api.GET('/api/campaigns', { params: { query: competitionId ? { competitionId } : {} } }));

export const campaignsQueryOptions = (competitionId: string) =>
  queryOptions({ queryKey: campaignListQueryKey(competitionId), queryFn: () => getCampaigns(competitionId) });

export const useCampaigns = (competitionId: string) => useQuery(campaignsQueryOptions(competitionId));
