import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { guardianEmail, guardianLinkFor } from './guardian';
import { DEMO, mailedLink, makeClip, MEDIA_DIR, shot, signIn, useEnglish } from './helpers';
import { apiAs } from './judging-data';

const FLOW = 'entry';
const COMPETITION = 'ASEAN–Japan Cybersecurity Awareness Video Competition 2027';
const clip = path.join(MEDIA_DIR, 'awareness-clip.mp4');
const srt = path.join(MEDIA_DIR, 'awareness-clip.en.srt');

/** Dates of birth that make both members 13–17 on the demo competition's reference date (the 1st, 4 months ahead). */
function minorBirthDates(): [string, string] {
  const now = new Date();
  const ref = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 4, 1));
  const y = ref.getUTCFullYear();
  return [`${y - 16}-03-10`, `${y - 15}-07-22`];
}

test.beforeAll(() => {
  makeClip('awareness-clip.mp4', { videoKbps: 2400, toneHz: 440 });
  expect(statSync(clip).size).toBeGreaterThan(8 * 1024 * 1024);
  writeFileSync(
    srt,
    [
      '1',
      '00:00:01,000 --> 00:00:05,000',
      'Think before you click.',
      '',
      '2',
      '00:00:06,000 --> 00:00:12,000',
      'Check who really sent the message.',
      '',
      '3',
      '00:00:14,000 --> 00:00:20,000',
      'Use a different password for every account.',
      '',
    ].join('\n'),
  );
});

async function signUpStudent(page: Page, name: string): Promise<void> {
  const email = `entrant-${Date.now()}@e2e.clapper.test`;
  await page.goto('/sign-up');
  await page.getByLabel('Student').check();
  await page.getByLabel('Display name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('a long enough passphrase 42');
  await page.getByLabel('Country').selectOption('TH');
  await page.getByLabel('School').fill('Demo Secondary School');
  await page.getByLabel('Date of birth').fill('2011-05-14');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check your email' })).toBeVisible();
  // the confirmation link from the mail signs the student in
  await page.goto(await mailedLink(email, '/verify-email/'));
  await page.getByRole('button', { name: 'Confirm my email address' }).click();
  await page.getByRole('link', { name: 'Continue' }).click();
  await expect(page.getByRole('banner').getByText(name)).toBeVisible();
}

async function playAndCheck(page: Page): Promise<void> {
  const video = page.locator('video');
  await expect(video).toBeVisible();
  await expect(video.locator('track[kind="subtitles"]')).toHaveCount(1);
  await expect(video.locator('track[kind="subtitles"]')).toHaveAttribute('label', 'English');
  await video.evaluate(async (v: HTMLVideoElement) => {
    v.muted = true;
    await v.play();
  });
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 20_000 }).toBeGreaterThan(0);
  expect(await video.evaluate((v: HTMLVideoElement) => v.textTracks.length)).toBe(1);
}

