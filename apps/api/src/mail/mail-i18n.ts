import { formatter } from '@clapper/domain/formats';
import { type Locale, localeOf } from '@clapper/domain/locales';
import { interpolate, lookup, readCatalogs } from '../common/catalog.js';

/**
 * Email texts in every interface language: ./locales/<lang>.json (the `mail` namespace of npm run i18n:check, which
 * requires it complete in all 14 locales). A key a catalog lacks falls back to English; plural keys follow the
 * language's CLDR forms (`x_one`, `x_other`, …), as in i18next.
 */
const catalogs = readCatalogs(new URL('./locales/', import.meta.url));

export interface MailText {
  locale: Locale;
  t(key: string, vars?: Record<string, string | number>): string;
  /** an instant with its time zone named, in the reader's language and calendar ("1 March 2027, 17:00 UTC") */
  dateTime(d: Date, timeZone?: string): string;
  /** a count in the reader's digits */
  number(n: number): string;
  /** a calendar day (YYYY-MM-DD, or a Date's UTC day) as the reader writes it ("7 December 2026") */
  day(d: string | Date): string;
  /** a greeting line, the body, and the signature, joined as a plain-text email */
  compose(name: string | null, lines: string[]): string;
  /** a country's name in the reader's language (Intl), else its code */
  country(code: string): string;
  /** an organiser's text (a competition's or an award's name) in the reader's language, else English, else any */
  localised(text: Record<string, string> | null | undefined): string;
  /** language codes as a list of names in the reader's language ("Thai and English") */
  languages(codes: string[]): string;
}

/** An organiser's text in the language given, else English, else any that is not empty ('' when there is none). */
export function localised(text: Record<string, string> | null | undefined, lang: string): string {
  if (!text) return '';
  return text[lang] || text.en || Object.values(text).find(Boolean) || '';
}

/** The texts for one reader; an unknown or missing locale reads English. */
export function mailText(locale: string | null | undefined): MailText {
  const lang: Locale = localeOf(locale) ?? 'en';
  const plural = new Intl.PluralRules(lang);
  const self: MailText = {
    locale: lang,
    t(key, vars) {
      const count = vars?.count;
      const forms = typeof count === 'number' ? [`${key}_${plural.select(count)}`, `${key}_other`] : [];
      const template =
        [...forms, key].map((k) => lookup(catalogs[lang], k)).find(Boolean) ?? [...forms, key].map((k) => lookup(catalogs.en, k)).find(Boolean) ?? key;
      return interpolate(template, vars);
    },
    // the formatters the web and the showcase use too (libs/domain/src/formats.ts)
    dateTime: (d, timeZone = 'UTC') => formatter(lang).instant(d, { timeZone, month: 'long' }),
    number: (n) => formatter(lang).number(n),
    day: (d) => formatter(lang).day(d),
    compose(name, lines) {
      return [...(name ? [self.t('greeting', { name }), ''] : []), ...lines, '', '—', self.t('signature')].join('\n');
    },
    country: (code) => formatter(lang).country(code),
    localised: (text) => localised(text, lang),
    languages: (codes) => formatter(lang).list(codes.map((code) => formatter(lang).language(code))),
  };
  return self;
}
