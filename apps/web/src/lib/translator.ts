/**
 * The interface's translator: reads the catalogs in locales/ (i18next JSON v4, see locales/README.md) the way i18next
 * did, for what they use, in a few hundred bytes in place of i18next's 15 kB on the first pages (issue 14):
 * - keys are dotted paths into one tree per locale (`results.page.title`); a key the reader's language lacks is read
 *   from English, key by key; a key no catalog has shows as itself, or as `defaultValue` when one is given;
 * - with a numeric `count`, plural keys by the language's CLDR rule (Intl.PluralRules, through the shared formatters
 *   of libs/domain/src/formats.ts, which know the rule of a language the browser lacks): `<key>_zero` first when count
 *   is 0, then `<key>_<one|two|few|many|other>`, then the plain key, in the reader's language, then the same in English
 *   (with English's rule);
 * - `{{name}}` puts a value in as it is (no HTML escaping: React escapes); `{{name, format}}` formats it with a format
 *   of `formats` (`number` built in; lib/i18n-formats.ts adds the others), in the reader's language even when the string
 *   is English's; a value that is not passed leaves the placeholder as it is, one passed as undefined or null is empty.
 * What i18next offers and no catalog uses (nesting with `$t(…)`, `{{- name}}`, format options, contexts, ordinal keys,
 * objects) is not read: translator.test.ts fails when a catalog starts using one.
 */

import { formatter } from '@clapper/domain/formats';

export type Catalog = { [key: string]: string | Catalog };

/** What a string is given: its placeholders' values, and these options. */
export interface TOptions {
  /** picks the plural form (a number; a string count is only a value) */
  count?: unknown;
  /** the text when no catalog has the key */
  defaultValue?: string;
  /** another language than the translator's (or the fixed one's) */
  lng?: string;
  [name: string]: unknown;
}

export type TFunction = (key: string, options?: TOptions) => string;

/** Formats a placeholder's value in a language (`{{value, name}}`). */
export type Format = (value: unknown, lng: string) => string;

export interface Translator {
  /** the reader's language: what `t` reads first */
  readonly language: string;
  /** each locale's catalogs, merged into one tree */
  readonly resources: Record<string, Catalog>;
  /** the formats placeholders may name, by lower-case name */
  readonly formats: Record<string, Format>;
  /** grows with each change (a language, a catalog part), for useSyncExternalStore */
  readonly version: number;
  /** the text of a key in the current language */
  t: TFunction;
  /** the text of a key in a given language */
  getFixedT: (lng: string) => TFunction;
  /** whether a catalog has the key (in the language or English; with `count`, a plural form counts) */
  exists: (key: string, options?: TOptions) => boolean;
  /** merges a part of a locale's catalogs into what it has, and tells the subscribers */
  addResources: (lng: string, catalog: Catalog) => void;
  changeLanguage: (lng: string) => Promise<void>;
  /** called on every change; returns the unsubscribe */
  subscribe: (listener: () => void) => () => void;
}

const own = <T>(o: Record<string, T>, k: string): T | undefined => (Object.hasOwn(o, k) ? o[k] : undefined);

/** Deep merge; a string in the source replaces what was there. Objects are copied: the catalogs' modules stay as they are. */
function merge(target: Catalog, source: Catalog): Catalog {
  for (const [k, v] of Object.entries(source)) {
    const there = own(target, k);
    target[k] = typeof v === 'string' ? v : merge(typeof there === 'object' ? there : {}, v);
  }
  return target;
}

const PLACEHOLDER = /\{\{(.+?)\}\}/g;

export function createTranslator({
  lng = 'en',
  fallbackLng = 'en',
  missing,
}: {
  lng?: string;
  fallbackLng?: string;
  /** called with each key no catalog has (tests: app/first-pages.test.tsx) */
  missing?: (key: string) => void;
} = {}): Translator {
  const listeners = new Set<() => void>();

  const lookup = (lng: string, key: string): string | undefined => {
    let node: string | Catalog | undefined = own(self.resources, lng);
    for (const part of key.split('.')) node = typeof node === 'object' ? own(node, part) : undefined;
    return typeof node === 'string' ? node : undefined;
  };

  const resolve = (lng: string, key: string, o: TOptions): string | undefined => {
    const { count } = o;
    const plural = count !== undefined && typeof count !== 'string';
    for (const code of lng === fallbackLng ? [lng] : [lng, fallbackLng]) {
      const form = plural ? formatter(code).plural(Number(count)) : '';
      const keys = plural ? [...(count === 0 ? [`${key}_zero`] : []), `${key}_${form}`, key] : [key];
      for (const k of keys) {
        const found = lookup(code, k);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  };

  const format = (value: unknown, name: string, lng: string): unknown => {
    const f = own(self.formats, name.toLowerCase());
    try {
      return f ? f(value, lng) : value;
    } catch {
      return value; // as i18next: a value its format refuses (an invalid date) shows as it is
    }
  };

  const interpolate = (text: string, o: TOptions, lng: string) =>
    text.replace(PLACEHOLDER, (whole, inner: string) => {
      const name = inner.trim();
      const comma = name.indexOf(',');
      let value = own(o, comma < 0 ? name : name.slice(0, comma).trim());
      if (comma >= 0 && value != null) value = format(value, name.slice(comma + 1).trim(), lng);
      if (value === undefined) return Object.hasOwn(o, name) ? '' : whole;
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- as i18next: a value shows as String() shows it
      return value === null ? '' : String(value);
    });

  const translate = (lng: string, key: string, o: TOptions = {}): string => {
    const language = o.lng ?? lng;
    let text = resolve(language, key, o);
    if (text === undefined) {
      missing?.(key);
      text = o.defaultValue ?? key;
    }
    return interpolate(text, o, language);
  };

  const self: { -readonly [K in keyof Translator]: Translator[K] } = {
    language: lng,
    resources: {},
    formats: {
      number: (value, lng) => formatter(lng).number(value as number),
    },
    version: 0,
    t: (key, o) => translate(self.language, key, o),
    getFixedT: (lng) => (key, o) => translate(lng, key, o),
    exists: (key, o = {}) => resolve(o.lng ?? self.language, key, o) !== undefined,
    addResources(lng, catalog) {
      self.resources[lng] = merge(own(self.resources, lng) ?? {}, catalog);
      changed();
    },
    changeLanguage(lng) {
      if (lng !== self.language) {
        self.language = lng;
        changed();
      }
      return Promise.resolve();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
  const changed = () => {
    self.version++;
    for (const listener of listeners) listener();
  };
  return self;
}

/** The app's translator: lib/i18n.ts loads its catalogs and picks its language; components read it with useTranslation. */
export const i18n = createTranslator();
