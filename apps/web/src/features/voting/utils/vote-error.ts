import type { TFunction } from 'i18next';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-message';

/** The vote was refused because the address is not verified yet (the API says so in details.reason). */
export const needsVerification = (error: unknown) => isApiError(error) && error.details.reason === 'email_not_verified';

/** A refused vote in the server's words (which rule, what to do); else the translated message. */
export function voteErrorMessage(t: TFunction, error: unknown): string {
  if (isApiError(error) && error.status >= 400 && error.status < 500 && error.status !== 429 && error.message) return error.message;
  return errorMessage(t, error);
}
