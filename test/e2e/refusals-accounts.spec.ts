import { expect, test, type Page, type Response } from '@playwright/test';
import { DEMO, mailedLink } from './helpers';
import { apiAs, closeOpened, headers, newContext, ok } from './judging-data';

/**
 * Issue 14 §1, accounts: a student signing up and a person opening a used invitation, both reading in Thai, are
 * refused in Thai with the facts of the refusal (the dates a birth date must fall between), and never with the
 * English sentence the API sent for API users and logs.
 */

/** The English the API answered with (its message and each field's messages), and the body itself. */
async function answered(response: Promise<Response>, status: number) {
  const res = await response;
  expect(res.status()).toBe(status);
  const body = (await res.json()) as {
    message: string;
    reason: string;
    fields?: { field: string; messages: string[]; problems: { reason: string; params: Record<string, string> }[] }[];
  };
  return { body, english: [body.message, ...(body.fields ?? []).flatMap((f) => f.messages)] };
}

async function noneOf(page: Page, english: string[]) {
  const text = (await page.locator('body').textContent()) ?? '';
  for (const sentence of english) expect(text).not.toContain(sentence);
}

test.afterEach(closeOpened);

test('a student signs up in Thai: a birth date in the future, then a common password, each refused in Thai with its facts', async ({ page }) => {
  test.setTimeout(60_000);
  const signUp = (r: Response) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/auth/sign-up';
  await page.goto('/sign-up?lng=th');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('สร้างบัญชีของคุณ');
  await page.locator('#su-name').fill('Ploy E2E');
  await page.locator('#su-email').fill(`refused-th-${Date.now()}@e2e.clapper.test`);
  await page.locator('#su-password').fill('a long enough passphrase 42');
  await page.locator('#su-country').selectOption('TH');
  await page.locator('#su-school').fill('Demo Secondary School');
  await page.locator('#su-dob').fill('2099-01-01');

  let answer = page.waitForResponse(signUp);
  await page.getByRole('button', { name: 'สร้างบัญชี', exact: true }).click();
  const future = await answered(answer, 400);
  const { earliestOn, latestOn } = future.body.fields![0].problems[0].params;
  expect(future.body.fields![0].problems[0].reason).toBe('accounts.date_of_birth_out_of_range');
  // the days as the page writes them in Thai (the Buddhist era, Thai month names)
  const [earliest, latest] = await page.evaluate(
    (days) => days.map((d) => new Intl.DateTimeFormat('th', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`))),
    [earliestOn, latestOn],
  );
  await expect(page.locator('#su-dob-error')).toHaveText(`ใส่วันเกิดระหว่าง ${earliest} ถึง ${latest}`);
  expect(earliest).toContain('2443');
  await noneOf(page, future.english);

  await page.locator('#su-dob').fill('2011-05-14');
  await page.locator('#su-password').fill('qwerty123456');
  answer = page.waitForResponse(signUp);
  await page.getByRole('button', { name: 'สร้างบัญชี', exact: true }).click();
  const weak = await answered(answer, 422);
  expect(weak.body.reason).toBe('accounts.weak_password');
  await expect(page.locator('#su-password-error')).toHaveText('รหัสผ่านนี้เป็นหนึ่งในรหัสผ่านที่ใช้กันมากที่สุด โปรดเลือกรหัสที่เดายากกว่านี้');
  await expect(page.getByRole('alert')).toContainText('โปรดตั้งรหัสผ่านที่ปลอดภัยกว่านี้');
  await noneOf(page, weak.english);
});

test('an invitation link opened in Thai after it was used says so in Thai', async ({ browser }) => {
  test.setTimeout(60_000);
  const organiser = await apiAs(browser, DEMO.organiser);
  const email = `used-invite-${Date.now()}@e2e.clapper.test`;
  await ok(organiser.post('/api/invitations', { headers: headers(), data: { email, role: 'judge', countryCode: 'TH' } }));
  const link = await mailedLink(email, '/invite/');
  const token = new URL(link).pathname.split('/').pop()!;
  const invitee = await newContext(browser);
  await ok(
    invitee.request.post('/api/invitations/accept', { headers: headers(), data: { token, displayName: 'Used Invite', password: 'judge passphrase for e2e' } }),
  );

  const page = await (await newContext(browser)).newPage();
  const preview = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/invitations/preview');
  await page.goto(`${new URL(link).pathname}?lng=th`);
  const used = await answered(preview, 410);
  expect(used.body.reason).toBe('accounts.invitation_used');
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('คำเชิญนี้ใช้ไม่ได้แล้ว');
  await expect(notice).toContainText('คำเชิญนี้ถูกใช้ไปแล้ว');
  await noneOf(page, used.english);
});
