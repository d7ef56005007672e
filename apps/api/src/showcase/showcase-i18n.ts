import { readFileSync } from 'node:fs';
import type { Request } from 'express';

/** The showcase's own interface languages (its strings live in ./locales/<lang>.json). */
export const SHOWCASE_LANGUAGES = ['en', 'ja'] as const;
export type ShowcaseLanguage = (typeof SHOWCASE_LANGUAGES)[number];
export const LANG_COOKIE = 'clapper_lang';

type Messages = { [key: string]: string | Messages };

const messages: Record<ShowcaseLanguage, Messages> = {
  en: JSON.parse(readFileSync(new URL('./locales/en.json', import.meta.url), 'utf8')) as Messages,
  ja: JSON.parse(readFileSync(new URL('./locales/ja.json', import.meta.url), 'utf8')) as Messages,
};

export const isShowcaseLanguage = (v: unknown): v is ShowcaseLanguage => typeof v === 'string' && (SHOWCASE_LANGUAGES as readonly string[]).includes(v);

function lookup(tree: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Primary language subtags from an Accept-Language header, best first ("ja-JP,en;q=0.5" → ja, en). */
export function acceptedLanguages(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, i) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { lang: tag.trim().toLowerCase().split('-')[0], weight: Number.isFinite(weight) ? weight : 0, i };
    })
    .filter((x) => x.lang && x.lang !== '*' && x.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.i - b.i)
    .map((x) => x.lang);
}

/** ?lang= first, then the clapper_lang cookie, then Accept-Language; English when none of them is ours. */
export function chooseLanguage(req: Pick<Request, 'query' | 'cookies' | 'headers'>): { lang: ShowcaseLanguage; fromQuery: boolean } {
  const q = req.query?.lang;
  if (isShowcaseLanguage(q)) return { lang: q, fromQuery: true };
  const cookie = (req.cookies as Record<string, unknown> | undefined)?.[LANG_COOKIE];
  if (isShowcaseLanguage(cookie)) return { lang: cookie, fromQuery: false };
  const accepted = acceptedLanguages(typeof req.headers?.['accept-language'] === 'string' ? req.headers['accept-language'] : undefined).find(isShowcaseLanguage);
  return { lang: accepted ?? 'en', fromQuery: false };
}

/** What a view needs to speak the viewer's language. */
export interface Translator {
  lang: ShowcaseLanguage;
  t(key: string, vars?: Record<string, string | number>): string;
  /** a LocalizedText field in this language, else English, else any */
  pick(text: Record<string, string> | null | undefined): string;
  date(d: Date): string;
  /** a language's name in its own script ("ไทย", "日本語") */
  languageName(code: string): string;
  /** a country's name in this language: the stored names, else Intl's, else the code */
  countryName(code: string, names?: Record<string, string>): string;
  /** an ordinal place: "1st place" / "1位" */
  place(n: number): string;
  /** names joined the way this language does: "Ana, Budi and Chai" / "Ana、Budi、Chai" */
  list(names: string[]): string;
}

const englishOrdinals = new Intl.PluralRules('en', { type: 'ordinal' });
const ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

export function translator(lang: ShowcaseLanguage): Translator {
  const dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
  const listFormat = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
  const regions = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
  const self: Translator = {
    lang,
    t(key, vars) {
      const template = lookup(messages[lang], key) ?? lookup(messages.en, key) ?? key;
      return vars ? template.replace(/\{\{(\w+)\}\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : template;
    },
    pick(text) {
      if (!text) return '';
      return text[lang] || text.en || Object.values(text).find(Boolean) || '';
    },
    date: (d) => dateFormat.format(d),
    languageName(code) {
      try {
        const name = new Intl.DisplayNames([code], { type: 'language', fallback: 'code' }).of(code) ?? code;
        return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
      } catch {
        return code;
      }
    },
    countryName(code, names) {
      if (names?.[lang]) return names[lang];
      try {
        const intl = regions.of(code);
        if (intl && intl !== code) return intl;
      } catch {
        // not a region Intl knows
      }
      return names?.en ?? code;
    },
    list: (names) => listFormat.format(names),
    place: (n) => self.t('place', { n, ordinal: lang === 'en' ? `${n}${ORDINAL_SUFFIX[englishOrdinals.select(n)]}` : String(n) }),
  };
  return self;
}
