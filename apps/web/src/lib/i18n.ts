import { LOCALES, bestLocale, localeOf, type Locale } from '@clapper/domain/locales';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { registerFormats } from './i18n-formats';

/** The languages offered in the switcher (libs/domain/src/locales.ts names each in its own script). */
export const LANGUAGES = LOCALES;
export type Language = Locale;
/** Accented, longer English for spotting untranslated or clipped strings: chosen only by ?lng=en-XA (then remembered), never listed. */
export const PSEUDO_LANGUAGE = 'en-XA';
const SELECTABLE: readonly string[] = [...LANGUAGES, PSEUDO_LANGUAGE];
export const LANGUAGE_STORAGE_KEY = 'clapper.language';

type Catalog = { [key: string]: string | Catalog };

// One file per locale and namespace (locales/<lng>/<ns>.json; see locales/README.md). They are merged back into
// one tree per locale under the default namespace, so keys stay `results.page.title`.
// English (the fallback) is in the main bundle, but for the refusals (locales/en/refusals.*.json): a page needs them
// only once something is refused, so they are a chunk of their own, fetched right after start-up. Every other locale,
// Japanese and the pseudo-locale too, is one chunk of its own (vite.config.ts groups them), fetched when it is chosen.
// main.tsx waits for the reader's catalogs before the first paint, so a page never opens in English and then changes
// language.
const bundled = import.meta.glob<Catalog>(['../locales/en/*.json', '!../locales/en/refusals.*.json'], { eager: true, import: 'default' });
const englishRefusals = import.meta.glob<Catalog>('../locales/en/refusals.*.json', { import: 'default' });
const onDemand = import.meta.glob<Catalog>(['../locales/*/*.json', '!../locales/en/*.json'], { import: 'default' });

const LOCALE_FILE = /\/locales\/([^/]+)\/([^/]+)\.json$/;

function buildResources(files: Record<string, Catalog>) {
  const out: Record<string, { translation: Catalog }> = {};
  for (const [file, catalog] of Object.entries(files)) {
    const m = file.match(LOCALE_FILE);
    if (!m) continue;
    const [, lng, ns] = m;
    // a file named refusals.judging.json holds the keys under refusals.judging
    const path = ns.split('.');
    let node = (out[lng] ??= { translation: {} }).translation;
    for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as Catalog;
    node[path[path.length - 1]] = catalog;
  }
  return out;
}

export const resources = buildResources(bundled);

const loading = new Map<string, Promise<void>>();

/**
 * Adds a locale's catalogs once (a no-op for the bundled ones); until then, and for any key a locale lacks, the
 * page shows English.
 */
export function loadLocale(lng: string): Promise<void> {
  if (resources[lng]) return Promise.resolve();
  let pending = loading.get(lng);
  if (!pending) {
    const files = Object.entries(onDemand).filter(([file]) => file.match(LOCALE_FILE)?.[1] === lng);
    pending = Promise.all(files.map(async ([file, load]) => [file, await load()] as const)).then((loaded) => {
      const bundle = buildResources(Object.fromEntries(loaded))[lng];
      if (bundle) i18next.addResourceBundle(lng, 'translation', bundle.translation, true, true);
    });
    loading.set(lng, pending);
  }
  return pending;
}

let englishRefusalsLoaded: Promise<void> | null = null;

/**
 * Adds the English refusals (the fallback for every locale's) once; until they are in, a refusal reads as the
 * translated message for its code (errors.<code>).
 */
export function loadEnglishRefusals(): Promise<void> {
  englishRefusalsLoaded ??= Promise.all(Object.entries(englishRefusals).map(async ([file, load]) => [file, await load()] as const)).then((loaded) => {
    const bundle = buildResources(Object.fromEntries(loaded)).en;
    if (bundle) i18next.addResourceBundle('en', 'translation', bundle.translation, true, true);
  });
  return englishRefusalsLoaded;
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

export function setupI18n(lng: string = initialLanguage()) {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
      lng,
      fallbackLng: 'en',
      supportedLngs: [...SELECTABLE],
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    i18next.on('languageChanged', (next) => {
      setDocumentLanguage(next);
      if (!i18next.hasResourceBundle(next, 'translation')) {
        // announce the language again once its strings are there, so mounted components render them
        void loadLocale(next).then(() => {
          if (i18next.hasResourceBundle(next, 'translation')) void i18next.changeLanguage(next);
        });
      }
    });
  }
  registerFormats(i18next);
  void loadEnglishRefusals();
  setDocumentLanguage(i18next.language);
  return i18next;
}
