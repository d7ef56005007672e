import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubFetch } from '../test/render';
import { AppShell } from './app-shell';
import { AppProvider } from './provider';
import { i18n } from '../lib/translator';

const ana = {
  id: 'u1',
  email: 'ana@example.org',
  displayName: 'Ana',
  countryCode: 'TH',
  schoolId: null,
  schoolName: null,
  locale: 'en',
  emailVerified: true,
  roles: [],
  teacherRequest: null,
};

/** The shell with the signed-in user's answer held back until the test releases it. */
function renderShell(me: { status: number; body: unknown }) {
  let release = () => {};
  const meArrives = new Promise<void>((resolve) => (release = resolve));
  const { fetchStub, calls } = stubFetch({
    'GET /api/auth/me': () => me,
    'PUT /api/auth/me/locale': () => ({ status: 204 }),
  });
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = input instanceof Request ? input : new Request(input, init);
    if (new URL(req.url).pathname === '/api/auth/me') await meArrives;
    return fetchStub(req);
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <AppProvider client={client}>
      <MemoryRouter>
        <Routes>
          <Route element={<AppShell />}>
            <Route index element={<h1>Home</h1>} />
          </Route>
        </Routes>
      </MemoryRouter>
    </AppProvider>,
  );
  return { calls, release };
}

const localeSaves = (calls: ReturnType<typeof stubFetch>['calls']) => calls.filter((c) => c.method === 'PUT' && c.path === '/api/auth/me/locale');

describe('the app shell’s language choice', () => {
  afterEach(async () => {
    vi.unstubAllGlobals();
    window.localStorage.clear();
    await act(() => i18n.changeLanguage('en'));
  });

  it('saves a language picked before the page knows who is signed in, once it does', async () => {
    const { calls, release } = renderShell({ status: 200, body: ana });
    await userEvent.selectOptions(within(screen.getByRole('banner')).getByRole('combobox', { name: 'Language' }), 'th');
    expect(localeSaves(calls)).toEqual([]);

    release();
    await waitFor(() => expect(localeSaves(calls)).toEqual([{ method: 'PUT', path: '/api/auth/me/locale', body: { locale: 'th' } }]));
  });

  it('saves nothing for a visitor who is not signed in', async () => {
    const { calls, release } = renderShell({ status: 401, body: { statusCode: 401, code: 'unauthenticated', reason: 'common.unauthenticated', params: {} } });
    await userEvent.selectOptions(within(screen.getByRole('banner')).getByRole('combobox', { name: 'Language' }), 'th');
    release();
    await waitFor(() => expect(calls.some((c) => c.path === '/api/auth/me')).toBe(true));
    await waitFor(() => expect(within(screen.getByRole('banner')).getByRole('link', { name: 'เข้าสู่ระบบ' })).toBeVisible());
    expect(localeSaves(calls)).toEqual([]);
  });

  it('saves a language picked once the signed-in user is known at once', async () => {
    const { calls, release } = renderShell({ status: 200, body: ana });
    release();
    await screen.findByText(/Ana/);
    await userEvent.selectOptions(within(screen.getByRole('banner')).getByRole('combobox', { name: 'Language' }), 'ja');
    await waitFor(() => expect(localeSaves(calls)).toEqual([{ method: 'PUT', path: '/api/auth/me/locale', body: { locale: 'ja' } }]));
  });
});
