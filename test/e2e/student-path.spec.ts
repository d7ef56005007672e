import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, request, test, type Page } from '@playwright/test';
import { demoName } from '../../apps/api/src/seed/demo-content';
import { birthDateForAge, COMPETITION } from './drafts';
import { CLIP_FRAME_RATE, CLIP_HD, makeClip, MEDIA_DIR, shot, signUpConfirmed, useEnglish } from './helpers';

/**
 * The student's path (issue 16 §2): from the competition's page, "Enter this competition" leads through sign-in
 * straight to a new entry for it, prefilled from the account with the category worked out from the birth date; a
 * file that breaks the competition's rules is refused in the browser before a single byte is sent; a valid one
 * uploads; Submit shows everything that will be submitted and asks for confirmation. On the way: every new page
 * opens at its top with the focus on its heading, and Back returns to where the page was scrolled. Pictured in
 * English and Thai, on a desktop and a phone (flow 'student-path').
 */
const FLOW = 'student-path';
const SLUG = 'asean-japan-2027';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const NAME = 'Mali Pathfinder';
const PASSWORD = 'a long enough passphrase 42';
const valid = path.join(MEDIA_DIR, 'student-path-valid.mp4');
const tooShort = path.join(MEDIA_DIR, 'student-path-too-short.mp4');
const excluded = path.join(MEDIA_DIR, 'student-path-excluded.mkv');
const srt = path.join(MEDIA_DIR, 'student-path.en.srt');

/** A real H.264/AAC clip of `seconds` from ffmpeg, in the container the file name says. */
function shortClip(file: string, seconds: number): void {
  mkdirSync(MEDIA_DIR, { recursive: true });
  execFileSync('ffmpeg', [
    ...['-y', '-loglevel', 'error', '-f', 'lavfi', '-i', `testsrc2=size=1280x720:rate=${CLIP_FRAME_RATE}`, '-f', 'lavfi', '-i', 'sine=frequency=330'],
    ...['-t', String(seconds), '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', file],
  ]);
}

test.beforeAll(() => {
  // the demo competition wants MP4, MOV or WebM of 30–180 s
  // HD: the review states its size, '1,280 × 720'
  makeClip('student-path-valid.mp4', { videoKbps: 300, toneHz: 520, size: CLIP_HD });
  shortClip(tooShort, 5);
  shortClip(excluded, 5);
  writeFileSync(srt, ['1', '00:00:01,000 --> 00:00:05,000', 'Think before you click.', ''].join('\n'));
});

/** Every request that would send a video or open an upload: the API's upload routes and the parts sent to storage. */
function countUploads(page: Page): { count: () => number } {
  let n = 0;
  page.on('request', (r) => {
    const url = r.url();
    if (/\/video\/upload/.test(url) || /[?&]partNumber=/.test(url)) n++;
  });
  return { count: () => n };
}

async function both(page: Page, step: string, lng: 'en' | 'th'): Promise<void> {
  await page.setViewportSize(DESKTOP);
  await shot(page, FLOW, `${step}-${lng}-desktop`);
  await page.setViewportSize(PHONE);
  await shot(page, FLOW, `${step}-${lng}-phone`);
  await page.setViewportSize(DESKTOP);
}

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);
const focusedHeading = (page: Page) => page.evaluate(() => (document.activeElement?.tagName === 'H1' ? document.activeElement.textContent : null));

