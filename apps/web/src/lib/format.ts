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

export function formatFileSize(bytes: number, language: string): string {
  const mb = bytes / MIB;
  if (mb >= 1024) return formatNumber(mb / 1024, language, { style: 'unit', unit: 'gigabyte', maximumFractionDigits: 1 });
  return formatNumber(mb, language, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 0 });
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
