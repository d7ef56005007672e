import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { useCampaignMutation } from './campaign-mutation';

export type UpdateCampaignInput = Schemas['UpdateCampaignDto'];

/** Renames the campaign or changes its description. */
export const updateCampaign = (id: string, body: UpdateCampaignInput) => unwrap(api.PATCH('/api/campaigns/{id}', { params: { path: { id } }, body }));

export const useUpdateCampaign = (id: string) => useCampaignMutation(id, (body: UpdateCampaignInput) => updateCampaign(id, body));
