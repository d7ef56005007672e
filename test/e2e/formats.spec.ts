import { expect, test, type Page } from '@playwright/test';
import { shot } from './helpers';

/**
 * Countries and dates in the reader's language (issue 17, section 4), in the Chromium the tests run, which has no
 * Khmer in its Intl: the web loads the CLDR data for it (apps/web/src/lib/format-data). The expectation is computed in
 * Node (full ICU) with Intl: the names of Intl.DisplayNames('km'), in Intl.Collator('km') order. Screenshots of the
 * sign-up form on a phone: test-results/screenshots/formats-*.png.
 */
const FLOW = 'formats';
const PHONE = { width: 360, height: 740 };

/** The country options of the sign-up form, as the page shows them (the empty first choice left out). */
async function countryOptions(page: Page): Promise<{ code: string; name: string }[]> {
  const select = page.locator('select:has(option[value="KH"])');
  await expect(select.locator('option[value="KH"]')).toHaveCount(1);
  return select
    .locator('option')
    .evaluateAll((options) => (options as HTMLOptionElement[]).filter((o) => o.value).map((o) => ({ code: o.value, name: o.textContent ?? '' })));
}

/** A screenshot of the form with the country list laid open (a native select's list cannot be captured open). */
async function shotWithCountries(page: Page, step: string) {
  await shot(page, FLOW, step);
  await page.locator('select:has(option[value="KH"])').evaluate((select: HTMLSelectElement) => (select.size = select.options.length));
  await page.locator('select:has(option[value="KH"])').scrollIntoViewIfNeeded();
  await shot(page, FLOW, `${step}-countries`);
}

/** What Intl with the language gives for these codes: each named in it, in its alphabetical order. */
function intlExpectation(codes: string[], lng: string): string[] {
  const names = new Intl.DisplayNames([lng], { type: 'region' });
  return codes.map((c) => names.of(c)!).sort(new Intl.Collator(lng).compare);
}

test('a Khmer reader’s sign-up form lists the countries in Khmer, in Khmer order', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/sign-up?lng=km');
  const options = await countryOptions(page);
  expect(options.length).toBeGreaterThanOrEqual(12);
  const shown = options.map((o) => o.name);
  expect(shown).toEqual(
    intlExpectation(
      options.map((o) => o.code),
      'km',
    ),
  );
  // literal names, so that a fallback to English (or to the stored names) fails
  expect(options.find((o) => o.code === 'KH')?.name).toBe('កម្ពុជា');
  expect(options.find((o) => o.code === 'TH')?.name).toBe('ថៃ');
  expect(options.find((o) => o.code === 'JP')?.name).toBe('ជប៉ុន');
  expect(shown[0]).toBe('កម្ពុជា'); // first in Khmer order, where English would put it second
  expect(shown.join(' ')).not.toMatch(/[A-Za-z]{3,}/);
  await shotWithCountries(page, 'km-sign-up-phone');
});

test('a Thai reader sees the countries in Thai, in Thai order, and dates in the Buddhist era', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/sign-up?lng=th');
  const options = await countryOptions(page);
  expect(options.map((o) => o.name)).toEqual(
    intlExpectation(
      options.map((o) => o.code),
      'th',
    ),
  );
  expect(options.find((o) => o.code === 'KH')?.name).toBe('กัมพูชา');
  await shotWithCountries(page, 'th-sign-up-phone');

  // the competition's page: its participating countries in Thai, its timeline in the Buddhist era (2027 CE is 2570 BE)
  await page.goto('/competitions/asean-japan-2027?lng=th');
  const countries = page.locator('#countries-h').locator('xpath=..');
  await expect(countries.getByText('กัมพูชา', { exact: true })).toBeVisible();
  await expect(countries.getByText('ญี่ปุ่น', { exact: true })).toBeVisible();
  await expect(countries).not.toContainText('Cambodia');
  const timeline = page.locator('.timeline');
  await expect(timeline.locator('time').first()).toContainText(/25[67]\d/);
  await expect(timeline).not.toContainText(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/);
  await shot(page, FLOW, 'th-competition-phone');
});
