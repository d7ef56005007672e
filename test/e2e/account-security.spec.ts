import { expect, test, type Browser, type Page } from '@playwright/test';
import { shot } from './helpers';

/**
 * Account security (issue 12 §6): a student signed in on a laptop and a phone sees both devices, signs the phone out
 * from the laptop, signs everything else out, and changes the password. Screenshots in English and Thai, desktop and
 * phone: test-results/screenshots/account-security-*.png.
 *
 * A demo finalist team's student account that no other spec uses: its password changes here.
 */
const FLOW = 'account-security';
const STUDENT = { email: 'team.my@demo.clapper.local', password: 'demo-team-pass' };
const NEW_PASSWORD = 'amber-lantern-orchard-51';
const WINDOWS_CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const ANDROID_CHROME = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';

async function device(browser: Browser, kind: 'laptop' | 'phone'): Promise<Page> {
  const context = await browser.newContext(
    kind === 'phone'
      ? { userAgent: ANDROID_CHROME, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
      : { userAgent: WINDOWS_CHROME, viewport: { width: 1280, height: 800 } },
  );
  // English unless a test asks for another language (?lng=), whatever the browser remembered
  await context.addInitScript(() => {
    if (!window.localStorage.getItem('clapper.language')) window.localStorage.setItem('clapper.language', 'en');
  });
  return context.newPage();
}

async function signIn(page: Page, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(STUDENT.email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

const sessionsList = (page: Page) => page.getByRole('list', { name: 'Where you are signed in' });

test('a student sees both devices, signs the phone out, signs out all others and changes the password', async ({ browser }) => {
  // two browsers and a dozen page loads: longer than the default minute on a busy machine
  test.setTimeout(300_000);
  const laptop = await device(browser, 'laptop');
  const phone = await device(browser, 'phone');
  await signIn(laptop, STUDENT.password);
  await signIn(phone, STUDENT.password);

  // reachable from the account link in the header
  await laptop.getByRole('link', { name: 'Account security' }).click();
  await expect(laptop).toHaveURL(/\/me\/security$/);
  await expect(laptop.getByRole('heading', { level: 1, name: 'Account security' })).toBeVisible();
  const here = sessionsList(laptop).getByRole('listitem').filter({ hasText: 'This device' });
  await expect(here).toHaveCount(1);
  await expect(here).toContainText('Chrome on Windows');
  await expect(sessionsList(laptop).getByRole('listitem').filter({ hasText: 'Chrome on Android' })).toHaveCount(1);
  await shot(laptop, FLOW, '01-desktop-en');

  await phone.goto('/me/security');
  await expect(sessionsList(phone).getByRole('listitem').filter({ hasText: 'This device' })).toContainText('Chrome on Android');
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await shot(phone, FLOW, '02-phone-en');

  // the same page in Thai, on both (a ?lng= link: remembered in this browser only)
  await laptop.goto('/me/security?lng=th');
  await expect(laptop.getByRole('heading', { level: 1, name: 'ความปลอดภัยของบัญชี' })).toBeVisible();
  await expect(laptop.getByRole('list', { name: 'อุปกรณ์ที่คุณลงชื่อเข้าใช้อยู่' })).toBeVisible();
  await expect(laptop.getByText('Chrome บน Android')).toBeVisible();
  await shot(laptop, FLOW, '03-desktop-th');
  await phone.goto('/me/security?lng=th');
  await expect(phone.getByRole('heading', { level: 1, name: 'ความปลอดภัยของบัญชี' })).toBeVisible();
  await expect(phone.getByText('Chrome บน Windows')).toBeVisible();
  await shot(phone, FLOW, '04-phone-th');
  await laptop.goto('/me/security?lng=en');
  await phone.goto('/me/security?lng=en');

  // the laptop signs the phone out: the phone is signed out at once
  await laptop.getByRole('button', { name: /^Sign out Chrome on Android, last active/ }).click();
  await expect(laptop.getByText('Chrome on Android was signed out.')).toBeVisible();
  await expect(sessionsList(laptop).getByRole('listitem').filter({ hasText: 'Chrome on Android' })).toHaveCount(0);
  await phone.reload();
  await expect(phone).toHaveURL(/\/sign-in/);

  // the phone signs in again; the laptop signs out every other device, after saying what will happen
  await signIn(phone, STUDENT.password);
  await laptop.reload();
  await expect(sessionsList(laptop).getByRole('listitem').filter({ hasText: 'Chrome on Android' })).toHaveCount(1);
  await laptop.getByRole('button', { name: 'Sign out all other devices' }).click();
  const confirm = laptop.getByRole('group', { name: /^Sign out \d+ other devices?\?$/ });
  await expect(confirm).toBeFocused();
  await shot(laptop, FLOW, '05-confirm-desktop-en');
  await confirm.getByRole('button', { name: 'Sign out all other devices' }).click();
  await expect(laptop.getByText(/other devices? (was|were) signed out\./)).toBeVisible();
  await expect(laptop.getByText('You are not signed in anywhere else.')).toBeVisible();
  await phone.goto('/me/security');
  await expect(phone).toHaveURL(/\/sign-in/);

  // the phone signs in again and changes the password: the laptop is signed out, the phone stays signed in
  await signIn(phone, STUDENT.password);
  await phone.goto('/me/security');
  await phone.getByLabel(/^Current password/).fill(STUDENT.password);
  await phone.getByLabel(/^New password \(/).fill(NEW_PASSWORD);
  await phone.getByLabel(/^New password again/).fill(NEW_PASSWORD);
  await phone.getByRole('button', { name: 'Change password' }).click();
  await expect(phone.getByText('Your password was changed. 1 other device was signed out.')).toBeVisible();
  await shot(phone, FLOW, '06-password-changed-phone-en');
  await phone.reload();
  await expect(sessionsList(phone).getByRole('listitem')).toHaveCount(1);
  await laptop.reload();
  await expect(laptop).toHaveURL(/\/sign-in/);

  // the old password no longer works; the new one does
  await laptop.getByLabel('Email').fill(STUDENT.email);
  await laptop.getByLabel('Password').fill(STUDENT.password);
  await laptop.getByRole('button', { name: 'Sign in' }).click();
  await expect(laptop.getByText('That email and password do not match an account.').first()).toBeVisible();
  await signIn(laptop, NEW_PASSWORD);
});
