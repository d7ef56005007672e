import { api, unwrap } from '../../../lib/api-client';
import { useAwardsMutation } from './awards-mutation';

/** Deletes an award and its winners (refused once the results are sealed). */
export const deleteAward = (awardId: string) => unwrap(api.DELETE('/api/awards/{awardId}', { params: { path: { awardId } } }));

export const useDeleteAward = (competitionId: string) => useAwardsMutation(competitionId, (awardId: string) => deleteAward(awardId));
