import { expect, test } from '@playwright/test';
import { draftEntry, freshCompetition, retireCompetition, type FreshCompetition } from './fresh-round';
import { guardianEmail, guardianLinkFor } from './guardian';
import { DEMO, minorBirthDate, noSideways, shot, signIn } from './helpers';
import { apiAs, closeOpened, headers, ok } from './judging-data';
import { approveTexts } from './legal-texts';

/**
 * Issue 17 §2: a guardian reads the consent text in their own language. An organiser approves the Thai translation
 * of the guardian consent (the others stay Clapper's drafts); a Thai guardian opens the emailed link, reads the Thai
 * text under Thai headings, agrees, and the ledger (the coordinator's view and the API) records the version and the
 * language th. A guardian whose language (Khmer) has no approved text is offered only the approved languages, each in
 * its own script, and the page switches entirely to the one chosen. Screenshots on a phone go to
 * test-results/screenshots/consent-language-*.png.
 */
const FLOW = 'consent-language';
const PHONE = { width: 390, height: 844 };
const THAI_TEXT = 'ข้าพเจ้าเป็นบิดา มารดา หรือผู้ปกครองตามกฎหมายของสมาชิกทีมที่ระบุชื่อไว้';
const ENGLISH_TEXT = 'I am the parent or legal guardian';

// the competition leaves Thailand's overview and the landing page once the test is done: other specs read them
const made: FreshCompetition[] = [];
test.afterEach(async ({ browser }) => {
  const organiser = made.length ? await apiAs(browser, DEMO.organiser) : null;
  for (const competition of made.splice(0)) await retireCompetition(organiser!, competition);
  await closeOpened();
});

