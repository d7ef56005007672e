import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Browser, type Locator, type Page } from '@playwright/test';
import { draftEntry, freshCompetition, retireCompetition, startEntryUpload, waitForReadyVideo, type FreshCompetition } from './fresh-round';
import { DEMO, makeClip, MEDIA_DIR, shot, signIn, signUpConfirmed, useEnglish } from './helpers';
import { acceptJudgeInvitation, apiAs, closeOpened, headers, judgeEmail, newContext, ok } from './judging-data';

/**
 * Issue 15, "Done when": a first-time organiser goes from an empty competition to judges scoring in two countries'
 * national rounds by following only the dashboard's checklist, with the round templates and judges from the pool.
 *
 * The platform as the organiser finds it is made through the API and not counted (other people's work): a
 * competition for Thailand and Japan, each country with its coordinator; two people who judged last year's edition
 * (one Thai, one Japanese); one entry per country, submitted with a processed video and screened eligible by its
 * coordinator; the submission window closed, judging open.
 *
 * The organiser's path, counted (docs/organiser-journey.md; today: 16 clicks on 8 screens):
 *   screen 1, the dashboard            click 1: the checklist's "Rounds" step
 *   screen 2, the rounds page          click 2: "Create 2 national rounds"          (the national-rounds template)
 *                                      click 3: "Yes, create 2 rounds"               (its confirmation)
 *                                      click 4: "Add" the Thai judge                 (Panels: suggested from the pool)
 *                                      click 5: "Add" the Japanese judge
 *                                      click 6: "Open 2 ready rounds"
 *                                      click 7: "Yes, open 2 rounds"                 (opens both, runs both assignments)
 * = 7 clicks on 2 screens, and no typed field. Then each judge scores their entry (not counted).
 */
const FLOW = 'journey';
const MAX_CLICKS = 7;
const MAX_SCREENS = 3;
const DAY = 24 * 3600_000;
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();
const adult = () => `${new Date().getUTCFullYear() - 21}-03-14`;
const stamp = () => `${Date.now() % 1e6}`;

interface Person {
  email: string;
  password: string;
  name: string;
}

let organiser: APIRequestContext;
let competition: FreshCompetition;
let lastYear: FreshCompetition;
// names that come first in the pool's alphabetical order, so that they are among the people each round suggests
const judgeTH = { name: `Aat Srisuk ${stamp()}` } as Person;
const judgeJP = { name: `Aaya Mori ${stamp()}` } as Person;
const titles = { TH: 'Pause before you pay', JP: 'Ask before you share' };

/** The organiser's clicks and the screens (pathnames) they see, counted as the issue counts them. */
class Journey {
  readonly clicks: string[] = [];
  readonly screens = new Set<string>();
  constructor(private readonly page: Page) {}
  /** the page the organiser is on counts as a screen */
  see(): void {
    this.screens.add(new URL(this.page.url()).pathname);
  }
  async click(what: string, target: Locator): Promise<void> {
    this.clicks.push(what);
    await target.click();
    this.see();
  }
}

/** A student of the country with an entry of the competition, submitted with its processed video. */
async function submittedEntry(browser: Browser, country: 'TH' | 'JP', clip: string, vtt: string): Promise<string> {
  const s = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const context = await newContext(browser);
  const name = country === 'TH' ? 'Ploy Journey' : 'Hana Journey';
  await signUpConfirmed(context.request, {
    email: `journey-${country.toLowerCase()}-${s}@e2e.clapper.test`,
    password: 'a long enough passphrase 42',
    displayName: name,
    role: 'student',
    countryCode: country,
    schoolName: `Journey School ${country} ${s}`,
    dateOfBirth: adult(),
    locale: 'en',
  });
  const entry = await draftEntry(context.request, competition, {
    title: titles[country],
    members: [{ fullName: name, role: 'director', dateOfBirth: adult() }],
  });
  await startEntryUpload(context.request, competition, entry, clip, vtt);
  await waitForReadyVideo(context.request, entry.id);
  await ok(context.request.post(`/api/entries/${entry.id}/submit`, { headers: headers() }));
  return entry.id;
}

