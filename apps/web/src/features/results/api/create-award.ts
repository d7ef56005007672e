import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { useAwardsMutation } from './awards-mutation';

export type AwardInput = Schemas['AwardInputDto'];

/** Defines an award (refused once the results are sealed). */
export const createAward = (competitionId: string, body: AwardInput) =>
  unwrap(api.POST('/api/competitions/{id}/awards', { params: { path: { id: competitionId } }, body }));

export const useCreateAward = (competitionId: string) => useAwardsMutation(competitionId, (body: AwardInput) => createAward(competitionId, body));
