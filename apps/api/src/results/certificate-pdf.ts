/**
 * Award and participation certificates as PDF: landscape A4, drawn with vector shapes only, with names and titles in
 * any of the scripts the competition's countries write in.
 *
 * How text gets on the page:
 * - Each string is split into script runs (Latin with Vietnamese, Thai, Khmer, Lao, Myanmar, Tamil, CJK) and each run
 *   is drawn with its Noto font, embedded as a subset. Spaces, digits and punctuation join the run beside them when
 *   its font has them, and otherwise the first font that does.
 * - HarfBuzz (harfbuzzjs, WebAssembly) shapes every run, in place of pdfkit's own shaper (certificate-shaping.ts).
 * - Shaping reorders and decomposes characters, so the glyphs alone do not spell the text. Each line is drawn inside a
 *   marked-content span whose ActualText is the line in logical order, which copying and pdftotext use.
 * - Lines are centred by measuring each run with its own font; long names and titles wrap (at spaces, between words
 *   of Thai, Khmer, Lao, Myanmar and CJK as Intl.Segmenter finds them, and as a last resort between graphemes),
 *   shrink, and in the end are cut with an ellipsis, so nothing leaves the frame.
 * - Output depends only on the input: the creation date is fixed unless the caller gives one.
 *
 * The parts: certificate-fonts.ts finds the fonts, certificate-shaping.ts shapes with HarfBuzz, certificate-lines.ts
 * splits the text into runs and lines, certificate-drawing.ts lays out and draws the page; this module puts the
 * certificate's blocks together and renders them.
 */
import { certificateText, fillCertificateTemplate, type CertificateText } from '@clapper/domain/certificate-text';
import PDFDocument from 'pdfkit';
import { CERTIFICATE_FONT_FAMILIES, CertificateFonts, MissingFontError, type CertificateScript, type CjkRegion } from './certificate-fonts.js';
import {
  CENTRE_X,
  COLOURS,
  CONTENT,
  PAGE,
  drawDivider,
  drawFrame,
  drawLines,
  drawRibbon,
  drawSeal,
  layoutBlock,
  type BlockSpec,
  type LaidBlock,
} from './certificate-drawing.js';
import { NO_SPACE_COMMON, Typesetter, classify, embedded, helvetica, safeLocale, type Drawable } from './certificate-lines.js';

export { CertificateFonts, MissingFontError };

export interface CertificateInput {
  /** 'en', 'ja', 'th', 'km', 'vi', …: picks the wording (unknown → English) and, for CJK text, the regional glyphs */
  lang: string;
  kind: 'award' | 'participation';
  /** already in the certificate's language */
  competitionName: string;
  /** for kind 'award', already in the certificate's language */
  awardName?: string;
  /** team members' names exactly as the team entered them: any script, may mix scripts */
  names: string[];
  /** any script */
  entryTitle: string;
  /** in the certificate's language */
  countryName: string;
  /** a date already formatted for the language */
  issuedOn: string;
  /** the PDF's creation date; left out, a fixed date, so the same input gives the same bytes */
  issuedAt?: Date;
}

const FIXED_CREATION_DATE = new Date(Date.UTC(2000, 0, 1));

function clean(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\p{Cc}\u2028\u2029]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

function cjkRegion(lang: string): CjkRegion {
  const tag = lang.toLowerCase();
  if (tag.startsWith('ko')) return 'kr';
  if (tag.startsWith('zh')) {
    if (/-(hant|tw)\b/.test(tag)) return 'tc';
    if (/-(hk|mo)\b/.test(tag)) return 'hk';
    return 'sc';
  }
  return 'jp'; // Japanese, and the default for Han in other languages' certificates
}

