import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import { commonPasswords } from '@clapper/domain/common-passwords';
import { checkPassword, passwordProblem, type PasswordProblem } from '@clapper/domain/password-policy';
import { AccountsReason } from '@clapper/domain/refusals';
import { DomainError } from '../common/domain-error.js';

const MESSAGES: Record<PasswordProblem, string> = {
  too_short: 'Use at least 12 characters; a few unrelated words make a strong password.',
  too_long: 'Use at most 256 characters.',
  too_common: 'This password is one of the most common ones. Choose something less guessable.',
  contains_email: 'Do not build the password from your email address.',
  repetitive: 'Use more varied characters than a repeated pattern.',
};

/** What an endpoint that sets a password may refuse it for: weak_password and each problem it lists. */
export const PASSWORD_REFUSALS = [
  AccountsReason.WeakPassword,
  AccountsReason.PasswordTooShort,
  AccountsReason.PasswordTooCommon,
  AccountsReason.PasswordContainsEmail,
  AccountsReason.PasswordRepetitive,
] as const;

/** A client slowed down after failed passwords (SignInThrottle). */
export const THROTTLE_REFUSALS = [AccountsReason.SignInFailures, AccountsReason.ClientFailures] as const;

/** argon2id hashing and the password policy. */
@Injectable()
export class PasswordService {
  private dummyHash: Promise<string> | null = null;

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    // When there is no account, verify against a dummy hash so that timing does not tell which emails exist.
    this.dummyHash ??= this.hash('clapper-dummy-password-for-timing');
    const target = hash ?? (await this.dummyHash);
    try {
      return (await argon2.verify(target, password)) && hash !== null;
    } catch {
      return false;
    }
  }

  /**
   * Throws a 422 (accounts.weak_password) naming each problem with its facts, in `params.problems` and on the field
   * (`password`, or the name the form gives it).
   */
  assertAcceptable(password: string, email?: string, field = 'password'): void {
    const found = checkPassword(password, commonPasswords(), { email });
    if (!found.length) return;
    const problems = found.map(passwordProblem);
    throw new DomainError(
      'weak_password',
      AccountsReason.WeakPassword,
      'Please choose a stronger password.',
      { problems },
      { fields: [{ field, messages: found.map((p) => MESSAGES[p]), problems }] },
    );
  }
}
