import type { TFunction } from 'i18next';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-message';

const LINK_REASONS = ['token_invalid', 'token_expired', 'already_verified'] as const;

/** A refusal about the verification link (used, expired, nothing left to do), in the reader's language; else the translated message. */
export function accountErrorMessage(t: TFunction, error: unknown): string {
  if (isApiError(error)) {
    const reason = error.details.reason;
    const hours = typeof error.details.hours === 'number' ? error.details.hours : 48;
    if (typeof reason === 'string' && (LINK_REASONS as readonly string[]).includes(reason)) return t(`account.linkErrors.${reason}`, { hours });
  }
  return errorMessage(t, error);
}
