import { expect, test } from '@playwright/test';
import { mailedLink, shot, useEnglish } from './helpers';

const FLOW = 'student';
const DEMO_COMPETITION = 'ASEAN–Japan Cybersecurity Awareness Video Competition 2027';

test('a student signs up, confirms the address from the mail, finds the demo competition, signs out and signs in again', async ({ page }) => {
  test.setTimeout(120_000);
  await useEnglish(page);
  const email = `student-${Date.now()}@e2e.clapper.test`;
  const password = 'a long enough passphrase 42';

  await page.goto('/sign-up');
  await expect(page.getByRole('heading', { level: 1, name: 'Create your account' })).toBeVisible();
  await shot(page, FLOW, '01-sign-up-empty');

  await page.getByLabel('Student').check();
  await page.getByLabel('Display name').fill('Ploy E2E');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByLabel('Country').selectOption('TH');
  await page.getByLabel('School').fill('Demo Secondary School');
  await page.getByLabel('Date of birth').fill('2011-05-14');
  await shot(page, FLOW, '02-sign-up-filled');
  await page.getByRole('button', { name: 'Create account' }).click();

  // not signed in yet: the page names the address the link went to
  await expect(page.getByRole('heading', { level: 1, name: 'Check your email' })).toBeVisible();
  await expect(page.getByText(`We sent an email to ${email}.`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send the email again' })).toBeVisible();
  const header = page.getByRole('banner');
  await expect(header.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await shot(page, FLOW, '02b-check-email');

  // signing in before confirming says what to do
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Confirm your email address first')).toBeVisible();
  await shot(page, FLOW, '02c-sign-in-unconfirmed');

  // the link from the mail, opened in a fresh browser (another device), confirms and signs the student in there
  const link = await mailedLink(email, '/verify-email/');
  await page.context().clearCookies();
  await page.goto(link);
  await page.getByRole('button', { name: 'Confirm my email address' }).click();
  await expect(page.getByText(`${email} is confirmed. Your account is ready, and you are signed in.`)).toBeVisible();
  await shot(page, FLOW, '02d-confirmed');
  await page.getByRole('link', { name: 'Continue' }).click();

  // lands on the landing page, signed in
  await expect(page).toHaveURL(/\/$/);
  await expect(header.getByText('Ploy E2E')).toBeVisible();
  await expect(header.getByRole('button', { name: 'Sign out' })).toBeVisible();
  const card = page.getByRole('article').filter({ hasText: DEMO_COMPETITION });
  await expect(card).toBeVisible();
  await expect(card.getByText('Open for entries')).toBeVisible();
  await shot(page, FLOW, '03-landing-signed-in');

  await card.getByRole('link', { name: DEMO_COMPETITION, exact: true }).click();
  await expect(page).toHaveURL(/\/competitions\/asean-japan-2027$/);
  await expect(page.getByRole('heading', { level: 1, name: DEMO_COMPETITION })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Entry rules' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Thailand' })).toBeVisible();
  await shot(page, FLOW, '04-competition-detail');

  await header.getByRole('button', { name: 'Sign out' }).click();
  await expect(header.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(header.getByText('Ploy E2E')).toHaveCount(0);
  await shot(page, FLOW, '05-signed-out');

  await header.getByRole('link', { name: 'Sign in' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await shot(page, FLOW, '06-sign-in');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(header.getByText('Ploy E2E')).toBeVisible();
  await shot(page, FLOW, '07-signed-in-again');
});

test('a wrong password is refused with a message', async ({ page }) => {
  await useEnglish(page);
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('student@demo.clapper.local');
  await page.getByLabel('Password').fill('not the right password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await shot(page, FLOW, '08-sign-in-refused');
});
