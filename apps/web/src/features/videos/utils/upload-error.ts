import type { TFunction } from '../../../lib/translator';
import { isApiError } from '../../../lib/api-client';
import { errorMessage, problemText } from '../../../lib/error-message';

/**
 * A refused upload in the reader's language with its facts: the refusal's reason (not a video, over the limit, too
 * many uploads in progress, an upload that is over), or for a refused field (an empty file, a missing part) that
 * field's first problem. The server's English never shows.
 */
export function uploadErrorText(t: TFunction, error: unknown): string {
  if (isApiError(error) && error.reason === 'common.validation_failed') {
    const first = error.fields.flatMap((f) => f.problems)[0];
    const text = first ? problemText(t, first) : null;
    if (text) return text;
  }
  return errorMessage(t, error);
}
