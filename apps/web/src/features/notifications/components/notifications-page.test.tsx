import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { paths } from '../../../app/paths';
import { loadLocale } from '../../../lib/i18n';
import { i18n } from '../../../lib/translator';
import { renderPage, stubFetch } from '../../../test/render';
import type { NotificationItem } from '../api/get-notifications';
import { COUNTRIES, EVERY_KIND } from '../test/notifications';
import { NotificationsPage } from './notifications-page';

function renderList(items: NotificationItem[], unread = items.filter((i) => i.readAt === null).length) {
  const stub = stubFetch({
    'GET /api/notifications': () => ({ body: { items, total: items.length, unread } }),
    'GET /api/countries': () => ({ body: COUNTRIES }),
    'POST /api/notifications/read': () => ({ body: { unread: 0 } }),
  });
  vi.stubGlobal('fetch', stub.fetchStub);
  renderPage(<NotificationsPage />, { path: paths.me.notifications, route: paths.me.notifications });
  return stub;
}

/** each item's title, detail and meta, as read on the page */
const texts = async () => {
  const list = await screen.findByRole('list', { name: /Notifications|การแจ้งเตือน/ });
  return within(list)
    .getAllByRole('listitem')
    .map((li) => li.textContent);
};

beforeAll(() => loadLocale('th'));
afterEach(async () => {
  vi.unstubAllGlobals();
  await act(() => i18n.changeLanguage('en'));
});

describe('NotificationsPage', () => {
  it('words every kind of notification from its facts, in English', async () => {
    renderList(EVERY_KIND);
    await screen.findByText('Welcome to Clapper');
    await waitFor(() => expect(screen.getByText('Today in Thailand')).toBeVisible());
    const all = (await texts()).join('\n');
    for (const text of [
      'We received your entry “Think before you click”',
      'Entry TH-0007',
      'The video of “Think before you click” is ready',
      'The video of “Think before you click” cannot be used',
      'We found 2 problems.',
      '“Think before you click” is eligible',
      '“Think before you click” is not eligible',
      'Changes requested for “Think before you click”',
      'submit it again by',
      'Consent given for “Think before you click”',
      'A parent or guardian gave their consent.',
      '“Think before you click” goes to the final!',
      'Your entry won Grand Prize!',
      'Your entry placed 4 in its round.',
      '“Think before you click” is not submitted yet',
      '2 things are still to do.',
      '12 entries are ready for you to score',
      'National round, Thailand',
      '1 entry is still to score',
      'The round has closed',
      'You submitted 12 scorecards.',
      'Final round',
      'Consent withdrawn for “Think before you click”',
      'A team member withdrew their consent.',
      '3 new submissions and 1 consent waiting',
    ])
      expect(all).toContain(text);
    // the competition's name in English, marked as English
    const names = screen.getAllByText('ASEAN–Japan Cybersecurity Video Competition');
    expect(names[0]).toHaveAttribute('lang', 'en');
  });

  it('words them in Thai, with the competition in Thai and the dates and countries in Thai', async () => {
    await act(() => i18n.changeLanguage('th'));
    renderList(EVERY_KIND);
    await waitFor(() => expect(screen.getByText('วันนี้ในไทย')).toBeVisible());
    const all = (await texts()).join('\n');
    for (const text of [
      'เราได้รับผลงาน “Think before you click” ของคุณแล้ว',
      'ผลงาน TH-0007',
      'เราพบปัญหา 2 ข้อ',
      'มีคำขอให้แก้ไข “Think before you click”',
      'ผลงานของคุณได้รับรางวัล รางวัลชนะเลิศ!',
      'มีผลงาน 12 ชิ้นรอให้คุณให้คะแนน',
      'รอบระดับประเทศ ไทย',
      'รอบชิงชนะเลิศ',
      'ผลงานส่งใหม่ 3 ชิ้น',
      'ความยินยอมที่รอตรวจ 1 รายการ',
    ])
      expect(all).toContain(text);
    // an instant in Thai (Buddhist calendar year 2570)
    expect(all).toMatch(/2570/);
    expect(screen.getAllByText('การประกวดวิดีโอความปลอดภัยไซเบอร์อาเซียน–ญี่ปุ่น')[0]).toHaveAttribute('lang', 'th');
  });

  it('marks unread ones for screen readers, and marks one read when it is opened', async () => {
    const user = userEvent.setup();
    const [first, second] = EVERY_KIND.slice(1, 3);
    const { calls } = renderList([first, { ...second, readAt: '2027-01-15T04:00:00.000Z' }]);
    await screen.findByText('1 unread');
    const unread = await screen.findByRole('link', { name: 'Unread: We received your entry “Think before you click”' });
    expect(screen.getByRole('link', { name: 'The video of “Think before you click” is ready' })).toBeVisible();
    expect(screen.getByText('1 unread')).toBeVisible();
    expect(unread).toHaveAttribute('href', '/me/entries/e1');
    await user.click(unread);
    await waitFor(() =>
      expect(calls.filter((c) => c.method === 'POST')).toEqual([{ method: 'POST', path: '/api/notifications/read', body: { ids: [first.id] } }]),
    );
    expect(await screen.findByText('elsewhere')).toBeVisible();
  });

  it('marks all as read, and says so', async () => {
    const user = userEvent.setup();
    const { calls } = renderList(EVERY_KIND.slice(0, 3));
    await user.click(await screen.findByRole('button', { name: 'Mark all as read' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toEqual([{ method: 'POST', path: '/api/notifications/read', body: { all: true } }]));
    expect(await screen.findByText('All notifications are marked as read.')).toBeVisible();
  });

  it('says what will appear here when there is nothing yet', async () => {
    renderList([]);
    expect(await screen.findByText(/No notifications yet\. When you submit an entry/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Find a competition to enter' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('link', { name: 'Notification settings' })).toHaveAttribute('href', '/me/notifications/settings');
  });
});