test('a student enters a competition from its page: prefilled, refused before upload, reviewed and submitted', async ({ page }) => {
  test.setTimeout(240_000);
  await useEnglish(page);
  const email = `path-${Date.now()}@e2e.clapper.test`;
  // a school of its own: the demo school's one entry may be taken by other tests of the run
  const school = `Riverside Path School ${Date.now()}`;
  const baseURL = test.info().project.use.baseURL!;
  // the account exists already (confirmed by its mailed link); this visitor is not signed in
  const api = await request.newContext({ baseURL });
  await signUpConfirmed(api, {
    email,
    password: PASSWORD,
    displayName: NAME,
    role: 'student',
    countryCode: 'TH',
    schoolName: school,
    // an adult: the University category, and no guardian's consent to wait for
    dateOfBirth: birthDateForAge(19),
    locale: 'en',
  });
  await api.dispose();
  const uploads = countUploads(page);

  // 1. the competition's page offers the way in, to a visitor too
  await page.goto(`/competitions/${SLUG}`);
  await expect(page.getByRole('heading', { level: 1, name: COMPETITION })).toBeVisible();
  const enter = page.getByRole('link', { name: 'Enter this competition' });
  await expect(enter).toBeVisible();
  await expect(page.getByText(/You will sign in or create an account first/)).toBeVisible();
  await both(page, '01-competition', 'en');
  await enter.click();

  // 2. signing in comes straight back to the new entry for this competition
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/me\/entries\/new\?competition=[0-9a-f-]{36}$/);
  const competitionId = new URL(page.url()).searchParams.get('competition')!;
  await expect(page.getByRole('heading', { level: 1, name: `New entry for ${COMPETITION}` })).toBeVisible();
  // no competition to pick, the student as member 1, the one category their age fits
  await expect(page.getByRole('combobox', { name: /^Competition/ })).toHaveCount(0);
  const first = page.getByRole('group', { name: 'Member 1' });
  await expect(first.getByLabel('Full name')).toHaveValue(NAME);
  await expect(first.getByLabel('Date of birth')).toHaveValue(birthDateForAge(19));
  await expect(first.getByLabel('School')).toHaveValue(school);
  const category = page.getByLabel(/^Category/);
  await expect(category.locator('option:checked')).toHaveText('University (18–25)');
  await expect(category).toHaveAccessibleDescription(/^Chosen from your team’s ages on .*: University \(18–25\)\. You can still change it\./);
  // each category named once
  await expect(category.locator('option')).toHaveText(['Choose a category', 'Ages 7–12', 'Ages 13–17', 'University (18–25)']);
  await both(page, '02-prefilled', 'en');

  // 3. create it; the workspace opens at its top, with the focus on its heading
  const title = `Pause before you post ${Date.now()}`;
  await page.getByLabel('Language of the video').selectOption('en');
  await page.getByLabel(/^Title/).fill(title);
  await page.getByLabel('Synopsis in English').fill('A short film about pausing before posting a photo.');
  await page.getByLabel('Music and footage used, with sources').fill('none');
  await page.getByRole('button', { name: 'Create entry' }).scrollIntoViewIfNeeded();
  expect(await scrollY(page)).toBeGreaterThan(200);
  await page.getByRole('button', { name: 'Create entry' }).click();
  await expect(page).toHaveURL(/\/me\/entries\/[0-9a-f-]{36}$/);
  const entryId = page.url().split('/').pop()!;
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeFocused();
  expect(await scrollY(page)).toBe(0);

  // 4. files that break the competition's rules are refused before a byte is sent
  const videoPanel = page.getByRole('region', { name: 'Video' });
  const fileInput = videoPanel.getByLabel('Video file');
  await expect(fileInput).toHaveAttribute('accept', '.mp4,.m4v,video/mp4,.mov,video/quicktime,.webm,video/webm');
  await expect(fileInput).toHaveAccessibleDescription(/^MP4, MOV, or WebM, up to 2 GB\. The video must be 30 seconds to 3 minutes long\./);
  await fileInput.setInputFiles(excluded);
  await videoPanel.getByRole('button', { name: 'Upload video' }).click();
  const refusal = videoPanel.getByRole('alert');
  await expect(refusal).toContainText('This file does not meet the competition’s rules, so nothing was uploaded:');
  await expect(refusal).toContainText('This competition does not accept MKV files');
  await fileInput.setInputFiles(tooShort);
  await videoPanel.getByRole('button', { name: 'Upload video' }).click();
  await expect(refusal).toContainText('Your video is 5 seconds long; it must be at least 30 seconds.');
  await expect(refusal).not.toContainText('MKV');
  expect(uploads.count()).toBe(0);
  await videoPanel.scrollIntoViewIfNeeded();
  await both(page, '03-refused', 'en');

  // the same refusal in Thai, with its facts
  await page.goto(`/me/entries/${entryId}?lng=th`);
  const videoTh = page.getByRole('region', { name: 'วิดีโอ' });
  await videoTh.getByLabel('ไฟล์วิดีโอ').setInputFiles(tooShort);
  await videoTh.getByRole('button', { name: 'อัปโหลดวิดีโอ' }).click();
  await expect(videoTh.getByRole('alert')).toContainText('ไฟล์นี้ไม่ตรงตามกติกาของการประกวด');
  await expect(videoTh.getByRole('alert')).toContainText('5');
  await expect(videoTh.getByRole('alert')).toContainText('30');
  await videoTh.scrollIntoViewIfNeeded();
  await both(page, '03-refused', 'th');
  expect(uploads.count()).toBe(0);

  // 5. a valid file uploads, and everything else the submission needs
  await page.goto(`/me/entries/${entryId}?lng=en`);
  await videoPanel.getByLabel('Video file').setInputFiles(valid);
  await videoPanel.getByRole('button', { name: 'Upload video' }).click();
  await expect(videoPanel.getByText('Ready', { exact: true })).toBeVisible({ timeout: 120_000 });
  expect(uploads.count()).toBeGreaterThan(0);
  const subtitles = page.getByRole('region', { name: 'Subtitles' });
  await subtitles.getByLabel('Subtitle language').selectOption('en');
  await subtitles.getByLabel('Subtitle file').setInputFiles(srt);
  await subtitles.getByRole('button', { name: 'Upload subtitles' }).click();
  await expect(subtitles.getByText('English subtitles added.')).toBeVisible();
  const team = page.getByRole('region', { name: 'Team and consents' });
  await team.getByRole('button', { name: `Record consent for ${NAME}` }).click();
  await expect(team.getByRole('button', { name: `Withdraw consent for ${NAME}` })).toBeVisible();
  const licence = page.getByRole('region', { name: 'Licence', exact: true });
  await licence.getByLabel('We have read the licence and agree to it on behalf of the whole team.').check();
  await licence.getByRole('button', { name: 'Accept licence' }).click();
  await expect(page.getByRole('region', { name: 'Before you can submit' }).getByText('Everything is in place. You can submit your entry.')).toBeVisible();

  // 6. the review, in Thai first (then cancelled with Escape)
  await page.goto(`/me/entries/${entryId}?lng=th`);
  await page.getByRole('button', { name: 'ส่งผลงาน', exact: true }).click();
  const reviewTh = page.getByRole('group', { name: 'ตรวจผลงานก่อนส่ง' });
  await expect(reviewTh).toBeFocused();
  await expect(reviewTh).toContainText('student-path-valid.mp4');
  await both(page, '04-review', 'th');
  await page.keyboard.press('Escape');
  await expect(reviewTh).toHaveCount(0);

  await page.goto(`/me/entries/${entryId}?lng=en`);
  await page.getByRole('button', { name: 'Submit entry' }).click();
  const review = page.getByRole('group', { name: 'Check your entry before you submit it' });
  await expect(review).toBeFocused();
  for (const fact of [
    title,
    'University (18–25)',
    `${NAME} · Director · consent: Given`,
    'student-path-valid.mp4',
    '1,280 × 720',
    'Ready',
    'English',
    'version',
    'First names · school not named',
  ])
    await expect(review).toContainText(fact);
  await both(page, '04-review', 'en');
  await review.getByRole('button', { name: 'Confirm and submit' }).click();
  await expect(page.getByText('Your entry has been submitted.')).toBeVisible();
  const submitted = await page.request.get(`/api/entries/${entryId}`);
  expect(((await submitted.json()) as { status: string; competitionId: string }).status).toBe('submitted');
  expect(((await submitted.json()) as { competitionId: string }).competitionId).toBe(competitionId);
});

