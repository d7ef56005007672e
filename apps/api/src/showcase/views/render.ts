import type { ReactElement } from 'react';

/** react-dom's server renderer, loaded with the first page: the showcase alone uses it, and most processes never serve one. */
let renderer: Promise<typeof import('react-dom/server')> | null = null;

/** A whole HTML document from a page component (React escapes every value). */
export async function renderPage(page: ReactElement): Promise<string> {
  renderer ??= import('react-dom/server');
  const { renderToStaticMarkup } = await renderer;
  return `<!doctype html>${renderToStaticMarkup(page)}`;
}
