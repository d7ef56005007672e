import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { useCampaignMutation } from './campaign-mutation';

export type RecordUseInput = Schemas['RecordUseDto'];

/** Records where and when a work was used (channel, day, note). */
export const recordUse = (id: string, body: RecordUseInput) => unwrap(api.POST('/api/campaigns/{id}/uses', { params: { path: { id } }, body }));

export const useRecordUse = (id: string) => useCampaignMutation(id, (body: RecordUseInput) => recordUse(id, body));
