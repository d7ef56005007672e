import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { declareLanguages, freshCompetition, freshStudent, openRoundWithJudge, retireCompetition, type Account, type FreshCompetition } from './fresh-round';
import { DEMO, makeClip, MEDIA_DIR, shot, useEnglish } from './helpers';
import { apiAs, closeOpened, headers, ok } from './judging-data';
import { activate, chooseOption, expectFocusVisible, tabTo, typeInto } from './keyboard';

/**
 * Issue 6 (WCAG 2.1.1 Keyboard, 2.4.7 Focus Visible): a student completes an entry and a judge scores it with the
 * keyboard alone — Tab, Shift+Tab, Enter, Space, arrows and typing; no clicks, no fill(), no focus() — and every
 * stop on the way shows its focus. Choosing the video and subtitle files is the one exception (setInputFiles: the
 * file picker is the operating system's; the field is still reached with Tab). The public's part (finding a winner on the showcase and playing it) needs published
 * results: it is in results-showcase.spec.ts.
 *
 * The entry goes into a competition of this spec's own, so that the judging round it needs touches nothing of the
 * demo competition's; the two tests run in order, the second judging what the first submitted.
 */
test.describe.configure({ mode: 'serial' });

const FLOW = 'keyboard';
const TITLE = 'Lock your screen';
let clip = '';
const vtt = path.join(MEDIA_DIR, 'keyboard-clip.en.vtt');
let competition: FreshCompetition;
let organiser: APIRequestContext;
let student: Account;
let entryId = '';

test.beforeAll(async ({ browser }) => {
  clip = makeClip('keyboard-clip.mp4', { videoKbps: 300, toneHz: 494 });
  writeFileSync(vtt, ['WEBVTT', '', '00:00:01.000 --> 00:00:06.000', 'Lock your screen.', ''].join('\n'));
  organiser = await apiAs(browser, DEMO.organiser);
  competition = await freshCompetition(organiser, 'Keyboard Cup');
  student = (await freshStudent(browser, 'Kanya Keyboard')).account;
});
test.afterAll(async () => {
  if (competition) await retireCompetition(organiser, competition);
  await closeOpened();
});

/** Signs in from the keyboard: Tab to each field, type, Enter. */
async function signInByKeyboard(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await typeInto(page, page.getByLabel('Email'), who.email);
  await typeInto(page, page.getByLabel('Password'), who.password);
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/\/sign-in/);
}

