import { expect, test } from '@playwright/test';
import { DEMO, shot, useEnglish } from './helpers';

const FLOW = 'language';

test('switching to Japanese changes the landing page, and the choice is remembered', async ({ page }) => {
  await useEnglish(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Make a video that keeps people safe online' })).toBeVisible();
  await expect(page.getByText('ASEAN–Japan Cybersecurity Awareness Video Competition 2027')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await shot(page, FLOW, '01-english');

  await page.getByLabel('Language', { exact: true }).selectOption('ja');
  await expect(page.getByRole('heading', { level: 1, name: 'オンラインの安全を守る動画をつくろう' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '開催中のコンテスト' })).toBeVisible();
  await expect(page.getByText('日ASEANサイバーセキュリティ啓発動画コンテスト2027')).toBeVisible();
  // the demo competition's own badge (other tests' competitions may be open beside it)
  await expect(page.getByRole('article').filter({ hasText: '日ASEANサイバーセキュリティ啓発動画コンテスト2027' }).getByText('応募受付中')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await shot(page, FLOW, '02-japanese');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'オンラインの安全を守る動画をつくろう' })).toBeVisible();
  await page.getByRole('link', { name: '日ASEANサイバーセキュリティ啓発動画コンテスト2027', exact: true }).click();
  await expect(page.getByRole('heading', { name: '応募規定' })).toBeVisible();
  await expect(page.getByText('タイ', { exact: true })).toBeVisible();
  await shot(page, FLOW, '03-japanese-detail');
});

test('the landing page works on a phone-sized screen', async ({ page }) => {
  await useEnglish(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await expect(page.getByText('ASEAN–Japan Cybersecurity Awareness Video Competition 2027')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await shot(page, FLOW, '04-phone-landing');
  await page.goto('/competitions/asean-japan-2027');
  await expect(page.getByRole('heading', { name: 'Entry rules' })).toBeVisible();
  const overflowDetail = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflowDetail).toBeLessThanOrEqual(0);
  await shot(page, FLOW, '05-phone-detail');
});

test('the page follows the browser until the reader picks a language; the pick wins from then on and is saved on the account', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'th-TH' });
  try {
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'th');
    await expect(page.getByRole('heading', { level: 1, name: 'สร้างวิดีโอที่ช่วยให้ทุกคนปลอดภัยบนโลกออนไลน์' })).toBeVisible();
    // nothing is saved until the reader chooses
    expect(await page.evaluate(() => window.localStorage.getItem('clapper.language'))).toBeNull();

    await context.request.post('/api/auth/sign-in', { headers: { origin: new URL(page.url()).origin }, data: DEMO.student });
    await page.reload();
    // the page knows who is signed in (their name in the header) before the reader picks: the pick is then saved
    await expect(page.getByText('Demo Student', { exact: true })).toBeVisible();
    await page.getByRole('combobox', { name: 'ภาษา' }).selectOption({ label: 'Tiếng Việt' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('combobox', { name: 'Ngôn ngữ' })).toHaveValue('vi');
    await expect.poll(async () => (await (await context.request.get('/api/auth/me')).json()).locale).toBe('vi');

    await page.reload(); // the browser still prefers Thai: the choice wins
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await shot(page, FLOW, '06-chosen-over-browser');
  } finally {
    await context.close();
  }
});
