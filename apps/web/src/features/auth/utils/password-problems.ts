import type { TFunction } from 'i18next';
import { PASSWORD_MIN_LENGTH, type PasswordProblem } from '@clapper/domain/password-policy';
import { ApiError, isApiError } from '../../../lib/api-client';

/**
 * A refused password (weak_password) with its problems in the reader's language beside the field, in place of the
 * server's English; any other error is returned as it is.
 */
export function translatePasswordRefusal(t: TFunction, error: unknown, field = 'password'): unknown {
  if (!isApiError(error) || error.code !== 'weak_password') return error;
  const problems = Array.isArray(error.details.problems) ? (error.details.problems as PasswordProblem[]) : [];
  const messages = problems.map((p) => t(`auth.passwordProblem.${p}`, { min: PASSWORD_MIN_LENGTH }));
  return new ApiError(error.status, {
    code: error.code,
    message: t('errors.weak_password'),
    fields: [{ field, messages: messages.length ? messages : [t('errors.weak_password')] }],
    details: error.details,
  });
}