test('a student completes an entry from the keyboard alone: details, team, consent, video, licence, submission', async ({ page }) => {
  test.setTimeout(180_000);
  await useEnglish(page);
  await signInByKeyboard(page, student);

  // from the header to the new entry form
  await activate(page, page.getByRole('banner').getByRole('link', { name: 'My entries' }));
  await expect(page.getByRole('heading', { level: 1, name: 'My entries' })).toBeVisible();
  await activate(page, page.getByRole('link', { name: 'New entry' }));
  await expect(page.getByRole('heading', { level: 1, name: 'New entry' })).toBeVisible();

  // details
  await chooseOption(page, page.getByLabel('Competition'), competition.name);
  await chooseOption(page, page.getByLabel('Category'), /^Ages 13–25/);
  await chooseOption(page, page.getByLabel('Language of the video'), 'English');
  await typeInto(page, page.getByLabel('Title'), TITLE);
  await typeInto(page, page.getByLabel("Synopsis in the video's language"), 'Kanya leaves her phone unlocked on the bus.');
  await typeInto(page, page.getByLabel('Synopsis in English'), 'Kanya leaves her phone unlocked on the bus.');
  await typeInto(page, page.getByLabel('Music and footage used, with sources'), 'Own footage and music.');
  // the team: one adult member (no guardian needed). A date field takes digits in its display order, which
  // follows the browser's locale (mm/dd or dd/mm): the 3rd of March reads the same either way.
  const member = page.getByRole('group', { name: 'Member 1' });
  await typeInto(page, member.getByLabel('Full name'), 'Kanya Keyboard');
  const born = new Date().getUTCFullYear() - 20;
  await tabTo(page, member.getByLabel('Date of birth'));
  await page.keyboard.type(`0303${born}`);
  await expect(member.getByLabel('Date of birth')).toHaveValue(`${born}-03-03`);
  await shot(page, FLOW, '01-new-entry');
  await activate(page, page.getByRole('button', { name: 'Create entry' }));
  await expect(page).toHaveURL(/\/me\/entries\/[0-9a-f-]{36}$/);
  entryId = page.url().split('/').pop()!;
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  // the member's consent
  const team = page.getByRole('region', { name: 'Team and consents' });
  await activate(page, team.getByRole('button', { name: 'Record consent for Kanya Keyboard' }));
  await expect(team.getByRole('button', { name: 'Withdraw consent for Kanya Keyboard' })).toBeVisible();

  // the video: the file is chosen by the operating system's picker, the rest from the keyboard
  const videoPanel = page.getByRole('region', { name: 'Video' });
  const fileInput = videoPanel.getByLabel('Video file');
  await tabTo(page, fileInput);
  await fileInput.setInputFiles(clip);
  await activate(page, videoPanel.getByRole('button', { name: 'Upload video' }));
  await expect(videoPanel.getByText('Ready', { exact: true })).toBeVisible({ timeout: 120_000 });

  // English subtitles (the rules ask for them); their file comes from the same picker
  const subtitles = page.getByRole('region', { name: 'Subtitles' });
  await chooseOption(page, subtitles.getByLabel('Subtitle language'), 'English');
  const subtitleInput = subtitles.getByLabel('Subtitle file');
  await tabTo(page, subtitleInput);
  await subtitleInput.setInputFiles(vtt);
  await activate(page, subtitles.getByRole('button', { name: 'Upload subtitles' }));
  await expect(subtitles.getByText('English subtitles added.')).toBeVisible();

  // the licence: Space ticks the box, Enter accepts
  const licence = page.getByRole('region', { name: 'Licence', exact: true });
  await activate(page, licence.getByLabel('We have read the licence and agree to it on behalf of the whole team.'), ' ');
  await activate(page, licence.getByRole('button', { name: 'Accept licence' }));
  await expect(licence.getByText(/The licence was accepted on/)).toBeVisible();
  const checklist = page.getByRole('region', { name: 'Before you can submit' });
  await expect(checklist.getByText('Everything is in place. You can submit your entry.')).toBeVisible();

  await activate(page, page.getByRole('button', { name: 'Submit entry' }));
  // the review takes the focus; Tab reaches its confirmation
  await expect(page.getByRole('group', { name: 'Check your entry before you submit it' })).toBeFocused();
  await activate(page, page.getByRole('button', { name: 'Confirm and submit' }));
  await expect(page.getByText('Your entry has been submitted.')).toBeVisible();
  await shot(page, FLOW, '02-submitted');
});

test('a judge scores the entry from the keyboard alone', async ({ browser, page }) => {
  test.setTimeout(120_000);
  expect(entryId, 'the entry of the test before').not.toBe('');
  const coordinator = await apiAs(browser, DEMO.coordinatorTH);
  await ok(coordinator.post(`/api/entries/${entryId}/screening`, { headers: headers(), data: { decision: 'eligible' } }));
  const { roundId, judge } = await openRoundWithJudge(browser, organiser, competition, 'Kiet Keyboard Judge');
  await declareLanguages(await apiAs(browser, judge), roundId);

  await useEnglish(page);
  await signInByKeyboard(page, judge);
  await expect(page).toHaveURL(/\/judge$/);
  await activate(page, page.getByRole('link', { name: /Open your queue/ }).first());
  await expect(page.getByRole('heading', { name: 'Entries assigned to you' })).toBeVisible();
  // a blind round: the judge knows the entry by its code in the round, never by the team's entry code
  const { code } = await ok<{ code: string }>(coordinator.get(`/api/entries/${entryId}`));
  await expect(page.getByRole('table').getByText(/^R1-\d{3}$/)).toBeVisible();
  await expect(page.locator('main')).not.toContainText(code);
  await activate(page, page.getByRole('link', { name: 'Start scoring' }));
  await expect(page.locator('video')).toBeVisible();

  // one group of level radios per criterion: Tab reaches the group, a digit picks the level
  const groups = page.getByRole('group').filter({ has: page.getByRole('radio') });
  const levels = [4, 5, 3, 4, 5];
  await expect(groups).toHaveCount(levels.length);
  for (const [i, level] of levels.entries()) {
    await tabTo(page, groups.nth(i));
    await page.keyboard.press(String(level));
    await expect(groups.nth(i).getByRole('radio', { checked: true })).toHaveAccessibleName(String(level));
    await expectFocusVisible(page);
  }
  // the arrow keys move within a group too
  await page.keyboard.press('ArrowLeft');
  await expect(groups.nth(4).getByRole('radio', { checked: true })).toHaveAccessibleName('4');
  await shot(page, FLOW, '03-scoring');
  await activate(page, page.getByRole('button', { name: 'Submit scores' }));
  await expect(page.getByText(/^Submitted on /)).toBeVisible();
  await shot(page, FLOW, '04-scored');
});
