import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { Link, MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../../app/provider';
import { i18n } from '../../../lib/translator';
import { stubFetch } from '../../../test/render';
import { NotificationBell } from './notification-bell';

function renderBell(counts: number[]) {
  let i = 0;
  const stub = stubFetch({ 'GET /api/notifications/unread-count': () => ({ body: { unread: counts[Math.min(i++, counts.length - 1)] } }) });
  vi.stubGlobal('fetch', stub.fetchStub);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <AppProvider client={client}>
      <MemoryRouter>
        <NotificationBell />
        <Routes>
          <Route index element={<Link to="/elsewhere">Go</Link>} />
          <Route path="/elsewhere" element={<p>Elsewhere</p>} />
        </Routes>
      </MemoryRouter>
    </AppProvider>,
  );
  return stub;
}

const countCalls = (calls: { path: string }[]) => calls.filter((c) => c.path === '/api/notifications/unread-count').length;

afterEach(async () => {
  vi.unstubAllGlobals();
  await act(() => i18n.changeLanguage('en'));
});

describe('NotificationBell', () => {
  it('says how many are unread in its name, shows the count, and links to the list', async () => {
    renderBell([3]);
    const bell = await screen.findByRole('link', { name: 'Notifications, 3 unread' }, { timeout: 3000 });
    expect(bell).toHaveAttribute('href', '/me/notifications');
    expect(bell).toHaveTextContent('3');
  });

  it('is just "Notifications" with nothing unread, and says it in Japanese', async () => {
    renderBell([0]);
    expect(await screen.findByRole('link', { name: 'Notifications' })).not.toHaveTextContent(/\d/);
    await act(() => i18n.changeLanguage('ja'));
    expect(screen.getByRole('link', { name: '通知' })).toBeVisible();
  });

  it('asks for the count again after a navigation, not on a timer', async () => {
    const user = userEvent.setup();
    const { calls } = renderBell([1, 2]);
    await screen.findByRole('link', { name: 'Notifications, 1 unread' });
    const before = countCalls(calls);
    await new Promise((r) => setTimeout(r, 100));
    expect(countCalls(calls)).toBe(before);
    await user.click(screen.getByRole('link', { name: 'Go' }));
    await waitFor(() => expect(screen.getByRole('link', { name: 'Notifications, 2 unread' })).toBeVisible());
    expect(countCalls(calls)).toBe(before + 1);
  });
});
