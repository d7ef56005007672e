import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatter } from '@clapper/domain/formats';
import { englishWordsIn, formatSamples, SAMPLE_COUNTRIES } from '@clapper/domain/formats-samples';
import { LOCALES } from '@clapper/domain/locales';
import { mailFormat } from '../entries/mail-format.js';
import { translator } from '../showcase/showcase-i18n.js';
import { mailText } from './mail-i18n.js';

// The server's formatters (emails, the server-rendered showcase) are the web's: libs/domain/src/formats.ts. Their output
// in Node's ICU is compared with the same reviewed reference as the web's (scripts/format-reference.mjs writes it).
const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../libs/domain/src/formats.reference.json');
const reference = (JSON.parse(readFileSync(file, 'utf8')) as { locales: Record<string, Record<string, string>> }).locales;
const AT = new Date(Date.UTC(2026, 10, 1, 9, 5));

describe('the server’s formats in all 14 locales', () => {
  it.each(LOCALES)('%s: every formatter gives the reference output', (locale) => {
    expect(formatSamples(formatter(locale))).toEqual(reference[locale]);
  });

  it.each(LOCALES)('%s: the emails write dates, countries, durations, sizes and lists as the web does', (locale) => {
    const ref = reference[locale];
    const text = mailText(locale);
    const format = mailFormat(locale);
    expect(text.dateTime(AT, 'Asia/Tokyo')).toBe(ref['instant.tokyo.longMonth']);
    expect(text.country('KH')).toBe(ref['country.KH']);
    expect(text.day('2026-11-01')).toBe(ref['day.long']);
    expect(format.duration(3820)).toBe(ref['duration.mixed']);
    expect(format.bytes(4.5 * 1024 * 1024)).toBe(ref['size.megabytes']);
    expect(format.list(['MP4', 'MOV', 'WebM'])).toBe(ref['list.and']);
  });

  it.each(LOCALES)('%s: the showcase names and sorts the countries, and writes dates and lists, as the web does', (locale) => {
    const ref = reference[locale];
    const t = translator(locale);
    expect(t.date(new Date(Date.UTC(2026, 10, 1)))).toBe(ref['day.long']);
    expect(
      t
        .countries(SAMPLE_COUNTRIES)
        .map((c) => c.name)
        .join(' | '),
    ).toBe(ref['countries.sorted']);
    // stored names are not read: the country is named by Intl in the reader's language
    expect(t.countryName('KH', { en: 'Cambodia', km: 'កម្ពុជា' })).toBe(ref['country.KH']);
    expect(t.list(['Ana', 'Budi'])).toBe(ref['list.two']);
  });

  it('writes no English month name or unit word in a Thai or Khmer email date and duration', () => {
    for (const locale of ['th', 'km']) {
      const words = englishWordsIn(`${mailText(locale).dateTime(AT)} ${mailFormat(locale).duration(95)}`, new Set());
      expect(words).toEqual([]);
    }
    expect(mailText('th').dateTime(AT)).toContain('2569'); // the Buddhist era
  });
});
