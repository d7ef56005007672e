import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '../app/provider';

/** Renders a page inside the app's providers and a memory router. */
export function renderPage(element: ReactNode, { path = '/', route = '/' }: { path?: string; route?: string } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(
    [
      { path, element },
      { path: '*', element: <p>elsewhere</p> },
    ],
    { initialEntries: [route] },
  );
  return {
    client,
    router,
    ...render(
      <AppProvider client={client}>
        <RouterProvider router={router} />
      </AppProvider>,
    ),
  };
}

/** A fetch stub answering by method and path, recording every request. */
export function stubFetch(routes: Record<string, (req: Request) => { status?: number; body?: unknown }>) {
  const calls: { method: string; path: string; body: unknown }[] = [];
  const fetchStub = async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = input instanceof Request ? input : new Request(input, init);
    const url = new URL(req.url);
    const key = `${req.method} ${url.pathname}`;
    const text = req.method === 'GET' || req.method === 'HEAD' ? '' : await req.clone().text();
    calls.push({ method: req.method, path: url.pathname + url.search, body: text ? JSON.parse(text) : undefined });
    const handler = routes[key];
    const { status = 200, body } = handler ? handler(req) : { status: 404, body: { statusCode: 404, code: 'not_found', message: `${key} not stubbed` } };
    return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  return { fetchStub, calls };
}
