import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type CreateCampaignInput = Schemas['CreateCampaignDto'];

/** A new, empty campaign: regional (no country, organisers only) or one country's; a coordinator's is their country's. */
export const createCampaign = (body: CreateCampaignInput) => unwrap(api.POST('/api/campaigns', { body }));

export function useCreateCampaign() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: createCampaign, onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.campaigns.lists() }) });
}
