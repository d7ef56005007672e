/**
 * Certificates rendered with this machine's fonts (fonts-noto-core, fonts-noto-cjk) and read back with poppler-utils
 * (pdftotext, pdffonts, pdftoppm), as a person opening the PDF would see them.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import PDFDocument from 'pdfkit';
import { CertificateFonts, MissingFontError, renderCertificate, type CertificateInput } from './certificate-pdf.js';

const run = promisify(execFile);
const PAGE = { width: 841.89, height: 595.28 };

let dir: string;
let fonts: CertificateFonts;
let files = 0;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'clapper-certificates-'));
  fonts = await CertificateFonts.locate([]);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function makeCertificate(overrides: Partial<CertificateInput> = {}): CertificateInput {
  return {
    lang: 'en',
    kind: 'award',
    competitionName: 'ASEAN–Japan Cyber Awareness Video Contest 2027',
    awardName: 'Grand Prize',
    names: ['Alice Tan', 'Budi Santoso'],
    entryTitle: 'Think Before You Click',
    countryName: 'Indonesia',
    issuedOn: '12 March 2027',
    ...overrides,
  };
}

async function save(pdf: Buffer): Promise<string> {
  const file = path.join(dir, `certificate-${++files}.pdf`);
  await writeFile(file, pdf);
  return file;
}

/** pdftotext's reading, with runs of white space made single spaces */
async function textOf(file: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
  return stdout.replace(/\s+/g, ' ');
}

/** the embedded fonts pdffonts lists, without their subset tags */
async function embeddedFonts(file: string): Promise<string[]> {
  const { stdout } = await run('pdffonts', [file]);
  return stdout
    .split('\n')
    .slice(2)
    .map((line) => /^(?:[A-Z]{6}\+)?(\S+)\s.*\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null && m[2] === 'yes')
    .map((m) => m[1]);
}

/** page 1 at 50 dpi: the PNG's size, and how many pixels of a greyscale rendering are not near-white */
async function renderPage(file: string): Promise<{ pngBytes: number; inked: number; pixels: number }> {
  const base = file.replace(/\.pdf$/, '');
  await run('pdftoppm', ['-r', '50', '-png', '-singlefile', file, base]);
  const { size: pngBytes } = await stat(`${base}.png`);
  const { stdout } = await run('pdftoppm', ['-r', '50', '-gray', '-singlefile', file], { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
  const pgm = parsePgm(stdout);
  let inked = 0;
  for (const v of pgm.pixels) if (v < 200) inked++;
  return { pngBytes, inked, pixels: pgm.pixels.length };
}

/** a binary PGM (P5, 8 bits): header "P5 width height maxval" then one byte per pixel */
function parsePgm(bytes: Buffer): { width: number; height: number; pixels: Uint8Array } {
  const header: string[] = [];
  let i = 0;
  while (header.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[i]))) i++;
    if (bytes[i] === 0x23) {
      while (bytes[i] !== 0x0a) i++; // comment
      continue;
    }
    let token = '';
    while (!/\s/.test(String.fromCharCode(bytes[i]))) token += String.fromCharCode(bytes[i++]);
    header.push(token);
  }
  i++; // the single white space before the pixels
  const [magic, w, h, max] = header;
  expect(magic).toBe('P5');
  expect(max).toBe('255');
  const width = Number(w);
  const height = Number(h);
  return { width, height, pixels: bytes.subarray(i, i + width * height) };
}

/**
 * Pixels with ink between the two frame lines and in the page margin: text that does not fit would cross them.
 * The page is rendered at 144 dpi (2 pixels a point); the corners, where the ornaments are, are left out.
 */
