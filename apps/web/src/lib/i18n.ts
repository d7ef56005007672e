import { LOCALES, bestLocale, localeOf, type Locale } from '@clapper/domain/locales';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

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
// The pseudo-locale is left out here and loaded on demand (see loadPseudoLocale).
const catalogs = import.meta.glob<Catalog>(['../locales/*/*.json', '!../locales/en-XA/*.json'], { eager: true, import: 'default' });

function buildResources(files: Record<string, Catalog>) {
  const out: Record<string, { translation: Catalog }> = {};
  for (const [file, catalog] of Object.entries(files)) {
    const m = file.match(/\/locales\/([^/]+)\/([^/]+)\.json$/);
    if (!m) continue;
    const [, lng, ns] = m;
    (out[lng] ??= { translation: {} }).translation[ns] = catalog;
  }
  return out;
}

export const resources = buildResources(catalogs);

let pseudoLoading: Promise<void> | undefined;

/** Adds the en-XA catalogs once; until then (and for any key it lacks) en-XA shows English. */
export function loadPseudoLocale() {
  pseudoLoading ??= import('./pseudo-locale').then(({ pseudoCatalogs }) => {
    const bundle = buildResources(pseudoCatalogs as Record<string, Catalog>)[PSEUDO_LANGUAGE];
    if (bundle) i18next.addResourceBundle(PSEUDO_LANGUAGE, 'translation', bundle.translation, true, true);
  });
  return pseudoLoading;
}

/** One of ours, however the tag was written (?lng=th-TH, zh-CN), or null. */
function selectable(lng: string | null | undefined): string | null {
  if (lng === PSEUDO_LANGUAGE) return lng;
  return localeOf(lng);
}

function initialLanguage(): string {
  try {
    const asked = selectable(new URLSearchParams(window.location.search).get('lng'));
    if (asked) return asked;
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
      if (next === PSEUDO_LANGUAGE && !i18next.hasResourceBundle(next, 'translation')) {
        // announce the language again once its strings are there, so mounted components render them
        void loadPseudoLocale().then(() => i18next.changeLanguage(next));
      }
      try {
        window.localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
      } catch {
        // not remembered, still switched
      }
    });
  }
  if (lng === PSEUDO_LANGUAGE) void loadPseudoLocale().then(() => i18next.changeLanguage(lng));
  setDocumentLanguage(i18next.language);
  return i18next;
}
