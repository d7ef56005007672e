/**
 * pdfkit draws the glyphs HarfBuzz shapes. certificate-shaping.ts replaces the `layout` of the fontkit Font it hands to
 * pdfkit; nothing in pdfkit's API promises to call it. This fails if a pdfkit (or fontkit) upgrade stops calling it,
 * or stops drawing the glyph run it returns: Myanmar and Khmer would then come out unshaped.
 */
import { jest } from '@jest/globals';
import type { Font as FontkitFont } from 'fontkit';
import PDFDocument from 'pdfkit';
import { CertificateFonts, type CertificateScript } from './certificate-fonts.js';
import { embedded } from './certificate-lines.js';
import type { LoadedFace } from './certificate-shaping.js';

/**
 * Texts that HarfBuzz shapes into other glyphs than fontkit: Myanmar's medial RA goes before its consonant; HarfBuzz
 * splits Thai's SARA AM around the tone mark and picks another form of a Khmer vowel sign.
 */
const SAMPLES: [CertificateScript, string][] = [
  ['myanmar', 'မြန်မာ'],
  ['thai', 'น้ำฝน'],
  ['khmer', 'ក្រុមហ៊ុន'],
];
const SIZE = 24;

let fonts: CertificateFonts;
beforeAll(async () => {
  fonts = await CertificateFonts.locate([]);
});

/** the glyph run fontkit itself would give pdfkit: the layout of the Font's class, not the one put on the object */
function fontkitLayout(face: LoadedFace, text: string): number[] {
  const own = Object.getPrototypeOf(face.pdfFont) as FontkitFont;
  return own.layout.call(face.pdfFont, text, []).glyphs.map((g) => g.id);
}

/** Numbers glyph ids by first appearance from 1, as pdfkit numbers the glyphs of a font subset (0 is .notdef). */
function subsetIds(ids: number[]): number[] {
  const seen = new Map<number, number>();
  return ids.map((id) => {
    if (!seen.has(id)) seen.set(id, seen.size + 1);
    return seen.get(id)!;
  });
}

/** Draws the text as certificates do, in an uncompressed PDF, and reads back the glyph codes of its text object. */
async function drawnCodes(face: LoadedFace, text: string): Promise<{ codes: number[]; width: number }> {
  const doc = new PDFDocument({ compress: false, margin: 0 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => doc.on('end', resolve));
  const drawable = embedded(face);
  drawable.draw(doc, text, 20, 100, SIZE);
  const width = doc.widthOfString(text, { features: [] });
  doc.end();
  await ended;
  const pdf = Buffer.concat(chunks).toString('latin1');
  const textObject = /\nBT\n([\s\S]*?)\nET\n/.exec(pdf);
  if (!textObject) throw new Error('the PDF has no text object');
  // [<00010002> -12.5 <0003>] TJ: four hex digits per glyph (Identity-H)
  const codes = [...textObject[1].matchAll(/\[([^\]]*)\] TJ/g)]
    .flatMap((tj) => [...tj[1].matchAll(/<([0-9a-f]*)>/g)].map((hex) => hex[1]))
    .flatMap((hex) => hex.match(/.{4}/g) ?? [])
    .map((code) => parseInt(code, 16));
  return { codes, width };
}

describe.each(SAMPLES)('pdfkit with HarfBuzz shaping, %s', (script, text) => {
  it('calls the layout that HarfBuzz provides, and draws the glyphs it returns rather than fontkit’s', async () => {
    const face = await fonts.face(script, 'regular', 'jp');
    const shaped = face.shape(text, true).glyphs.map((g) => g.id);
    // the text needs shaping: otherwise this proves nothing
    expect(subsetIds(shaped)).not.toEqual(subsetIds(fontkitLayout(face, text)));

    const shape = jest.spyOn(face, 'shape');
    const { codes, width } = await drawnCodes(face, text);
    expect(shape).toHaveBeenCalledWith(text, true);
    expect(codes).toEqual(subsetIds(shaped));
    // pdfkit measures with the same run: its advances, scaled to the size
    expect(width).toBeCloseTo(face.width(text) * SIZE, 3);
    shape.mockRestore();
  });
});
