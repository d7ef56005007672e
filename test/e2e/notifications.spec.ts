import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { mailedLink, runScheduledJobNow, shot, signUpConfirmed } from './helpers';
import { apiAs, closeOpened, newContext } from './judging-data';

/**
 * Notifications in the app (issue 16 §1): a student with a draft in a competition that closes in three days gets the
 * draft reminder (by email and in the app). They see the bell's count, open the list, open the reminder (it is then
 * read), mark all read and switch the reminders off and on again in the settings; then, signed out, they follow the
 * reminder's unsubscribe link from the outbox, confirm, and the settings say the reminders are off. Screenshots
 * (desktop and phone, English and Thai): test-results/screenshots/notifications-*.png.
 */
const FLOW = 'notifications';
const PHONE = { width: 390, height: 844 };
const DAY = 24 * 3600_000;
const origin = () => new URL(test.info().project.use.baseURL!).origin;
const headers = () => ({ origin: origin() });
const stamp = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

async function ok<T>(res: Promise<import('@playwright/test').APIResponse>): Promise<T> {
  const r = await res;
  expect(r.ok(), `${r.url()} → ${r.status()} ${await r.text()}`).toBe(true);
  const text = await r.text();
  return (text ? JSON.parse(text) : null) as T;
}

/** A published competition of the spec's own whose submission window closes in three days (the demo one closes later). */
async function closingCompetition(organiser: APIRequestContext): Promise<{ id: string; categoryId: string }> {
  const s = stamp();
  const created = await ok<{ id: string; categories: { id: string }[] }>(
    organiser.post('/api/competitions', {
      headers: headers(),
      data: {
        slug: `closing-soon-${s}`,
        name: { en: `Safer Passwords Cup ${s}`, th: `การประกวดรหัสผ่านปลอดภัย ${s}` },
        theme: { en: 'Strong passwords for everyone' },
        languages: ['en', 'th'],
        referenceDate: new Date().toISOString().slice(0, 10),
        timeline: { submissionOpensAt: new Date(Date.now() - DAY).toISOString(), submissionClosesAt: new Date(Date.now() + 3 * DAY).toISOString() },
        countryCodes: ['TH'],
        categories: [{ name: { en: 'Ages 13–25', th: 'อายุ 13–25 ปี' }, minAge: 13, maxAge: 25 }],
      },
    }),
  );
  // its theme misses its Thai: publishing confirms the gap
  await ok(organiser.patch(`/api/competitions/${created.id}`, { headers: headers(), data: { status: 'published', confirmGaps: true } }));
  return { id: created.id, categoryId: created.categories[0].id };
}

const bell = (page: Page) => page.getByRole('banner').getByRole('link', { name: /^Notifications/ });

test.afterEach(closeOpened);

