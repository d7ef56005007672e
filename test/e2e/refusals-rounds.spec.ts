import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
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
import { acceptJudgeInvitation, apiAs, closeOpened, headers, judgeEmail, ok } from './judging-data';

/**
 * Issue 14: a coordinator reading in Japanese meets the rounds' refusals in Japanese, with their facts (the judge, the
 * entry, the entries already promoted), and never the English sentence the API sent for its users and logs: a judge
 * added by hand against a conflict they declared, and a promotion that another manager made first.
 */
let competition: FreshCompetition;
let organiser: APIRequestContext;
let roundId = '';
let entryCode = '';
let conflicted: Account;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(300_000);
  const clip = makeClip('refusals-rounds-clip.mp4', { videoKbps: 300, toneHz: 587 });
  const vtt = path.join(MEDIA_DIR, 'refusals-rounds-clip.en.vtt');
  writeFileSync(vtt, ['WEBVTT', '', '00:00:01.000 --> 00:00:06.000', 'Lock your screen.', ''].join('\n'));
  organiser = await apiAs(browser, DEMO.organiser);
  competition = await freshCompetition(organiser, 'Rounds Refusals Cup');
  const student = await freshStudent(browser, 'Ren Rounds');
  const entry = await draftEntry(student.request, competition, {
    title: 'Lock your screen',
    members: [{ fullName: 'Ren Rounds', role: 'director', dateOfBirth: `${new Date().getUTCFullYear() - 21}-03-14` }],
  });
  entryCode = entry.code;
  await startEntryUpload(student.request, competition, entry, clip, vtt);
  await submitAndScreen(browser, student.request, entry.id);
  const opened = await openRoundWithJudge(browser, organiser, competition, 'Aoi Scorer');
  roundId = opened.roundId;
  // the first judge scores the entry, so that it has a place in the ranking
  const scorer = await apiAs(browser, opened.judge);
  await declareLanguages(scorer, roundId);
  const [item] = (await ok<{ items: { roundEntryId: string }[] }>(scorer.get(`/api/judge/rounds/${roundId}/queue`))).items;
  const entryUrl = `/api/judge/rounds/${roundId}/entries/${item.roundEntryId}`;
  const { rubric } = await ok<{ rubric: { criteria: { key: string; scaleMax: number }[] } }>(scorer.get(entryUrl));
  const scores = Object.fromEntries(rubric.criteria.map((c) => [c.key, c.scaleMax]));
  await ok(scorer.post(`${entryUrl}/scorecard/submit`, { headers: headers(), data: { version: 0, scores } }));
  // a second judge declares a conflict of interest with the entry
  const email = judgeEmail('TH');
  await ok(organiser.post('/api/invitations', { headers: headers(), data: { email, role: 'judge', roundId } }));
  conflicted = await acceptJudgeInvitation(browser, organiser, email, 'Kenji Conflicted');
  await ok(
    (await apiAs(browser, conflicted)).put(`/api/judge/rounds/${roundId}/declaration`, {
      headers: headers(),
      data: { languages: ['en'], conflictEntryCodes: [entryCode], conflictSchoolIds: [], conflictCountryCodes: [], note: '' },
    }),
  );
});
test.afterAll(async () => {
  if (competition) await retireCompetition(organiser, competition);
  await closeOpened();
});

/** The Thai coordinator, signed in on the page's own context. */
async function asCoordinator(page: Page): Promise<APIRequestContext> {
  const api = page.context().request;
  await ok(api.post('/api/auth/sign-in', { headers: headers(), data: DEMO.coordinatorTH }));
  return api;
}

test('a judge added by hand against their declared conflict is refused in Japanese, naming the judge and the entry', async ({ page }) => {
  test.setTimeout(60_000);
  await asCoordinator(page);
  await page.goto(`/coordinate/TH/rounds/${roundId}/assignment?lng=ja`);
  await page.getByLabel(`${entryCode}に追加する審査員`).selectOption({ label: 'Kenji Conflicted（割り当て0件）' });
  const refused = page.waitForResponse((r) => r.url().endsWith(`/api/rounds/${roundId}/assignments`) && r.request().method() === 'POST');
  await page.getByRole('button', { name: `選んだ審査員を${entryCode}に追加` }).click();
  const body = (await (await refused).json()) as { reason: string; params: Record<string, unknown>; message: string };
  expect(body).toMatchObject({ reason: 'judging.declared_conflict_entry', params: { judge: 'Kenji Conflicted', code: entryCode } });

  const alert = page.getByRole('alert').filter({ hasText: '追加できません' });
  await expect(alert).toContainText(
    `Kenji Conflictedさんは${entryCode}を審査できません。この審査員はこの作品との利害関係を申告しています。別の審査員を選んでください。`,
  );
  const main = page.locator('main');
  await expect(main).not.toContainText(body.message);
  await expect(main).not.toContainText('conflict of interest');
});

test('a promotion another manager made first is refused in Japanese, naming the entries already in the final', async ({ page }) => {
  test.setTimeout(60_000);
  await ok(organiser.post(`/api/rounds/${roundId}/close`, { headers: headers(), data: {} }));
  const now = Date.now();
  await ok(
    organiser.post('/api/rounds', {
      headers: headers(),
      data: {
        competitionId: competition.id,
        kind: 'final',
        opensAt: new Date(now + 20 * 86_400_000).toISOString(),
        closesAt: new Date(now + 40 * 86_400_000).toISOString(),
        countryQuota: 1,
      },
    }),
  );
  await asCoordinator(page);
  await page.goto(`/coordinate/TH/rounds/${roundId}/ranking?lng=ja`);
  await expect(page.getByText('提出済み評価票の加重合計点（0〜100）の平均。平均が同じ作品は同順位です。')).toBeVisible();
  await page.getByRole('button', { name: '決勝に推薦' }).click();
  // meanwhile, the organiser promotes the same entry
  const ranking = await ok<{ entries: { roundEntryId: string }[] }>(organiser.get(`/api/rounds/${roundId}/ranking`));
  await ok(organiser.post(`/api/rounds/${roundId}/promotions`, { headers: headers(), data: { roundEntryIds: [ranking.entries[0].roundEntryId] } }));

  const refused = page.waitForResponse((r) => r.url().endsWith(`/api/rounds/${roundId}/promotions`) && r.request().method() === 'POST');
  await page.getByRole('button', { name: '推薦を確定' }).click();
  const body = (await (await refused).json()) as { reason: string; params: Record<string, unknown>; message: string };
  expect(body).toMatchObject({ reason: 'judging.already_promoted', params: { codes: [entryCode] } });

  const alert = page.getByRole('alert').filter({ hasText: '推薦できませんでした' });
  await expect(alert).toContainText(`すでに決勝に推薦されています：${entryCode}。`);
  const main = page.locator('main');
  await expect(main).not.toContainText(body.message);
  await expect(main).not.toContainText('Already in the final');
});
