import { create } from 'content-disposition';

/**
 * A Content-Disposition header for a download, written by the content-disposition package: the real name in UTF-8
 * (`filename*`, RFC 8187), so "TH-0007 ภัยออนไลน์.zip" arrives as it is named, and an ASCII `filename` for old clients.
 * This picks that ASCII name: the name with its accents taken off, or the given fallback when letters would be lost
 * (the package would put a "?" for each of them).
 */
export function attachment(fileName: string, fallback = 'download'): string {
  const unaccented = fileName.normalize('NFKD').replace(/\p{M}/gu, '');
  const ascii = unaccented.replace(/[^\x20-\x7e]/g, '');
  const plain =
    ascii.length === unaccented.length
      ? ascii
          .replace(/["\\%;]/g, '')
          .replace(/\s+/g, ' ')
          .trim()
      : '';
  return create(fileName, { fallback: plain || fallback });
}
