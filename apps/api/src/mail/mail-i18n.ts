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
  /** an instant with its time zone named, in the reader's language ("1 Mar 2027, 17:00 UTC") */
  dateTime(d: Date, timeZone?: string): string;
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
    dateTime(d, timeZone = 'UTC') {
      return new Intl.DateTimeFormat(lang, {
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZone,
        timeZoneName: 'short',
      }).format(d);
    },
    compose(name, lines) {
      return [...(name ? [self.t('greeting', { name }), ''] : []), ...lines, '', '—', self.t('signature')].join('\n');
    },
    country(code) {
      try {
        return new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' }).of(code) ?? code;
      } catch {
        return code;
      }
    },
    localised: (text) => localised(text, lang),
    languages(codes) {
      const names = new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' });
      const named = codes.map((code) => {
        try {
          return names.of(code) ?? code;
        } catch {
          return code;
        }
      });
      return new Intl.ListFormat(lang, { type: 'conjunction' }).format(named);
    },
  };
  return self;
}
