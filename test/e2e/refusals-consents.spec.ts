import { expect, test, type Page, type Response } from '@playwright/test';
import { draftEntry, freshCompetition } from './fresh-round';
import { guardianEmail, guardianLinkFor } from './guardian';
import { DEMO } from './helpers';
import { apiAs, closeOpened, headers, newContext, ok } from './judging-data';

/**
 * Issue 14 §1, consents: a team and a guardian reading in Thai are refused in Thai, with the facts of the refusal (a
 * member's name, the wait), and never with the English sentence the API sent for API users and logs.
 */
const birthDate = (years: number) => `${new Date().getUTCFullYear() - years}-05-20`;

/** The English the API answered with (its message and each field's messages): none of it may reach the page. */
async function englishOf(response: Promise<Response>, status: number): Promise<string[]> {
  const res = await response;
  expect(res.status()).toBe(status);
  const body = (await res.json()) as { message: string; fields?: { messages: string[] }[] };
  return [body.message, ...(body.fields ?? []).flatMap((f) => f.messages)];
}

async function noneOf(page: Page, english: string[]) {
  const text = (await page.locator('body').textContent()) ?? '';
  for (const sentence of english) expect(text).not.toContain(sentence);
}

test.afterEach(closeOpened);

test('a team in Thai: an address on the entry, too many emails, and a member who turned out to be an adult', async ({ browser }) => {
  test.setTimeout(90_000);
  const organiser = await apiAs(browser, DEMO.organiser);
  const competition = await freshCompetition(organiser, 'Consent Refusals Cup');
  // the page and the API calls of "another tab" share one signed-in context
  const context = await newContext(browser);
  await ok(context.request.post('/api/auth/sign-in', { headers: headers(), data: DEMO.student }));
  const student = context.request;
  const entry = await draftEntry(student, competition, {
    title: 'Passwords are like toothbrushes',
    members: [
      { fullName: 'Nong Dao', role: 'director', dateOfBirth: birthDate(15) },
      { fullName: 'Nong Fah', role: 'actor', dateOfBirth: birthDate(14) },
    ],
  });
  const [dao, fah] = entry.members;

  const page = await context.newPage();
  await page.goto(`/me/entries/${entry.id}?lng=th`);
  const team = page.getByRole('region', { name: 'ทีมและความยินยอม' });
  const cardOf = (name: string) => team.locator('li.member-card').filter({ has: page.getByRole('heading', { name: new RegExp(name) }) });
  const guardianLink = (r: Response) => r.request().method() === 'POST' && /\/guardian-link(\/resend)?$/.test(new URL(r.url()).pathname);

  // the team's own address: a problem of the field, in Thai
  const daoCard = cardOf(dao.fullName);
  await daoCard.getByLabel('อีเมลของผู้ปกครอง').fill(DEMO.student.email);
  let answer = page.waitForResponse(guardianLink);
  await daoCard.getByRole('button', { name: `ส่งลิงก์ทางอีเมลถึงผู้ปกครอง (${dao.fullName})` }).click();
  const onEntry = await englishOf(answer, 400);
  await expect(daoCard.getByText('อีเมลนี้เป็นของบัญชีที่เกี่ยวข้องกับผลงานนี้ (ทีม โรงเรียน หรือครู) โปรดกรอกอีเมลของผู้ปกครองเอง')).toBeVisible();
  await noneOf(page, onEntry);

  // the guardian's own address, then two resends: the fourth email in the hour is refused, with the wait in Thai
  await daoCard.getByLabel('อีเมลของผู้ปกครอง').fill(guardianEmail('Dao Mother'));
  answer = page.waitForResponse(guardianLink);
  await daoCard.getByRole('button', { name: `ส่งลิงก์ทางอีเมลถึงผู้ปกครอง (${dao.fullName})` }).click();
  expect((await answer).status()).toBe(200);
  const resend = daoCard.getByRole('button', { name: `ส่งอีเมลอีกครั้ง (${dao.fullName})` });
  for (let i = 0; i < 2; i++) {
    answer = page.waitForResponse(guardianLink);
    await resend.click();
    expect((await answer).status()).toBe(200);
  }
  answer = page.waitForResponse(guardianLink);
  await resend.click();
  const limited = await englishOf(answer, 429);
  await expect(daoCard.getByText(/^ลองหลายครั้งเกินไป โปรดลองอีกครั้ง.*\d+.*นาที/)).toBeVisible();
  await noneOf(page, limited);

  // in another tab the team records Fah's true birth date: she is an adult, and this page is out of date
  await ok(
    student.put(`/api/entries/${entry.id}/members`, {
      headers: headers(),
      data: {
        members: [
          { id: dao.id, fullName: dao.fullName, role: 'director', dateOfBirth: birthDate(15) },
          { id: fah.id, fullName: fah.fullName, role: 'actor', dateOfBirth: birthDate(20) },
        ],
      },
    }),
  );
  const fahCard = cardOf(fah.fullName);
  await fahCard.getByLabel('อีเมลของผู้ปกครอง').fill(guardianEmail('Fah Father'));
  answer = page.waitForResponse(guardianLink);
  await fahCard.getByRole('button', { name: `ส่งลิงก์ทางอีเมลถึงผู้ปกครอง (${fah.fullName})` }).click();
  const adult = await englishOf(answer, 422);
  await expect(fahCard.getByText('Nong Fah อายุ 18 ปีขึ้นไปในวันอ้างอิงของการประกวด จึงให้ความยินยอมเองได้ ไม่ต้องมีผู้ปกครอง', { exact: true })).toBeVisible();
  await noneOf(page, adult);
});

