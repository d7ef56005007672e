import { api, unwrap } from '../../../lib/api-client';
import { useAwardsMutation } from './awards-mutation';

/** Assigns every award from the final's results; overridden winners are kept. */
export const assignAwards = (competitionId: string) => unwrap(api.POST('/api/competitions/{id}/awards/assign', { params: { path: { id: competitionId } } }));

export const useAssignAwards = (competitionId: string) => useAwardsMutation(competitionId, () => assignAwards(competitionId));
