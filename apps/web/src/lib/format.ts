/** Formatting for the viewer: their language and their time zone (always named). */

export function formatDateTime(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  // dateStyle cannot be combined with timeZoneName, so the parts are named one by one
  return new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(d);
}

/** A calendar date such as a reference date '2027-04-01' (no time zone: it is a day, not an instant). */
export function formatDate(date: string | null | undefined, language: string): string {
  if (!date) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return date;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}

export function formatNumber(n: number, language: string, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(language, options).format(n);
}

export const MIB = 1024 * 1024;

/**
 * A file's size in the largest unit that keeps it at 1 or more (bytes, kB, MB, GB, in steps of 1024 as the server
 * counts), in the reader's language: "512 bytes", "340 kB", "4.5 MB", "1.5 GB". A small file never reads "0 MB".
 */
export function formatFileSize(bytes: number, language: string): string {
  const size = Math.max(0, bytes);
  const unit = (n: number, u: string, digits: number, unitDisplay: 'short' | 'long' = 'short') =>
    formatNumber(n, language, { style: 'unit', unit: u, unitDisplay, maximumFractionDigits: digits });
  // bytes spelled out: "512 bytes", where the short form reads "512 byte"
  if (size < 1024) return unit(size, 'byte', 0, 'long');
  if (size < MIB) return unit(size / 1024, 'kilobyte', 0);
  // one decimal below 10 (4.5 MB), whole numbers above (45 MB)
  if (size < 1024 * MIB) return unit(size / MIB, 'megabyte', size < 10 * MIB ? 1 : 0);
  return unit(size / (1024 * MIB), 'gigabyte', 1);
}

export function formatSeconds(seconds: number, language: string): string {
  return formatNumber(seconds, language, { style: 'unit', unit: 'second', unitDisplay: 'short' });
}

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Infinity],
];

/** How long ago (or from now) an instant is, in the viewer's language: "5 minutes ago", "yesterday", "now". */
export function formatRelativeTime(iso: string | null | undefined, language: string, now: Date = new Date()): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  let value = (d.getTime() - now.getTime()) / 1000;
  const rtf = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(value) < size) return rtf.format(Math.round(value), unit);
    value /= size;
  }
  return formatDateTime(iso, language);
}
