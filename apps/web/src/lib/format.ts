import { formatter, intlLocales, type ListType, type NumberOptions } from '@clapper/domain/formats';
import { AUTONYMS, localeOf } from '@clapper/domain/locales';

/**
 * Formatting for the viewer: their language and their time zone (always named). Every function is the shared
 * formatters' (libs/domain/src/formats.ts), which the showcase and the emails use too; format-data.ts gives them the
 * CLDR data of a language the browser's Intl lacks.
 */

/** An instant with its date, time and time zone, in the browser's time zone unless `timeZone` names another. */
export function formatDateTime(iso: string | Date | null | undefined, language: string, timeZone?: string): string {
  return formatter(language).instant(iso, { timeZone });
}

/** A calendar date such as a reference date '2027-04-01' (no time zone: it is a day, not an instant). */
export function formatDate(date: string | null | undefined, language: string): string {
  return formatter(language).day(date);
}

/** An hour and minute ("4:05 PM", "16:05"), in the browser's time zone. */
export function formatTime(at: string | Date, language: string): string {
  return formatter(language).time(at);
}

export function formatNumber(n: number, language: string, options?: NumberOptions): string {
  return formatter(language).number(n, options);
}

/** A share (0.125) as a percentage ("13%"; "12.5%" with one fraction digit). */
export function formatPercent(share: number, language: string, maximumFractionDigits = 0): string {
  return formatter(language).percent(share, maximumFractionDigits);
}

export const MIB = 1024 * 1024;

/**
 * A file's size in the largest unit that keeps it at 1 or more (bytes, kB, MB, GB, in steps of 1024 as the server
 * counts), in the reader's language: "512 bytes", "340 kB", "4.5 MB", "1.5 GB". A small file never reads "0 MB".
 */
export function formatFileSize(bytes: number, language: string): string {
  return formatter(language).fileSize(bytes);
}

/** Whole seconds in the reader's words: "30 seconds", "3 minutes, 40 seconds". */
export function formatDuration(seconds: number, language: string): string {
  return formatter(language).duration(seconds);
}

/** "MP4, MOV and WebM" (and, the default) or "MP4, MOV or WebM" (or), as the reader's language joins a list. */
export function formatList(items: readonly string[], language: string, type: ListType = 'and'): string {
  return formatter(language).list(items, type);
}

/** How long ago (or from now) an instant is, in the viewer's language: "5 minutes ago", "yesterday", "now". */
export function formatRelativeTime(iso: string | null | undefined, language: string, now: Date = new Date()): string {
  return formatter(language).relative(iso, now);
}

/** Countries with their names in the reader's language, in the reader's alphabetical order (Intl.Collator). */
export function sortedCountries(codes: readonly string[], language: string): { code: string; name: string }[] {
  return formatter(language).countries(codes);
}

/** The reader's alphabetical order, to sort names with: `names.sort(compareText(lng))`. */
export function compareText(language: string): (a: string, b: string) => number {
  return formatter(language).compare;
}

/** A language's name in its own script ("ខ្មែរ", "日本語"): ours from AUTONYMS, any other from Intl in that language. */
export function autonym(code: string): string {
  const ours = localeOf(code);
  if (ours && ours.toLowerCase() === code.toLowerCase()) return AUTONYMS[ours];
  const name = formatter(code).language(code);
  return name.charAt(0).toLocaleUpperCase(intlLocales(code)) + name.slice(1);
}
