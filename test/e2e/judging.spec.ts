import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, makeClip, MEDIA_DIR, shot, signIn, useEnglish } from './helpers';
import { apiAs, demoCompetition, eligibleThaiEntry, headers, judgeFor, ok } from './judging-data';

const FLOW = 'judging';
const clip = path.join(MEDIA_DIR, 'judging-clip.mp4');
const vtt = path.join(MEDIA_DIR, 'judging-clip.en.vtt');

test.beforeAll(() => {
  makeClip('judging-clip.mp4', { videoKbps: 600, toneHz: 523 });
  writeFileSync(vtt, ['WEBVTT', '', '00:00:01.000 --> 00:00:06.000', 'Think before you click.', '', '00:00:07.000 --> 00:00:12.000', 'Check who sent the message.', ''].join('\n'));
});

/** Scores the open entry from the keyboard alone: Tab to each criterion, a digit for its level, then submit. */
async function scoreFromKeyboard(page: Page, levels: number[]): Promise<void> {
  // one group (fieldset) of level radios per criterion
  const groups = page.getByRole('group').filter({ has: page.getByRole('radio') });
  await expect(groups).toHaveCount(levels.length);
  await groups.first().getByRole('radio').first().focus();
  for (const [i, level] of levels.entries()) {
    await page.keyboard.press(String(level));
    await expect(groups.nth(i).getByRole('radio', { checked: true })).toHaveAccessibleName(String(level));
    if (i < levels.length - 1) await page.keyboard.press('Tab');
  }
  // on to the submit button by Tab only
  for (let presses = 0; presses < 12; presses++) {
    const name = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (name.includes('Submit scores')) break;
    await page.keyboard.press('Tab');
  }
  await expect(page.getByRole('button', { name: 'Submit scores' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Submitted on /)).toBeVisible();
}

async function signedInPage(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await useEnglish(page);
  await signIn(page, who);
  return page;
}

test('a national round is judged blind from the keyboard, closed, and its top entries promoted to a final without their own country\'s judges', async ({ browser }) => {
  test.setTimeout(300_000);
  // three Thai entries, submitted and screened eligible
  const entries = [];
  for (let n = 1; n <= 3; n++) entries.push(await eligibleThaiEntry(browser, n, clip, vtt));

  const organiser = await apiAs(browser, DEMO.organiser);
  const competition = await demoCompetition(organiser);
  const now = Date.now();
  const window = { opensAt: new Date(now - 3600_000).toISOString(), closesAt: new Date(now + 14 * 24 * 3600_000).toISOString() };

  // 1. the national round with the default rubric, three judges, assignment
  const round = await ok<{ id: string; rubric: { criteria: unknown[] } }>(organiser.post('/api/rounds', { headers: headers(), data: { competitionId: competition.id, kind: 'national', countryCode: 'TH', ...window, judgesPerEntry: 2 } }));
  expect(round.rubric.criteria).toHaveLength(5);
  const judges = [];
  for (const name of ['Malee Judge', 'Anong Judge', 'Preecha Judge']) judges.push(await judgeFor(browser, organiser, round.id, { name, countryCode: 'TH' }));
  await ok(organiser.post(`/api/rounds/${round.id}/open`, { headers: headers() }));
  const run = await ok<{ total: number; uncovered: unknown[]; spread: number }>(organiser.post(`/api/rounds/${round.id}/assignment`, { headers: headers() }));
  expect(run).toMatchObject({ total: 6, uncovered: [], spread: 0 });

  // 2. a judge scores an entry from the keyboard alone, captions on, never seeing the team's names
  const judgePage = await signedInPage(browser, judges[0]);
  await expect(judgePage).toHaveURL(/\/judge$/);
  await judgePage.getByRole('link', { name: /Open your queue|Declare languages/ }).first().click();
  if (/declaration/.test(judgePage.url())) {
    await judgePage.getByRole('checkbox', { name: /^Thai · / }).check();
    await judgePage.getByRole('checkbox', { name: /^English/ }).check();
    await judgePage.getByRole('button', { name: 'Save declaration' }).click();
    await expect(judgePage.getByText('Your declaration is saved.')).toBeVisible();
    await judgePage.getByRole('link', { name: 'Go to your queue' }).click();
  }
  await expect(judgePage.getByRole('heading', { name: 'Entries assigned to you' })).toBeVisible();
  await shot(judgePage, FLOW, '02-judge-queue');
  await judgePage.getByRole('link', { name: 'Start scoring' }).click();
  const video = judgePage.locator('video');
  await expect(video).toBeVisible();
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => [...v.textTracks].filter((t) => t.mode === 'showing').map((t) => t.language).join(','))).toBe('en');
  await video.evaluate(async (v: HTMLVideoElement) => {
    v.muted = true;
    await v.play();
  });
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 20_000 }).toBeGreaterThan(0);
  const body = await judgePage.locator('body').innerText();
  for (const e of entries) expect(body).not.toContain(e.memberName);
  expect(body).not.toMatch(/Judging Test School|Team lead/);
  await scoreFromKeyboard(judgePage, [5, 4, 5, 3, 5]);
  await shot(judgePage, FLOW, '02-judge-scored');

  // the rest of the panel's scorecards, through the API, so that the round has a ranking
  for (const j of judges) {
    const request = await apiAs(browser, j);
    const queue = await ok<{ items: { roundEntryId: string; code: string; scorecard: string }[] }>(request.get(`/api/judge/rounds/${round.id}/queue`));
    for (const item of queue.items.filter((i) => i.scorecard !== 'submitted')) {
      const level = Number(item.code.slice(-1)) + 2;
      await ok(request.post(`/api/judge/rounds/${round.id}/entries/${item.roundEntryId}/scorecard/submit`, { headers: headers(), data: { version: 0, scores: { message: level, creativity: level, impact: level, production: level, rules: level } } }));
    }
    await request.dispose();
  }

  // 3. the coordinator sees the progress chart
  const coordinator = await signedInPage(browser, DEMO.coordinatorTH);
  await coordinator.goto(`/coordinate/TH`);
  await shot(coordinator, FLOW, '03-coordinator');

  // 4. the round closes; the top entries go to the final
  const final = await ok<{ id: string }>(organiser.post('/api/rounds', { headers: headers(), data: { competitionId: competition.id, kind: 'final', ...window, judgesPerEntry: 1, countryQuota: 2 } }));
  const coordinatorApi = await apiAs(browser, DEMO.coordinatorTH);
  await ok(coordinatorApi.post(`/api/rounds/${round.id}/close`, { headers: headers(), data: {} }));
  const ranking = await ok<{ entries: { roundEntryId: string; code: string; rank: number }[] }>(coordinatorApi.get(`/api/rounds/${round.id}/ranking`));
  const top = ranking.entries.slice(0, 2);
  await ok(coordinatorApi.post(`/api/rounds/${round.id}/promotions`, { headers: headers(), data: { roundEntryIds: top.map((e) => e.roundEntryId) } }));

  // 5. in the final, the Thai judge never gets the Thai entries
  const thai = await judgeFor(browser, organiser, final.id, { name: 'Thai Finalist Judge', countryCode: 'TH' });
  const japanese = await judgeFor(browser, organiser, final.id, { name: 'Japanese Finalist Judge', countryCode: 'JP' });
  const finalRun = await ok<{ uncovered: unknown[]; loads: { displayName: string; assigned: number }[] }>(organiser.post(`/api/rounds/${final.id}/assignment`, { headers: headers() }));
  expect(finalRun.uncovered).toEqual([]);
  expect(finalRun.loads.find((l) => l.displayName === thai.name)!.assigned).toBe(0);
  expect(finalRun.loads.find((l) => l.displayName === japanese.name)!.assigned).toBe(2);
});
