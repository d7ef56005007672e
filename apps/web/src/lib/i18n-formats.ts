import { formatDate, formatDateTime, formatFileSize, formatNumber } from './format';
import type { Format, Translator } from './translator';

type DurationFormatter = { format(d: { hours?: number; minutes?: number; seconds?: number }): string };
type DurationFormatCtor = new (locale: string, options: { style: 'short' | 'long' | 'narrow' }) => DurationFormatter;

/** Whole seconds as "3 min 40 sec" in the reader's language (Intl.DurationFormat where the runtime has it). */
export function formatDuration(seconds: number, language: string): string {
  const total = Math.max(0, Math.round(seconds));
  const parts = { hours: Math.floor(total / 3600), minutes: Math.floor((total % 3600) / 60), seconds: total % 60 };
  const unit = (n: number, u: string) => formatNumber(n, language, { style: 'unit', unit: u, unitDisplay: 'short' });
  if (total === 0) return unit(0, 'second');
  const Ctor = (Intl as unknown as { DurationFormat?: DurationFormatCtor }).DurationFormat;
  if (Ctor) return new Ctor(language, { style: 'short' }).format(Object.fromEntries(Object.entries(parts).filter(([, v]) => v > 0)));
  // without Intl.DurationFormat: each unit in the language's words, largest first
  return [parts.hours && unit(parts.hours, 'hour'), parts.minutes && unit(parts.minutes, 'minute'), parts.seconds && unit(parts.seconds, 'second')]
    .filter(Boolean)
    .join(' ');
}

const listOf = (values: unknown, language: string, type: Intl.ListFormatType = 'conjunction') =>
  new Intl.ListFormat(language, { style: 'long', type }).format(Array.isArray(values) ? values.map(String) : [String(values)]);

export function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region', fallback: 'code' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

export function languageName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
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
        (Array.isArray(value) ? value : [value]).map((c) => countryName(String(c), lng)),
        lng,
      ),
    language: (value, lng) => languageName(String(value), lng),
    languages: (value, lng) =>
      listOf(
        (Array.isArray(value) ? value : [value]).map((c) => languageName(String(c), lng)),
        lng,
      ),
    list: (value, lng) => listOf(value, lng),
    orlist: (value, lng) => listOf(value, lng, 'disjunction'),
    thing: (value, lng) => i18n.t(`refusals.things.${String(value)}`, { lng }),
    upper: (value) => String(value).toUpperCase(),
  } satisfies Record<string, Format>);
}
