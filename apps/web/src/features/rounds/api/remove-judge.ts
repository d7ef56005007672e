import { api, unwrap } from '../../../lib/api-client';
import { useRoundMutation } from './round-mutation';

/** The judge leaves the panel: their scorecards not submitted go, the submitted ones stay. */
export const removeJudge = (roundId: string, userId: string) =>
  unwrap(api.DELETE('/api/rounds/{id}/judges/{userId}', { params: { path: { id: roundId, userId } } }));

export const useRemoveJudge = (roundId: string) => useRoundMutation(roundId, (userId: string) => removeJudge(roundId, userId));
