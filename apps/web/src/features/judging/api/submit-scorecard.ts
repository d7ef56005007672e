import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError, unwrap } from '../../../lib/api-client';
import { rememberScorecard, type ScorecardInput } from './save-scorecard';
import { queryKeys } from '../../../api/query-keys';

export interface SubmitScorecardVariables {
  body: ScorecardInput;
  /** one per attempt the judge makes; an automatic retry of that attempt sends the same key, so it takes effect once */
  idempotencyKey: string;
}

/** Submits the scorecard: every criterion must be scored (400 lists the missing ones in `fields`). */
export const submitScorecard = (roundId: string, roundEntryId: string, { body, idempotencyKey }: SubmitScorecardVariables) =>
  unwrap(
    api.POST('/api/judge/rounds/{id}/entries/{roundEntryId}/scorecard/submit', {
      params: { path: { id: roundId, roundEntryId }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );

/** Worth sending again: the request may not have arrived (network) or the server had a passing problem (5xx). */
export const isTransientError = (error: unknown) => isApiError(error) && (error.status === 0 || error.status >= 500);

export const SUBMIT_RETRIES = 2;

export function useSubmitScorecard(roundId: string, roundEntryId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (variables: SubmitScorecardVariables) => submitScorecard(roundId, roundEntryId, variables),
    // the same variables, hence the same Idempotency-Key, on each automatic retry
    retry: (failures, error) => isTransientError(error) && failures < SUBMIT_RETRIES,
    retryDelay: (failures) => Math.min(1000 * 2 ** failures, 8000),
    onSuccess: (card) => {
      rememberScorecard(qc, roundId, roundEntryId, card);
      void qc.invalidateQueries({ queryKey: queryKeys.judge.otherScores(roundId, roundEntryId) });
    },
  });
}
