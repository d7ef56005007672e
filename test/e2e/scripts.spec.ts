import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { DEMO, shot } from './helpers';
import { apiAs, closeOpened, headers, ok } from './judging-data';

/**
 * The landing page, the student's entry form and a showcase entry page in Thai, Khmer, Burmese and Vietnamese, as a
 * reader whose browser prefers that language gets them (no switcher used): the page is in the language, and its text
 * is drawn with a font that has the script's glyphs (Chromium reports the fonts it used for a node: a box instead
 * of a letter would show a font without them, or none). Screenshots: test-results/screenshots/scripts-<lng>-*.png.
 */
const SLUG = 'asean-japan-2026';
const LOCALES = ['th', 'km', 'my', 'vi'] as const;
type Lng = (typeof LOCALES)[number];
/**
 * The font families that hold each script's letters (Debian's fonts-noto-core on CI; any phone has its own).
 * Vietnamese is Latin with stacked diacritics: Noto Sans draws it, named in the pages' font stack and fontconfig's
 * sans-serif for lang=vi (`fc-match 'sans-serif:lang=vi'`).
 */
const SCRIPT_FONT: Record<Lng, RegExp> = { th: /Thai|Loma|Garuda|Tlwg/i, km: /Khmer/i, my: /Myanmar|Padauk/i, vi: /^Noto Sans$/ };
/**
 * Scripts whose text is whole in its script's font: for Vietnamese the plain Latin letters around the accented ones
 * come from the same font, so a glyph from any other font is a letter that font lacks (drawn by a fallback).
 */
const WHOLLY_IN_SCRIPT_FONT: readonly Lng[] = ['vi'];
/** A letter from each script, so the check looks at text that really is in it. */
const SCRIPT_LETTERS: Record<Lng, RegExp> = {
  th: /[\u0E00-\u0E7F]/,
  km: /[\u1780-\u17FF]/,
  my: /[\u1000-\u109F]/,
  vi: /[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđơư]/i,
};

const root = path.resolve(__dirname, '..', '..');
type Catalog = { [k: string]: string | Catalog };
const read = (file: string) => JSON.parse(readFileSync(path.join(root, file), 'utf8')) as Catalog;
const pick = (c: Catalog, key: string) => key.split('.').reduce<string | Catalog>((n, k) => (n as Catalog)[k], c) as string;
const web = (lng: Lng, ns: string, key: string) => pick(read(`apps/web/src/locales/${lng}/${ns}.json`), key);
const showcase = (lng: Lng, key: string) => pick(read(`apps/api/src/showcase/locales/${lng}.json`), key);

test.afterEach(closeOpened);

/** The platform fonts Chromium drew the element's own text with, and how many glyphs each gave. */
async function fontsOf(page: Page, selector: string): Promise<{ familyName: string; glyphCount: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root: doc } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: doc.nodeId, selector });
  expect(nodeId, `no ${selector} on ${page.url()}`).toBeGreaterThan(0);
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts;
}

/** The element's text is in the script and every glyph of it came from a font that has the script. */
async function expectShaped(page: Page, lng: Lng, selector: string) {
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  const text = await page.locator(selector).first().innerText();
  expect(text, `${selector} should be written in ${lng}`).toMatch(SCRIPT_LETTERS[lng]);
  const fonts = await fontsOf(page, selector);
  expect(fonts.length, `fonts used for ${selector}`).toBeGreaterThan(0);
  expect(fonts.filter((f) => /last ?resort/i.test(f.familyName))).toEqual([]);
  const scriptGlyphs = fonts.filter((f) => SCRIPT_FONT[lng].test(f.familyName)).reduce((n, f) => n + f.glyphCount, 0);
  expect(scriptGlyphs, `${lng} glyphs in ${selector} came from ${JSON.stringify(fonts)}`).toBeGreaterThan(0);
  if (WHOLLY_IN_SCRIPT_FONT.includes(lng))
    expect(
      fonts.filter((f) => !SCRIPT_FONT[lng].test(f.familyName)),
      `fonts other than ${SCRIPT_FONT[lng]} in ${selector}`,
    ).toEqual([]);
}

