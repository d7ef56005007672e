import { api, unwrap } from '../../../lib/api-client';
import { useAwardsMutation } from './awards-mutation';

/** Publishes sealed results now: the showcase, the teams' results and the certificates open. */
export const publishResults = (competitionId: string) =>
  unwrap(api.POST('/api/competitions/{id}/results/publish', { params: { path: { id: competitionId } } }));

export const usePublishResults = (competitionId: string) => useAwardsMutation(competitionId, () => publishResults(competitionId));
