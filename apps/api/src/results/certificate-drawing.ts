/** The page: a landscape A4 frame, the text blocks laid out and drawn centred, a ribbon, dividers and a seal. */
import type { Weight } from './certificate-fonts.js';
import type { Line, Typesetter } from './certificate-lines.js';

export const PAGE = { width: 841.89, height: 595.28 }; // A4 landscape, points
export const CENTRE_X = PAGE.width / 2;
export const CONTENT = { top: 58, bottom: 448 };
export const COLOURS = {
  paper: '#fffdf7',
  navy: '#1f3a5f',
  gold: '#b08d3c',
  goldLight: '#f4ead3',
  goldDark: '#8a6a22',
  ink: '#2a2f36',
  grey: '#5b6472',
};

export interface BlockSpec {
  /** pieces kept whole when they fit (the names), or one text */
  units: string[];
  weight: Weight;
  /** preferred and smallest font size, points */
  size: number;
  minSize: number;
  maxLines: number;
  maxWidth: number;
  colour: string;
  /** space above the block, points at scale 1 */
  gapBefore: number;
  /** a ribbon drawn behind the block */
  ribbon?: boolean;
  /** a divider ornament drawn below the block */
  divider?: boolean;
}

export interface LaidBlock {
  spec: BlockSpec;
  size: number;
  lines: Line[];
  /** em: every line of a block gets the same room, enough for the ink of its tallest and deepest line */
  ascent: number;
  descent: number;
  /** points */
  height: number;
  gapBefore: number;
  extraBelow: number;
  padding: number;
}

const DIVIDER_HEIGHT = 18;
const RIBBON_PADDING = 9;
/** em: the least room above and below a baseline (Noto Sans' accented capitals, descenders), and between lines */
const MIN_ASCENT = 0.95;
const MIN_DESCENT = 0.27;
const LEADING = 0.18;

export function layoutBlock(ts: Typesetter, spec: BlockSpec, scale: number): LaidBlock {
  const step = Math.max(0.5, spec.size * scale * 0.04);
  const max = spec.size * scale;
  const min = Math.min(max, spec.minSize * scale);
  let size = max;
  let texts: string[];
  for (;;) {
    texts = ts.wrap(spec.units, spec.weight, spec.maxWidth / size);
    if (texts.length <= spec.maxLines || size <= min) break;
    size = Math.max(min, size - step);
  }
  if (texts.length > spec.maxLines) {
    texts = texts.slice(0, spec.maxLines);
    texts[spec.maxLines - 1] = ts.truncate(texts[spec.maxLines - 1], spec.weight, spec.maxWidth / size);
  }
  const lines = texts.map((t) => ts.line(t, spec.weight));
  const padding = spec.ribbon ? RIBBON_PADDING * scale : 0;
  const ascent = Math.max(MIN_ASCENT, ...lines.map((l) => l.ascent));
  const descent = Math.max(MIN_DESCENT, ...lines.map((l) => l.descent));
  const height = (lines.length * (ascent + descent) + (lines.length - 1) * LEADING) * size + 2 * padding;
  return {
    spec,
    size,
    lines,
    ascent,
    descent,
    height,
    gapBefore: spec.gapBefore * scale,
    extraBelow: spec.divider ? DIVIDER_HEIGHT * scale : 0,
    padding,
  };
}

export function drawLines(doc: PDFKit.PDFDocument, block: LaidBlock, centreX: number, top: number): void {
  doc.fillColor(block.spec.colour);
  block.lines.forEach((line, i) => {
    const baseline = top + block.padding + (block.ascent + i * (block.ascent + block.descent + LEADING)) * block.size;
    let x = centreX - (line.width * block.size) / 2;
    // ActualText: the line as written, for copying and extraction, whatever the glyphs' order
    doc.markContent('Span', { actual: line.text });
    for (const run of line.runs) {
      run.face.draw(doc, run.text, x, baseline, block.size);
      x += run.width * block.size;
    }
    doc.endMarkedContent();
  });
}

