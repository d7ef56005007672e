/**
 * Facts written in the reader's language for the emails about entries (the web formats the same facts with
 * apps/web/src/lib/i18n-formats.ts): durations, file sizes, numbers and lists, all through Intl (language and country names: MailText).
 */
export interface MailFormat {
  number(n: number): string;
  /** "3 min 5 s" in the reader's words */
  duration(seconds: number): string;
  /** "512 bytes", "40 kB", "4.5 MB", "1.2 GB" */
  bytes(bytes: number): string;
  /** "A, B and C" */
  list(items: string[]): string;
  /**
   * People's names as a list: like list(), but plain to read when the names have several words and the language glues
   * its connectors or separates items with a bare space (Thai: "Nid Srisuk และ Krit Boonmee", not "Nid SrisukและKrit Boonmee")
   */
  names(items: string[]): string;
}

interface DurationFormatLike {
  format(d: Record<string, number>): string;
}
type DurationFormatCtor = new (lang: string, o: { style: 'short' }) => DurationFormatLike;

export function mailFormat(lang: string): MailFormat {
  const number = (n: number, o: Intl.NumberFormatOptions = {}) => new Intl.NumberFormat(lang, o).format(n);
  const unit = (n: number, u: string, digits = 0, unitDisplay: 'short' | 'long' = 'short') =>
    number(n, { style: 'unit', unit: u, unitDisplay, maximumFractionDigits: digits });
  return {
    number: (n) => number(n),
    duration(seconds) {
      const total = Math.max(0, Math.round(seconds));
      const parts = { hours: Math.floor(total / 3600), minutes: Math.floor((total % 3600) / 60), seconds: total % 60 };
      if (total === 0) return unit(0, 'second');
      const Ctor = (Intl as unknown as { DurationFormat?: DurationFormatCtor }).DurationFormat;
      if (Ctor) return new Ctor(lang, { style: 'short' }).format(Object.fromEntries(Object.entries(parts).filter(([, v]) => v > 0)));
      return [parts.hours && unit(parts.hours, 'hour'), parts.minutes && unit(parts.minutes, 'minute'), parts.seconds && unit(parts.seconds, 'second')]
        .filter(Boolean)
        .join(' ');
    },
    bytes(bytes) {
      const size = Math.max(0, bytes);
      const MIB = 1024 * 1024;
      if (size < 1024) return unit(size, 'byte', 0, 'long');
      if (size < MIB) return unit(size / 1024, 'kilobyte');
      if (size < 1024 * MIB) return unit(size / MIB, 'megabyte', size < 10 * MIB ? 1 : 0);
      return unit(size / (1024 * MIB), 'gigabyte', 1);
    },
    list: (items) => new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items),
    names: (items) =>
      new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' })
        .formatToParts(items)
        .map((p) => {
          if (p.type === 'element') return p.value;
          // Khmer joins with a zero-width space: a plain one reads the same between names
          const literal = p.value.replace(/\u200b/g, ' ');
          if (!literal.trim()) return ', ';
          return literal.replace(/^(?=\p{L})/u, ' ').replace(/(?<=\p{L})$/u, ' ');
        })
        .join(''),
  };
}
