import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { draftEntry, freshCompetition, freshStudent, retireCompetition, startEntryUpload, submitAndScreen, type FreshCompetition } from './fresh-round';
import { DEMO, makeClip, MEDIA_DIR, shot, signIn, useEnglish } from './helpers';
import { acceptJudgeInvitation, apiAs, closeOpened, headers, judgeEmail, ok } from './judging-data';

/**
 * Issue 15 §3, the organiser's guardrails in the browser: opening a round while submissions are still open asks
 * first and says until when, and how many entries the judges would start with; setting a competition with entries
 * back to Draft is refused in words, with the counts.
 */
const FLOW = 'guardrails';
const DAY = 24 * 3600_000;
let competition: FreshCompetition;
let organiser: APIRequestContext;
let roundId = '';

test.beforeAll(async ({ browser }) => {
  test.setTimeout(300_000);
  const clip = makeClip('guardrails-clip.mp4', { videoKbps: 300, toneHz: 659 });
  const vtt = path.join(MEDIA_DIR, 'guardrails-clip.en.vtt');
  writeFileSync(vtt, ['WEBVTT', '', '00:00:01.000 --> 00:00:06.000', 'Check the sender first.', ''].join('\n'));
  organiser = await apiAs(browser, DEMO.organiser);
  competition = await freshCompetition(organiser, 'Guardrails Cup');
  // one Thai entry, submitted and screened eligible
  const student = await freshStudent(browser, 'Gita Guard');
  const entry = await draftEntry(student.request, competition, {
    title: 'Check the sender',
    members: [{ fullName: 'Gita Guard', role: 'director', dateOfBirth: `${new Date().getUTCFullYear() - 21}-03-14` }],
  });
  await startEntryUpload(student.request, competition, entry, clip, vtt);
  await submitAndScreen(browser, student.request, entry.id);
  // a national round for Thailand with one judge on its panel, still a draft
  const round = await ok<{ id: string }>(
    organiser.post('/api/rounds', {
      headers: headers(),
      data: {
        competitionId: competition.id,
        kind: 'national',
        countryCode: 'TH',
        opensAt: new Date(Date.now() - DAY).toISOString(),
        closesAt: new Date(Date.now() + 14 * DAY).toISOString(),
        judgesPerEntry: 1,
      },
    }),
  );
  roundId = round.id;
  const email = judgeEmail('TH');
  await ok(organiser.post('/api/invitations', { headers: headers(), data: { email, role: 'judge', roundId } }));
  await acceptJudgeInvitation(browser, organiser, email, 'Gade Guardrail');
});
test.afterAll(async () => {
  if (competition) await retireCompetition(organiser, competition);
  await closeOpened();
});

test('opening a round while submissions are open asks first, saying until when and how many entries the judges start with', async ({ page }) => {
  test.setTimeout(90_000);
  await useEnglish(page);
  await signIn(page, DEMO.organiser);
  await page.goto(`/admin/rounds/${roundId}/setup`);
  await page.getByRole('button', { name: 'Open round' }).click();
  const question = page.getByRole('group', { name: /^Submissions stay open until .+\. Open the round anyway\?$/ });
  await expect(question).toBeVisible();
  await expect(question).toBeFocused();
  await expect(question).toContainText('Opening now takes in the eligible entries so far: 1 (submitted so far: 1).');
  // the competition closes its submissions in 30 days: the question names that day
  const closes = new Date(Date.now() + 30 * DAY);
  await expect(question).toContainText(String(closes.getFullYear()));
  await expect(page.getByRole('alert')).toHaveCount(0);
  await question.scrollIntoViewIfNeeded();
  await shot(page, FLOW, '01-open-early-desktop');
  await page.setViewportSize({ width: 390, height: 844 });
  await question.scrollIntoViewIfNeeded();
  await shot(page, FLOW, '01-open-early-phone');
  await page.setViewportSize({ width: 1280, height: 800 });

  // Escape cancels: the round stays a draft
  await page.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Open round' })).toBeFocused();
  await page.getByRole('button', { name: 'Open round' }).click();
  await page.getByRole('button', { name: 'Open anyway' }).click();
  await expect(page.getByRole('button', { name: 'Close round' })).toBeVisible();
});

test('setting a competition with entries back to Draft is refused in words, with the counts', async ({ page }) => {
  test.setTimeout(90_000);
  await useEnglish(page);
  await signIn(page, DEMO.organiser);
  await page.goto(`/admin/competitions/${competition.id}/settings`);
  await page.getByLabel('Status').selectOption('draft');
  // the form saves in steps, the status last, in a request of its own
  const sent = page.waitForResponse(
    (r) => r.request().method() === 'PATCH' && r.url().endsWith(`/api/competitions/${competition.id}`) && r.request().postData() === '{"status":"draft"}',
  );
  await page.getByRole('button', { name: 'Save changes' }).click();
  const refusal = await sent;
  expect(refusal.status()).toBe(409);
  const english = ((await refusal.json()) as { message: string }).message;
  const summary = page.getByRole('alert').filter({ hasText: 'cannot go back to Draft' });
  // the round is open when the first test ran before this one
  await expect(summary).toContainText(
    /This competition cannot go back to Draft while teams and judges are using it \(entries: 1; rounds open for judging: [01]\): Draft would hide it from them\. To stop new entries, change the submission dates instead\./,
  );
  await expect(page.locator('body')).not.toContainText(english);
  await summary.scrollIntoViewIfNeeded();
  await shot(page, FLOW, '02-draft-refused-desktop');
  await page.setViewportSize({ width: 390, height: 844 });
  await summary.scrollIntoViewIfNeeded();
  await shot(page, FLOW, '02-draft-refused-phone');
  await expect.poll(async () => (await ok<{ status: string }>(organiser.get(`/api/competitions/${competition.id}`))).status).toBe('published');
});
