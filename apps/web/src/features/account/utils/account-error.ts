import type { TFunction } from 'i18next';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-message';

/** A refusal in the server's words (an expired or used link says what to do next); else the translated message. */
export function accountErrorMessage(t: TFunction, error: unknown): string {
  if (isApiError(error) && error.status >= 400 && error.status < 500 && error.status !== 429 && error.message) return error.message;
  return errorMessage(t, error);
}
