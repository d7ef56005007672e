import { LOCALES, bestLocale, localeOf, type Locale } from '@clapper/domain/locales';
import firstPageEnglish from 'virtual:catalogs/en/first';
import { FIRST_PAGE_NAMESPACES, loaders } from 'virtual:catalogs';
import { loadFormatData } from './format-data';
import { registerFormats } from './i18n-formats';
import { i18n, type Catalog } from './translator';

/** The languages offered in the switcher (libs/domain/src/locales.ts names each in its own script). */
export const LANGUAGES = LOCALES;
export type Language = Locale;
/** Accented, longer English for spotting untranslated or clipped strings: chosen only by ?lng=en-XA (then remembered), never listed. */
export const PSEUDO_LANGUAGE = 'en-XA';
export const LANGUAGE_STORAGE_KEY = 'clapper.language';

// One file per locale and namespace (locales/<lng>/<ns>.json; see locales/README.md). They are merged back into one
// tree per locale in the translator (lib/translator.ts), so keys stay `results.page.title`.
// vite.config.ts gathers each locale's files in parts, one chunk each (virtual:catalogs). The first part holds what the
// shell and the first pages a visitor meets (landing, sign-in, the not-found and error pages) read: English's is in the
// main bundle, the reader's language's is fetched before the first paint (main.tsx), so a page never opens in English
// and then changes language. The rest is fetched right after, and every other page waits for it, English's and the
// reader's language's, before it renders (app/router.tsx). English's refusals are a part of their own, fetched after
// start-up: a page needs them only once something is refused.

/** A part of a locale's catalogs, by namespace (a namespace named refusals.judging holds the keys under refusals.judging). */
function tree(byNamespace: Record<string, Catalog>): Catalog {
  const out: Catalog = {};
  for (const [ns, catalog] of Object.entries(byNamespace)) {
    const path = ns.split('.');
    let node = out;
    for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as Catalog;
    node[path[path.length - 1]] = catalog;
  }
  return out;
}

export { FIRST_PAGE_NAMESPACES };
/** The catalogs in the main bundle: what the first pages read of English. */
export const resources: Record<string, Catalog> = { en: tree(firstPageEnglish) };

const partsOf = (lng: string) => (Object.hasOwn(loaders, lng) ? loaders[lng] : {});
const loading = new Map<string, Promise<void>>();

/** Fetches a part of a locale's catalogs once, and adds it; a failed fetch is tried again on the next call. */
function loadPart(lng: string, part: string): Promise<void> {
  const load = Object.hasOwn(partsOf(lng), part) ? partsOf(lng)[part] : undefined;
  if (!load) return Promise.resolve(); // English's first part is bundled; a tag we do not have has none
  const key = `${lng}/${part}`;
  let pending = loading.get(key);
  if (!pending) {
    // with the first part, the CLDR data of a language the browser lacks (lib/format-data.ts), so the page that the
    // part renders again formats its dates, numbers and names in that language
    pending = Promise.all([load(), part === 'first' ? loadFormatData(lng) : undefined]).then(
      ([m]) => i18n.addResources(lng, tree(m.default)), // the components that read it render again
      (err: unknown) => {
        loading.delete(key); // offline or a replaced chunk: the next call asks again
        throw err;
      },
    );
    loading.set(key, pending);
  }
  return pending;
}

const complete = new Set<string>();

/**
 * Adds every part of a locale's catalogs once; until then, and for any key a locale lacks, the page shows English.
 */
export function loadLocale(lng: string): Promise<void> {
  return Promise.all(Object.keys(partsOf(lng)).map((part) => loadPart(lng, part))).then(() => void complete.add(lng));
}

/** What the first pages read, in a reader's language: main.tsx waits for it before the first paint. */
export const loadFirstPages = (lng: string) => loadPart(lng, 'first');

/** What every page but the first ones reads, in English and the reader's language: such a page waits for it. */
export function loadPages(): Promise<void> {
  return Promise.all([loadPart('en', 'rest'), loadPart(i18n.language, 'rest')]).then(() => undefined);
}

/** The en-XA catalogs, loaded on demand like any locale that is not bundled. */
export const loadPseudoLocale = () => loadLocale(PSEUDO_LANGUAGE);

/** One of ours, however the tag was written (?lng=th-TH, zh-CN), or null. */
function selectable(lng: string | null | undefined): string | null {
  if (lng === PSEUDO_LANGUAGE) return lng;
  return localeOf(lng);
}

function initialLanguage(): string {
  try {
    const asked = selectable(new URLSearchParams(window.location.search).get('lng'));
    if (asked) {
      rememberLanguage(asked); // a link that names a language is a choice, like the switcher
      return asked;
    }
  } catch {
    // no location (tests, workers)
  }
  try {
    const saved = selectable(window.localStorage.getItem(LANGUAGE_STORAGE_KEY));
    if (saved) return saved;
  } catch {
    // storage may be blocked; fall back to the browser's language
  }
  if (typeof navigator === 'undefined') return 'en';
  return bestLocale(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

/**
 * Saves the reader's choice of language on this device: from then on it wins over the browser's preference.
 * Only an explicit choice is saved (the switcher, a ?lng= link); until then the page follows the browser.
 */
export function rememberLanguage(lng: string) {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
  } catch {
    // not remembered, still switched
  }
}

export function setDocumentLanguage(lng: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

let started = false;

/** Sets the translator up once (lib/translator.ts): English's first part, the formats, the reader's language. */
export function setupI18n(lng: string = initialLanguage()) {
  if (!started) {
    started = true;
    i18n.addResources('en', resources.en);
    registerFormats(i18n);
    void i18n.changeLanguage(lng);
    let shown = i18n.language;
    i18n.subscribe(() => {
      if (i18n.language === shown) return;
      shown = i18n.language;
      setDocumentLanguage(shown);
      // the page renders again as each part arrives (English until then); offline, it stays English until the next
      // page asks again
      if (!complete.has(shown)) void loadLocale(shown).catch(() => undefined);
    });
  }
  // fetched right after start-up, not awaited: every page but the first ones waits for what it needs (app/router.tsx)
  void loadLocale('en').catch(() => undefined);
  if (i18n.language !== 'en') void loadLocale(i18n.language).catch(() => undefined);
  setDocumentLanguage(i18n.language);
  return i18n;
}
