import type { Request } from 'express';
import { AUTONYMS, LOCALES, type Locale, acceptLanguageTags, bestLocale, isLocale, localeOf } from '@clapper/domain/locales';
import { formatter } from '@clapper/domain/formats';
import { interpolate, lookup, readCatalogs } from '../common/catalog.js';

/** The showcase speaks every interface language (its strings live in ./locales/<lang>.json; gaps fall back to English). */
export const SHOWCASE_LANGUAGES = LOCALES;
export type ShowcaseLanguage = Locale;
export const LANG_COOKIE = 'clapper_lang';

const messages = readCatalogs(new URL('./locales/', import.meta.url));
const english = messages.en ?? {};

export const isShowcaseLanguage = isLocale;

/** ?lang= first, then the clapper_lang cookie, then Accept-Language; English when none of them is ours. */
export function chooseLanguage(req: Pick<Request, 'query' | 'cookies' | 'headers'>): { lang: ShowcaseLanguage; fromQuery: boolean } {
  const q = typeof req.query?.lang === 'string' ? localeOf(req.query.lang) : null;
  if (q) return { lang: q, fromQuery: true };
  const rawCookie = (req.cookies as Record<string, unknown> | undefined)?.[LANG_COOKIE];
  const cookie = typeof rawCookie === 'string' ? localeOf(rawCookie) : null;
  if (cookie) return { lang: cookie, fromQuery: false };
  const header = req.headers?.['accept-language'];
  return { lang: bestLocale(acceptLanguageTags(typeof header === 'string' ? header : undefined)), fromQuery: false };
}

/** What a view needs to speak the viewer's language. */
export interface Translator {
  lang: ShowcaseLanguage;
  t(key: string, vars?: Record<string, string | number>): string;
  /** a LocalizedText field in this language, else English, else any */
  pick(text: Record<string, string> | null | undefined): string;
  /** the same, with the language it is in (a fallback is marked with its own `lang`) */
  pickWithLanguage(text: Record<string, string> | null | undefined): { text: string; lang: string };
  date(d: Date): string;
  /** a language's name in its own script ("ไทย", "日本語") */
  languageName(code: string): string;
  /** a country's name in this language (Intl, libs/domain/src/formats.ts; any stored names are not read), else the code */
  countryName(code: string, names?: Record<string, string>): string;
  /** countries with their names, in this language's alphabetical order */
  countries(codes: readonly string[]): { code: string; name: string }[];
  /** an ordinal place: "1st place" / "1位" */
  place(n: number): string;
  /** names joined the way this language does: "Ana, Budi and Chai" / "Ana、Budi、Chai" */
  list(names: string[]): string;
}

const englishOrdinals = new Intl.PluralRules('en', { type: 'ordinal' });
const ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

export function translator(lang: ShowcaseLanguage): Translator {
  const f = formatter(lang);
  const self: Translator = {
    lang,
    t(key, vars) {
      return interpolate(lookup(messages[lang], key) ?? lookup(english, key) ?? key, vars);
    },
    pick(text) {
      return self.pickWithLanguage(text).text;
    },
    pickWithLanguage(text) {
      const found = [lang, 'en', ...Object.keys(text ?? {})].find((l) => text?.[l]?.trim());
      return found ? { text: text![found], lang: found } : { text: '', lang };
    },
    date: (d) => f.day(d),
    languageName(code) {
      if (isLocale(code)) return AUTONYMS[code];
      try {
        const name = new Intl.DisplayNames([code], { type: 'language', fallback: 'code' }).of(code) ?? code;
        return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
      } catch {
        return code;
      }
    },
    countryName: (code) => f.country(code),
    countries: (codes) => f.countries(codes),
    list: (names) => f.list(names),
    place: (n) => self.t('place', { n, ordinal: lang === 'en' ? `${n}${ORDINAL_SUFFIX[englishOrdinals.select(n)]}` : String(n) }),
  };
  return self;
}
