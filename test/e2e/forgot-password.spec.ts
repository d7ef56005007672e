import { expect, test, type Page } from '@playwright/test';
import { mailedLink, shot, signUpConfirmed } from './helpers';

const FLOW = 'forgot-password';
const PHONE = { width: 390, height: 844 };

/** The page starts in `lng` whatever the browser remembered. */
async function useLanguage(page: Page, lng: string): Promise<void> {
  await page.addInitScript((l) => window.localStorage.setItem('clapper.language', l), lng);
}

async function studentAccount(page: Page, tag: string): Promise<{ email: string; password: string }> {
  const account = { email: `forgetful-${tag}-${Date.now()}@e2e.clapper.test`, password: 'a long enough passphrase 42' };
  await signUpConfirmed(page.context().request, {
    ...account,
    displayName: 'Forgetful Student',
    role: 'student',
    countryCode: 'TH',
    schoolName: 'Demo Secondary School',
    dateOfBirth: '2011-05-14',
    locale: 'en',
  });
  // the sign-up signed this context in; the journey starts signed out
  await page.context().clearCookies();
  return account;
}

test('a student who forgot the password asks for a link, sets a new password and signs in with it (English, desktop)', async ({ page }) => {
  await useLanguage(page, 'en');
  const { email, password } = await studentAccount(page, 'en');
  const newPassword = 'marigold tram lantern 63';

  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Forgot your password?' })).toBeVisible();
  await page.getByLabel('Email').fill(email);
  await shot(page, FLOW, 'en-desktop-01-request');
  await page.getByRole('button', { name: 'Send me a link' }).click();
  await expect(page.getByText(`If an account exists for ${email}, we have sent it a link to choose a new password.`)).toBeVisible();
  await shot(page, FLOW, 'en-desktop-02-sent');

  await page.goto(await mailedLink(email, '/reset-password/'));
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
  await page.getByLabel(/^New password(?! again)/).fill(newPassword);
  await page.getByLabel(/New password again/).fill('marigold tram lantern 64');
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(page.getByText('The two passwords are not the same.').first()).toBeVisible();
  await shot(page, FLOW, 'en-desktop-03-mismatch');
  await page.getByLabel(/New password again/).fill(newPassword);
  await page.getByRole('button', { name: 'Save the new password' }).click();

  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByText('Your password was changed. Sign in with your new password.')).toBeVisible();
  await shot(page, FLOW, 'en-desktop-04-sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
  await page.getByLabel('Password').fill(newPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('banner').getByText('Forgetful Student')).toBeVisible();

  // the link worked once
  await page.context().clearCookies();
  await page.goto(await mailedLink(email, '/reset-password/'));
  await page.getByLabel(/^New password(?! again)/).fill('another long passphrase 99');
  await page.getByLabel(/New password again/).fill('another long passphrase 99');
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(page.getByText('This link is not valid, or it was already used.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ask for a new link' })).toBeVisible();
  await shot(page, FLOW, 'en-desktop-05-used-link');
});

for (const [lng, viewport, label] of [
  ['en', PHONE, 'en-phone'],
  ['th', { width: 1280, height: 900 }, 'th-desktop'],
  ['th', PHONE, 'th-phone'],
] as const) {
  test(`the forgot-password pages read well (${label})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await useLanguage(page, lng);
    const { email } = await studentAccount(page, label);
    await page.goto('/sign-in');
    await shot(page, FLOW, `${label}-00-sign-in`);
    await page.goto('/forgot-password');
    await page.locator('#fp-email').fill(email);
    await shot(page, FLOW, `${label}-01-request`);
    await page.locator('form button[type="submit"]').click();
    await expect(page.locator('.notice-success')).toContainText(email);
    await shot(page, FLOW, `${label}-02-sent`);
    await page.goto(await mailedLink(email, '/reset-password/'));
    await page.locator('#rp-password').fill('short');
    await page.locator('form button[type="submit"]').click();
    await expect(page.locator('.error-summary')).toBeVisible();
    await shot(page, FLOW, `${label}-03-reset-errors`);
    await page.locator('#rp-password').fill('marigold tram lantern 63');
    await page.locator('#rp-again').fill('marigold tram lantern 63');
    await page.locator('form button[type="submit"]').click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.locator('.notice-success')).toBeVisible();
    await shot(page, FLOW, `${label}-04-changed`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('the sign-up check-your-email screen reads well in Thai on a phone', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await useLanguage(page, 'th');
  await page.goto('/sign-up');
  await page.locator('input[name="role"][value="student"]').check();
  await page.locator('#su-name').fill('พลอย');
  await page.locator('#su-email').fill(`ploy-th-${Date.now()}@e2e.clapper.test`);
  await page.locator('#su-password').fill('a long enough passphrase 42');
  await page.locator('#su-country').selectOption('TH');
  await page.locator('#su-school').fill('Demo Secondary School');
  await page.locator('#su-dob').fill('2011-05-14');
  await page.locator('form button[type="submit"]').click();
  await expect(page.locator('.notice-success')).toBeVisible();
  await shot(page, FLOW, 'th-phone-10-sign-up-check-email');
});