/** Renders a certificate to PDF bytes. Throws MissingFontError when a script in the text has no installed font. */
export async function renderCertificate(input: CertificateInput, fonts: CertificateFonts): Promise<Buffer> {
  const text: CertificateText = certificateText(input.lang);
  const names = input.names.map(clean).filter((n) => n !== '');
  if (names.length === 0) throw new Error('A certificate needs at least one name');
  const awardName = clean(input.awardName ?? '');
  if (input.kind === 'award' && awardName === '') throw new Error('An award certificate needs the award name');
  const entryTitle = clean(input.entryTitle);
  const competitionName = clean(input.competitionName);
  const countryName = clean(input.countryName);
  const issuedOn = clean(input.issuedOn);
  const title = input.kind === 'award' ? text.titleAward : text.titleParticipation;

  const blocks: BlockSpec[] = [];
  const block = (b: Omit<BlockSpec, 'maxWidth' | 'maxLines'> & Partial<Pick<BlockSpec, 'maxWidth' | 'maxLines'>>) =>
    blocks.push({ maxWidth: 560, maxLines: 2, ...b });
  if (competitionName) block({ units: [competitionName], weight: 'regular', size: 13, minSize: 8, colour: COLOURS.goldDark, gapBefore: 0, maxWidth: 600 });
  block({ units: [title], weight: 'bold', size: 34, minSize: 18, colour: COLOURS.navy, gapBefore: 10, maxWidth: 620, divider: true });
  block({ units: [input.kind === 'award' ? text.awardedTo : text.presentedTo], weight: 'regular', size: 14, minSize: 9, colour: COLOURS.grey, gapBefore: 10 });
  block({
    units: names.map((n, i) => (i < names.length - 1 ? n + text.listSeparator : n)),
    weight: 'bold',
    size: 30,
    minSize: 7,
    maxLines: 8,
    maxWidth: 640,
    colour: COLOURS.navy,
    gapBefore: 8,
  });
  if (entryTitle) {
    block({ units: [text.forTheEntry], weight: 'regular', size: 13, minSize: 9, colour: COLOURS.grey, gapBefore: 16 });
    block({
      units: [text.quoteOpen + entryTitle + text.quoteClose],
      weight: 'regular',
      size: 19,
      minSize: 9,
      maxLines: 3,
      maxWidth: 600,
      colour: COLOURS.ink,
      gapBefore: 4,
    });
  }
  if (countryName) {
    block({
      units: [fillCertificateTemplate(text.representing, { country: countryName })],
      weight: 'regular',
      size: 14,
      minSize: 9,
      colour: COLOURS.grey,
      gapBefore: 12,
    });
  }
  if (input.kind === 'award') {
    block({ units: [awardName], weight: 'bold', size: 22, minSize: 10, maxWidth: 520, colour: COLOURS.goldDark, gapBefore: 20, ribbon: true });
  } else {
    block({ units: [text.participationNote], weight: 'regular', size: 14, minSize: 9, colour: COLOURS.grey, gapBefore: 16 });
  }
  const dateBlock: BlockSpec = { units: [issuedOn], weight: 'regular', size: 13, minSize: 8, maxLines: 2, maxWidth: 210, colour: COLOURS.ink, gapBefore: 0 };
  const dateLabel: BlockSpec = {
    units: [text.dateOfIssue],
    weight: 'regular',
    size: 10,
    minSize: 7,
    maxLines: 1,
    maxWidth: 210,
    colour: COLOURS.grey,
    gapBefore: 0,
  };

  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    lang: safeLocale(input.lang) ?? 'en',
    displayTitle: true,
    info: {
      Title: `${title}: ${names.join(', ')}`,
      Subject: competitionName,
      Author: competitionName,
      Creator: 'Clapper',
      Producer: 'Clapper',
      CreationDate: input.issuedAt ?? FIXED_CREATION_DATE,
      ModDate: input.issuedAt ?? FIXED_CREATION_DATE,
    },
  });
  const bytes = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  try {
    const allText = [...blocks, dateBlock, dateLabel].flatMap((b) => b.units).join(' ');
    const ts = new Typesetter(await loadFaces(fonts, doc, allText, cjkRegion(input.lang)), input.lang);

    // Lay the blocks out, shrinking everything together until the stack fits between the top and the footer.
    let laid: LaidBlock[] = [];
    let total = Infinity;
    for (let step = 0; step <= 16 && total > CONTENT.bottom - CONTENT.top; step++) {
      const scale = 1 - step * 0.05;
      laid = blocks.map((b) => layoutBlock(ts, b, scale));
      total = laid.reduce((h, b, i) => h + (i === 0 ? 0 : b.gapBefore) + b.height + b.extraBelow, 0);
    }

    drawFrame(doc);
    let y = CONTENT.top + Math.max(0, (CONTENT.bottom - CONTENT.top - total) / 2);
    laid.forEach((b, i) => {
      if (i > 0) y += b.gapBefore;
      if (b.spec.ribbon) drawRibbon(doc, b, y);
      drawLines(doc, b, CENTRE_X, y);
      y += b.height;
      if (b.spec.divider) drawDivider(doc, y + b.extraBelow / 2);
      y += b.extraBelow;
    });

    // Footer: the date over a rule and its label, bottom left; the seal, bottom right.
    const footerX = 168;
    const date = layoutBlock(ts, dateBlock, 1);
    const label = layoutBlock(ts, dateLabel, 1);
    const rule = PAGE.height - 92;
    drawLines(doc, date, footerX, rule - 5 - date.height);
    doc
      .lineWidth(0.7)
      .moveTo(footerX - 110, rule)
      .lineTo(footerX + 110, rule)
      .stroke(COLOURS.grey);
    drawLines(doc, label, footerX, rule + 5);
    drawSeal(doc);
  } catch (e) {
    doc.end();
    await bytes.catch(() => undefined);
    throw e;
  }
  doc.end();
  return bytes;
}

/** Loads the faces for every script in the text, both weights; Latin always (for spaces, digits, punctuation). */
async function loadFaces(fonts: CertificateFonts, doc: PDFKit.PDFDocument, text: string, region: CjkRegion): Promise<Map<string, Drawable>> {
  const scripts = new Set<CertificateScript>(['latin']);
  for (const ch of text) {
    const c = classify(ch);
    if (c !== 'common' && c !== 'inherited') scripts.add(c);
  }
  // CJK punctuation (、「」) is Common but only the CJK font has it
  if (NO_SPACE_COMMON.test(text) && fonts.has('cjk')) scripts.add('cjk');

  const missing = [...scripts].filter((s) => s !== 'latin' && !fonts.has(s));
  if (missing.length) {
    throw new MissingFontError(
      missing.map((s) => ({ family: CERTIFICATE_FONT_FAMILIES[s].family, debianPackage: CERTIFICATE_FONT_FAMILIES[s].debianPackage })),
      fonts.searched,
    );
  }
  const faces = new Map<string, Drawable>();
  for (const script of scripts) {
    for (const weight of ['regular', 'bold'] as const) {
      if (script === 'latin' && !fonts.has('latin')) faces.set(`latin:${weight}`, helvetica(doc, weight));
      else faces.set(`${script}:${weight}`, embedded(await fonts.face(script, weight, region)));
    }
  }
  return faces;
}
