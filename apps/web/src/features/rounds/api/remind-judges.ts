import { api, unwrap } from '../../../lib/api-client';
import { useRoundMutation } from './round-mutation';

/** Emails a reminder to the judges named, or by default to those behind; anyone reminded in the last 12 hours is skipped. */
export const remindJudges = (roundId: string, judgeIds?: string[]) =>
  unwrap(api.POST('/api/rounds/{id}/reminders', { params: { path: { id: roundId } }, body: judgeIds ? { judgeIds } : {} }));

export const useRemindJudges = (roundId: string) => useRoundMutation(roundId, (judgeIds: string[] | undefined) => remindJudges(roundId, judgeIds));