export function drawFrame(doc: PDFKit.PDFDocument): void {
  const { width: W, height: H } = PAGE;
  doc.rect(0, 0, W, H).fill(COLOURS.paper);
  doc
    .lineWidth(2.4)
    .rect(18, 18, W - 36, H - 36)
    .stroke(COLOURS.navy);
  doc
    .lineWidth(0.8)
    .rect(26, 26, W - 52, H - 52)
    .stroke(COLOURS.gold);
  // corners: a bracket and a diamond
  for (const [cx, cy, sx, sy] of [
    [26, 26, 1, 1],
    [W - 26, 26, -1, 1],
    [26, H - 26, 1, -1],
    [W - 26, H - 26, -1, -1],
  ] as const) {
    doc
      .lineWidth(1.4)
      .moveTo(cx + sx * 10, cy + sy * 52)
      .lineTo(cx + sx * 10, cy + sy * 10)
      .lineTo(cx + sx * 52, cy + sy * 10)
      .stroke(COLOURS.navy);
    diamond(doc, cx + sx * 10, cy + sy * 10, 4.5).fill(COLOURS.gold);
    diamond(doc, cx + sx * 58, cy + sy * 10, 2).fill(COLOURS.gold);
    diamond(doc, cx + sx * 10, cy + sy * 58, 2).fill(COLOURS.gold);
  }
}

function diamond(doc: PDFKit.PDFDocument, x: number, y: number, r: number): PDFKit.PDFDocument {
  return doc
    .moveTo(x, y - r)
    .lineTo(x + r, y)
    .lineTo(x, y + r)
    .lineTo(x - r, y)
    .closePath();
}

export function drawDivider(doc: PDFKit.PDFDocument, y: number): void {
  const half = 130;
  doc
    .lineWidth(0.9)
    .moveTo(CENTRE_X - half, y)
    .lineTo(CENTRE_X - 14, y)
    .stroke(COLOURS.gold);
  doc
    .moveTo(CENTRE_X + 14, y)
    .lineTo(CENTRE_X + half, y)
    .stroke(COLOURS.gold);
  diamond(doc, CENTRE_X, y, 5.5).fill(COLOURS.gold);
  diamond(doc, CENTRE_X - 9, y, 2).fill(COLOURS.gold);
  diamond(doc, CENTRE_X + 9, y, 2).fill(COLOURS.gold);
  doc.circle(CENTRE_X - half, y, 1.6).fill(COLOURS.gold);
  doc.circle(CENTRE_X + half, y, 1.6).fill(COLOURS.gold);
}

export function drawRibbon(doc: PDFKit.PDFDocument, block: LaidBlock, top: number): void {
  const textWidth = Math.max(...block.lines.map((l) => l.width * block.size));
  const half = Math.min(PAGE.width / 2 - 90, textWidth / 2 + 34);
  const x0 = CENTRE_X - half;
  const x1 = CENTRE_X + half;
  const y0 = top;
  const y1 = top + block.height;
  const notch = Math.min(12, (y1 - y0) / 2);
  const mid = (y0 + y1) / 2;
  doc
    .moveTo(x0 - 16, y0 + 4)
    .lineTo(x0 + 6, y0 + 4)
    .lineTo(x0 + 6, y1 + 4)
    .lineTo(x0 - 16, y1 + 4)
    .lineTo(x0 - 16 + notch, mid + 4)
    .closePath()
    .fill(COLOURS.gold);
  doc
    .moveTo(x1 + 16, y0 + 4)
    .lineTo(x1 - 6, y0 + 4)
    .lineTo(x1 - 6, y1 + 4)
    .lineTo(x1 + 16, y1 + 4)
    .lineTo(x1 + 16 - notch, mid + 4)
    .closePath()
    .fill(COLOURS.gold);
  doc.rect(x0, y0, x1 - x0, y1 - y0).fill(COLOURS.goldLight);
  doc
    .lineWidth(0.8)
    .rect(x0, y0, x1 - x0, y1 - y0)
    .stroke(COLOURS.gold);
}

/** A rosette seal, bottom right: no text, so it reads in every language. */
export function drawSeal(doc: PDFKit.PDFDocument): void {
  const cx = PAGE.width - 132;
  const cy = PAGE.height - 96;
  const points = 36;
  doc.moveTo(cx + 46, cy);
  for (let i = 1; i <= points * 2; i++) {
    const r = i % 2 === 0 ? 46 : 41;
    const a = (Math.PI * i) / points;
    doc.lineTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
  }
  doc.closePath().fill(COLOURS.gold);
  doc.circle(cx, cy, 37).fill(COLOURS.goldDark);
  doc.lineWidth(1).circle(cx, cy, 32).stroke(COLOURS.goldLight);
  doc.lineWidth(0.5).circle(cx, cy, 29).stroke(COLOURS.goldLight);
  // a five-pointed star
  doc.moveTo(cx, cy - 15);
  for (let i = 1; i < 10; i++) {
    const r = i % 2 === 0 ? 15 : 6.2;
    const a = -Math.PI / 2 + (Math.PI * i) / 5;
    doc.lineTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
  }
  doc.closePath().fill(COLOURS.goldLight);
}
