import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO, makeClip, MEDIA_DIR, shot, signIn, useEnglish } from './helpers';
import { draftEntry, freshCompetition, freshStudent, startEntryUpload, waitForReadyVideo, type FreshCompetition } from './fresh-round';
import { apiAs, closeOpened, headers, ok } from './judging-data';

/**
 * The organisers' central list of entries and its review queue: filters saved in the address (a link opens the same
 * list), sorting, opening an entry, going to the next one in the same list, and asking a team for changes. A
 * competition of its own, with two submitted entries (processed videos) and a draft.
 */
const FLOW = 'entries-review';
let competition: FreshCompetition;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(360_000);
  const clip = makeClip('review-clip.mp4', { videoKbps: 300, toneHz: 523 });
  const vtt = path.join(MEDIA_DIR, 'review-clip.en.vtt');
  writeFileSync(vtt, ['WEBVTT', '', '00:00:01.000 --> 00:00:06.000', 'Check the sender first.', ''].join('\n'));
  const organiser: APIRequestContext = await apiAs(browser, DEMO.organiser);
  competition = await freshCompetition(organiser, 'Review Queue Cup');
  const adult = `${new Date().getUTCFullYear() - 21}-03-14`;
  const submitted: { id: string; request: APIRequestContext }[] = [];
  for (const [name, title] of [
    ['Anong Review', 'Bravo: strong passwords'],
    ['Boonmee Review', 'Alpha: check the sender'],
  ]) {
    const student = await freshStudent(browser, name);
    const entry = await draftEntry(student.request, competition, { title, members: [{ fullName: name, role: 'director', dateOfBirth: adult }] });
    await startEntryUpload(student.request, competition, entry, clip, vtt);
    submitted.push({ id: entry.id, request: student.request });
  }
  const drafter = await freshStudent(browser, 'Chai Review');
  await draftEntry(drafter.request, competition, {
    title: 'Charlie: still a draft',
    members: [{ fullName: 'Chai Review', role: 'director', dateOfBirth: adult }],
  });
  for (const s of submitted) {
    await waitForReadyVideo(s.request, s.id);
    await ok(s.request.post(`/api/entries/${s.id}/submit`, { headers: headers() }));
  }
});

test.afterAll(closeOpened);

/** The sections a reviewer decides from, each starting inside the first screen. */
async function expectAboveTheFold(page: Page, height: number) {
  for (const heading of ['Video', 'Screening', 'Rules checklist'])
    expect((await page.getByRole('heading', { level: 2, name: heading, exact: true }).boundingBox())!.y, heading).toBeLessThan(height);
  expect((await page.getByRole('heading', { level: 2, name: 'Team and consents' }).boundingBox())!.y).toBeLessThan(height);
}

test('an organiser filters the list, shares it, opens the queue, goes next and asks a team for changes', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await useEnglish(page);
  await signIn(page, DEMO.organiser);
  await page.goto('/admin');
  await page.getByRole('link', { name: 'All entries' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Entries' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Competition' }).selectOption({ label: competition.name });
  await expect(page).toHaveURL(new RegExp(`competitionId=${competition.id}`));
  await expect(page.getByText('3 entries')).toBeVisible();
  await page.getByRole('combobox', { name: 'Status' }).selectOption('submitted');
  await expect(page.getByText('2 entries')).toBeVisible();
  await page.getByRole('button', { name: /^Title/ }).click();
  await expect(page.getByRole('columnheader', { name: /Title/ })).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/status=submitted/);
  await expect(page).toHaveURL(/sort=title/);
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.nth(1)).toContainText('Alpha: check the sender');
  await expect(rows.nth(1)).toContainText(competition.name);
  await expect(rows.nth(2)).toContainText('Bravo: strong passwords');
  await shot(page, FLOW, 'entries-list-desktop');

  // the address is the view: a colleague opening it sees the same list
  const shared = await context.newPage();
  await shared.setViewportSize({ width: 1366, height: 768 });
  await shared.goto(page.url());
  await expect(shared.getByRole('combobox', { name: 'Status' })).toHaveValue('submitted');
  await expect(shared.getByText('2 entries')).toBeVisible();
  await expect(shared.getByRole('columnheader', { name: /Title/ })).toHaveAttribute('aria-sort', 'ascending');
  await shared.close();

  // the review queue: first of two, everything to decide from on one screen
  await page.getByRole('link', { name: 'Alpha: check the sender' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Alpha: check the sender' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Review queue' })).toContainText('1 of 2');
  await expect(page.locator('video')).toBeVisible();
  await expectAboveTheFold(page, 768);
  await shot(page, FLOW, 'review-queue-desktop');

  await page.getByRole('link', { name: 'Next →' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bravo: strong passwords' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Review queue' })).toContainText('2 of 2');
  await expect(page).toHaveURL(/status=submitted&sort=title/);

  await page.getByRole('radio', { name: 'Changes requested' }).check();
  await page.getByRole('textbox', { name: /What should the team change/ }).fill('Please add a credit for the music you used.');
  await page.getByLabel(/Deadline to resubmit/).fill(`${new Date().getUTCFullYear() + 1}-01-15T17:00`);
  await page.getByRole('button', { name: 'Send the request' }).click();
  await expect(page.getByText(/Changes requested: the team can resubmit until/)).toBeVisible();
  await expect(page.getByText('Please add a credit for the music you used.')).toBeVisible();

  // back in the list, under the same filters and sort: the entry is a draft again, with changes requested
  await page.getByRole('link', { name: 'Back to the list' }).click();
  await expect(page).toHaveURL(/status=submitted&sort=title/);
  await page.getByRole('combobox', { name: 'Status' }).selectOption('');
  await page.getByRole('combobox', { name: 'Screening' }).selectOption('changes_requested');
  await expect(page.getByText('1 entry', { exact: true })).toBeVisible();
  await expect(page.getByRole('table')).toContainText('Bravo: strong passwords');
});

test('on a phone the list reads as cards and the review page stacks', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await useEnglish(page);
  await signIn(page, DEMO.organiser);
  await page.goto(`/admin/entries?competitionId=${competition.id}&sort=title`);
  await expect(page.getByText('3 entries')).toBeVisible();
  // nothing runs off the side of the screen
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.getByRole('checkbox', { name: /Select .* “Alpha: check the sender”/ }).check();
  await page.getByRole('button', { name: 'Mark eligible' }).click();
  await expect(page.getByRole('group', { name: 'Mark 1 entry eligible?' })).toBeVisible();
  await shot(page, FLOW, 'entries-list-phone');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('link', { name: 'Alpha: check the sender' }).click();
  await expect(page.getByRole('navigation', { name: 'Review queue' })).toContainText('1 of 3');
  await expect(page.getByRole('heading', { level: 2, name: 'Screening' })).toBeVisible();
  await shot(page, FLOW, 'review-queue-phone');
});
