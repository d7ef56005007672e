import type { Problem } from '../refusals.js';

/**
 * Refusals of the accounts domain: sign-up, sign-in, passwords, links mailed to an address, invitations, teachers'
 * requests, participating countries and the limits on how often each may be tried. Each value is `accounts.<name>`;
 * the web translates it under `refusals.accounts.<name>`.
 */
export enum AccountsReason {
  /** the email or the password is wrong (the answer does not say which) */
  InvalidCredentials = 'accounts.invalid_credentials',
  /** the password was right, but the sign-up's confirmation link was never opened */
  EmailUnconfirmed = 'accounts.email_unconfirmed',
  /** the password policy refused the password: `problems` lists each of the password_* reasons below */
  WeakPassword = 'accounts.weak_password',
  PasswordTooShort = 'accounts.password_too_short',
  PasswordTooCommon = 'accounts.password_too_common',
  PasswordContainsEmail = 'accounts.password_contains_email',
  PasswordRepetitive = 'accounts.password_repetitive',
  /** changing the password: the new one is the current one */
  SamePassword = 'accounts.same_password',
  WrongCurrentPassword = 'accounts.wrong_current_password',
  /** a password reset link that does not exist, was used, or belongs to a disabled account */
  ResetLinkInvalid = 'accounts.reset_link_invalid',
  ResetLinkExpired = 'accounts.reset_link_expired',
  VerificationLinkInvalid = 'accounts.verification_link_invalid',
  VerificationLinkExpired = 'accounts.verification_link_expired',
  AlreadyVerified = 'accounts.already_verified',
  /** one account asked for too many verification emails this hour */
  VerificationMailsLimit = 'accounts.verification_mails_limit',
  /** one address asked for too many password resets this hour */
  PasswordResetsLimit = 'accounts.password_resets_limit',
  /** this client failed to sign in to this account too often: it waits (the owner elsewhere does not) */
  SignInFailures = 'accounts.sign_in_failures',
  /** this client failed to sign in to many accounts (password spraying): it waits */
  ClientFailures = 'accounts.client_failures',
  TeacherRequestAlreadyApproved = 'accounts.teacher_request_already_approved',
  TeacherRequestAlreadyRefused = 'accounts.teacher_request_already_refused',
  /** a field naming a country that does not take part */
  CountryNotParticipating = 'accounts.country_not_participating',
  CountryExists = 'accounts.country_exists',
  DateOfBirthOutOfRange = 'accounts.date_of_birth_out_of_range',
  /** an invitation link that does not exist or was revoked */
  InvitationInvalid = 'accounts.invitation_invalid',
  InvitationUsed = 'accounts.invitation_used',
  InvitationExpired = 'accounts.invitation_expired',
  /** revoking an invitation that was accepted already */
  InvitationAccepted = 'accounts.invitation_accepted',
  /** the invited address has an account: its owner signs in before accepting */
  InvitationSignInFirst = 'accounts.invitation_sign_in_first',
  /** a field: only judges are invited to a round */
  RoundInvitationJudgesOnly = 'accounts.round_invitation_judges_only',
  /** a field: the round does not exist or the inviter does not run it */
  RoundNotManaged = 'accounts.round_not_managed',
  RoundClosed = 'accounts.round_closed',
  /** a field: a judge invited to the final names their own country (they never get its entries) */
  JudgeCountryRequired = 'accounts.judge_country_required',
}

/** The facts each refusal carries, for the message in the reader's language. */
export interface AccountsReasonParams {
  [AccountsReason.InvalidCredentials]: Record<string, never>;
  [AccountsReason.EmailUnconfirmed]: { email: string };
  [AccountsReason.WeakPassword]: { problems: Problem[] };
  [AccountsReason.PasswordTooShort]: { min: number };
  [AccountsReason.PasswordTooCommon]: Record<string, never>;
  [AccountsReason.PasswordContainsEmail]: Record<string, never>;
  [AccountsReason.PasswordRepetitive]: Record<string, never>;
  [AccountsReason.SamePassword]: Record<string, never>;
  [AccountsReason.WrongCurrentPassword]: Record<string, never>;
  [AccountsReason.ResetLinkInvalid]: Record<string, never>;
  [AccountsReason.ResetLinkExpired]: { minutes: number };
  [AccountsReason.VerificationLinkInvalid]: Record<string, never>;
  [AccountsReason.VerificationLinkExpired]: { hours: number };
  [AccountsReason.AlreadyVerified]: { email: string };
  [AccountsReason.VerificationMailsLimit]: { limit: number; retryAfterSeconds: number };
  [AccountsReason.PasswordResetsLimit]: { limit: number; retryAfterSeconds: number };
  [AccountsReason.SignInFailures]: { retryAfterSeconds: number };
  [AccountsReason.ClientFailures]: { retryAfterSeconds: number };
  [AccountsReason.TeacherRequestAlreadyApproved]: Record<string, never>;
  [AccountsReason.TeacherRequestAlreadyRefused]: Record<string, never>;
  [AccountsReason.CountryNotParticipating]: { country: string };
  [AccountsReason.CountryExists]: { country: string };
  /** the earliest and the latest date of birth accepted, as calendar days */
  [AccountsReason.DateOfBirthOutOfRange]: { earliestOn: string; latestOn: string };
  [AccountsReason.InvitationInvalid]: Record<string, never>;
  [AccountsReason.InvitationUsed]: Record<string, never>;
  [AccountsReason.InvitationExpired]: { expiredAt: string };
  [AccountsReason.InvitationAccepted]: Record<string, never>;
  [AccountsReason.InvitationSignInFirst]: { email: string };
  [AccountsReason.RoundInvitationJudgesOnly]: Record<string, never>;
  [AccountsReason.RoundNotManaged]: Record<string, never>;
  [AccountsReason.RoundClosed]: Record<string, never>;
  [AccountsReason.JudgeCountryRequired]: Record<string, never>;
}
