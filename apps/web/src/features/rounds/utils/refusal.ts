import type { TFunction } from 'i18next';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-message';

/**
 * What to tell a manager when the API refuses: for a refusal that depends on the round's state (404, 409, 422)
 * the server's own explanation, which names the rule and what to do; for anything else the translated message.
 */
export function refusalMessage(t: TFunction, error: unknown): string {
  if (isApiError(error) && [404, 409, 422].includes(error.status) && error.message) return error.message;
  return errorMessage(t, error);
}
