/** Conversions between <input type="datetime-local"> values (the viewer's wall clock) and UTC ISO instants. */

const pad = (n: number) => String(n).padStart(2, '0');

/** '2027-03-01T00:00:00.000Z' → '2027-03-01T09:00' when the viewer is in Asia/Tokyo. Empty for no value. */
export function isoToDatetimeLocal(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** '2027-03-01T09:00' read in the viewer's time zone → '2027-03-01T00:00:00.000Z'. Null for empty or invalid input. */
export function datetimeLocalToIso(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  const date = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  if (Number.isNaN(date.getTime())) return null;
  return date.toISOString();
}

export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
