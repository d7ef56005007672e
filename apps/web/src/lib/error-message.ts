import { isApiError, type ApiProblem } from './api-client';
import { formatRelativeTime } from './format';
import { localize, type LocalizedText } from './localized-text';
import { i18n, type TFunction } from './translator';

/**
 * A problem (a reason with its facts) in the reader's language: `refusals.<reason>` from the catalogs, with the
 * facts formatted there (lib/i18n-formats.ts). Nested problems (`params.problems`) are rendered too, for catalogs
 * that list them with `{{problems, list}}`. Null when no catalog has the reason.
 */
export function problemText(t: TFunction, p: { reason: string; params?: Record<string, unknown> | null }): string | null {
  const key = `refusals.${p.reason}`;
  // with the params, so that a reason worded in plural forms (`<name>_one`, `<name>_other`, by `count`) is found
  if (!i18n.exists(key, p.params ?? {})) return null;
  const params: Record<string, unknown> = { ...(p.params ?? {}) };
  if (Array.isArray(params.problems)) params.problems = (params.problems as ApiProblem[]).map((inner) => problemText(t, inner) ?? t('errors.unknown'));
  // organisers' texts (an award's name) come in every language of the competition: the reader's, falling back to English
  for (const [name, value] of Object.entries(params)) {
    if (isLocalizedText(value)) params[name] = localize(value, i18n.language || 'en');
    else if (Array.isArray(value) && value.some(isLocalizedText))
      params[name] = value.map((item: unknown) => (isLocalizedText(item) ? localize(item, i18n.language || 'en') : item));
  }
  return t(key, params);
}

/** A text an organiser wrote, in several languages (language → text, English among them). */
function isLocalizedText(value: unknown): value is LocalizedText {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string') && 'en' in value;
}

/**
 * The one way a refusal reaches a page: its reason in the reader's language with every fact it carries; failing
 * that, the translated message for its code. The server's English `message` is for API users and logs: never shown.
 */
export function errorMessage(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('errors.unknown');
  // the reason says exactly what, with its facts (a limit's size, how long to wait); the plain "too many" is said
  // with the moment to come back ("in 16 seconds", "in 15 minutes"), below
  if (error.reason && error.reason !== 'common.too_many_attempts') {
    const text = problemText(t, { reason: error.reason, params: error.params });
    if (text) return text;
  }
  // a wait the server names, in the reader's language
  const wait = error.params.retryAfterSeconds;
  if (error.code === 'too_many_attempts' && typeof wait === 'number' && wait > 0) {
    const when = formatRelativeTime(new Date(Date.now() + wait * 1000).toISOString(), i18n.language || 'en');
    return t('errors.tooManyAttemptsWait', { when });
  }
  return t(`errors.${error.code}`, { defaultValue: t('errors.unknown') });
}

/** The problems a refusal lists (`params.problems`: a submission's, a video's), each in the reader's language. */
export function problemsOf(t: TFunction, error: unknown): string[] {
  if (!isApiError(error) || !Array.isArray(error.params.problems)) return [];
  return (error.params.problems as ApiProblem[]).map((p) => problemText(t, p) ?? t('errors.unknown'));
}