async function giveGuardianConsent(browser: Browser, link: string, member: string, guardian: string, step: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await useEnglish(page);
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Consent for a team member' })).toBeVisible();
  await expect(page.getByText(member, { exact: true })).toBeVisible();
  await expect(page.getByText(COMPETITION)).toBeVisible();
  await expect(page.getByText(/I am the parent or legal guardian/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'I do not agree', exact: true })).toBeVisible();
  await page.getByLabel('Your full name').fill(guardian);
  await page.getByLabel('Relationship to the team member').fill('mother');
  await shot(page, FLOW, `${step}-guardian-form`);
  await page.getByRole('button', { name: 'I agree', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Consent given' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Withdraw consent' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await shot(page, FLOW, `${step}-guardian-given`);
  await context.close();
}

test('a team enters a video: roster, consents, guardian links, upload, subtitles, licence, submission and screening', async ({ page, browser }) => {
  test.setTimeout(300_000);
  await useEnglish(page);
  const [dob1, dob2] = minorBirthDates();
  const title = `Think before you click ${Date.now()}`;

  // 1. sign up and create the entry with a two-member team of minors (no category spans 13–17 and 18+)
  await signUpStudent(page, 'Ploy Entrant');
  await page.getByRole('banner').getByRole('link', { name: 'My entries' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My entries' })).toBeVisible();
  await expect(page.getByText('You have no entries yet.')).toBeVisible();
  await page.getByRole('link', { name: 'New entry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New entry' })).toBeVisible();
  await page.getByLabel('Competition').selectOption({ label: COMPETITION });
  // the category's name says its ages once
  await page.getByLabel('Category').selectOption({ label: 'Ages 13–17' });
  await page.getByLabel('Language of the video').selectOption('en');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel("Synopsis in the video's language").fill('A short film: Ploy gets a message that looks like it comes from her bank.');
  await page.getByLabel('Synopsis in English').fill('A short film about pausing before clicking links in messages.');
  await page.getByLabel('Music and footage used, with sources').fill('none');
  const first = page.getByRole('group', { name: 'Member 1' });
  await first.getByLabel('Full name').fill('Ploy Srisuk');
  await first.getByLabel('Date of birth').fill(dob1);
  await page.getByRole('button', { name: 'Add a member' }).click();
  const second = page.getByRole('group', { name: 'Member 2' });
  await second.getByLabel('Full name').fill('Niran Wong');
  await second.getByLabel('Role').selectOption('actor');
  await second.getByLabel('Date of birth').fill(dob2);
  await shot(page, FLOW, '01-new-entry');
  await page.getByRole('button', { name: 'Create entry' }).click();
  await expect(page).toHaveURL(/\/me\/entries\/[0-9a-f-]{36}$/);
  const entryId = page.url().split('/').pop()!;
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const checklist = page.getByRole('region', { name: 'Before you can submit' });
  await expect(checklist.getByRole('link', { name: 'Upload your video.' })).toBeVisible();
  await expect(checklist.getByRole('link', { name: "Record Ploy Srisuk's consent to take part and be shown." })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Submit entry' })).toBeDisabled();
  await shot(page, FLOW, '02-workspace-new');

  // the checklist links to the section that fixes the item
  await checklist.getByRole('link', { name: 'Accept the licence for the reuse of your work.' }).click();
  await expect(page.getByRole('region', { name: 'Licence', exact: true })).toBeFocused();

  // 2. consents: each member's, then a guardian link per minor, given in a fresh browser (the guardian's phone)
  const team = page.getByRole('region', { name: 'Team and consents' });
  await expect(team.getByText(/I agree to take part in this entry/).first()).toBeVisible();
  for (const name of ['Ploy Srisuk', 'Niran Wong']) {
    await team.getByRole('button', { name: `Record consent for ${name}` }).click();
    await expect(team.getByRole('button', { name: `Withdraw consent for ${name}` })).toBeVisible();
  }
  // the link goes only to the guardian's inbox: the team sees the masked address, the test reads the outbox
  const organiser = await apiAs(browser, DEMO.organiser);
  for (const [i, name] of ['Ploy Srisuk', 'Niran Wong'].entries()) {
    const card = team.locator('li.member-card').filter({ has: page.getByRole('heading', { name: new RegExp(name) }) });
    const email = guardianEmail(`parent of ${name}`);
    await card.getByLabel("Guardian's email").fill(email);
    await card.getByRole('button', { name: `Email the link to the guardian (${name})` }).click();
    await expect(card.getByText('Sent to g•••@e2e.clapper.test.')).toBeVisible();
    if (i === 0) await shot(page, FLOW, '03-guardian-link');
    const link = await guardianLinkFor(organiser, email);
    await giveGuardianConsent(browser, link, name, i === 0 ? 'Malee Srisuk' : 'Suda Wong', `04-${i + 1}`);
  }
  await page.reload();
  await expect(team.getByText('The guardian has consented.')).toHaveCount(2);
  await expect(checklist.getByText(/consent/)).toHaveCount(0);

  // 3. the video goes through Uppy in presigned parts; the network is slowed so the progress bar can be seen
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 2 * 1024 * 1024 });
  const videoPanel = page.getByRole('region', { name: 'Video' });
  await videoPanel.getByLabel('Video file').setInputFiles(clip);
  await videoPanel.getByRole('button', { name: 'Upload video' }).click();
  const progress = videoPanel.getByRole('progressbar', { name: 'Upload progress' });
  await expect(progress).toBeVisible();
  await expect.poll(async () => Number(await progress.getAttribute('value')), { timeout: 20_000 }).toBeGreaterThan(0);
  await expect(videoPanel.getByText(/\/s/)).toBeVisible();
  await shot(page, FLOW, '05-uploading');
  await videoPanel.getByRole('button', { name: 'Pause' }).click();
  await expect(videoPanel.getByText('Paused')).toBeVisible();
  await shot(page, FLOW, '06-paused');
  await videoPanel.getByRole('button', { name: 'Resume' }).click();
  await expect(videoPanel.getByRole('button', { name: 'Pause' })).toBeVisible();
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await expect(
    videoPanel
      .getByText('Processing', { exact: true })
      .or(videoPanel.getByText('Uploaded, waiting to be processed'))
      .or(videoPanel.getByText('Ready', { exact: true })),
  ).toBeVisible({ timeout: 60_000 });
  await shot(page, FLOW, '07-processing');
  await expect(videoPanel.getByText('Ready', { exact: true })).toBeVisible({ timeout: 90_000 });
  // the server saw the whole file, and no upload is left to resume
  expect(await page.evaluate((id) => window.localStorage.getItem(`clapper.upload.${id}`), entryId)).toBeNull();

  // subtitles in English, then the player shows them as a track
  const subtitles = page.getByRole('region', { name: 'Subtitles' });
  await subtitles.getByLabel('Subtitle language').selectOption('en');
  await subtitles.getByLabel('Subtitle file').setInputFiles(srt);
  await subtitles.getByRole('button', { name: 'Upload subtitles' }).click();
  await expect(subtitles.getByText('English subtitles added.')).toBeVisible();
  await expect(subtitles.getByText('3 cue(s)')).toBeVisible();
  await playAndCheck(page);
  await shot(page, FLOW, '08-ready-playing');

  // licence, then submission
  const licence = page.getByRole('region', { name: 'Licence', exact: true });
  await expect(licence.getByText(/Creative Commons Attribution-NonCommercial/)).toBeVisible();
  await licence.getByLabel('We have read the licence and agree to it on behalf of the whole team.').check();
  await licence.getByRole('button', { name: 'Accept licence' }).click();
  await expect(licence.getByText(/The licence was accepted on/)).toBeVisible();
  await expect(checklist.getByText('Everything is in place. You can submit your entry.')).toBeVisible();
  await shot(page, FLOW, '09-ready-to-submit');
  await page.getByRole('button', { name: 'Submit entry' }).click();
  // a last look at everything that will be submitted, then the confirmation
  await expect(page.getByRole('group', { name: 'Check your entry before you submit it' })).toBeFocused();
  await page.getByRole('button', { name: 'Confirm and submit' }).click();
  await expect(page.getByText('Your entry has been submitted.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Withdraw entry' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Record consent' })).toHaveCount(0);
  await expect(page.getByText('Screening pending').first()).toBeVisible();
  await shot(page, FLOW, '10-submitted');

  // 4. the Thai coordinator finds it, plays it and marks it eligible
  const coordContext = await browser.newContext();
  const coord = await coordContext.newPage();
  await useEnglish(coord);
  await signIn(coord, DEMO.coordinatorTH);
  await expect(coord).toHaveURL(/\/coordinate\/TH$/);
  const entries = coord.getByRole('region', { name: 'Entries' });
  await entries.getByRole('link', { name: title }).click();
  await expect(coord).toHaveURL(new RegExp(`/coordinate/TH/entries/${entryId}$`));
  await expect(coord.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(coord.getByText('Ploy Srisuk')).toBeVisible();
  await playAndCheck(coord);
  await coord.getByLabel('Eligible', { exact: true }).check();
  // a reason is asked for (and kept) only when an entry is ineligible
  await coord.getByLabel('Ineligible', { exact: true }).check();
  await expect(coord.getByLabel('Reason')).toBeVisible();
  await coord.getByLabel('Eligible', { exact: true }).check();
  await expect(coord.getByLabel('Reason')).toHaveCount(0);
  await coord.getByRole('button', { name: 'Save decision' }).click();
  await expect(coord.getByText('Decision saved.')).toBeVisible();
  await expect(coord.getByText('This entry is eligible.')).toBeVisible();
  await shot(coord, FLOW, '11-coordinator-eligible');
  await coordContext.close();

  // the student sees the decision
  await page.reload();
  await expect(page.getByText('This entry is eligible.')).toBeVisible();
  await page.getByRole('banner').getByRole('link', { name: 'My entries' }).click();
  const row = page.getByRole('row').filter({ hasText: title });
  await expect(row.getByText('Eligible')).toBeVisible();
  await shot(page, FLOW, '12-student-sees-eligible');

  // 5. another student (same school, not on the team) gets a 404, on the page and from the API
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await useEnglish(other);
  await signIn(other, DEMO.student);
  await other.goto(`/me/entries/${entryId}`);
  await expect(other.getByRole('heading', { level: 1, name: 'Entry not found' })).toBeVisible();
  expect((await other.request.get(`/api/entries/${entryId}`)).status()).toBe(404);
  expect((await other.request.get(`/api/entries/${entryId}/video`)).status()).toBe(404);
  await shot(other, FLOW, '13-other-student-404');
  await otherContext.close();
});

test('an invalid guardian link says so, on a phone', async ({ page }) => {
  await useEnglish(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/consent/not-a-real-token');
  await expect(page.getByText('This link is not valid')).toBeVisible();
  await shot(page, FLOW, '14-invalid-guardian-link');
});
