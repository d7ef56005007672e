import { AccountsReason } from './refusals/accounts.js';
import { FieldReason } from './refusals/common.js';
import { problem, type Problem } from './refusals.js';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = 'too_short' | 'too_long' | 'too_common' | 'contains_email' | 'repetitive';

export interface PasswordContext {
  email?: string;
}

/**
 * Returns every reason a password is refused; an empty list means it is acceptable. `common` is the list of common
 * passwords, lower-cased: commonPasswords() from common-passwords.ts on the server.
 */
export function checkPassword(password: string, common: ReadonlySet<string>, context: PasswordContext = {}): PasswordProblem[] {
  return problems(password, context, common);
}

/** Every reason but `too_common`: what a browser can check before sending, without the list of common passwords. */
export function checkPasswordRules(password: string, context: PasswordContext = {}): PasswordProblem[] {
  return problems(password, context, null);
}

function problems(password: string, context: PasswordContext, common: ReadonlySet<string> | null): PasswordProblem[] {
  const found: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) found.push('too_short');
  if (length > PASSWORD_MAX_LENGTH) found.push('too_long');
  const lower = password.toLowerCase();
  if (common?.has(lower)) found.push('too_common');
  const local = context.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) found.push('contains_email');
  if (length >= PASSWORD_MIN_LENGTH && new Set(lower).size <= 3) found.push('repetitive');
  return found;
}

/** A password problem as a refusal names it (`accounts.password_*`), with its facts: what the web renders beside the field. */
export function passwordProblem(p: PasswordProblem): Problem {
  switch (p) {
    case 'too_short':
      return problem(AccountsReason.PasswordTooShort, { min: PASSWORD_MIN_LENGTH });
    case 'too_long':
      // the same refusal the server gives an over-long password (its DTOs cap every password at this length)
      return problem(FieldReason.TooLong, { max: PASSWORD_MAX_LENGTH });
    case 'too_common':
      return problem(AccountsReason.PasswordTooCommon);
    case 'contains_email':
      return problem(AccountsReason.PasswordContainsEmail);
    case 'repetitive':
      return problem(AccountsReason.PasswordRepetitive);
  }
}
