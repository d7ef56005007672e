import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import type { JudgeEntry } from './get-judge-entry';
import { queryKeys } from '../../../api/query-keys';

export type Scorecard = Schemas['ScorecardDto'];
export type ScorecardInput = Schemas['SaveScorecardDto'];

/** Saves the judge's scorecard (a draft, or changes to a submitted one while the round is open). A stale version answers 409. */
export const saveScorecard = (roundId: string, roundEntryId: string, body: ScorecardInput) =>
  unwrap(api.PUT('/api/judge/rounds/{id}/entries/{roundEntryId}/scorecard', { params: { path: { id: roundId, roundEntryId } }, body }));

/**
 * Keeps the cached entry's scorecard at the version just saved (coming back to the entry must not start from an old
 * version), and marks the queue and the rounds stale without refetching them while the judge is scoring.
 */
export function rememberScorecard(qc: QueryClient, roundId: string, roundEntryId: string, card: Scorecard) {
  qc.setQueryData<JudgeEntry>(queryKeys.judge.entry(roundId, roundEntryId), (old) => (old ? { ...old, scorecard: card } : old));
  void qc.invalidateQueries({ queryKey: queryKeys.judge.queue(roundId), refetchType: 'none' });
  void qc.invalidateQueries({ queryKey: queryKeys.judge.rounds(), refetchType: 'none' });
}

export function useSaveScorecard(roundId: string, roundEntryId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ScorecardInput) => saveScorecard(roundId, roundEntryId, body),
    onSuccess: (card) => rememberScorecard(qc, roundId, roundEntryId, card),
  });
}
