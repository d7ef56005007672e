import { api, isApiError, unwrap } from '../../../lib/api-client';
import { useRoundMutation } from './round-mutation';

/**
 * Closes the round and locks its scorecards. Without `force`, a round with assigned scorecards not yet submitted
 * stays open: 409 `judging.scorecards_missing` with params {assigned, submitted, missing}.
 */
export const closeRound = (roundId: string, force: boolean) =>
  unwrap(api.POST('/api/rounds/{id}/close', { params: { path: { id: roundId } }, body: { force } }));

export const useCloseRound = (roundId: string) => useRoundMutation(roundId, (force: boolean) => closeRound(roundId, force));

/** The scorecards still missing when a close was refused for them, or null for any other failure. */
export function missingScorecards(error: unknown): { assigned: number; submitted: number } | null {
  if (!isApiError(error) || error.reason !== 'judging.scorecards_missing') return null;
  const { assigned, submitted } = error.params;
  return typeof assigned === 'number' && typeof submitted === 'number' ? { assigned, submitted } : null;
}
