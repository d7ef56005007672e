import { api, unwrap } from '../../../lib/api-client';
import { useCampaignMutation } from './campaign-mutation';

/** Adds a cleared work to the campaign. */
export const addWork = (id: string, entryId: string) => unwrap(api.POST('/api/campaigns/{id}/works', { params: { path: { id } }, body: { entryId } }));

export const useAddWork = (id: string) => useCampaignMutation(id, (entryId: string) => addWork(id, entryId));
