import { encode } from 'uqr';

/** The quiet zone around a QR code, in modules (the standard asks for 4). */
export const QR_BORDER = 4;
/** Medium error correction: still readable from a projector across a room, or printed a little smudged. */
export const QR_ECC = 'M' as const;

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A QR code of a URL as a small, crisp SVG: one path of dark runs on a white square, with the given text as its
 * accessible name (a title and aria-label). Rendered on the server, so pages and the ceremony load no QR script.
 */
export function qrSvg(url: string, label: string): string {
  const { data, size } = encode(url, { ecc: QR_ECC, border: QR_BORDER });
  let d = '';
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!data[y][x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && data[y][x]) x++;
      d += `M${start} ${y}h${x - start}v1h-${x - start}z`;
    }
  }
  const name = escapeXml(label);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size * 8}" height="${size * 8}" shape-rendering="crispEdges" role="img" aria-label="${name}">` +
    `<title>${name}</title><rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`
  );
}
