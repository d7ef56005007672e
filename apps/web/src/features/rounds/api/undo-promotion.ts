import { api, unwrap } from '../../../lib/api-client';
import { useRoundMutation } from './round-mutation';

/** Takes a promoted entry back out of the final, until the final opens. */
export const undoPromotion = (roundId: string, roundEntryId: string) =>
  unwrap(api.DELETE('/api/rounds/{id}/promotions/{roundEntryId}', { params: { path: { id: roundId, roundEntryId } } }));

export const useUndoPromotion = (roundId: string) => useRoundMutation(roundId, (roundEntryId: string) => undoPromotion(roundId, roundEntryId));