/** Someone accepts the invitation emailed to `email` (judge or coordinator), creating their account. */
async function invited(browser: Browser, data: Record<string, unknown> & { email: string }, name: string): Promise<Person> {
  await ok(organiser.post('/api/invitations', { headers: headers(), data }));
  return acceptJudgeInvitation(browser, organiser, data.email, name);
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(360_000);
  const clip = makeClip('journey-clip.mp4', { videoKbps: 300, toneHz: 523 });
  const vtt = path.join(MEDIA_DIR, 'journey-clip.en.vtt');
  writeFileSync(vtt, ['WEBVTT', '', '00:00:01.000 --> 00:00:06.000', 'Pause before you pay.', ''].join('\n'));
  organiser = await apiAs(browser, DEMO.organiser);

  // last year's edition: a Thai and a Japanese judge are on the platform since then, in its national rounds
  lastYear = await freshCompetition(organiser, 'Journey Cup 2026');
  for (const [country, judge] of [
    ['TH', judgeTH],
    ['JP', judgeJP],
  ] as const) {
    const round = await ok<{ id: string }>(
      organiser.post('/api/rounds', {
        headers: headers(),
        data: { competitionId: lastYear.id, kind: 'national', countryCode: country, opensAt: iso(-30 * DAY), closesAt: iso(-10 * DAY), judgesPerEntry: 1 },
      }),
    );
    Object.assign(judge, await invited(browser, { email: judgeEmail(country), role: 'judge', roundId: round.id }, judge.name));
  }

  // this year's competition: Thailand's coordinator is the demo's; Japan's accepts an invitation
  competition = await freshCompetition(organiser, 'Journey Cup');
  const coordinatorJP = await invited(
    browser,
    { email: `coordinator-jp-${stamp()}@e2e.clapper.test`, role: 'coordinator', countryCode: 'JP' },
    'Yui Coordinator',
  );

  // one entry per country, submitted, then screened eligible by the country's coordinator
  const [entryTH, entryJP] = await Promise.all([submittedEntry(browser, 'TH', clip, vtt), submittedEntry(browser, 'JP', clip, vtt)]);
  for (const [who, id] of [
    [DEMO.coordinatorTH, entryTH],
    [coordinatorJP, entryJP],
  ] as const) {
    const coordinator = await apiAs(browser, who);
    await ok(coordinator.post(`/api/entries/${id}/screening`, { headers: headers(), data: { decision: 'eligible' } }));
  }

  // the submission window has closed and judging starts now (the templates' national rounds take this window)
  await ok(
    organiser.patch(`/api/competitions/${competition.id}`, {
      headers: headers(),
      data: { timeline: { submissionOpensAt: iso(-2 * DAY), submissionClosesAt: iso(-60_000), judgingOpensAt: iso(-30_000), judgingClosesAt: iso(21 * DAY) } },
    }),
  );
});

test.afterAll(async () => {
  for (const c of [competition, lastYear]) if (c) await retireCompetition(organiser, c);
  await closeOpened();
});

