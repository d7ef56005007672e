import { expect, test, type APIRequestContext } from '@playwright/test';
import { freshCompetition, retireCompetition, type FreshCompetition } from './fresh-round';
import { DEMO } from './helpers';
import { apiAs, closeOpened, headers, ok } from './judging-data';

/**
 * Issue 14: an organiser reading in Japanese meets the results' refusals and facts in Japanese. A seal refused names
 * what stands in the way (the award by its Japanese name), and the method of the results is said in Japanese, never in
 * the English sentences the API keeps for its users and logs.
 */
let competition: FreshCompetition;
let organiser: APIRequestContext;

test.beforeAll(async ({ browser }) => {
  organiser = await apiAs(browser, DEMO.organiser);
  competition = await freshCompetition(organiser, 'Seal Refusal Cup');
  await ok(
    organiser.post(`/api/competitions/${competition.id}/awards`, {
      headers: headers(),
      data: { kind: 'grand_prize', name: { en: 'Grand Prize', ja: 'グランプリ' } },
    }),
  );
});
test.afterAll(async () => {
  if (competition) await retireCompetition(organiser, competition);
  await closeOpened();
});

test('a seal refused in Japanese names each blocker, the award by its Japanese name, never the English message', async ({ page }) => {
  test.setTimeout(60_000);
  await ok(page.context().request.post('/api/auth/sign-in', { headers: headers(), data: DEMO.organiser }));
  await page.goto(`/admin/competitions/${competition.id}/awards?lng=ja`);
  // before sealing, the page already lists what stands in the way
  const before = page.locator('.blockers');
  await expect(before).toContainText('決勝ラウンドがまだありません');
  await expect(before).toContainText('次の賞の受賞者を決めてください：グランプリ。');

  const refused = page.waitForResponse((r) => r.url().endsWith('/results/seal') && r.request().method() === 'POST');
  await page.getByRole('button', { name: '結果を封印' }).click();
  const response = await refused;
  expect(response.status()).toBe(409);
  const body = (await response.json()) as { reason: string; message: string; params: { problems: { reason: string; params: Record<string, unknown> }[] } };
  expect(body.reason).toBe('results.not_ready');
  expect(body.params.problems).toEqual([
    { reason: 'results.no_final', params: {} },
    { reason: 'results.awards_without_winners', params: { awards: [{ en: 'Grand Prize', ja: 'グランプリ' }], awardIds: [expect.any(String)] } },
  ]);

  const alert = page.getByRole('alert').filter({ hasText: '実行できませんでした' });
  await expect(alert).toContainText('結果はまだ封印できません。');
  await expect(alert).toContainText('決勝ラウンドがまだありません。賞は決勝の結果から決まります。');
  await expect(alert).toContainText('次の賞の受賞者を決めてください：グランプリ。');
  const text = await page.locator('main').innerText();
  expect(text).not.toContain(body.message);
  expect(text).not.toContain('Grand Prize');
  expect(text).not.toMatch(/cannot be sealed|Assign winners|final round/);
});

test('the method of the results is said in Japanese, with every fact the API sends', async ({ page }) => {
  test.setTimeout(60_000);
  await ok(page.context().request.post('/api/auth/sign-in', { headers: headers(), data: DEMO.organiser }));
  const list = await ok<{ id: string; slug: string }[]>(organiser.get('/api/competitions'));
  const edition = list.find((c) => c.slug === 'asean-japan-2026')!;
  const results = page.waitForResponse((r) => /\/api\/rounds\/[^/]+\/results$/.test(r.url()) && r.request().method() === 'GET');
  await page.goto(`/admin/competitions/${edition.id}/results?lng=ja`);
  const { method } = (await (await results).json()) as {
    method: {
      aggregation: string;
      aggregationReason: string;
      trimmedFrom: number | null;
      audienceShare: number;
      tieBreaks: { kind: string; criterionName?: Record<string, string> }[];
    };
  };
  const sentence = page.locator('.results-method');
  await expect(sentence).toContainText('審査員の加重合計の平均');
  if (method.aggregation === 'zscore') await expect(sentence).toContainText('審査員ごとに正規化');
  await expect(sentence).not.toContainText('calibrated');
  if (method.trimmedFrom !== null) await expect(sentence).toContainText(`審査員が${method.trimmedFrom}人以上の作品はトリム平均`);
  if (method.tieBreaks.length === 0) await expect(sentence).toContainText('同点の作品は同じ順位');
  else await expect(sentence).toContainText('同点の決め方：');
  const labels: Record<string, string> = { first_places: '1位評価が多い', organiser: '主催者の決定' };
  for (const step of method.tieBreaks)
    await expect(sentence).toContainText(step.kind === 'criterion' ? `「${step.criterionName?.ja ?? ''}」が高い` : labels[step.kind]);
  await expect(sentence).not.toContainText('weighted totals');
  await expect(sentence).not.toContainText('ties broken by');
});
