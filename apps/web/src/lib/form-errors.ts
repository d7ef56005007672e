import { isApiError } from './api-client';
import { problemText } from './error-message';
import { i18n, type TFunction } from './translator';

export type FieldErrors = Record<string, string[]>;

/**
 * Server field errors keyed by their dotted path (`timeline.submissionClosesAt`), optionally under a prefix: each
 * field's problems in the reader's language, with their limits ("at most 200 characters").
 */
export function fieldErrorsFrom(error: unknown, prefix = '', t: TFunction = i18n.t): FieldErrors {
  const out: FieldErrors = {};
  if (!isApiError(error)) return out;
  for (const f of error.fields) {
    const key = prefix ? `${prefix}.${f.field}` : f.field;
    const texts = f.problems.map((p) => problemText(t, p) ?? t('refusals.field.invalid'));
    out[key] = [...(out[key] ?? []), ...(texts.length ? texts : [t('refusals.field.invalid')])];
  }
  return out;
}

/** The id of the element that shows a field's error; inputs point at it with aria-describedby. */
export const errorIdFor = (inputId: string) => `${inputId}-error`;
export const hintIdFor = (inputId: string) => `${inputId}-hint`;

/**
 * Splits field errors into those shown beside a known input (by path → input id) and the rest,
 * which the summary lists on their own.
 */
export function placeFieldErrors(errors: FieldErrors, inputIds: Record<string, string>) {
  const placed: { path: string; inputId: string; messages: string[] }[] = [];
  const unplaced: { path: string; messages: string[] }[] = [];
  for (const [path, messages] of Object.entries(errors)) {
    const inputId = inputIds[path] ?? inputIds[parentPath(path)];
    if (inputId) placed.push({ path, inputId, messages });
    else unplaced.push({ path, messages });
  }
  return { placed, unplaced };
}

function parentPath(path: string): string {
  const i = path.lastIndexOf('.');
  return i > 0 ? path.slice(0, i) : path;
}