test('a first-time organiser follows the checklist to judges scoring in two national rounds: 7 clicks on 2 screens', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await useEnglish(page);
  await signIn(page, DEMO.organiser);
  await page.goto(`/admin/competitions/${competition.id}`);
  const journey = new Journey(page);
  journey.see();

  // the dashboard: the checklist says what comes next, and the rounds step is to do
  const checklist = page.getByRole('region', { name: 'Setup checklist' });
  const steps = checklist.getByRole('listitem');
  await expect(steps).toHaveCount(7);
  await expect(steps.nth(2)).toContainText('Done');
  await expect(steps.nth(4)).toContainText('Japan and Thailand have no national round yet.');
  await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
  await shot(page, FLOW, '01-dashboard-before-desktop');

  await journey.click('checklist: Rounds', steps.nth(4).getByRole('link', { name: 'Do this step: Rounds' }));
  await expect(page).toHaveURL(new RegExp(`/admin/competitions/${competition.id}/rounds$`));

  // the national-rounds template, confirmed
  const national = page.getByRole('region', { name: 'National rounds for every participating country' });
  await journey.click('template: Create 2 national rounds', national.getByRole('button', { name: 'Create 2 national rounds' }));
  await journey.click(
    'template: Yes, create 2 rounds',
    national.getByRole('group', { name: 'Create 2 national rounds?' }).getByRole('button', { name: 'Yes, create 2 rounds' }),
  );
  await expect(national.getByText(/^Created 2 national rounds: Japan and Thailand\./)).toBeVisible();

  // Panels: each round short of judges suggests people of its country from the pool, who judged before first
  const panels = page.getByRole('region', { name: 'Panels', exact: true });
  const thai = panels.getByRole('region', { name: 'National round · Thailand' });
  const japanese = panels.getByRole('region', { name: 'National round · Japan' });
  await expect(thai.getByRole('listitem').filter({ hasText: judgeTH.name })).toContainText('Judged 1 round before');
  await expect(japanese.getByRole('listitem').filter({ hasText: judgeJP.name })).toContainText('Japan');
  await expect(thai.getByText(judgeJP.name)).toHaveCount(0);
  await expect(thai).toContainText('0 of 3 judges');
  await panels.scrollIntoViewIfNeeded();
  await shot(page, FLOW, '02-rounds-panels-desktop');

  await journey.click('panels: Add the Thai judge', thai.getByRole('button', { name: `Add ${judgeTH.name} to National round · Thailand` }));
  await expect(thai.getByText(`${judgeTH.name} is on the panel of National round · Thailand, and was emailed what the round asks.`)).toBeVisible();
  await journey.click('panels: Add the Japanese judge', japanese.getByRole('button', { name: `Add ${judgeJP.name} to National round · Japan` }));
  await expect(japanese.getByText(`${judgeJP.name} is on the panel of National round · Japan, and was emailed what the round asks.`)).toBeVisible();
  await expect(thai).toContainText('1 of 3 judges');

  // open the rounds that are ready: one question that states the facts
  const openReady = page.getByRole('region', { name: 'Open the rounds that are ready' });
  await expect(openReady.getByRole('listitem')).toHaveCount(2);
  await expect(openReady.getByRole('listitem').filter({ hasText: 'National round · Thailand' })).toContainText('1 eligible entry · 1 judge');
  await journey.click('Open 2 ready rounds', openReady.getByRole('button', { name: 'Open 2 ready rounds' }));
  const question = openReady.getByRole('group', { name: 'Open 2 rounds now?' });
  await expect(question).toBeFocused();
  await expect(question).toContainText('National round · Japan: 1 eligible entry, 1 judge.');
  await expect(question).toContainText('National round · Thailand: 1 eligible entry, 1 judge.');
  await expect(question).toContainText('fewer judges than the 3 the round asks for');
  // the submission window has closed: nothing to say about late entries
  await expect(question).not.toContainText('Submissions stay open');
  await question.scrollIntoViewIfNeeded();
  await shot(page, FLOW, '03-open-ready-confirm-desktop');
  await journey.click('Yes, open 2 rounds', question.getByRole('button', { name: 'Yes, open 2 rounds' }));
  await expect(
    openReady.getByText(/^Opened 2 rounds: National round · Japan and National round · Thailand\. Their judges have their entries now\./),
  ).toBeVisible();

  // the count, against the bar (under half of today's 16 clicks and 8 screens)
  expect(journey.clicks).toHaveLength(7);
  expect(journey.clicks.length).toBeLessThanOrEqual(MAX_CLICKS);
  expect([...journey.screens]).toEqual([`/admin/competitions/${competition.id}`, `/admin/competitions/${competition.id}/rounds`]);
  expect(journey.screens.size).toBeLessThanOrEqual(MAX_SCREENS);

  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, FLOW, '04-rounds-after-phone');
  await page.setViewportSize({ width: 1280, height: 800 });

  // back on the dashboard (not counted: the judges can score already): the rounds are open, judging under way
  await page.goto(`/admin/competitions/${competition.id}`);
  // every country has its national round; the regional final is the next step, for later
  const roundsStep = page.getByRole('region', { name: 'Setup checklist' }).getByRole('listitem').nth(4);
  await expect(roundsStep).toContainText('There is no regional final yet.');
  await expect(roundsStep).not.toContainText('no national round yet');
  await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
  await shot(page, FLOW, '05-dashboard-after-desktop');

  // each judge has their country's entry in their queue, and scores it
  for (const [judge, title] of [
    [judgeTH, titles.TH],
    [judgeJP, titles.JP],
  ] as const) {
    const context = await newContext(browser);
    const judgePage = await context.newPage();
    await useEnglish(judgePage);
    await signIn(judgePage, judge);
    await expect(judgePage).toHaveURL(/\/judge$/);
    // their rounds: last year's, and this competition's, open for scoring
    await judgePage.getByRole('link', { name: competition.name, exact: true }).click();
    await expect(judgePage.getByRole('heading', { name: 'Entries assigned to you' })).toBeVisible();
    await expect(judgePage.getByRole('row').filter({ hasText: title })).toBeVisible();
    await judgePage.getByRole('link', { name: 'Start scoring' }).click();
    const groups = judgePage.getByRole('group').filter({ has: judgePage.getByRole('radio') });
    await expect(groups.first()).toBeVisible();
    for (let i = 0; i < (await groups.count()); i++) await groups.nth(i).getByRole('radio').last().check();
    await judgePage.getByRole('button', { name: 'Submit scores' }).click();
    await expect(judgePage.getByText(/^Submitted on /)).toBeVisible();
  }
});
