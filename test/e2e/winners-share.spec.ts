import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { retireCompetition, wonCompetition, type FreshCompetition } from './fresh-round';
import { DEMO, shot, useEnglish } from './helpers';
import { apiAs, closeOpened, headers, newContext, ok } from './judging-data';

/**
 * Issue 16 §3, winners celebrated and shared: on a competition of its own (built through the API up to published
 * results with a Grand Prize), the showcase's edition page opens on the Grand Prize (desktop and phone, English and
 * Thai), the work's page shares it (LINE, Facebook, X, WhatsApp links carrying its address, Copy link said aloud, the
 * QR code), and the competition's page and the landing page say the results are out and lead to the winners.
 */
test.describe.configure({ mode: 'serial' });
let competition: FreshCompetition;
let organiser: APIRequestContext;
let entryCode = '';
const TITLE = 'Lock your accounts';
const PHONE = { width: 390, height: 844 };
const TH = JSON.parse(readFileSync(path.resolve(__dirname, '../../apps/api/src/showcase/locales/th.json'), 'utf8')) as {
  share: { linkCopied: string; copy: string };
  hero: { watch: string };
};

test.beforeAll(async ({ browser }) => {
  test.setTimeout(360_000);
  organiser = await apiAs(browser, DEMO.organiser);
  // judged, promoted, the final closed, the Grand Prize decided by the organisers; the results sealed and published
  const won = await wonCompetition(browser, organiser, {
    label: 'Winners Cup',
    toneHz: 587,
    subtitle: 'Use a different password for each account.',
    student: 'Ploy Winner',
    title: TITLE,
    judges: { national: 'Niran Winners', final: 'Aiko Winners' },
    award: () => ({ name: { en: 'Grand Prize', th: 'รางวัลชนะเลิศ' }, description: { en: 'The best video of the year.' } }),
  });
  competition = won.competition;
  entryCode = won.entry.code;
  await ok(organiser.post(`/api/competitions/${competition.id}/results/seal`, { headers: headers() }));
  await ok(organiser.post(`/api/competitions/${competition.id}/results/publish`, { headers: headers(), data: { confirmGaps: true } }));
});
test.afterAll(async () => {
  if (competition) await retireCompetition(organiser, competition);
  await closeOpened();
});

/** Nothing is wider than the viewport (no sideways scrolling on a phone). */
async function fitsWidth(page: Page): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scroll).toBeLessThanOrEqual(width);
}

/** The hero's poster has loaded (a picture, not a broken request). */
async function posterDrawn(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.gp-media img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
}

test('the edition page opens on the Grand Prize: poster, play, title, credits, country; on a desktop and a phone, in English and Thai', async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await (await newContext(browser)).newPage();
  const edition = `/showcase/${competition.slug}`;
  const entryPath = `${edition}/entries/${entryCode}`;
  await page.goto(`${edition}?lang=en`);
  const hero = page.getByRole('region', { name: TITLE });
  await expect(hero).toBeVisible();
  await expect(hero.getByText('Grand Prize', { exact: true })).toBeVisible();
  await expect(hero.getByText('By Ploy · Thailand')).toBeVisible();
  const play = hero.getByRole('link', { name: `Play “${TITLE}”` });
  await expect(play).toHaveAttribute('href', entryPath);
  await expect(hero.getByRole('link', { name: 'Watch the video' })).toHaveAttribute('href', entryPath);
  await posterDrawn(page);
  // the hero comes first; with every finalist awarded, no empty finalists section follows it, only the sharing
  const heroBox = (await hero.boundingBox())!;
  const sharing = (await page.getByRole('heading', { level: 2, name: 'Share the winners' }).boundingBox())!;
  expect(heroBox.y).toBeLessThan(sharing.y);
  await expect(page.getByRole('heading', { level: 2, name: 'Finalists' })).toHaveCount(0);
  await shot(page, 'winners', '1-edition-desktop-en');

  await page.setViewportSize(PHONE);
  await expect(play).toBeVisible();
  expect((await play.boundingBox())!.width).toBeLessThanOrEqual(PHONE.width);
  await fitsWidth(page);
  await shot(page, 'winners', '2-edition-phone-en');

  await page.goto(`${edition}?lang=th`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'th');
  const thaiHero = page.getByRole('region', { name: TITLE });
  await expect(thaiHero.getByText('รางวัลชนะเลิศ', { exact: true })).toBeVisible();
  await expect(thaiHero.getByRole('link', { name: TH.hero.watch })).toBeVisible();
  await posterDrawn(page);
  await fitsWidth(page);
  await shot(page, 'winners', '3-edition-phone-th');
  await page.setViewportSize({ width: 1280, height: 800 });
  await shot(page, 'winners', '4-edition-desktop-th');

  // the link card: the Grand Prize's poster
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(ogImage).toMatch(new RegExp(`/showcase/${competition.slug}/media/${entryCode}/poster$`));
});