test('a student reads their notifications, switches reminders off and on, and unsubscribes from a reminder signed out', async ({ browser }) => {
  test.setTimeout(240_000);
  const organiser = await apiAs(browser, { email: 'organiser@demo.clapper.local', password: 'demo-organiser-pass' });
  const competition = await closingCompetition(organiser);

  const context = await newContext(browser);
  await context.addInitScript(() => {
    if (!window.localStorage.getItem('clapper.language')) window.localStorage.setItem('clapper.language', 'en');
  });
  const email = `notified-${stamp()}@e2e.clapper.test`;
  await signUpConfirmed(context.request, {
    email,
    password: 'a long enough passphrase 42',
    displayName: 'Nid Notified',
    role: 'student',
    countryCode: 'TH',
    schoolName: `Notified School ${stamp()}`,
    dateOfBirth: `${new Date().getUTCFullYear() - 16}-01-10`,
    locale: 'en',
  });
  const entry = await ok<{ id: string }>(
    context.request.post('/api/entries', {
      headers: headers(),
      data: {
        competitionId: competition.id,
        categoryId: competition.categoryId,
        title: 'Passwords are like toothbrushes',
        videoLanguage: 'en',
        synopsisOriginal: '',
        synopsisEnglish: '',
        sources: 'none',
        members: [{ fullName: 'Nid Notified', role: 'director', dateOfBirth: `${new Date().getUTCFullYear() - 16}-01-10` }],
      },
    }),
  );
  await runScheduledJobNow('notifications.reminders');
  // the reminder's email, with its unsubscribe link, as the student reads it
  const unsubscribeLink = await mailedLink(email, '/unsubscribe/');

  // the bell says how many are unread
  const page = await context.newPage();
  await page.goto('/');
  await expect(bell(page)).toHaveAccessibleName(/^Notifications, [1-9]\d* unread$/);
  await bell(page).click();
  await expect(page).toHaveURL(/\/me\/notifications$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
  const reminder = page.getByRole('link', { name: 'Unread: “Passwords are like toothbrushes” is not submitted yet' });
  await expect(reminder).toBeVisible();
  await expect(page.getByText(/[1-9]\d* things? (is|are) still to do\. Submit before/)).toBeVisible();
  await shot(page, FLOW, '01-list-desktop-en');

  // opening it goes to the entry and marks it read
  await reminder.click();
  await expect(page).toHaveURL(new RegExp(`/me/entries/${entry.id}$`));
  await page.goBack();
  await expect(page.getByRole('link', { name: '“Passwords are like toothbrushes” is not submitted yet' })).toBeVisible();
  // then all of them
  const markAll = page.getByRole('button', { name: 'Mark all as read' });
  if (await markAll.isEnabled()) {
    await markAll.click();
    await expect(page.getByText('All notifications are marked as read.')).toBeVisible();
  }
  await expect(bell(page)).toHaveAccessibleName('Notifications');

  // the settings: draft reminders, switched off and on again, each saved at once
  await page.getByRole('link', { name: 'Notification settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notification settings' })).toBeVisible();
  const draftReminders = page.getByRole('switch', { name: 'Reminders about unsubmitted entries' });
  await expect(draftReminders).toBeChecked();
  await draftReminders.click();
  await expect(page.getByText('Saved. Reminders about unsubmitted entries: off.')).toBeVisible();
  await expect(draftReminders).not.toBeChecked();
  await expect(page.getByRole('region', { name: 'Messages that are always sent' })).toContainText('Receipts when an entry is submitted');
  await shot(page, FLOW, '02-settings-desktop-en');
  await draftReminders.click();
  await expect(page.getByText('Saved. Reminders about unsubmitted entries: on.')).toBeVisible();
  await expect(draftReminders).toBeChecked();

  // phone, English and Thai: the bell in the header, the list and the settings
  await page.setViewportSize(PHONE);
  await page.goto('/me/notifications');
  await expect(bell(page)).toBeVisible();
  await shot(page, FLOW, '03-list-phone-en');
  await page.goto('/me/notifications?lng=th');
  await expect(page.getByRole('heading', { level: 1, name: 'การแจ้งเตือน' })).toBeVisible();
  await expect(page.getByRole('link', { name: '“Passwords are like toothbrushes” ยังไม่ได้ส่ง' })).toBeVisible();
  await shot(page, FLOW, '04-list-phone-th');
  await page.goto('/me/notifications/settings?lng=th');
  await expect(page.getByRole('switch', { name: 'การเตือนผลงานที่ยังไม่ได้ส่ง' })).toBeChecked();
  await shot(page, FLOW, '05-settings-phone-th');

  // signed out (another browser), the link from the email: it says what stops and waits for the button
  const signedOut = await newContext(browser);
  const outside = await signedOut.newPage();
  await outside.goto(`${new URL(unsubscribeLink).pathname}?lng=en`);
  await expect(outside.getByRole('heading', { level: 1, name: 'Stop these emails?' })).toBeVisible();
  await expect(outside.getByText('You will no longer receive reminders about unsubmitted entries.')).toBeVisible();
  await shot(outside, FLOW, '06-unsubscribe-desktop-en');
  await outside.setViewportSize(PHONE);
  await outside.goto(`${new URL(unsubscribeLink).pathname}?lng=th`);
  await expect(outside.getByText('คุณจะไม่ได้รับการเตือนผลงานที่ยังไม่ได้ส่งอีกต่อไป')).toBeVisible();
  await shot(outside, FLOW, '07-unsubscribe-phone-th');
  await outside.getByRole('button', { name: 'หยุดรับอีเมลเหล่านี้' }).click();
  await expect(outside.getByText('เรียบร้อยแล้ว คุณจะไม่ได้รับการเตือนผลงานที่ยังไม่ได้ส่งอีกต่อไป')).toBeFocused();
  await shot(outside, FLOW, '08-unsubscribed-phone-th');

  // the student's settings now say so
  await page.goto('/me/notifications/settings?lng=en');
  await expect(page.getByRole('switch', { name: 'Reminders about unsubmitted entries' })).not.toBeChecked();
});
