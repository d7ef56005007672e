import { expect, type Page } from '@playwright/test';

export const DEMO = {
  organiser: { email: 'organiser@demo.clapper.local', password: 'demo-organiser-pass' },
  coordinatorTH: { email: 'coordinator.th@demo.clapper.local', password: 'demo-coordinator-pass' },
  student: { email: 'student@demo.clapper.local', password: 'demo-student-pass' },
} as const;

/** Saves a full-page screenshot as test-results/screenshots/<flow>-<step>.png. */
export async function shot(page: Page, flow: string, step: string): Promise<void> {
  // web-font subsets (Japanese) load on demand: let them arrive before the picture
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  await page.waitForTimeout(150);
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  await page.screenshot({ path: `test-results/screenshots/${flow}-${step}.png`, fullPage: true });
}

export async function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** The app starts in English for these tests whatever the browser remembered. */
export async function useEnglish(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (!window.localStorage.getItem('clapper.language')) window.localStorage.setItem('clapper.language', 'en');
  });
}
