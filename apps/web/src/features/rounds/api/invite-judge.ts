import { api, unwrap } from '../../../lib/api-client';
import { useRoundMutation } from './round-mutation';

export interface InviteJudgeInput {
  email: string;
  /** the judge's own country: required for the final, where judges never get their own country's entries */
  countryCode?: string;
}

/** Invites a judge to the round by email (the invitation endpoint, scoped to the round). */
export const inviteJudge = (roundId: string, { email, countryCode }: InviteJudgeInput) =>
  unwrap(api.POST('/api/invitations', { body: { email, role: 'judge', roundId, ...(countryCode ? { countryCode } : {}) } }));

export const useInviteJudge = (roundId: string) => useRoundMutation(roundId, (input: InviteJudgeInput) => inviteJudge(roundId, input));
