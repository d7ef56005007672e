import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, ApiError, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type CampaignDetail = Schemas['CampaignDetailDto'];
export type CampaignWork = Schemas['CampaignWorkDto'];
export type WorkSummary = Schemas['WorkSummaryDto'];

/** One campaign with its works (clearance evaluated now), its use log and its download log; 404 when out of reach. */
export const getCampaign = (id: string) => unwrap(api.GET('/api/campaigns/{id}', { params: { path: { id } } }));

export const campaignQueryOptions = (id: string) =>
  queryOptions({
    queryKey: queryKeys.campaigns.detail(id),
    queryFn: () => getCampaign(id),
    retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
  });

export const useCampaign = (id: string) => useQuery(campaignQueryOptions(id));