test('a signed-in student’s home offers the open competition; pages open at their top and Back returns to the scroll', async ({ page }) => {
  test.setTimeout(90_000);
  await useEnglish(page);
  await signUpConfirmed(page.request, {
    email: `path-home-${Date.now()}@e2e.clapper.test`,
    password: PASSWORD,
    displayName: 'Niran Homepage',
    role: 'student',
    countryCode: 'TH',
    schoolName: 'Demo Secondary School',
    dateOfBirth: birthDateForAge(15),
    locale: 'en',
  });
  await page.goto('/');
  const start = page.getByRole('region', { name: 'Start an entry' });
  await expect(start.getByRole('link', { name: `Enter ${COMPETITION}` })).toBeVisible();
  await shot(page, FLOW, '05-home-en-desktop');

  // scrolled down the home page, a click opens the competition at its top with its heading focused
  await page.setViewportSize(PHONE);
  const card = page.getByRole('link', { name: COMPETITION, exact: true }).last();
  await card.scrollIntoViewIfNeeded();
  const before = await scrollY(page);
  expect(before).toBeGreaterThan(100);
  await card.click();
  await expect(page.getByRole('heading', { level: 1, name: COMPETITION })).toBeFocused();
  expect(await scrollY(page)).toBe(0);
  expect(await focusedHeading(page)).toBe(COMPETITION);
  // Back: the home page where it was scrolled
  await page.goBack();
  await expect(start).toBeVisible();
  await expect.poll(() => scrollY(page)).toBeGreaterThan(before - 5);

  // the competition's page in Thai, for a signed-in student
  await page.goto(`/competitions/${SLUG}?lng=th`);
  await expect(page.getByRole('link', { name: 'ส่งผลงานเข้าประกวด', exact: true })).toBeVisible();
  await both(page, '01-competition-signed-in', 'th');

  // the new entry page in Thai: prefilled, the category worked out
  await page.goto(`/?lng=th`);
  // the link names the competition as the demo's organiser wrote it in Thai
  await page.getByRole('link', { name: `ส่งผลงานเข้าประกวด ${demoName(2027).th}` }).click();
  await expect(page.getByRole('group', { name: 'สมาชิกคนที่ 1' }).getByRole('textbox').first()).toHaveValue('Niran Homepage');
  await both(page, '02-prefilled', 'th');
});
