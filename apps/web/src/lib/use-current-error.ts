import { useState } from 'react';

/**
 * An action's error for as long as it is still true. A refusal is about the page as it was: once what it was about
 * has changed since (`version`: the data the page shows, e.g. a query's `data` or `dataUpdatedAt`, renewed when a
 * later action succeeded or a retry read it again), the notice goes. A new error shows again, with the version of
 * its time. Use it for every error notice that outlives its action (banners above a page's sections).
 */
export function useCurrentError<E>(error: E | null | undefined, version: unknown): E | null {
  const [mark, setMark] = useState<{ error: E | null | undefined; version: unknown }>({ error, version });
  if (mark.error !== error) {
    // a new error (or none): remember what the page showed when it came (React's "state from the previous render")
    setMark({ error, version });
    return error ?? null;
  }
  return error && Object.is(mark.version, version) ? error : null;
}