async function inkOutsideTheFrame(file: string): Promise<number> {
  const { stdout } = await run('pdftoppm', ['-r', '144', '-gray', '-singlefile', file], { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
  const { width, height, pixels } = parsePgm(stdout);
  const px = (pt: number) => Math.round(pt * 2);
  const bands: [number, number, number, number][] = [];
  for (const [from, to] of [
    [0, 16], // the margin, outside the outer frame
    [20.5, 25], // between the outer and the inner frame
  ]) {
    bands.push([from, 100, to, PAGE.height - 100]); // left
    bands.push([PAGE.width - to, 100, PAGE.width - from, PAGE.height - 100]); // right
    bands.push([100, from, PAGE.width - 100, to]); // top
    bands.push([100, PAGE.height - to, PAGE.width - 100, PAGE.height - from]); // bottom
  }
  let inked = 0;
  for (const [x0, y0, x1, y1] of bands) {
    for (let y = px(y0); y < Math.min(height, px(y1)); y++) {
      for (let x = px(x0); x < Math.min(width, px(x1)); x++) if (pixels[y * width + x] < 200) inked++;
    }
  }
  return inked;
}

describe('renderCertificate', () => {
  it('writes an English award certificate whose text reads back: names, title, award, competition', async () => {
    const pdf = await renderCertificate(makeCertificate(), fonts);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const file = await save(pdf);
    const text = await textOf(file);
    expect(text).toContain('Certificate of Achievement');
    expect(text).toContain('This certificate is awarded to');
    expect(text).toContain('Alice Tan');
    expect(text).toContain('Budi Santoso');
    expect(text).toContain('“Think Before You Click”');
    expect(text).toContain('representing Indonesia');
    expect(text).toContain('Grand Prize');
    expect(text).toContain('ASEAN–Japan Cyber Awareness Video Contest 2027');
    expect(text).toContain('12 March 2027');
    expect(await embeddedFonts(file)).toEqual(expect.arrayContaining(['NotoSans-Regular', 'NotoSans-Bold']));

    const { stdout: info } = await run('pdfinfo', [file]);
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
    expect(info).toMatch(/Pages:\s+1\n/);
  });

  it('says "Certificate of Participation" and no award on a participation certificate', async () => {
    const file = await save(await renderCertificate(makeCertificate({ kind: 'participation', awardName: undefined }), fonts));
    const text = await textOf(file);
    expect(text).toContain('Certificate of Participation');
    expect(text).toContain('This certificate is presented to');
    expect(text).toContain('in recognition of their participation in the competition');
    expect(text).not.toContain('Grand Prize');
  });

  it('draws Vietnamese names with their stacked diacritics in Noto Sans', async () => {
    const names = ['Nguyễn Thị Hồng Nhung', 'Trần Đức Thắng'];
    const file = await save(await renderCertificate(makeCertificate({ lang: 'vi', names, countryName: 'Việt Nam' }), fonts));
    const text = await textOf(file);
    for (const name of names) expect(text).toContain(name);
    expect(text).toContain('Giấy chứng nhận thành tích');
    expect(text).toContain('đại diện cho Việt Nam');
  });

  it('writes a Japanese certificate in Japanese with Noto Sans CJK JP embedded', async () => {
    const input = makeCertificate({
      lang: 'ja',
      competitionName: 'ASEAN・日本 サイバー啓発動画コンテスト 2027',
      awardName: '最優秀賞',
      names: ['山田 太郎', '佐藤 花子'],
      entryTitle: 'クリックする前に考えよう',
      countryName: '日本',
      issuedOn: '2027年3月12日',
    });
    const file = await save(await renderCertificate(input, fonts));
    const text = await textOf(file);
    expect(text).toContain('賞状');
    expect(text).toContain('山田 太郎、佐藤 花子');
    expect(text).toContain('「クリックする前に考えよう」');
    expect(text).toContain('日本代表');
    expect(text).toContain('最優秀賞');
    expect(text).toContain('2027年3月12日');
    const embedded = await embeddedFonts(file);
    expect(embedded).toEqual(expect.arrayContaining(['NotoSansCJKjp-Regular', 'NotoSansCJKjp-Bold']));
    expect(embedded.filter((f) => f.startsWith('NotoSansCJKsc'))).toEqual([]);
  });

  it('picks the Simplified Chinese face of Noto Sans CJK for zh-Hans', async () => {
    const input = makeCertificate({
      lang: 'zh-Hans',
      names: ['王小明', '李华'],
      awardName: '一等奖',
      entryTitle: '点击之前先思考',
      countryName: '新加坡',
      issuedOn: '2027年3月12日',
    });
    const file = await save(await renderCertificate(input, fonts));
    expect(await textOf(file)).toContain('王小明、李华');
    const embedded = await embeddedFonts(file);
    expect(embedded).toEqual(expect.arrayContaining(['NotoSansCJKsc-Regular', 'NotoSansCJKsc-Bold']));
    expect(embedded.filter((f) => f.startsWith('NotoSansCJKjp'))).toEqual([]);
  });

  it.each([
    {
      lang: 'th',
      font: 'NotoSansThai',
      names: ['สมชาย ใจดี', 'น้ำฝน กล้วยไม้'],
      entryTitle: 'คิดก่อนคลิก ปกป้องข้อมูลส่วนตัว',
      countryName: 'ประเทศไทย',
      awardName: 'รางวัลชนะเลิศ',
      title: 'เกียรติบัตร',
    },
    {
      lang: 'km',
      font: 'NotoSansKhmer',
      names: ['សុខ ស្រីពៅ', 'ចាន់ ព្រះរាជ'],
      entryTitle: 'គិតមុនចុច',
      countryName: 'កម្ពុជា',
      awardName: 'រង្វាន់លេខមួយ',
      title: 'វិញ្ញាបនបត្រសរសើរ',
    },
  ])('writes a $lang certificate with $font embedded, a page that is drawn on, and its text in logical order', async (c) => {
    const input = makeCertificate({ lang: c.lang, names: c.names, entryTitle: c.entryTitle, countryName: c.countryName, awardName: c.awardName });
    const file = await save(await renderCertificate(input, fonts));
    expect(await embeddedFonts(file)).toEqual(expect.arrayContaining([`${c.font}-Regular`, `${c.font}-Bold`]));

    // ActualText gives back the names as typed, even where shaping reorders (Khmer's coeng ro) or decomposes (Thai's sara am)
    const text = await textOf(file);
    expect(text).toContain(c.title);
    for (const name of c.names) expect(text).toContain(name);
    expect(text).toContain(c.entryTitle);

    const page = await renderPage(file);
    expect(page.pngBytes).toBeGreaterThan(5_000);
    expect(page.pixels).toBe(585 * 414); // 11.69 × 8.27 in at 50 dpi
    // frame, seal, ribbon and text: a few percent of the page, not a blank sheet and not a black one
    expect(page.inked / page.pixels).toBeGreaterThan(0.02);
    expect(page.inked / page.pixels).toBeLessThan(0.5);
  });

  it('draws a list of names in Latin, Thai and Japanese with a font for each script', async () => {
    const names = ['Somchai Jaidee', 'สมชาย ใจดี', '山田太郎', 'Sok Sreypov'];
    const file = await save(await renderCertificate(makeCertificate({ names, entryTitle: 'Think ก่อน Click — クリック' }), fonts));
    const text = await textOf(file);
    for (const name of names) expect(text).toContain(name);
    expect(text).toContain('Think ก่อน Click — クリック');
    expect(await embeddedFonts(file)).toEqual(
      expect.arrayContaining(['NotoSans-Regular', 'NotoSans-Bold', 'NotoSansThai-Bold', 'NotoSansThai-Regular', 'NotoSansCJKjp-Bold', 'NotoSansCJKjp-Regular']),
    );
  });

  it('wraps a Thai title, written without spaces, between two of its words', async () => {
    const entryTitle = 'การรักษาความปลอดภัยของข้อมูลส่วนบุคคลบนโลกออนไลน์เป็นหน้าที่ของทุกคนในครอบครัวและโรงเรียนของเรา';
    const file = await save(await renderCertificate(makeCertificate({ lang: 'th', names: ['สมชาย ใจดี'], entryTitle }), fonts));
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
    const lines = stdout.split('\n').map((l) => l.trim());
    const first = lines.findIndex((l) => l.startsWith('“'));
    const last = lines.findIndex((l) => l.endsWith('”'));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(last).toBeGreaterThan(first); // more than one line
    const parts = lines.slice(first, last + 1);
    expect(parts.join('')).toBe(`“${entryTitle}”`);
    const wordStarts = new Set([...new Intl.Segmenter('th', { granularity: 'word' }).segment(entryTitle)].map((s) => s.index));
    let at = -1; // the opening quote
    for (const part of parts.slice(0, -1)) {
      at += part.length;
      expect(wordStarts.has(at)).toBe(true);
    }
  });

  it('keeps very long names, titles and competition names inside the frame, wrapped or smaller, and all there', async () => {
    const entryTitle = 'Protecting our grandparents from phone scams and phishing messages: ' + 'a story in four short scenes about trust, '.repeat(3).trim();
    expect(entryTitle.length).toBeLessThanOrEqual(200); // the longest title an entry can have
    const names = Array.from({ length: 20 }, (_, i) => `Participant${i + 1} Wonderfullylongfamilyname`);
    const competitionName = 'The Association of Southeast Asian Nations and Japan Cybersecurity Awareness Video Competition for Students '.repeat(3).trim();
    const awardName = 'Special Jury Prize for Outstanding Creativity in Raising Awareness of Online Safety';
    const file = await save(await renderCertificate(makeCertificate({ entryTitle, names, competitionName, awardName }), fonts));

    const text = await textOf(file);
    expect(text).toContain(`“${entryTitle}”`);
    for (const name of names) expect(text).toContain(name);
    expect(text).toContain(awardName);

    expect(await inkOutsideTheFrame(file)).toBe(0);
  });

  it('sees text that crosses the frame (the check above is not vacuous)', async () => {
    const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 0 });
    const done = new Promise<Buffer>((resolve) => {
      const chunks: Buffer[] = [];
      doc.on('data', (c: Buffer) => chunks.push(c));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
    });
    doc.fontSize(20).text('An overflowing line of text '.repeat(6), 40, 300, { lineBreak: false });
    doc.end();
    expect(await inkOutsideTheFrame(await save(await done))).toBeGreaterThan(50);
  });

  it('cuts a name list too long for any legible size with an ellipsis instead of overflowing', async () => {
    const names = Array.from({ length: 20 }, (_, i) => `${'Verylongname'.repeat(9)}${i + 1}`); // 20 names of 110 characters
    const file = await save(await renderCertificate(makeCertificate({ names }), fonts));
    const text = await textOf(file);
    expect(text).toContain(names[0]);
    expect(text).toContain('…');
    expect(await inkOutsideTheFrame(file)).toBe(0);
  });

  it('gives the same bytes for the same input, whatever was rendered before', async () => {
    const thai = makeCertificate({ lang: 'th', names: ['สมชาย ใจดี'] });
    const first = await renderCertificate(thai, fonts);
    await renderCertificate(makeCertificate({ names: ['น้ำฝน', '山田', 'ស្រីពៅ'] }), fonts);
    const second = await renderCertificate(thai, await CertificateFonts.locate([]));
    expect(second.equals(first)).toBe(true);

    const dated = await renderCertificate({ ...thai, issuedAt: new Date('2027-03-12T09:00:00Z') }, fonts);
    const { stdout } = await run('pdfinfo', ['-isodates', await save(dated)]);
    expect(stdout).toMatch(/CreationDate:\s+2027-03-12T09:00:00/);
  });

  it('refuses a certificate without names, and an award without its name', async () => {
    await expect(renderCertificate(makeCertificate({ names: [' ', ''] }), fonts)).rejects.toThrow('at least one name');
    await expect(renderCertificate(makeCertificate({ awardName: '  ' }), fonts)).rejects.toThrow('award name');
  });
});

