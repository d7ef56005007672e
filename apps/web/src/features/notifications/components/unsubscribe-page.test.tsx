import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { paths } from '../../../app/paths';
import { loadLocale } from '../../../lib/i18n';
import { i18n } from '../../../lib/translator';
import { renderPage, stubFetch } from '../../../test/render';
import { UnsubscribePage } from './unsubscribe-page';

const TOKEN = 'Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG0';
const LINK = `/api/notifications/unsubscribe/${TOKEN}`;

function renderUnsubscribe(link: () => { status?: number; body?: unknown }) {
  let stopped = false;
  const stub = stubFetch({
    'GET /api/auth/me': () => ({ status: 401, body: { statusCode: 401, code: 'unauthenticated', reason: 'common.unauthenticated', params: {}, message: 'x' } }),
    [`GET ${LINK}`]: () => (stopped ? { body: { topic: 'draft_reminders', stopped: true } } : link()),
    [`POST ${LINK}`]: () => {
      stopped = true;
      return { body: { topic: 'draft_reminders', stopped: true } };
    },
  });
  vi.stubGlobal('fetch', stub.fetchStub);
  renderPage(<UnsubscribePage />, { path: paths.unsubscribePattern, route: paths.unsubscribe(TOKEN) });
  return stub;
}

beforeAll(() => loadLocale('th'));
afterEach(async () => {
  vi.unstubAllGlobals();
  await act(() => i18n.changeLanguage('en'));
});

describe('UnsubscribePage', () => {
  it('says in words what stops, stops nothing on load, and stops it when the button is pressed', async () => {
    const user = userEvent.setup();
    const { calls } = renderUnsubscribe(() => ({ body: { topic: 'draft_reminders', stopped: false } }));
    expect(await screen.findByText('You will no longer receive reminders about unsubmitted entries.')).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: 'Stop these emails?' })).toBeVisible();
    await new Promise((r) => setTimeout(r, 50));
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Stop these emails' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toEqual([{ method: 'POST', path: LINK, body: undefined }]));
    const done = await screen.findByText('Done. You will no longer receive reminders about unsubmitted entries.');
    expect(done).toHaveFocus();
    expect(screen.getByRole('heading', { level: 1, name: 'Emails stopped' })).toBeVisible();
    expect(screen.getByText(/such as receipts, decisions and results, will still be sent/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Sign in to change your notification settings' })).toHaveAttribute('href', '/me/notifications/settings');
  });

  it('says so in Thai', async () => {
    await act(() => i18n.changeLanguage('th'));
    renderUnsubscribe(() => ({ body: { topic: 'draft_reminders', stopped: false } }));
    expect(await screen.findByText('คุณจะไม่ได้รับการเตือนผลงานที่ยังไม่ได้ส่งอีกต่อไป')).toBeVisible();
    expect(screen.getByRole('button', { name: 'หยุดรับอีเมลเหล่านี้' })).toBeVisible();
  });

  it('says a link we never sent does not work, with a way forward, and never the server’s English', async () => {
    const message = 'English words from the server that a page never shows.';
    renderUnsubscribe(() => ({ status: 404, body: { statusCode: 404, code: 'not_found', reason: 'notifications.link_not_found', params: {}, message } }));
    expect(await screen.findByRole('heading', { level: 1, name: 'This link does not work' })).toBeVisible();
    expect(screen.getByText(/This unsubscribe link is not one we sent\./)).toBeVisible();
    expect(screen.queryByText(message)).toBeNull();
    expect(screen.getByRole('link', { name: 'Sign in to change your notification settings' })).toBeVisible();
  });
});