test("a work's page shares it: network links carry its address, Copy link is said aloud, the QR code opens it", async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const entryPath = `/showcase/${competition.slug}/entries/${entryCode}`;
  await page.goto(`${entryPath}?lang=en`);
  const url = await page.locator('#share-link').inputValue();
  expect(url).toMatch(new RegExp(`^https?://[^/]+${entryPath}$`));
  const share = page.getByRole('region', { name: 'Share and embed' });
  const u = encodeURIComponent(url);
  await expect(share.getByRole('link', { name: 'Share on LINE (opens in a new tab)' })).toHaveAttribute(
    'href',
    `https://social-plugins.line.me/lineit/share?url=${u}`,
  );
  await expect(share.getByRole('link', { name: 'Share on Facebook (opens in a new tab)' })).toHaveAttribute(
    'href',
    `https://www.facebook.com/sharer/sharer.php?u=${u}`,
  );
  await expect(share.getByRole('link', { name: 'Share on X (opens in a new tab)' })).toHaveAttribute(
    'href',
    `https://x.com/intent/post?url=${u}&text=${encodeURIComponent(TITLE)}`,
  );
  await expect(share.getByRole('link', { name: 'Share on WhatsApp (opens in a new tab)' })).toHaveAttribute(
    'href',
    `https://wa.me/?text=${encodeURIComponent(`${TITLE} ${url}`)}`,
  );
  // the system share sheet is offered only where the browser has one
  const hasShare = await page.evaluate(() => typeof navigator.share === 'function');
  await expect(share.getByRole('button', { name: 'Share…' })).toHaveCount(hasShare ? 1 : 0);

  // Copy link: copied, shown and announced (a polite live region)
  await share.getByRole('button', { name: 'Copy link' }).click();
  const status = page.getByRole('status');
  await expect(status).toHaveText('Link copied.');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

  // the QR code: drawn by the server, named for screen readers
  const qr = page.getByRole('img', { name: `QR code that opens “${TITLE}”` });
  await qr.scrollIntoViewIfNeeded();
  await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(page.getByText('Scan to watch')).toBeVisible();
  const svg = await page.request.get(`/showcase/${competition.slug}/media/${entryCode}/qr.svg`);
  expect(svg.headers()['content-type']).toContain('image/svg+xml');
  expect(await svg.text()).toContain(`<title>QR code: ${url}</title>`);
  await shot(page, 'winners', '5-entry-share-desktop-en');

  // in Thai, on a phone: the same, in Thai
  await page.setViewportSize(PHONE);
  await page.goto(`${entryPath}?lang=th`);
  await page.getByRole('button', { name: TH.share.copy }).click();
  await expect(page.getByRole('status')).toHaveText(TH.share.linkCopied);
  await fitsWidth(page);
  await shot(page, 'winners', '6-entry-share-phone-th');
  await context.close();
});

test("the competition's page and the landing page say the results are out and lead to the winners", async ({ page }) => {
  test.setTimeout(60_000);
  await useEnglish(page);
  await page.goto(`/competitions/${competition.slug}`);
  await expect(page.getByText('Results published', { exact: true })).toBeVisible();
  const banner = page.getByRole('region', { name: 'The results are out' });
  await expect(banner).toContainText(`“${TITLE}” by Ploy, Thailand`);
  await expect(banner.getByText('Grand Prize')).toBeVisible();
  await shot(page, 'winners', '7-competition-page-en');
  await page.setViewportSize(PHONE);
  await shot(page, 'winners', '8-competition-page-phone-en');
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.goto('/');
  const winners = page.getByRole('region', { name: 'Winners' });
  await expect(winners.getByRole('heading', { name: competition.name })).toBeVisible();
  await expect(winners.getByRole('link', { name: 'See the winners' }).first()).toBeVisible();

  await page.goto(`/competitions/${competition.slug}`);
  await banner.getByRole('link', { name: 'See the winners' }).click();
  await expect(page).toHaveURL(new RegExp(`/showcase/${competition.slug}$`));
  await expect(page.getByRole('heading', { level: 1, name: competition.name })).toBeVisible();
  await expect(page.getByRole('region', { name: TITLE })).toBeVisible();
});

test("the ceremony's winner slide offers the QR code of the winner's page, with its address", async ({ page }) => {
  test.setTimeout(60_000);
  await useEnglish(page);
  await ok(page.context().request.post('/api/auth/sign-in', { headers: headers(), data: DEMO.organiser }));
  await page.goto(`/ceremony/${competition.id}`);
  await expect(page.getByRole('region', { name: /^Opening: Winners Cup/ })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('region', { name: 'Nominees: Grand Prize' })).toBeVisible();
  await page.keyboard.press('PageDown');
  const slide = page.getByRole('region', { name: 'Winner: Grand Prize' });
  await expect(slide).toBeVisible();
  const qr = slide.getByRole('img', { name: `QR code that opens “${TITLE}”` });
  await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(slide.getByText('Scan to watch')).toBeVisible();
  await expect(slide).toContainText(`/showcase/${competition.slug}/entries/${entryCode}`);
  await shot(page, 'winners', '9-ceremony-winner-qr');
});
