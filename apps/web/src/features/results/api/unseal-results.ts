import { api, unwrap } from '../../../lib/api-client';
import { useAwardsMutation } from './awards-mutation';

/** Opens sealed (not yet published) results again for changes. */
export const unsealResults = (competitionId: string) => unwrap(api.POST('/api/competitions/{id}/results/unseal', { params: { path: { id: competitionId } } }));

export const useUnsealResults = (competitionId: string) => useAwardsMutation(competitionId, () => unsealResults(competitionId));
