import type { TFunction } from 'i18next';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-message';

/**
 * What to tell a builder when the API refuses: for a refusal that depends on the campaign's state (403, 404, 409,
 * 422) the server's own words, which say which rule and what to do; else the translated message.
 */
export function refusalMessage(t: TFunction, error: unknown): string {
  if (isApiError(error) && [403, 404, 409, 422].includes(error.status) && error.message) return error.message;
  return errorMessage(t, error);
}
