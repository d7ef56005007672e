import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import {
  declareLanguages,
  draftEntry,
  freshCompetition,
  freshStudent,
  openRoundWithJudge,
  retireCompetition,
  startEntryUpload,
  submitAndScreen,
  type Account,
  type FreshCompetition,
} from './fresh-round';
import { DEMO, makeClip, MEDIA_DIR } from './helpers';
import { apiAs, closeOpened, headers, ok } from './judging-data';

/**
 * Issue 14: a judge reading in Japanese meets the server's scoring refusals in Japanese, with their facts (the
 * criterion named as the rubric names it in Japanese), and never the English sentence the API sent for its users and
 * logs. The page checks every criterion before submitting, so the refusal is provoked as the server would give it to a
 * page whose rubric is out of date: the submit reaches the server without one of the scores.
 */
let competition: FreshCompetition;
let organiser: APIRequestContext;
let judge: Account;
let roundId = '';

test.beforeAll(async ({ browser }) => {
  test.setTimeout(300_000);
  const clip = makeClip('refusals-scoring-clip.mp4', { videoKbps: 300, toneHz: 523 });
  const vtt = path.join(MEDIA_DIR, 'refusals-scoring-clip.en.vtt');
  writeFileSync(vtt, ['WEBVTT', '', '00:00:01.000 --> 00:00:06.000', 'Check the sender.', ''].join('\n'));
  organiser = await apiAs(browser, DEMO.organiser);
  competition = await freshCompetition(organiser, 'Refusals Cup');
  const student = await freshStudent(browser, 'Rin Refusal');
  const entry = await draftEntry(student.request, competition, {
    title: 'Check the sender',
    members: [{ fullName: 'Rin Refusal', role: 'director', dateOfBirth: `${new Date().getUTCFullYear() - 21}-03-14` }],
  });
  await startEntryUpload(student.request, competition, entry, clip, vtt);
  await submitAndScreen(browser, student.request, entry.id);
  ({ roundId, judge } = await openRoundWithJudge(browser, organiser, competition, 'Jun Refusal Judge'));
  await declareLanguages(await apiAs(browser, judge), roundId);
});
test.afterAll(async () => {
  if (competition) await retireCompetition(organiser, competition);
  await closeOpened();
});

test("a judge's submit refused for a missing score names the criterion in Japanese, never in the server's English", async ({ page }) => {
  test.setTimeout(60_000);
  const api = page.context().request;
  await ok(api.post('/api/auth/sign-in', { headers: headers(), data: { email: judge.email, password: judge.password } }));
  const [item] = (await ok<{ items: { roundEntryId: string }[] }>(api.get(`/api/judge/rounds/${roundId}/queue`))).items;
  const entryUrl = `/api/judge/rounds/${roundId}/entries/${item.roundEntryId}`;
  const entry = await ok<{ rubric: { criteria: { key: string; name: Record<string, string>; scaleMax: number }[] } }>(api.get(entryUrl));
  const criteria = entry.rubric.criteria;
  const dropped = criteria[criteria.length - 1];
  expect(dropped.name.ja, 'the default rubric names its criteria in Japanese').toBeTruthy();
  // every criterion scored, as the page sees it
  await ok(
    api.put(`${entryUrl}/scorecard`, { headers: headers(), data: { version: 0, scores: Object.fromEntries(criteria.map((c) => [c.key, c.scaleMax])) } }),
  );
  // …but the submit reaches the server without the last criterion's score
  await page.route('**/scorecard/submit', async (route) => {
    const body = route.request().postDataJSON() as { scores: Record<string, number> };
    delete body.scores[dropped.key];
    await route.continue({ postData: JSON.stringify(body) });
  });

  await page.goto(`/judge/rounds/${roundId}/entries/${item.roundEntryId}?lng=ja`);
  const refused = page.waitForResponse((r) => r.url().endsWith('/scorecard/submit') && r.request().method() === 'POST');
  await page.getByRole('button', { name: '採点を提出' }).click();
  const body = (await (await refused).json()) as { reason: string; message: string; params: { problems: { reason: string; params: { criterion: string } }[] } };
  expect(body.reason).toBe('scoring.submit_incomplete');
  expect(body.params.problems).toEqual([{ reason: 'scoring.score_missing', params: { criterion: dropped.key } }]);

  const summary = page.getByRole('alert').filter({ hasText: '採点を提出できませんでした' });
  await expect(summary).toContainText('提出する前に、すべての評価項目を採点してください。');
  await expect(summary).toContainText(`提出する前に「${dropped.name.ja}」を採点してください。`);
  const main = page.locator('main');
  await expect(main).not.toContainText(body.message);
  await expect(main).not.toContainText(dropped.name.en);
  await expect(main).not.toContainText('before you submit');
});
