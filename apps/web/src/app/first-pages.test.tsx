import { render, screen, within } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
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

// every English namespace: the test setup loads them all
const english = i18next.getResourceBundle('en', 'translation') as Record<string, unknown>;

async function firstPageI18n() {
  const missing: string[] = [];
  const i18n = i18next.createInstance();
  const only = Object.fromEntries(FIRST_PAGE_NAMESPACES.map((ns) => [ns, english[ns]]));
  await i18n.use(initReactI18next).init({
    resources: { en: { translation: only } },
    lng: 'en',
    interpolation: { escapeValue: false },
    saveMissing: true,
    missingKeyHandler: (_lngs, _ns, key) => missing.push(key),
  });
  return { i18n, missing };
}

async function renderFirstPage(at: string) {
  const { fetchStub } = stubFetch({
    'GET /api/auth/me': () => ({
      status: 401,
      body: { statusCode: 401, code: 'unauthenticated', reason: 'common.unauthenticated', params: {}, message: 'Sign in' },
    }),
    'GET /api/competitions': () => ({ body: [] }),
  });
  vi.stubGlobal('fetch', fetchStub);
  const { i18n, missing } = await firstPageI18n();
  render(
    <I18nextProvider i18n={i18n}>
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
      </AppProvider>
    </I18nextProvider>,
  );
  return missing;
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
    const missing = await renderFirstPage(at);
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeVisible();
    expect(await within(screen.getByRole('banner')).findByRole('link', { name: 'Sign in' })).toBeVisible();
    expect(missing).toEqual([]);
  });
});
