import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { draftEntry, freshCompetition, freshStudent, retireCompetition, startEntryUpload, submitAndScreen, type FreshCompetition } from './fresh-round';
import { DEMO, makeClip, MEDIA_DIR, noSideways, shot, signIn, useEnglish } from './helpers';
import { acceptJudgeInvitation, apiAs, closeOpened, headers, judgeEmail, ok } from './judging-data';

/**
 * Issue 19 §2, on the results page before sealing: a national round judged by three judges, two an entry (so the
 * panels differ and the results are calibrated by default), and a final that promotes two entries per country. The
 * organiser finds how sure the ranking is at that line, sees the pair too close to call flagged, and adds a fourth
 * judge to both entries of the pair from the flag; the judges' estimated effects are beside their score charts.
 */
const FLOW = 'results-confidence';
const DAY = 24 * 3600_000;
const iso = (days: number) => new Date(Date.now() + days * DAY).toISOString();
/** the level every judge gives each entry, in the order they were made: a clear first, then two nobody can part */
const LEVELS = [5, 3, 3];
const FOURTH = 'Nok Confidence';
let competition: FreshCompetition;
let organiser: APIRequestContext;
let roundId = '';
const codes: string[] = [];

test.afterEach(closeOpened);

test.beforeAll(async ({ browser }) => {
  test.setTimeout(480_000);
  const clip = makeClip('confidence-clip.mp4', { videoKbps: 300, toneHz: 587 });
  const vtt = path.join(MEDIA_DIR, 'confidence-clip.en.vtt');
  writeFileSync(vtt, ['WEBVTT', '', '00:00:01.000 --> 00:00:06.000', 'Two-factor sign-in stops most account thieves.', ''].join('\n'));
  organiser = await apiAs(browser, DEMO.organiser);
  competition = await freshCompetition(organiser, 'Confidence Cup');
  // three Thai entries, each from its own school, submitted and screened eligible
  const students = [];
  for (const [n, name] of ['Chai Confidence', 'Dao Confidence', 'Ekk Confidence'].entries()) {
    const student = await freshStudent(browser, name);
    const entry = await draftEntry(student.request, competition, {
      title: `Two factors, take ${n + 1}`,
      members: [{ fullName: name, role: 'director', dateOfBirth: `${new Date().getUTCFullYear() - 21}-03-14` }],
    });
    await startEntryUpload(student.request, competition, entry, clip, vtt);
    students.push({ request: student.request, entryId: entry.id });
    codes.push(entry.code);
  }
  for (const s of students) await submitAndScreen(browser, s.request, s.entryId);

  // the national round (three judges, two an entry) and the final it promotes two entries per country to
  roundId = (
    await ok<{ id: string }>(
      organiser.post('/api/rounds', {
        headers: headers(),
        data: { competitionId: competition.id, kind: 'national', countryCode: 'TH', opensAt: iso(-1), closesAt: iso(14), judgesPerEntry: 2 },
      }),
    )
  ).id;
  await ok(
    organiser.post('/api/rounds', {
      headers: headers(),
      data: { competitionId: competition.id, kind: 'final', opensAt: iso(20), closesAt: iso(34), judgesPerEntry: 1, countryQuota: 2 },
    }),
  );
  const invite = async (name: string) => {
    const email = judgeEmail('TH');
    await ok(organiser.post('/api/invitations', { headers: headers(), data: { email, role: 'judge', roundId } }));
    return acceptJudgeInvitation(browser, organiser, email, name);
  };
  const judges = [];
  for (const name of ['Kanya Confidence', 'Lek Confidence', 'Mali Confidence']) judges.push(await invite(name));
  await ok(organiser.post(`/api/rounds/${roundId}/open`, { headers: headers(), data: { confirm: true } }));
  await ok(organiser.post(`/api/rounds/${roundId}/assignment`, { headers: headers() }));

  // every judge gives each entry its level on every criterion
  const assigned = await ok<{ entries: { roundEntryId: string; code: string }[] }>(organiser.get(`/api/rounds/${roundId}/assignments`));
  const levelOf = new Map(assigned.entries.map((e) => [e.roundEntryId, LEVELS[codes.indexOf(e.code)]]));
  for (const j of judges) {
    const request = await apiAs(browser, j);
    const queue = await ok<{ items: { roundEntryId: string }[] }>(request.get(`/api/judge/rounds/${roundId}/queue`));
    for (const item of queue.items) {
      const level = levelOf.get(item.roundEntryId)!;
      await ok(
        request.post(`/api/judge/rounds/${roundId}/entries/${item.roundEntryId}/scorecard/submit`, {
          headers: headers(),
          data: { version: 0, scores: { message: level, creativity: level, impact: level, production: level, rules: level } },
        }),
      );
    }
  }
  // a fourth judge joins the panel after the assignment: free to judge both entries of the pair
  await invite(FOURTH);
});

