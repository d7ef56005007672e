import type { TFunction } from 'i18next';
import i18next from 'i18next';
import { isApiError } from './api-client';
import { formatRelativeTime } from './format';

/** A message a person can act on: translated by error code when we know it, else the server's words. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (isApiError(error)) {
    // a wait the server names ("in 16 seconds", "in 15 minutes"), in the reader's language
    const wait = error.details.retryAfterSeconds;
    if (error.code === 'too_many_attempts' && typeof wait === 'number' && wait > 0) {
      const when = formatRelativeTime(new Date(Date.now() + wait * 1000).toISOString(), i18next.language || 'en');
      return t('errors.tooManyAttemptsWait', { when });
    }
    const key = `errors.${error.code}`;
    const translated = t(key, { defaultValue: '' });
    if (translated) return translated;
    return error.message || t('errors.unknown');
  }
  return t('errors.unknown');
}

/** A refusal of the request itself (4xx): the server's own words, which name the rule; else the translated message. */
export function refusalText(t: TFunction, error: unknown): string {
  return isApiError(error) && error.status < 500 && error.message ? error.message : errorMessage(t, error);
}
