import type { TFunction } from 'i18next';
import { isApiError } from './api-client';

/** A message a person can act on: translated by error code when we know it, else the server's words. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (isApiError(error)) {
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
