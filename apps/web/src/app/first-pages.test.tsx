import { render, screen, within } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { FIRST_PAGE_NAMESPACES } from '../lib/i18n';
import { stubFetch } from '../test/render';
import { AppShell } from './app-shell';
import { AppProvider } from './provider';
import { LandingRoute } from './routes/landing';
import { NotFoundRoute } from './routes/not-found';
import { SignInRoute } from './routes/sign-in';

/*
 * The landing and sign-in pages render with the English in the main bundle only (lib/i18n.ts): the rest of English is
 * a chunk that only the other pages wait for. A key they read from elsewhere would show raw: this test fails on it.
 */

// the components here read a translator of their own, holding only the first pages' English, that notes each key it lacks
const firstPages = vi.hoisted(() => ({ missing: [] as string[] }));
vi.mock('../lib/use-translation', async (importOriginal) => {
  const { bindTranslation } = await importOriginal<typeof import('../lib/use-translation')>();
  const { FIRST_PAGE_NAMESPACES: namespaces } = await import('../lib/i18n');
  const { registerFormats } = await import('../lib/i18n-formats');
  const { createTranslator, i18n: app } = await import('../lib/translator');
  // every English namespace: the test setup loads them all
  const english = app.resources.en;
  const only = createTranslator({ missing: (key) => firstPages.missing.push(key) });
  only.addResources('en', Object.fromEntries(namespaces.map((ns) => [ns, english[ns]])));
  registerFormats(only);
  return { bindTranslation, useTranslation: bindTranslation(only) };
});

function renderFirstPage(at: string) {
  const { fetchStub } = stubFetch({
    'GET /api/auth/me': () => ({
      status: 401,
      body: { statusCode: 401, code: 'unauthenticated', reason: 'common.unauthenticated', params: {}, message: 'Sign in' },
    }),
    'GET /api/competitions': () => ({ body: [] }),
  });
  vi.stubGlobal('fetch', fetchStub);
  firstPages.missing.length = 0;
  render(
    <AppProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter initialEntries={[at]}>
        <Routes>
          <Route element={<AppShell />}>
            <Route path="/" element={<LandingRoute />} />
            <Route path="/sign-in" element={<SignInRoute />} />
            <Route path="*" element={<NotFoundRoute />} />
          </Route>
        </Routes>
      </MemoryRouter>
    </AppProvider>,
  );
  return firstPages.missing;
}

describe('the first pages read only the English in the main bundle', () => {
  it('leaves the other namespaces out of it', () => {
    expect(FIRST_PAGE_NAMESPACES).toEqual(expect.arrayContaining(['nav', 'landing', 'auth']));
    expect(FIRST_PAGE_NAMESPACES).not.toContain('rounds');
    expect(FIRST_PAGE_NAMESPACES).not.toContain('results');
  });

  it.each([
    ['/', 'Make a video that keeps people safe online'],
    ['/sign-in', 'Sign in'],
    ['/nowhere', 'Page not found'],
  ])('%s', async (at, title) => {
    const missing = renderFirstPage(at);
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeVisible();
    expect(await within(screen.getByRole('banner')).findByRole('link', { name: 'Sign in' })).toBeVisible();
    expect(missing).toEqual([]);
  });
});
