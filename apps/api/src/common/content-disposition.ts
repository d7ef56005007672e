/**
 * A Content-Disposition header for a download: the real name in UTF-8 (RFC 6266 with RFC 5987's `filename*`), so
 * "TH-0007 ภัยออนไลน์.zip" arrives as it is named, and an ASCII `filename` for old clients: the name with its
 * accents taken off, or the given fallback when letters would be lost.
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
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${plain || fallback}"; filename*=UTF-8''${encoded}`;
}
