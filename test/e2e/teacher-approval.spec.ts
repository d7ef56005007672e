import { expect, test, type Page } from '@playwright/test';
import { DEMO, shot, signIn, useEnglish } from './helpers';

/**
 * Nobody becomes a teacher of a school by saying so. The demo teacher signed up for the demo student's school: until
 * the Thai coordinator approves, the page says where the request stands and shows none of the school's entries.
 */
const TEACHER = DEMO.teacher;
const PHONE = { width: 390, height: 844 };

async function inThai(page: Page): Promise<void> {
  await page.evaluate(() => window.localStorage.setItem('clapper.language', 'th'));
  await page.reload();
}

test.describe.configure({ mode: 'serial' });

test('a pending teacher sees where the request stands, in English and Thai, on a desktop and a phone', async ({ page }) => {
  await useEnglish(page);
  await signIn(page, TEACHER);
  await expect(page).toHaveURL(/\/me\/entries$/);
  await expect(page.getByText('Your request to act for Demo Secondary School is waiting for approval')).toBeVisible();
  await expect(page.getByText(/the coordinator for Thailand checks that you teach at Demo Secondary School/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'New entry' })).toHaveCount(0);
  // the page stays one click away from anywhere
  await expect(page.getByRole('navigation').getByRole('link', { name: 'My entries' })).toBeVisible();
  await shot(page, 'teacher-approval', 'pending-en-desktop');
  await page.setViewportSize(PHONE);
  await shot(page, 'teacher-approval', 'pending-en-phone');
  await inThai(page);
  await expect(page.getByText('คำขอเป็นครูของ Demo Secondary School กำลังรอการอนุมัติ')).toBeVisible();
  await shot(page, 'teacher-approval', 'pending-th-phone');
  // the API refuses the school's entries as well: the page is not the only guard
  expect((await page.request.get('/api/entries')).status()).toBe(403);
});

test("the coordinator approves the request, and the teacher gets the school's entries", async ({ page, browser }) => {
  await useEnglish(page);
  await signIn(page, DEMO.coordinatorTH);
  await page.goto('/coordinate/TH');
  const panel = page.getByRole('region', { name: /Teachers waiting for approval/ });
  await expect(panel.getByText('Demo Teacher')).toBeVisible();
  await expect(panel.getByText('email at demo.clapper.local')).toBeVisible();
  await panel.scrollIntoViewIfNeeded();
  await shot(page, 'teacher-approval', 'coordinator-en-desktop');
  await page.setViewportSize(PHONE);
  await shot(page, 'teacher-approval', 'coordinator-en-phone');
  await inThai(page);
  await shot(page, 'teacher-approval', 'coordinator-th-phone');
  await page.evaluate(() => window.localStorage.setItem('clapper.language', 'en'));
  await page.reload();

  await page.getByRole('button', { name: 'Approve Demo Teacher as a teacher of Demo Secondary School' }).click();
  await expect(page.getByText('Demo Teacher is now a teacher of their school and has been told by email.')).toBeVisible();
  await expect(page.getByText('No teacher is waiting for approval.')).toBeVisible();

  const context = await browser.newContext();
  const teacherPage = await context.newPage();
  await useEnglish(teacherPage);
  await signIn(teacherPage, TEACHER);
  await teacherPage.goto('/me/entries');
  await expect(teacherPage.getByRole('link', { name: 'New entry' })).toBeVisible();
  await expect(teacherPage.getByText(/waiting for approval/)).toHaveCount(0);
  await context.close();
});
