import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page, type Response } from '@playwright/test';
import { expectAccessible } from './a11y';
import {
  declareLanguages,
  draftEntry,
  freshCompetition,
  freshStudent,
  openRoundWithJudge,
  retireCompetition,
  startEntryUpload,
  submitAndScreen,
  type FreshCompetition,
} from './fresh-round';
import { DEMO, makeClip, MEDIA_DIR, shot, useEnglish } from './helpers';
import { acceptJudgeInvitation, apiAs, closeOpened, headers, judgeEmail, ok } from './judging-data';

/**
 * Issue 15, ceremony night: on a competition of its own (built through the API up to a closed final with a winner,
 * its results not sealed), the organiser opens ceremony mode, is offered to seal first, opens the audience window,
 * advances in the presenter's window and sees the audience's follow, sees the posters load, and publishes with a
 * confirmation. The demo's 2026 edition is left to results-showcase.spec.ts.
 */
let competition: FreshCompetition;
let organiser: APIRequestContext;
let winnerTitle = '';

const DAY = 86_400_000;
const iso = (days: number) => new Date(Date.now() + days * DAY).toISOString();

test.beforeAll(async ({ browser }) => {
  test.setTimeout(360_000);
  const clip = makeClip('ceremony-clip.mp4', { videoKbps: 300, toneHz: 659 });
  const vtt = path.join(MEDIA_DIR, 'ceremony-clip.en.vtt');
  writeFileSync(vtt, ['WEBVTT', '', '00:00:01.000 --> 00:00:06.000', 'Lock the door online.', ''].join('\n'));
  organiser = await apiAs(browser, DEMO.organiser);
  competition = await freshCompetition(organiser, 'Ceremony Cup');
  const student = await freshStudent(browser, 'Mali Ceremony');
  winnerTitle = 'Lock the door online';
  const entry = await draftEntry(student.request, competition, {
    title: winnerTitle,
    members: [{ fullName: 'Mali Ceremony', role: 'director', dateOfBirth: `${new Date().getUTCFullYear() - 21}-03-14` }],
  });
  await startEntryUpload(student.request, competition, entry, clip, vtt);
  await submitAndScreen(browser, student.request, entry.id);

  // the national round: judged, closed, its best entry promoted to the final
  const national = await openRoundWithJudge(browser, organiser, competition, 'Niran National');
  const judge = await apiAs(browser, national.judge);
  await declareLanguages(judge, national.roundId);
  const [item] = (await ok<{ items: { roundEntryId: string }[] }>(judge.get(`/api/judge/rounds/${national.roundId}/queue`))).items;
  const entryUrl = `/api/judge/rounds/${national.roundId}/entries/${item.roundEntryId}`;
  const { rubric } = await ok<{ rubric: { criteria: { key: string; scaleMax: number }[] } }>(judge.get(entryUrl));
  await ok(
    judge.post(`${entryUrl}/scorecard/submit`, {
      headers: headers(),
      data: { version: 0, scores: Object.fromEntries(rubric.criteria.map((c) => [c.key, c.scaleMax])) },
    }),
  );
  await ok(organiser.post(`/api/rounds/${national.roundId}/close`, { headers: headers(), data: {} }));
  const final = await ok<{ id: string }>(
    organiser.post('/api/rounds', {
      headers: headers(),
      data: { competitionId: competition.id, kind: 'final', opensAt: iso(-1), closesAt: iso(7), countryQuota: 1 },
    }),
  );
  const ranking = await ok<{ entries: { roundEntryId: string }[] }>(organiser.get(`/api/rounds/${national.roundId}/ranking`));
  await ok(organiser.post(`/api/rounds/${national.roundId}/promotions`, { headers: headers(), data: { roundEntryIds: [ranking.entries[0].roundEntryId] } }));

  // the final: a judge from another country on its panel, opened, and closed
  const email = judgeEmail('JP');
  await ok(organiser.post('/api/invitations', { headers: headers(), data: { email, role: 'judge', roundId: final.id, countryCode: 'JP' } }));
  await acceptJudgeInvitation(browser, organiser, email, 'Aiko Final');
  await ok(organiser.post(`/api/rounds/${final.id}/open`, { headers: headers(), data: { confirm: true } }));
  await ok(organiser.post(`/api/rounds/${final.id}/close`, { headers: headers(), data: { force: true } }));

  // the award, its winner decided by the organisers (the final was closed unscored), and the results NOT sealed
  const overview = await ok<{ awards: { id: string }[] }>(
    organiser.post(`/api/competitions/${competition.id}/awards`, {
      headers: headers(),
      data: { kind: 'grand_prize', name: { en: 'Grand Prize', ja: 'グランプリ' }, description: { en: 'The best video of the evening.' } },
    }),
  );
  await ok(
    organiser.put(`/api/awards/${overview.awards[0].id}/winners`, {
      headers: headers(),
      data: { winners: [{ entryId: entry.id, place: 1 }], reason: 'The jury met in person after the final.' },
    }),
  );
});
test.afterAll(async () => {
  if (competition) await retireCompetition(organiser, competition);
  await closeOpened();
});

/** Every poster image on the page has loaded (a picture, not a broken or blocked request). */
async function postersLoaded(page: Page): Promise<number[]> {
  return page.locator('[data-testid="ceremony-poster"]').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth));
}