describe('CertificateFonts', () => {
  it('finds every family on this machine (fonts-noto-core and fonts-noto-cjk are installed)', () => {
    expect(fonts.missing).toEqual([]);
  });

  it('without any font: records all families missing, draws Latin with Helvetica, and names the package for Thai', async () => {
    const empty = await mkdtemp(path.join(dir, 'no-fonts-'));
    const none = await CertificateFonts.locate([empty], { defaults: false });
    expect(none.searched).toEqual([empty]);
    expect(none.missing.map((m) => m.family)).toEqual([
      'Noto Sans',
      'Noto Sans Thai',
      'Noto Sans Khmer',
      'Noto Sans Lao',
      'Noto Sans Myanmar',
      'Noto Sans Tamil',
      'Noto Sans CJK',
    ]);

    const file = await save(await renderCertificate(makeCertificate(), none));
    expect(await textOf(file)).toContain('Alice Tan');
    const { stdout } = await run('pdffonts', [file]);
    expect(stdout).toContain('Helvetica');

    const thai = makeCertificate({ lang: 'th', names: ['สมชาย ใจดี'] });
    const error = await renderCertificate(thai, none).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingFontError);
    expect((error as Error).message).toContain('Noto Sans Thai');
    expect((error as Error).message).toContain('fonts-noto-core');
    expect((error as MissingFontError).missing).toEqual([{ family: 'Noto Sans Thai', debianPackage: 'fonts-noto-core' }]);
  });

  it('searches FONT_DIRS first and names fonts-noto-cjk when only the CJK font is missing', async () => {
    const some = await mkdtemp(path.join(dir, 'some-fonts-'));
    await mkdtemp(path.join(some, 'nested-')).then((nested) =>
      Promise.all(
        ['NotoSans-Regular.ttf', 'NotoSans-Bold.ttf', 'NotoSansThai-Regular.ttf'].map((f) =>
          symlink(`/usr/share/fonts/truetype/noto/${f}`, path.join(nested, f)),
        ),
      ),
    );
    const partial = await CertificateFonts.locate([some], { defaults: false });
    expect(partial.fileFor('latin', 'regular')).toMatch(new RegExp(`^${some}/nested-[^/]+/NotoSans-Regular\\.ttf$`));
    expect(partial.fileFor('thai', 'bold')).toMatch(/NotoSansThai-Regular\.ttf$/); // no bold: the regular stands in
    expect(partial.missing.map((m) => m.script)).toEqual(['khmer', 'lao', 'myanmar', 'tamil', 'cjk']);

    const file = await save(await renderCertificate(makeCertificate({ names: ['สมชาย ใจดี'] }), partial));
    expect(await textOf(file)).toContain('สมชาย ใจดี');

    await expect(renderCertificate(makeCertificate({ lang: 'ja', names: ['山田 太郎'] }), partial)).rejects.toThrow(
      /Noto Sans CJK \(Debian package fonts-noto-cjk\)/,
    );
  });
});