test('a guardian in Thai: a consent withdrawn elsewhere leaves nothing to withdraw, and a replaced link is not valid', async ({ browser }) => {
  test.setTimeout(90_000);
  const organiser = await apiAs(browser, DEMO.organiser);
  const competition = await freshCompetition(organiser, 'Guardian Refusals Cup');
  const student = await apiAs(browser, DEMO.student);
  const entry = await draftEntry(student, competition, {
    title: 'Think before you tap',
    members: [{ fullName: 'Nong Mali', role: 'director', dateOfBirth: birthDate(15) }],
  });
  const member = entry.members[0];
  const email = guardianEmail('Mali Mother');
  await ok(student.post(`/api/entries/${entry.id}/members/${member.id}/guardian-link`, { headers: headers(), data: { guardianEmail: email, language: 'th' } }));
  const link = await guardianLinkFor(organiser, email);
  const token = link.split('/').pop()!;
  const anon = (await newContext(browser)).request;
  await ok(
    anon.post('/api/guardian-consents/give', { headers: headers(), data: { token, guardianName: 'Malee Srisuk', relationship: 'mother', agree: true } }),
  );

  const page = await (await newContext(browser)).newPage();
  await page.goto(`${link}?lng=th`);
  await expect(page.getByRole('heading', { name: 'ให้ความยินยอมแล้ว' })).toBeVisible();
  // withdrawn from another device meanwhile: this page still offers it
  await ok(anon.post('/api/guardian-consents/withdraw', { headers: headers(), data: { token } }));
  page.once('dialog', (d) => void d.accept());
  const answer = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/guardian-consents/withdraw');
  await page.getByRole('button', { name: 'ถอนความยินยอม' }).click();
  const nothing = await englishOf(answer, 409);
  await expect(page.getByText('ไม่มีความยินยอมที่ให้ไว้ให้ถอน', { exact: true })).toBeVisible();
  await noneOf(page, nothing);

  // the team sends a new email: this link stops working, and the page says so in Thai
  await ok(student.post(`/api/entries/${entry.id}/members/${member.id}/guardian-link/resend`, { headers: headers() }));
  const preview = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/guardian-consents/preview');
  await page.reload();
  const invalid = await englishOf(preview, 404);
  await expect(page.getByText('ลิงก์นี้ไม่ถูกต้อง')).toBeVisible();
  await noneOf(page, invalid);
});