/** The 2026 edition's results, published (the results spec does this through the ceremony; alone, this does it by API). */
async function publishedEntryPath(browser: Browser): Promise<string> {
  const organiser: APIRequestContext = await apiAs(browser, DEMO.organiser);
  const edition = (await ok<{ id: string; slug: string }[]>(organiser.get('/api/competitions'))).find((c) => c.slug === SLUG)!;
  if ((await organiser.get(`/showcase/${SLUG}`)).status() === 404) {
    const ids = (await ok<{ id: string }[]>(organiser.get(`/api/entries?competitionId=${edition.id}`))).map((e) => e.id);
    await expect
      .poll(
        async () =>
          (await Promise.all(ids.map(async (id) => (await ok<{ status: string }>(organiser.get(`/api/entries/${id}/video`))).status))).every(
            (s) => s === 'ready',
          ),
        { timeout: 120_000 },
      )
      .toBe(true);
    await ok(organiser.post(`/api/competitions/${edition.id}/awards/assign`, { headers: headers() }));
    await ok(organiser.post(`/api/competitions/${edition.id}/results/seal`, { headers: headers() }));
    await ok(organiser.post(`/api/competitions/${edition.id}/results/publish`, { headers: headers(), data: { confirmGaps: true } }));
  }
  const html = await (await organiser.get(`/showcase/${SLUG}`)).text();
  const links = [...html.matchAll(new RegExp(`href="(/showcase/${SLUG}/entries/[A-Z]{2}-\\d{4})`, 'g'))].map((m) => m[1]);
  expect(links.length).toBeGreaterThan(0);
  return links[0];
}

for (const lng of LOCALES) {
  test(`a reader whose browser prefers ${lng} gets the landing page, the entry form and the showcase in ${lng}, shaped`, async ({ browser }) => {
    test.setTimeout(180_000);
    const entryPath = await publishedEntryPath(browser);
    const context = await browser.newContext({ locale: lng });
    try {
      const page = await context.newPage();

      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('lang', lng);
      await expect(page.getByRole('heading', { level: 1, name: web(lng, 'landing', 'title') })).toBeVisible();
      await expectShaped(page, lng, 'main h1');
      // the switcher names every language in its own script, and the reader's is chosen
      const switcher = page.getByRole('combobox', { name: web(lng, 'language', 'label') });
      await expect(switcher).toHaveValue(lng);
      await expect(switcher.locator('option')).toHaveText([
        'English',
        '日本語',
        'Bahasa Indonesia',
        'Bahasa Melayu',
        'ไทย',
        'Tiếng Việt',
        'Filipino',
        'ខ្មែរ',
        'ລາວ',
        'မြန်မာ',
        'Tetun',
        'Português',
        '简体中文',
        'தமிழ்',
      ]);
      await shot(page, 'scripts', `${lng}-landing`);

      // the demo student (their interface language follows this browser too)
      await ok(context.request.post('/api/auth/sign-in', { headers: headers(), data: DEMO.student }));
      await page.goto('/me/entries/new');
      await expect(page.locator('html')).toHaveAttribute('lang', lng);
      await expect(page.getByRole('heading', { level: 1, name: web(lng, 'entries', 'newTitle') })).toBeVisible();
      await expect(page.getByLabel(web(lng, 'entries', 'fields.title')).first()).toBeVisible();
      await expectShaped(page, lng, 'main h1');
      await expectShaped(page, lng, 'form label');
      await shot(page, 'scripts', `${lng}-entry-form`);

      await page.goto(entryPath);
      await expect(page.locator('html')).toHaveAttribute('lang', lng);
      await expect(page.locator('.skip')).toHaveText(showcase(lng, 'skip'));
      await expect(page.locator('video')).toBeVisible();
      await expectShaped(page, lng, 'footer p');
      await shot(page, 'scripts', `${lng}-showcase-entry`);
    } finally {
      await context.close();
    }
  });
}
