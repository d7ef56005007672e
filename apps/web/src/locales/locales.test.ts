import { describe, expect, it } from 'vitest';
import { FIRST_PAGE_NAMESPACES, LANGUAGES, loadFirstPages, loadLocale, loadPseudoLocale, resources } from '../lib/i18n';
import thNav from './th/nav.json';
import thRounds from './th/rounds.json';
import viEntries from './vi/entries.json';
import viNav from './vi/nav.json';
import { i18n } from '../lib/translator';

function flatten(obj: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object' && !Array.isArray(v)) Object.assign(out, flatten(v as Record<string, unknown>, key));
    else out[key] = v;
  }
  return out;
}

const flatEn = flatten(i18n.resources.en); // every English part: the test setup loads them all
await loadLocale('ja'); // fetched on demand, like every locale but English
const ja = i18n.resources.ja;
const flatJa = flatten(ja);
/** a key without its plural suffix: English has key_one and key_other, Japanese key_other only */
const pluralBase = (k: string) => k.replace(/_(zero|one|two|few|many|other)$/, '');

describe('locales', () => {
  it('loads every namespace file under its own key (locales/<lng>/<ns>.json → <ns>.…)', () => {
    expect(Object.keys(i18n.resources.en)).toEqual(expect.arrayContaining(['common', 'landing', 'results', 'campaigns']));
    expect(Object.keys(ja).sort()).toEqual(Object.keys(i18n.resources.en).sort());
    // the main bundle's English is the first pages' namespaces only
    expect(Object.keys(resources.en).sort()).toEqual([...FIRST_PAGE_NAMESPACES].sort());
    expect(flatEn['language.label']).toBe('Language');
  });

  it('leaves the pseudo-locale out of the main bundle, and loads it in step with English on demand', async () => {
    expect(resources['en-XA']).toBeUndefined();
    expect(i18n.getFixedT('en-XA')('nav.competitions')).toBe('Competitions'); // English until loaded
    await loadPseudoLocale();
    const flatPseudo = flatten(i18n.resources['en-XA']);
    expect(Object.keys(flatPseudo).sort()).toEqual(Object.keys(flatEn).sort());
    expect(i18n.getFixedT('en-XA')('nav.competitions')).toMatch(/^\[Çóɱþéţíţíóñš ·+\]$/);
  });

  it('offers 14 languages; those outside the main bundle load on demand and fall back to English key by key', async () => {
    expect(LANGUAGES).toHaveLength(14);
    expect(resources.th).toBeUndefined();
    expect(i18n.getFixedT('th')('nav.competitions')).toBe('Competitions'); // English until loaded
    await loadLocale('th');
    expect(i18n.getFixedT('th')('nav.competitions')).toBe(thNav.competitions);
    expect(thNav.competitions).not.toBe('Competitions');
    // the staff pages are in Thai too (issue 17: every locale is complete)
    expect(i18n.getFixedT('th')('rounds.list.title')).toBe(thRounds.list.title);
    expect(thRounds.list.title).not.toBe(i18n.getFixedT('en')('rounds.list.title'));
    // a key a locale lacks (a text just added in English) falls back to English, never the raw key
    i18n.addResources('en', { rounds: { englishOnlyProbe: 'English only' } });
    expect(i18n.getFixedT('th')('rounds.englishOnlyProbe')).toBe('English only');
  });

  it('fetches what the first pages read in a language before the rest of it', async () => {
    const vi = i18n.getFixedT('vi');
    await loadFirstPages('vi');
    expect(vi('nav.competitions')).toBe(viNav.competitions);
    expect(vi('entries.myTitle')).toBe('My entries'); // English until the rest is fetched
    await loadLocale('vi');
    expect(vi('entries.myTitle')).toBe(viEntries.myTitle);
    expect(viEntries.myTitle).not.toBe('My entries');
  });

  it('English and Japanese have exactly the same keys (Japanese has one plural form: other)', () => {
    const enKeys = [...new Set(Object.keys(flatEn).map(pluralBase))].sort();
    const jaKeys = [...new Set(Object.keys(flatJa).map(pluralBase))].sort();
    expect(enKeys.filter((k) => !jaKeys.includes(k))).toEqual([]);
    expect(jaKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(Object.keys(flatJa).filter((k) => /_(zero|one|two|few|many)$/.test(k) && !(k in flatEn))).toEqual([]);
    expect(enKeys.length).toBeGreaterThan(100);
  });

  it.each([
    ['en', flatEn],
    ['ja', flatJa],
  ])('%s has a non-empty string for every key', (_lang, flat) => {
    const empty = Object.entries(flat).filter(([, v]) => typeof v !== 'string' || v.trim() === '');
    expect(empty).toEqual([]);
  });

  it('uses the same interpolation placeholders in both languages', () => {
    const placeholders = (s: unknown) => [...String(s).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    // an English plural form (key_one) is compared with the Japanese key, or with its only form (key_other)
    const jaText = (k: string) => flatJa[k] ?? flatJa[`${pluralBase(k)}_other`];
    const mismatched = Object.keys(flatEn).filter((k) => placeholders(flatEn[k]).join() !== placeholders(jaText(k)).join());
    expect(mismatched).toEqual([]);
  });

  it('really is translated: most Japanese strings differ from English', () => {
    const same = Object.keys(flatEn).filter((k) => flatEn[k] === flatJa[k]);
    expect(same.length).toBeLessThan(Object.keys(flatEn).length * 0.1);
  });
});
