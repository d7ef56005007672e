import { api, isApiError, unwrap } from '../../../lib/api-client';
import { useRoundMutation } from './round-mutation';

/**
 * Opens judging; a national round takes in its country's eligible entries. Refused without judges or entries; while
 * the competition still takes submissions, refused unless `confirm`: 409 `judging.submissions_open` with params
 * {closesAt, submitted, entries}.
 */
export const openRound = (roundId: string, confirm: boolean) =>
  unwrap(api.POST('/api/rounds/{id}/open', { params: { path: { id: roundId } }, body: { confirm } }));

export const useOpenRound = (roundId: string) => useRoundMutation(roundId, (confirm: boolean) => openRound(roundId, confirm));

/** What an early opening would mean, when the API asked to confirm it; null for any other failure. */
export function submissionsStillOpen(error: unknown): { closesAt: string; submitted: number; entries: number } | null {
  if (!isApiError(error) || error.reason !== 'judging.submissions_open') return null;
  const { closesAt, submitted, entries } = error.params;
  return typeof closesAt === 'string' && typeof submitted === 'number' && typeof entries === 'number' ? { closesAt, submitted, entries } : null;
}
