import { afterEach, describe, expect, it, vi } from 'vitest';
import { fallbackFormatter, formatter, intlLocales, type FormatData } from '@clapper/domain/formats';
import { englishWordsIn, formatSamples, SAMPLE_COUNTRIES } from '@clapper/domain/formats-samples';
import { LOCALES } from '@clapper/domain/locales';
import { loadFormatData } from './format-data';
import referenceFile from '../../../../libs/domain/src/formats.reference.json';
import kmData from './format-data/km.json';
import loData from './format-data/lo.json';
import myData from './format-data/my.json';

// the committed reference (scripts/format-reference.mjs writes it; see locales/README.md, "Formats")
const reference = referenceFile as { locales: Record<string, Record<string, string>> };
const DATA: Record<string, unknown> = { km: kmData, lo: loData, my: myData };
const data = (locale: string) => DATA[locale] as FormatData;
const FALLBACK_LOCALES = ['km', 'lo', 'my'];

/** The month names a locale writes itself (Malay and Indonesian write "November" too), from Intl. */
function ownMonths(locale: string): Set<string> {
  const words = new Set<string>();
  for (const month of ['long', 'short'] as const) {
    const f = new Intl.DateTimeFormat(intlLocales(locale), { month, timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) for (const w of f.format(new Date(Date.UTC(2026, m, 15))).split(/[^\p{L}]+/u)) if (w) words.add(w);
  }
  return words;
}

describe('the formatters in all 14 locales', () => {
  it.each(LOCALES)('%s: give the reviewed reference output for every formatter', (locale) => {
    expect(formatSamples(formatter(locale))).toEqual(reference.locales[locale]);
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s: write no English month name and no English unit word', (locale) => {
    const text = Object.values(formatSamples(formatter(locale))).join(' · ');
    expect(englishWordsIn(text, ownMonths(locale))).toEqual([]);
  });

  it('name the countries in the reader’s language and sort them by its collation (Khmer, Thai)', () => {
    expect(
      formatter('km')
        .countries(['TH', 'KH', 'JP'])
        .map((c) => c.name),
    ).toEqual(['កម្ពុជា', 'ជប៉ុន', 'ថៃ']);
    expect(formatter('th').country('KH')).toBe('กัมพูชา');
    expect(formatter('th').day('2026-11-01')).toBe('1 พฤศจิกายน 2569'); // the Buddhist era, Intl's default for Thai
  });

  it('give Tetum readers Portuguese (Timor-Leste) forms, never American English', () => {
    expect(formatter('tet').country('TL')).toBe('Timor-Leste');
    expect(formatter('tet').day('2026-11-01')).toBe('1 de novembro de 2026');
    expect(formatter('tet').list(['MP4', 'MOV', 'WebM'])).toBe('MP4, MOV e WebM');
  });

  it('check the English-word detector itself: an English month or unit in Khmer output is caught', () => {
    expect(englishWordsIn('1 Nov 2026, 30 secs', ownMonths('km'))).toEqual(['Nov', 'secs']);
    expect(englishWordsIn('1 November 2026', ownMonths('ms'))).toEqual([]);
  });
});

describe('the CLDR data for a browser without the language (Khmer, Lao, Burmese)', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(FALLBACK_LOCALES)('%s: the formatters built on it give the same output as Intl with the language', (locale) => {
    expect(formatSamples(fallbackFormatter(data(locale)))).toEqual(reference.locales[locale]);
  });

  it.each(FALLBACK_LOCALES)('%s: sorts every country it names in the collation order Intl gives', (locale) => {
    const d = data(locale);
    const codes = Object.keys(d.regions);
    const byIntl = formatter(locale)
      .countries(codes)
      .map((c) => c.code);
    expect(
      fallbackFormatter(d)
        .countries(codes)
        .map((c) => c.code),
    ).toEqual(byIntl);
    expect(codes.length).toBeGreaterThan(240);
  });

  it('is loaded when the browser lacks the language, and the formatters then use it', async () => {
    const lacks = (locales?: Intl.LocalesArgument) => ([] as unknown[]).concat(locales ?? []).filter((l): l is string => typeof l === 'string' && l !== 'km');
    vi.spyOn(Intl.DateTimeFormat, 'supportedLocalesOf').mockImplementation(lacks);
    vi.spyOn(Intl.DisplayNames, 'supportedLocalesOf').mockImplementation(lacks);
    await loadFormatData('km');
    // the browser's Intl would name the countries in English here: the data names them in Khmer, in Khmer order
    expect(
      formatter('km')
        .countries(SAMPLE_COUNTRIES)
        .map((c) => c.name),
    ).toEqual(reference.locales.km['countries.sorted'].split(' | '));
    expect(formatter('km').day('2026-11-01')).toBe('1 វិច្ឆិកា 2026');
    expect(formatter('km').plural(1)).toBe('other');
  });
});
