import { formatter } from '@clapper/domain/formats';
import { formatDate, formatDateTime, formatDuration, formatFileSize, formatList } from './format';
import type { Format, Translator } from './translator';

const listOf = (values: unknown, language: string, type: 'and' | 'or' = 'and') =>
  formatList(Array.isArray(values) ? values.map(String) : [String(values)], language, type);

/** A country's name in the reader's language (Intl.DisplayNames, or the CLDR data of a language the browser lacks). */
export function countryName(code: string, language: string): string {
  return formatter(language).country(code);
}

/** A language's name in the reader's language. */
export function languageName(code: string, language: string): string {
  return formatter(language).language(code);
}

/**
 * Formats the catalogs may ask for in a placeholder, so the server sends facts and the reader's language shapes
 * them: `{{closesAt, instant}}`, `{{on, day}}`, `{{seconds, duration}}`, `{{bytes, bytes}}`, `{{country, country}}`,
 * `{{countries, countries}}`, `{{language, language}}`, `{{languages, languages}}`, `{{items, list}}` (also `orList`), `{{n, number}}` (the
 * translator's own), `{{thing, thing}}` (what a not-found names), `{{codec, upper}}`. Names are matched in lower case.
 */
export function registerFormats(i18n: Translator): void {
  Object.assign(i18n.formats, {
    instant: (value, lng) => formatDateTime(String(value), lng),
    day: (value, lng) => formatDate(String(value), lng),
    duration: (value, lng) => formatDuration(Number(value), lng),
    bytes: (value, lng) => formatFileSize(Number(value), lng),
    country: (value, lng) => countryName(String(value), lng),
    countries: (value, lng) =>
      listOf(
        formatter(lng)
          .countries((Array.isArray(value) ? value : [value]).map(String))
          .map((c) => c.name),
        lng,
      ),
    language: (value, lng) => languageName(String(value), lng),
    languages: (value, lng) =>
      listOf(
        (Array.isArray(value) ? value : [value]).map((c) => languageName(String(c), lng)),
        lng,
      ),
    list: (value, lng) => listOf(value, lng),
    orlist: (value, lng) => listOf(value, lng, 'or'),
    thing: (value, lng) => i18n.t(`refusals.things.${String(value)}`, { lng }),
    upper: (value) => String(value).toUpperCase(),
  } satisfies Record<string, Format>);
}
