import { expect, test } from '@playwright/test';
import { DEMO, shot, signIn, useEnglish } from './helpers';

const FLOW = 'coordinator';

test('the Thai coordinator sees Thailand only, and not the organiser console', async ({ page }) => {
  await useEnglish(page);
  await signIn(page, DEMO.coordinatorTH);
  await expect(page).toHaveURL(/\/coordinate\/TH$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Country overview: Thailand' })).toBeVisible();
  // (other specs' competitions may list the school again)
  await expect(page.getByRole('cell', { name: 'Demo Secondary School' }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'ASEAN–Japan Cybersecurity Awareness Video Competition 2027', exact: true })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: 'My country' })).toHaveAttribute('href', '/coordinate/TH');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Console' })).toHaveCount(0);
  await shot(page, FLOW, '01-thailand');

  await page.goto('/coordinate/JP');
  await expect(page.getByRole('heading', { level: 1, name: 'Not your country' })).toBeVisible();
  await expect(page.getByText('Coordinators see their own country only.')).toBeVisible();
  await expect(page.getByText('Demo Secondary School')).toHaveCount(0);
  await shot(page, FLOW, '02-japan-refused');

  await page.goto('/admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New competition' })).toHaveCount(0);
  await shot(page, FLOW, '03-admin-refused');
});

test('a visitor who is not signed in is sent to sign in, then back', async ({ page }) => {
  await useEnglish(page);
  await page.goto('/coordinate/TH');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fcoordinate%2FTH$/);
  await page.getByLabel('Email').fill(DEMO.coordinatorTH.email);
  await page.getByLabel('Password').fill(DEMO.coordinatorTH.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/coordinate\/TH$/);
  await shot(page, FLOW, '04-after-next');
});

test('an unknown address shows the not-found page', async ({ page }) => {
  await useEnglish(page);
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await shot(page, FLOW, '05-not-found');
});