test('ceremony mode: seal first, presenter and audience windows in step, posters, publish with a confirmation', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await useEnglish(page);
  await ok(page.context().request.post('/api/auth/sign-in', { headers: headers(), data: DEMO.organiser }));

  // 1. Before sealing: the offer to seal first, saying what sealing does
  await page.goto(`/ceremony/${competition.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Seal the results before the ceremony' })).toBeVisible();
  await page.getByRole('button', { name: 'Seal the results and start the ceremony' }).click();
  const question = page.getByRole('group', { name: 'Seal the results now?' });
  await expect(question).toContainText('The awards are fixed');
  await expect(question).toContainText('Nothing becomes public');
  await shot(page, 'ceremony', '1-seal-first');
  await expectAccessible(page, 'ceremony: seal first');
  await question.getByRole('button', { name: 'Seal and start the ceremony' }).click();

  // 2. The presenter's window: the slide, the next one, the notes, the clock
  await expect(page.getByRole('region', { name: /^Opening: Ceremony Cup/ })).toBeVisible();
  await expect(page.getByTestId('ceremony-next-label')).toHaveText('Nominees: Grand Prize');
  await expect(page.getByTestId('presenter-notes')).toContainText('1 award to reveal tonight');
  await expect(page.getByTestId('presenter-clock')).toHaveText(/\d/);
  // rehearsing publishes nothing: the showcase does not know the edition
  const visitor = await browser.newContext();
  expect((await visitor.request.get(`/showcase/${competition.slug}`)).status()).toBe(404);

  // 3. The audience window, opened from the presenter's
  const posterResponses: Response[] = [];
  const [audience] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('button', { name: 'Open the audience window' }).click()]);
  audience.on('response', (r) => {
    if (r.url().includes('poster.jpg')) posterResponses.push(r);
  });
  await expect(audience).toHaveURL(new RegExp(`/ceremony/${competition.id}/audience$`));
  await expect(page.getByTestId('audience-status')).toHaveText(/^Open and following/);
  const audienceSlide = audience.getByTestId('ceremony-slide');
  await expect(audienceSlide).toHaveAttribute('aria-label', /^Opening: Ceremony Cup/);
  // the slides only: nothing to click, no Publish
  await expect(audience.getByRole('button')).toHaveCount(0);
  await expect(audience.getByRole('link')).toHaveCount(0);
  await expect(audience.locator('body')).not.toContainText('Publish');

  // 4. The presenter advances, with a clicker's key and the on-screen button; the audience follows
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('region', { name: 'Nominees: Grand Prize' })).toBeVisible();
  await expect(audienceSlide).toHaveAttribute('aria-label', 'Nominees: Grand Prize');
  await expect(audienceSlide).toContainText(winnerTitle);
  // the posters load, in both windows (a picture, not a black box)
  const allDrawn = async (p: Page) => {
    const widths = await postersLoaded(p);
    return widths.length > 0 && widths.every((w) => w > 0);
  };
  await expect.poll(() => allDrawn(audience)).toBe(true);
  await expect.poll(() => allDrawn(page)).toBe(true);
  await expect(page.getByTestId('presenter-notes')).toContainText(`${winnerTitle} — `);
  await shot(page, 'ceremony', '2-presenter-desktop');
  await audience.waitForTimeout(3000); // the hint and the pointer go after a moment
  await shot(audience, 'ceremony', '3-audience-desktop');
  await expectAccessible(page, 'ceremony: presenter view');

  await page.getByRole('button', { name: /Reveal the winner/ }).click();
  await expect(audienceSlide).toHaveAttribute('aria-label', 'Winner: Grand Prize');
  await expect(audienceSlide).toContainText(winnerTitle);
  await page.getByTestId('ceremony-next').click();
  await expect(audienceSlide).toHaveAttribute('aria-label', 'Video: Grand Prize');

  // 5. The video slide: its poster answers 200 with an image, in CORS mode as the video element asks for it
  const video = audience.getByTestId('ceremony-video');
  const posterUrl = await video.getAttribute('poster');
  expect(posterUrl).toContain('poster.jpg');
  await expect.poll(() => posterResponses.some((r) => r.url() === posterUrl)).toBe(true);
  const poster = posterResponses.find((r) => r.url() === posterUrl)!;
  expect(poster.status()).toBe(200);
  expect(poster.headers()['content-type']).toBe('image/jpeg');
  expect(poster.headers()['access-control-allow-origin']).toBeTruthy();
  const drawn = await audience.evaluate(
    (url) =>
      new Promise<number>((resolve) => {
        const img = new Image();
        img.crossOrigin = 'anonymous';
        img.onload = () => resolve(img.naturalWidth);
        img.onerror = () => resolve(0);
        img.src = url;
      }),
    posterUrl!,
  );
  expect(drawn).toBeGreaterThan(0);
  // the presenter's copy plays muted (the sound is the audience's), and the audience's follows it
  await expect.poll(() => page.getByTestId('ceremony-video').evaluate((v: HTMLVideoElement) => v.muted)).toBe(true);
  await expect.poll(() => audience.getByTestId('ceremony-video').evaluate((v: HTMLVideoElement) => v.controls)).toBe(false);

  // 6. Publishing: in the presenter's window only, after a confirmation that says what it does
  await page.keyboard.press('End');
  await expect(audienceSlide).toHaveAttribute('aria-label', 'Closing');
  await expect(audience.getByRole('button')).toHaveCount(0);
  await page.getByRole('button', { name: 'Publish results' }).click();
  const confirm = page.getByRole('group', { name: 'Publish the results now?' });
  await expect(confirm).toContainText('the winners appear on the public showcase');
  await confirm.getByRole('button', { name: 'Publish the results' }).click();
  await expect(page.getByText('Results are published')).toBeVisible();
  expect((await visitor.request.get(`/showcase/${competition.slug}`)).status()).toBe(200);
  await visitor.close();

  // 7. A presenter on a phone
  await page.keyboard.press('Home');
  await page.keyboard.press('PageDown');
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByTestId('ceremony-next')).toBeVisible();
  await shot(page, 'ceremony', '4-presenter-phone');
  await audience.close();
  await expect(page.getByTestId('audience-status')).toHaveText(/^Not open/);
});
