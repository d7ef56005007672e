import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, makeClip, MEDIA_DIR, shot, signIn, useEnglish } from './helpers';
import { acceptJudgeInvitation, apiAs, closeOpened, demoCompetition, eligibleThaiEntry, headers, judgeEmail, newContext, ok } from './judging-data';

const FLOW = 'judging';
const clip = path.join(MEDIA_DIR, 'judging-clip.mp4');
const vtt = path.join(MEDIA_DIR, 'judging-clip.en.vtt');

test.beforeAll(() => {
  makeClip('judging-clip.mp4', { videoKbps: 600, toneHz: 523 });
  writeFileSync(
    vtt,
    ['WEBVTT', '', '00:00:01.000 --> 00:00:06.000', 'Think before you click.', '', '00:00:07.000 --> 00:00:12.000', 'Check who sent the message.', ''].join(
      '\n',
    ),
  );
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

/** A datetime-local value `days` from today at 00:00 in the browser's zone (Asia/Bangkok). */
function localDay(days: number): string {
  const d = new Date(Date.now() + days * 24 * 3600_000);
  return `${d.toISOString().slice(0, 10)}T00:00`;
}

/** Invites a judge from the round's Panel section, then the judge accepts the emailed link. */
async function inviteFromPanel(page: Page, browser: Browser, organiserApi: import('@playwright/test').APIRequestContext, name: string, country: string | null) {
  const email = judgeEmail(country ?? 'TH');
  await page.getByLabel("Judge's email").fill(email);
  if (country) await page.getByLabel("Judge's country").selectOption(country);
  await page.getByRole('button', { name: 'Invite judge' }).click();
  await expect(page.getByText(`Invitation sent to ${email}.`)).toBeVisible();
  return acceptJudgeInvitation(browser, organiserApi, email, name);
}

async function section(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Round sections' }).getByRole('link', { name }).click();
}

test.afterEach(closeOpened);

async function signedInPage(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await useEnglish(page);
  await signIn(page, who);
  return page;
}

test("a national round is judged blind from the keyboard, closed, and its top entries promoted to a final without their own country's judges", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  // three Thai entries, submitted and screened eligible
  const entries = [];
  for (let n = 1; n <= 3; n++) entries.push(await eligibleThaiEntry(browser, n, clip, vtt));
  const organiserApi = await apiAs(browser, DEMO.organiser);
  const competition = await demoCompetition(organiserApi);

  // 1. the organiser sets up the national round with the default rubric and three judges, and runs the assignment
  const organiser = await signedInPage(browser, DEMO.organiser);
  await organiser.goto(`/admin/competitions/${competition.id}/rounds/new`);
  await organiser.getByRole('radio', { name: 'National round' }).check();
  await organiser.getByLabel('Country').selectOption('TH');
  await organiser.getByLabel('Judging opens').fill(localDay(-1));
  await organiser.getByLabel('Judging closes').fill(localDay(14));
  await organiser.getByLabel('Judges per entry').fill('2');
  await organiser.getByRole('button', { name: 'Create round' }).click();
  await expect(organiser.getByRole('heading', { name: 'Rubric', exact: true })).toBeVisible();
  // the default rubric: five criteria, weights shown as shares
  await expect(organiser.getByLabel(/^Name \(English\)/)).toHaveCount(5);
  await expect(organiser.getByText('30% of the total score')).toBeVisible();
  await shot(organiser, FLOW, '01-round-setup');
  const roundId = organiser.url().match(/\/rounds\/([0-9a-f-]{36})/)![1];
  await section(organiser, 'Panel');
  const judges = [];
  for (const name of ['Malee Judge', 'Anong Judge', 'Preecha Judge']) judges.push(await inviteFromPanel(organiser, browser, organiserApi, name, null));
  await organiser.reload();
  for (const j of judges) await expect(organiser.getByRole('cell', { name: new RegExp(j.name) })).toBeVisible();
  await section(organiser, 'Setup');
  await organiser.getByRole('button', { name: 'Open round' }).click();
  // the demo competition still takes submissions for a few days: opening now asks first
  await organiser.getByRole('button', { name: 'Open anyway' }).click();
  await expect(organiser.getByText('Open for judging').first()).toBeVisible();
  await section(organiser, 'Assignment');
  await organiser.getByRole('button', { name: 'Run assignment' }).click();
  await expect(organiser.getByText('Assignment done', { exact: true })).toBeVisible();
  await expect(organiser.getByText('Every entry has all its judges.').first()).toBeVisible();
  await shot(organiser, FLOW, '01-assignment');

  // 2. a judge declares their languages and links (a school found in the whole directory, from the keyboard; a
  // country), then scores an entry from the keyboard alone, captions on, never seeing the team's names nor the
  // entries' own codes: the queue has the round's opaque codes
  const judgePage = await signedInPage(browser, judges[0]);
  await expect(judgePage).toHaveURL(/\/judge$/);
  await judgePage.goto(`/judge/rounds/${roundId}/declaration`);
  await judgePage.getByRole('checkbox', { name: /^Thai · / }).check();
  await judgePage.getByRole('checkbox', { name: /^English/ }).check();
  // a Japanese school (from the demo's 2026 edition): it has no entries in this Thai round, so the queue keeps them all
  const schoolSearch = judgePage.getByRole('combobox', { name: 'Find a school' });
  await schoolSearch.pressSequentially('Min');
  await expect(judgePage.getByRole('option', { name: /Minato Municipal High School/ })).toBeVisible();
  await schoolSearch.press('ArrowDown');
  await expect(schoolSearch).toHaveAttribute('aria-activedescendant', /.+/);
  await schoolSearch.press('Enter');
  const chosen = judgePage.getByRole('list', { name: 'Schools you are connected with' });
  await expect(chosen.getByText('Minato Municipal High School')).toBeVisible();
  await expect(schoolSearch).toHaveValue('');
  await judgePage.getByRole('checkbox', { name: 'Japan', exact: true }).check();
  await judgePage.getByRole('button', { name: 'Save declaration' }).click();
  await expect(judgePage.getByText('Your declaration is saved.')).toBeVisible();
  const declared = judgePage.getByRole('region', { name: 'What you have declared' });
  await expect(declared).toContainText('Minato Municipal High School');
  await expect(declared).toContainText('Japan');
  await judgePage.getByRole('link', { name: 'Go to your queue' }).click();
  await expect(judgePage.getByRole('heading', { name: 'Entries assigned to you' })).toBeVisible();
  const queueText = await judgePage.locator('main').innerText();
  expect(queueText).toMatch(/R1-\d{3}/);
  for (const e of entries) expect(queueText).not.toContain(e.code);
  expect(queueText).not.toMatch(/TH-\d{4}/);
  // the queue and the declaration, in English and Japanese, on a laptop and a phone
  for (const lng of ['en', 'ja']) {
    for (const [device, size] of [
      ['desktop', { width: 1280, height: 900 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      await judgePage.setViewportSize(size);
      await judgePage.goto(`/judge/rounds/${roundId}?lng=${lng}`);
      await expect(judgePage.locator('main code').first()).toHaveText(/^R1-\d{3}$/);
      await shot(judgePage, FLOW, `02-judge-queue-${lng}-${device}`);
      await judgePage.goto(`/judge/rounds/${roundId}/declaration?lng=${lng}`);
      // the school search in either language: the one combobox with a listbox
      const search = judgePage.locator('input[role="combobox"]');
      await expect(search).toBeVisible();
      await search.pressSequentially('Satit');
      await expect(judgePage.getByRole('listbox').getByRole('option').first()).toBeVisible();
      await search.press('ArrowDown');
      await shot(judgePage, FLOW, `02-judge-declaration-${lng}-${device}`);
    }
  }
  await judgePage.setViewportSize({ width: 1280, height: 900 });
  await judgePage.goto(`/judge/rounds/${roundId}?lng=en`);
  await expect(judgePage.getByRole('heading', { name: 'Entries assigned to you' })).toBeVisible();
  await shot(judgePage, FLOW, '02-judge-queue');
  await judgePage.getByRole('link', { name: 'Start scoring' }).click();
  const video = judgePage.locator('video');
  await expect(video).toBeVisible();
  await expect
    .poll(() =>
      video.evaluate((v: HTMLVideoElement) =>
        [...v.textTracks]
          .filter((t) => t.mode === 'showing')
          .map((t) => t.language)
          .join(','),
      ),
    )
    .toBe('en');
  await video.evaluate(async (v: HTMLVideoElement) => {
    v.muted = true;
    await v.play();
  });
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 20_000 }).toBeGreaterThan(0);
  const body = await judgePage.locator('body').innerText();
  for (const e of entries) expect(body).not.toContain(e.memberName);
  expect(body).not.toMatch(/Judging Test School|Team lead/);
  for (const e of entries) expect(body).not.toContain(e.code);
  await scoreFromKeyboard(judgePage, [5, 4, 5, 3, 5]);
  await shot(judgePage, FLOW, '02-judge-scored');

  // the rest of the panel's scorecards, through the API, so that the round has a full ranking (other tests may have
  // left eligible Thai entries too: they are in the round as well)
  let assignedTotal = 0;
  for (const j of judges) {
    const request = await apiAs(browser, j);
    const queue = await ok<{ items: { roundEntryId: string; code: string; scorecard: string }[] }>(request.get(`/api/judge/rounds/${roundId}/queue`));
    assignedTotal += queue.items.length;
    for (const item of queue.items.filter((i) => i.scorecard !== 'submitted')) {
      const level = (Number(item.code.slice(-2)) % 4) + 2;
      await ok(
        request.post(`/api/judge/rounds/${roundId}/entries/${item.roundEntryId}/scorecard/submit`, {
          headers: headers(),
          data: { version: 0, scores: { message: level, creativity: level, impact: level, production: level, rules: level } },
        }),
      );
    }
  }

  // 3. the Thai coordinator sees the progress chart
  const coordinator = await signedInPage(browser, DEMO.coordinatorTH);
  await coordinator.goto('/coordinate/TH');
  await coordinator.getByRole('link', { name: 'Go to the national round' }).click();
  await section(coordinator, 'Progress');
  const chart = coordinator.getByRole('figure', { name: 'Scorecards submitted per judge' });
  await expect(chart).toBeVisible();
  for (const j of judges) await expect(chart.getByText(j.name).first()).toBeVisible();
  await expect(coordinator.getByText(`${assignedTotal} of ${assignedTotal}`, { exact: false }).first()).toBeVisible();
  await shot(coordinator, FLOW, '03-progress-chart');

  // 4. the organiser sets up the final (two places per country); the coordinator closes the round and promotes
  await organiser.goto(`/admin/competitions/${competition.id}/rounds/new?kind=final`);
  await organiser.getByLabel('Judging opens').fill(localDay(20));
  await organiser.getByLabel('Judging closes').fill(localDay(34));
  await organiser.getByLabel('Judges per entry').fill('1');
  await organiser.getByLabel('Entries each country may promote').fill('2');
  await organiser.getByRole('button', { name: 'Create round' }).click();
  await expect(organiser.getByRole('heading', { name: 'Rubric', exact: true })).toBeVisible();
  const finalId = organiser.url().match(/\/rounds\/([0-9a-f-]{36})/)![1];

  await section(coordinator, 'Setup');
  await coordinator.getByRole('button', { name: 'Close round' }).click();
  await expect(coordinator.getByText('This round is closed. Its scorecards are locked.')).toBeVisible();
  await section(coordinator, 'Ranking & promotion');
  await expect(coordinator.getByText('Places in the final for Thailand: 2. Promoted so far: 0.')).toBeVisible();
  await coordinator.getByRole('button', { name: 'Promote to the final' }).click();
  await coordinator.getByRole('button', { name: 'Confirm promotion' }).click();
  await expect(coordinator.getByText(/^Promoted to the final: /)).toBeVisible();
  const ranking = await ok<{ entries: { code: string; rank: number; promoted: boolean }[] }>(
    (await apiAs(browser, DEMO.coordinatorTH)).get(`/api/rounds/${roundId}/ranking`),
  );
  const promoted = ranking.entries.filter((e) => e.promoted).map((e) => e.code);
  expect(promoted).toEqual(ranking.entries.slice(0, 2).map((e) => e.code));
  await shot(coordinator, FLOW, '04-promoted');

  // 5. in the final, a Thai judge and a Japanese judge: the Thai judge never gets the Thai entries
  await organiser.goto(`/admin/rounds/${finalId}/panel`);
  const thai = await inviteFromPanel(organiser, browser, organiserApi, 'Thai Finalist Judge', 'TH');
  const japanese = await inviteFromPanel(organiser, browser, organiserApi, 'Japanese Finalist Judge', 'JP');
  await section(organiser, 'Assignment');
  await organiser.getByRole('button', { name: 'Run assignment' }).click();
  await expect(organiser.getByText('Assignment done', { exact: true })).toBeVisible();
  const table = organiser.getByRole('table', { name: /Entries and their judges/ });
  for (const code of promoted) {
    const row = table.getByRole('row', { name: new RegExp(code) });
    const assigned = row.getByRole('listitem');
    await expect(assigned.filter({ hasText: japanese.name })).toHaveCount(1);
    await expect(assigned.filter({ hasText: thai.name })).toHaveCount(0);
    // and adding the Thai judge by hand is refused with the rule
    await row.getByLabel(`Judge to add to ${code}`).selectOption({ label: `${thai.name} (0 assigned)` });
    await row.getByRole('button', { name: `Add the chosen judge to ${code}` }).click();
    await expect(row.getByText(/from this entry's country/)).toBeVisible();
  }
  await shot(organiser, FLOW, '05-final-assignment');
});
