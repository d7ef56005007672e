import { api, unwrap } from '../../../lib/api-client';
import { useAwardsMutation } from './awards-mutation';

/** Seals the results until publication; a 409 `results.not_ready` lists in `params.problems` what still stands in the way. */
export const sealResults = (competitionId: string) => unwrap(api.POST('/api/competitions/{id}/results/seal', { params: { path: { id: competitionId } } }));

export const useSealResults = (competitionId: string) => useAwardsMutation(competitionId, () => sealResults(competitionId));