test('a Thai guardian reads the Thai consent text, agrees, and the ledger shows the version and the language', async ({ browser }) => {
  test.setTimeout(120_000);
  const organiser = await apiAs(browser, DEMO.organiser);
  const competition = await freshCompetition(organiser, 'Consent Language Cup');
  made.push(competition);
  await approveTexts(organiser, competition.id, ['th'], ['guardian_consent']);
  const student = await apiAs(browser, DEMO.student);
  const entry = await draftEntry(student, competition, {
    title: 'Ask your parents first',
    members: [
      { fullName: 'Nong Malee', role: 'director', dateOfBirth: minorBirthDate(15) },
      { fullName: 'Nong Sokha', role: 'actor', dateOfBirth: minorBirthDate(14) },
    ],
  });
  const [malee, sokha] = entry.members;

  // the team asks in Thai: the email's link opens the page in Thai
  const thai = guardianEmail('Malee Thai Mother');
  await ok(student.post(`/api/entries/${entry.id}/members/${malee.id}/guardian-link`, { headers: headers(), data: { guardianEmail: thai, language: 'th' } }));
  const link = await guardianLinkFor(organiser, thai);
  const mail = (await ok<{ items: { to: string; text: string }[] }>(organiser.get('/api/admin/outbox?limit=50'))).items.find((m) => m.to === thai)!;
  expect(mail.text).toContain(`${link}?lng=th`);

  const guardian = await browser.newContext({ viewport: PHONE });
  const page = await guardian.newPage();
  await page.goto(`${link}?lng=th`);
  await expect(page.getByRole('heading', { level: 1, name: 'ความยินยอมสำหรับสมาชิกในทีม' })).toBeVisible();
  const text = page.locator('blockquote.consent-text');
  await expect(text).toContainText(THAI_TEXT);
  await expect(text).toHaveAttribute('lang', 'th');
  await expect(page.getByText('ฉบับที่ 2027-01 ภาษาไทย')).toBeVisible();
  await expect(page.getByRole('button', { name: 'ฉันยินยอม', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'ฉันไม่ยินยอม', exact: true })).toBeVisible();
  expect(await page.locator('main').innerText()).not.toContain(ENGLISH_TEXT);
  await noSideways(page);
  await shot(page, FLOW, '01-guardian-th-phone');

  await page.getByLabel('ชื่อ-นามสกุลของคุณ').fill('มาลี ศรีสุข');
  await page.getByLabel('ความเกี่ยวข้องกับสมาชิกในทีม').fill('มารดา');
  await page.getByRole('button', { name: 'ฉันยินยอม', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'ให้ความยินยอมแล้ว' })).toBeVisible();
  await expect(page.getByText('คำตอบของคุณเป็นคำตอบต่อข้อความฉบับที่ 2027-01 ภาษาไทย')).toBeVisible();
  await noSideways(page);
  await shot(page, FLOW, '02-guardian-th-agreed-phone');

  // the ledger: the coordinator's view, and the API, record version 2027-01 in Thai
  const coordinator = await apiAs(browser, DEMO.coordinatorTH);
  const seen = await ok<{ members: { id: string; guardianConsent: { status: string; textVersion: string; textLanguage: string } }[] }>(
    coordinator.get(`/api/entries/${entry.id}`),
  );
  expect(seen.members.find((m) => m.id === malee.id)!.guardianConsent).toMatchObject({ status: 'given', textVersion: '2027-01', textLanguage: 'th' });
  const staff = await browser.newContext({ viewport: PHONE });
  const cp = await staff.newPage();
  await signIn(cp, DEMO.coordinatorTH);
  await cp.goto(`/coordinate/TH/entries/${entry.id}?lng=th`);
  const card = cp.locator('li.member-card').filter({ has: cp.getByRole('heading', { name: new RegExp(malee.fullName) }) });
  await expect(card.getByText(/ข้อความ 2027-01 \(ไทย\)/)).toBeVisible();
  await shot(cp, FLOW, '03-coordinator-ledger-th-phone');

  // a guardian asked in Khmer, which has no approved text: only the approved languages, each in its own script
  const khmer = guardianEmail('Sokha Khmer Father');
  await ok(student.post(`/api/entries/${entry.id}/members/${sokha.id}/guardian-link`, { headers: headers(), data: { guardianEmail: khmer, language: 'km' } }));
  const khmerLink = await guardianLinkFor(organiser, khmer);
  const kp = await guardian.newPage();
  await kp.goto(`${khmerLink}?lng=km`);
  await expect(kp.getByRole('heading', { level: 1, name: 'ការយល់ព្រមសម្រាប់សមាជិកក្រុម' })).toBeVisible();
  const choices = kp.locator('.text-language-choice button');
  await expect(choices).toHaveText(['English', 'ไทย']);
  await expect(kp.getByRole('button', { name: 'ไทย' })).toHaveAttribute('lang', 'th');
  await expect(kp.getByRole('button', { name: 'English' })).toHaveAttribute('lang', 'en');
  await expect(kp.locator('blockquote.consent-text')).toHaveCount(0);
  await expect(kp.getByRole('button', { name: 'ខ្មែរ' })).toHaveCount(0);
  expect(await kp.locator('main').innerText()).not.toContain(ENGLISH_TEXT);
  await noSideways(kp);
  await shot(kp, FLOW, '04-guardian-km-choice-phone');

  // choosing Thai switches the whole page to Thai, the text with it
  await kp.getByRole('button', { name: 'ไทย' }).click();
  await expect(kp.getByRole('heading', { level: 1, name: 'ความยินยอมสำหรับสมาชิกในทีม' })).toBeVisible();
  await expect(kp.locator('blockquote.consent-text')).toContainText(THAI_TEXT);
  await expect(kp.locator('html')).toHaveAttribute('lang', 'th');
  await expect(kp.getByRole('button', { name: 'ฉันไม่ยินยอม', exact: true })).toBeVisible();
  await shot(kp, FLOW, '05-guardian-km-chose-th-phone');
  await guardian.close().catch(() => undefined);
  await staff.close().catch(() => undefined);
});
