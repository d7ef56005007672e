import { api, unwrap } from '../../../lib/api-client';
import { useCampaignMutation } from './campaign-mutation';

/** Takes a work out of the campaign; its uses and downloads stay in the logs. */
export const removeWork = (id: string, entryId: string) => unwrap(api.DELETE('/api/campaigns/{id}/works/{entryId}', { params: { path: { id, entryId } } }));

export const useRemoveWork = (id: string) => useCampaignMutation(id, (entryId: string) => removeWork(id, entryId));
