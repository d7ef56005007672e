import { api, isApiError, unwrap } from '../../../lib/api-client';
import { useRoundMutation } from './round-mutation';

/**
 * Closes the round and locks its scorecards. Without `force`, a round with assigned scorecards not yet submitted
 * stays open: 409 `judging.scorecards_missing` with params {assigned, submitted, missing, judges, judgesBehind}.
 */
export const closeRound = (roundId: string, force: boolean) =>
  unwrap(api.POST('/api/rounds/{id}/close', { params: { path: { id: roundId } }, body: { force } }));

export const useCloseRound = (roundId: string) => useRoundMutation(roundId, (force: boolean) => closeRound(roundId, force));

/** The scorecards still missing when a close was refused for them (how many, and whose), or null for any other failure. */
export function missingScorecards(error: unknown): { assigned: number; submitted: number; judges: string[] } | null {
  if (!isApiError(error) || error.reason !== 'judging.scorecards_missing') return null;
  const { assigned, submitted, judges } = error.params;
  if (typeof assigned !== 'number' || typeof submitted !== 'number') return null;
  return { assigned, submitted, judges: Array.isArray(judges) ? judges.filter((j): j is string => typeof j === 'string') : [] };
}