test.afterAll(async ({ browser }) => {
  // the spec's own organiser context is closed after the test: a new one retires the competition
  if (competition) await retireCompetition(await apiAs(browser, DEMO.organiser), competition);
  await closeOpened();
});

test('the organiser finds how sure the ranking is at the promotion line, and adds a judge to the pair too close to call', async ({ page }) => {
  test.setTimeout(180_000);
  const [first, second, third] = codes;
  await useEnglish(page);
  await signIn(page, DEMO.organiser);
  await page.goto(`/admin/competitions/${competition.id}/results?round=${roundId}`);

  // the method says the calibration is the default here, and why
  await expect(page.locator('.results-method')).toContainText('calibrated per judge');
  await expect(page.locator('.results-method')).toContainText('the default, because judges scored different entries');

  const panel = page.getByRole('region', { name: 'How sure is the ranking?' });
  await expect(panel.getByRole('heading', { name: 'The line after place 2: the promotion quota' })).toBeVisible();
  const table = panel.getByRole('table', { name: /the chance that each entry belongs above the line/ });
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByRole('row').nth(1)).toContainText(first);
  await expect(table.getByRole('row').nth(1)).toContainText('100%');
  // the two level entries share the last place above the line: half each
  await expect(table.getByRole('row').nth(2)).toContainText('50%');
  await expect(table.getByRole('row').nth(3)).toContainText('50%');
  // the clear first is sure; the two level entries are a coin toss, and flagged
  await expect(panel.getByText(`${first} above ${second}: 100% sure`)).toBeVisible();
  const pair = panel.locator('.confidence-pair.too-close');
  await expect(pair).toHaveCount(1);
  await expect(pair).toContainText(`${second} above ${third}: 50% sure`);
  await expect(pair.getByText('Too close to call')).toBeVisible();
  await shot(page, FLOW, '01-confidence-desktop');

  // one more judge on both, from the flag: proposed first, then added
  await pair.getByRole('button', { name: `Add a judge to ${second} and ${third}` }).click();
  await expect(pair.getByText(`Proposed: ${FOURTH} scores ${second} and ${third}.`)).toBeVisible();
  await shot(page, FLOW, '02-proposal');
  await pair.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(pair.getByText(`Added: ${FOURTH} now scores ${second} and ${third}.`)).toBeVisible();
  const assigned = await ok<{ entries: { code: string; judges: { displayName: string; source: string }[] }[] }>(
    organiser.get(`/api/rounds/${roundId}/assignments`),
  );
  for (const code of [second, third]) {
    const entry = assigned.entries.find((e) => e.code === code)!;
    expect(entry.judges.filter((j) => j.displayName === FOURTH).map((j) => j.source)).toEqual(['manual']);
  }
  expect(assigned.entries.find((e) => e.code === first)!.judges.some((j) => j.displayName === FOURTH)).toBe(false);

  // the judges' estimated effects, beside their score charts
  await page.goto(`/admin/rounds/${roundId}/scores`);
  const effects = page.getByRole('figure', { name: 'Each judge’s estimated effect' });
  await expect(effects).toBeVisible();
  await page.getByRole('button', { name: 'Show as tables' }).click();
  await expect(effects.getByRole('row', { name: /Kanya Confidence/ })).toBeVisible();
  await shot(page, FLOW, '03-judge-effects');

  // on a phone, and in Thai
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/admin/competitions/${competition.id}/results?round=${roundId}`);
  await expect(page.getByRole('region', { name: 'How sure is the ranking?' })).toBeVisible();
  await noSideways(page);
  await shot(page, FLOW, '04-confidence-phone');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/admin/competitions/${competition.id}/results?round=${roundId}&lng=th`);
  await expect(page.locator('#confidence-h')).toBeVisible();
  await expect(page.locator('#confidence-h')).not.toHaveText('How sure is the ranking?');
  await shot(page, FLOW, '05-confidence-th');
});
