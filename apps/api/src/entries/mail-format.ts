import { formatter, intlLocales } from '@clapper/domain/formats';

/**
 * Facts written in the reader's language for the emails about entries, by the formatters the web uses too
 * (libs/domain/src/formats.ts): durations, file sizes, numbers and lists, all through Intl (language and country names: MailText).
 */
export interface MailFormat {
  number(n: number): string;
  /** "3 minutes, 5 seconds" in the reader's words */
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

export function mailFormat(lang: string): MailFormat {
  // the formatters the web and the showcase use too (libs/domain/src/formats.ts)
  const f = formatter(lang);
  return {
    number: (n) => f.number(n),
    duration: (seconds) => f.duration(seconds),
    bytes: (bytes) => f.fileSize(bytes),
    list: (items) => f.list(items),
    names: (items) =>
      new Intl.ListFormat(intlLocales(lang), { style: 'long', type: 'conjunction' })
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
