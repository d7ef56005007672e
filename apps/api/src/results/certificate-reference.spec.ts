/**
 * Thai and Khmer certificates compared, pixel by pixel, with reference renderings that a person has looked at and
 * found right (correctly shaped: Thai vowels and tone marks stacked, Khmer subscript consonants below their base,
 * no boxes). The references are pdftoppm's 72 dpi renderings, compared in grey levels, in ./certificate-references/<lang>.png.
 *
 * Every run also writes what it rendered to test-results/certificates/<lang>.png (at the repository's root). After
 * a deliberate change to the layout, open those, and when they are right, make them the references with
 *   node scripts/accept-certificate-references.mjs
 * and commit them: that look is the review.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { CertificateFonts, renderCertificate, type CertificateInput } from './certificate-pdf.js';

const run = promisify(execFile);
const REFERENCES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'certificate-references');
const RENDERED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../test-results/certificates');
/** a pixel "differs" when its grey level moves by more than this (anti-aliasing moves edges a little) */
const LEVEL = 64;
/** at most this share of the page may differ: a changed glyph, a box instead of a letter or a moved line is far more */
const MAX_DIFFERENT = 0.002;

const CERTIFICATES: Record<'th' | 'km', CertificateInput> = {
  th: {
    lang: 'th',
    kind: 'award',
    competitionName: 'การประกวดวิดีโอสร้างความตระหนักด้านความปลอดภัยไซเบอร์ อาเซียน–ญี่ปุ่น 2027',
    awardName: 'รางวัลชนะเลิศ',
    names: ['สมชาย ใจดี', 'มาลี ศรีสุข', 'น้ำฝน กล้วยไม้'],
    entryTitle: 'คิดก่อนคลิก ปกป้องข้อมูลส่วนตัว',
    countryName: 'ประเทศไทย',
    issuedOn: '12 มีนาคม 2570',
  },
  km: {
    lang: 'km',
    kind: 'award',
    competitionName: 'ការប្រកួតវីដេអូស្តីពីសន្តិសុខតាមអ៊ីនធឺណិត អាស៊ាន–ជប៉ុន ២០២៧',
    awardName: 'រង្វាន់លេខមួយ',
    names: ['សុខ ស្រីពៅ', 'ចាន់ ព្រះរាជ', 'ស្រី ស្រស់'],
    entryTitle: 'គិតមុនចុច ការពារព័ត៌មានផ្ទាល់ខ្លួន',
    countryName: 'កម្ពុជា',
    issuedOn: '១២ មីនា ២០២៧',
  },
};

let dir: string;
let fonts: CertificateFonts;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'clapper-certificate-reference-'));
  fonts = await CertificateFonts.locate([]);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The certificate's page as pdftoppm draws it: a PNG at 72 dpi. */
async function renderPng(input: CertificateInput, name: string): Promise<Buffer> {
  const pdf = path.join(dir, `${name}.pdf`);
  await writeFile(pdf, await renderCertificate(input, fonts));
  await run('pdftoppm', ['-r', '72', '-png', '-singlefile', pdf, path.join(dir, name)]);
  return readFile(path.join(dir, `${name}.png`));
}

/** Decodes an 8-bit greyscale or RGB, non-interlaced PNG (what pdftoppm -png writes) into grey levels, one a pixel. */
export function decodeGreyPng(png: Buffer): { width: number; height: number; pixels: Uint8Array } {
  if (png.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 1;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = body.subarray(8, 13);
      if (depth !== 8 || (colour !== 0 && colour !== 2) || interlace !== 0)
        throw new Error(`expected 8-bit grey or RGB, got depth ${depth}, colour type ${colour}, interlace ${interlace}`);
      channels = colour === 2 ? 3 : 1;
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const bytes = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? bytes[y * stride + x - channels] : 0;
      const b = y > 0 ? bytes[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? bytes[(y - 1) * stride + x - channels] : 0;
      let predictor = 0;
      if (filter === 1) predictor = a;
      else if (filter === 2) predictor = b;
      else if (filter === 3) predictor = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      bytes[y * stride + x] = (line[x] + predictor) & 0xff;
    }
  }
  if (channels === 1) return { width, height, pixels: bytes };
  const pixels = new Uint8Array(width * height);
  for (let i = 0; i < pixels.length; i++) pixels[i] = Math.round(0.299 * bytes[i * 3] + 0.587 * bytes[i * 3 + 1] + 0.114 * bytes[i * 3 + 2]);
  return { width, height, pixels };
}

/** The share of pixels whose grey level differs by more than LEVEL; 1 when the sizes differ. */
function differentShare(a: Buffer, b: Buffer): number {
  const x = decodeGreyPng(a);
  const y = decodeGreyPng(b);
  if (x.width !== y.width || x.height !== y.height) return 1;
  let different = 0;
  for (let i = 0; i < x.pixels.length; i++) if (Math.abs(x.pixels[i] - y.pixels[i]) > LEVEL) different++;
  return different / x.pixels.length;
}

describe('certificates against their reviewed references', () => {
  it.each(Object.keys(CERTIFICATES) as ('th' | 'km')[])('renders the %s certificate as its reference shows it', async (lang) => {
    const png = await renderPng(CERTIFICATES[lang], lang);
    await mkdir(RENDERED, { recursive: true });
    await writeFile(path.join(RENDERED, `${lang}.png`), png);
    const reference = path.join(REFERENCES, `${lang}.png`);
    expect(existsSync(reference)).toBe(true);
    const { width, height } = decodeGreyPng(png);
    expect([width, height]).toEqual([842, 596]); // A4 landscape at 72 dpi
    expect(differentShare(png, await readFile(reference))).toBeLessThanOrEqual(MAX_DIFFERENT);
  });

  it('notices a certificate that differs from the reference by one name (the comparison is not vacuous)', async () => {
    const changed = { ...CERTIFICATES.th, names: ['สมชาย ใจดี', 'มาลี ศรีสุข', 'น้ำฝน กล้วยไม้งาม'] };
    const png = await renderPng(changed, 'th-changed');
    expect(differentShare(png, await readFile(path.join(REFERENCES, 'th.png')))).toBeGreaterThan(MAX_DIFFERENT);
  });

  it('notices Khmer drawn without shaping: the same letters in the Latin fallback font are far from the reference', async () => {
    // the same words, as a person typing them without a Khmer font would get them: boxes or bare code points
    const unshaped = { ...CERTIFICATES.km, lang: 'en', names: CERTIFICATES.km.names.map((n) => n.normalize('NFD')) } satisfies CertificateInput;
    const png = await renderPng(unshaped, 'km-unshaped');
    expect(differentShare(png, await readFile(path.join(REFERENCES, 'km.png')))).toBeGreaterThan(MAX_DIFFERENT);
  });
});
