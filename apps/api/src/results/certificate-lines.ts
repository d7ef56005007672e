/**
 * Typesetting: each text split into script runs drawn with their own faces, measured, and broken into lines (at
 * spaces, between words of Thai, Khmer, Lao, Myanmar and CJK as Intl.Segmenter finds them, and as a last resort
 * between graphemes), or cut with an ellipsis.
 */
import type { CertificateScript, Weight } from './certificate-fonts.js';
import type { LoadedFace } from './certificate-shaping.js';

type CharClass = CertificateScript | 'inherited' | 'common';

const SCRIPT_OF: [RegExp, CertificateScript][] = [
  [/\p{Script=Thai}/u, 'thai'],
  [/\p{Script=Khmer}/u, 'khmer'],
  [/\p{Script=Lao}/u, 'lao'],
  [/\p{Script=Myanmar}/u, 'myanmar'],
  [/\p{Script=Tamil}/u, 'tamil'],
  [/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u, 'cjk'],
];

export function classify(char: string): CharClass {
  for (const [re, script] of SCRIPT_OF) if (re.test(char)) return script; // vowel signs and tone marks included
  if (/[\p{Script=Inherited}\p{M}]/u.test(char)) return 'inherited'; // combining marks, ZWJ/ZWNJ, variation selectors
  if (/\p{Script=Common}/u.test(char)) return 'common'; // spaces, digits, punctuation, CJK punctuation
  return 'latin'; // Latin, Greek, Cyrillic (Noto Sans has them); other scripts show as missing glyphs
}

/** Scripts that write words without spaces between them: a line may break between two of their words. */
const NO_SPACE_SCRIPTS = new Set<CharClass>(['thai', 'khmer', 'lao', 'myanmar', 'cjk']);
export const NO_SPACE_COMMON = /[\p{Script_Extensions=Han}\p{Script_Extensions=Hiragana}\p{Script_Extensions=Katakana}]/u;
/** CJK marks a line must not start with, and marks it must not end with */
const NO_LINE_START = /^[、。，．・：；！？」』）】〕〉》ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々〻]/u;
const NO_LINE_END = /[「『（【〔〈《]$/u;

/** What draws a run: an embedded Noto face, or a standard PDF font when Noto Sans is not installed. */
export interface Drawable {
  key: string;
  covers(codePoint: number): boolean;
  /** em */
  ink(text: string): { ascent: number; descent: number };
  /** em */
  width(text: string): number;
  draw(doc: PDFKit.PDFDocument, text: string, x: number, baseline: number, size: number): void;
}

export function embedded(face: LoadedFace): Drawable {
  return {
    key: face.key,
    covers: (cp) => face.covers(cp),
    ink: (text) => face.ink(text),
    width: (text) => face.width(text),
    draw: (doc, text, x, baseline, size) => {
      // pdfkit takes a fontkit Font in place of a file (its typings only list file sources)
      doc.font(face.pdfFont as unknown as string, face.key, size);
      // features: [] makes pdfkit lay out the whole run at once instead of word by word
      doc.text(text, x, baseline, { lineBreak: false, baseline: 'alphabetic', features: [] });
    },
  };
}

/** WinAnsi, what pdfkit's standard fonts can encode */
const WIN_ANSI_EXTRA = new Set([
  0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192, 0x2c6, 0x2dc, 0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022,
  0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);

/**
 * Helvetica, the PDF standard font, for Latin when Noto Sans is not installed. It is not embedded and only encodes
 * WinAnsi (Western European): Vietnamese letters such as ạ, ế, ữ or đ's capital cannot be drawn with it, nor can
 * anything beyond Latin-1, so install fonts-noto-core for real use.
 */
export function helvetica(doc: PDFKit.PDFDocument, weight: Weight): Drawable {
  const name = weight === 'bold' ? 'Helvetica-Bold' : 'Helvetica';
  return {
    key: name,
    ink: () => ({ ascent: 0.93, descent: 0.22 }), // Helvetica's accented capitals and descenders
    covers: (cp) => (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff) || WIN_ANSI_EXTRA.has(cp),
    width: (text) => doc.font(name).fontSize(1).widthOfString(text),
    draw: (d, text, x, baseline, size) => {
      d.font(name, size);
      d.text(text, x, baseline, { lineBreak: false, baseline: 'alphabetic' });
    },
  };
}

interface PlacedRun {
  text: string;
  face: Drawable;
  /** em */
  width: number;
}
export interface Line {
  text: string;
  runs: PlacedRun[];
  /** em: the width, and how far the ink reaches above and below the baseline */
  width: number;
  ascent: number;
  descent: number;
}

const ELLIPSIS = '…';

export class Typesetter {
  private readonly widthCache = new Map<string, number>();
  private readonly words: Intl.Segmenter;
  private readonly graphemes: Intl.Segmenter;

  constructor(
    private readonly faces: ReadonlyMap<string, Drawable>,
    lang: string,
  ) {
    const locale = safeLocale(lang);
    this.words = new Intl.Segmenter(locale, { granularity: 'word' });
    this.graphemes = new Intl.Segmenter(locale, { granularity: 'grapheme' });
  }

  private face(script: CertificateScript, weight: Weight): Drawable | undefined {
    return this.faces.get(`${script}:${weight}`);
  }

  /** Splits a text into runs, each with the face that draws it. */
  runs(text: string, weight: Weight): { text: string; face: Drawable }[] {
    const chars = Array.from(text);
    const classes = chars.map(classify);
    const scripts = new Array<CertificateScript>(chars.length);
    const fallbacks = (['latin', 'cjk', 'thai', 'khmer', 'lao', 'myanmar', 'tamil'] as const).filter((s) => this.face(s, weight));
    const covers = (script: CertificateScript | undefined, cp: number) => script !== undefined && (this.face(script, weight)?.covers(cp) ?? false);
    const nextStrong = (from: number): CertificateScript | undefined => {
      for (let j = from; j < chars.length; j++) {
        const c = classes[j];
        if (c !== 'common' && c !== 'inherited') return c;
      }
      return undefined;
    };
    for (let i = 0; i < chars.length; i++) {
      const cp = chars[i].codePointAt(0)!;
      const c = classes[i];
      const previous = i > 0 ? scripts[i - 1] : undefined;
      if (c === 'inherited') {
        scripts[i] = previous ?? nextStrong(i) ?? 'latin';
      } else if (c === 'common') {
        const candidates = [previous, nextStrong(i + 1), ...fallbacks];
        scripts[i] = candidates.find((s) => covers(s, cp)) ?? previous ?? 'latin';
      } else {
        // A letter of a script whose font lacks it (full-width Latin, say) is drawn by a font that has it.
        scripts[i] = covers(c, cp) ? c : (fallbacks.find((s) => covers(s, cp)) ?? c);
      }
    }
    const runs: { text: string; face: Drawable }[] = [];
    let start = 0;
    for (let i = 1; i <= chars.length; i++) {
      if (i === chars.length || scripts[i] !== scripts[start]) {
        const face = this.face(scripts[start], weight);
        if (!face) throw new Error(`no face for ${scripts[start]}`); // the faces were loaded for every script present
        runs.push({ text: chars.slice(start, i).join(''), face });
        start = i;
      }
    }
    return runs;
  }

  /** em */
  width(text: string, weight: Weight): number {
    const key = `${weight}\u0000${text}`;
    let w = this.widthCache.get(key);
    if (w === undefined) {
      w = this.runs(text, weight).reduce((sum, r) => sum + r.face.width(r.text), 0);
      this.widthCache.set(key, w);
    }
    return w;
  }

  line(text: string, weight: Weight): Line {
    const runs = this.runs(text, weight).map((r) => ({ ...r, width: r.face.width(r.text) }));
    const inks = runs.map((r) => r.face.ink(r.text));
    return {
      text,
      runs,
      width: runs.reduce((s, r) => s + r.width, 0),
      ascent: Math.max(0, ...inks.map((i) => i.ascent)),
      descent: Math.max(0, ...inks.map((i) => i.descent)),
    };
  }

  /** The text cut where a line may break: each piece keeps its trailing spaces. */
  wordPieces(text: string): string[] {
    const pieces: string[] = [];
    let start = 0;
    for (const { index } of this.words.segment(text)) {
      if (index > start && this.mayBreakAt(text, index)) {
        pieces.push(text.slice(start, index));
        start = index;
      }
    }
    pieces.push(text.slice(start));
    return pieces.filter((p) => p !== '');
  }

  private mayBreakAt(text: string, index: number): boolean {
    const last = Array.from(text.slice(Math.max(0, index - 2), index)).pop() ?? '';
    const next = Array.from(text.slice(index, index + 2))[0] ?? '';
    if (/\s/u.test(next)) return false;
    if (/\s/u.test(last)) return true;
    if (/[-‐–—/]/u.test(last) && /\p{L}/u.test(next)) return true;
    if (NO_LINE_START.test(next) || NO_LINE_END.test(last)) return false;
    const noSpace = (ch: string) => NO_SPACE_SCRIPTS.has(classify(ch)) || NO_SPACE_COMMON.test(ch);
    return noSpace(last) && noSpace(next);
  }

  private graphemePieces(text: string): string[] {
    return Array.from(this.graphemes.segment(text), (s) => s.segment);
  }

  /**
   * Greedy wrapping of `units` (kept whole when they fit: a name, a word) into lines at most `maxEm` wide; a unit too
   * wide for a line is cut between its words, and a word too wide between its graphemes.
   *
   * Pieces are measured one by one (widths in em do not depend on the size, so trying several sizes costs little) and
   * a line's width is taken as the sum of its pieces. Each line is then measured whole; one that kerning across its
   * pieces made too wide is wrapped again, measuring every candidate whole.
   */
  wrap(units: string[], weight: Weight, maxEm: number): string[] {
    const pieces: string[] = [];
    for (const unit of units) {
      if (this.width(unit.trimEnd(), weight) <= maxEm) {
        pieces.push(unit);
        continue;
      }
      for (const word of this.wordPieces(unit)) {
        if (this.width(word.trimEnd(), weight) <= maxEm) pieces.push(word);
        else pieces.push(...this.graphemePieces(word));
      }
    }
    const lines: string[][] = [];
    let current: string[] = [];
    let width = 0; // of current, its last piece's trailing spaces included
    for (const piece of pieces) {
      const trimmed = this.width(piece.trimEnd(), weight);
      if (current.length > 0 && width + trimmed > maxEm) {
        lines.push(current);
        current = [];
        width = 0;
      }
      current.push(piece);
      width += this.width(piece, weight);
    }
    if (current.length > 0) lines.push(current);

    const exact = (line: string[]) => this.width(line.join('').trim(), weight) <= maxEm || line.length === 1;
    return lines
      .flatMap((line) => (exact(line) ? [line.join('')] : this.wrapExactly(line, weight, maxEm)))
      .map((l) => l.trim())
      .filter((l) => l !== '');
  }

  private wrapExactly(pieces: string[], weight: Weight, maxEm: number): string[] {
    const lines: string[] = [];
    let current = '';
    for (const piece of pieces) {
      if (current.trim() !== '' && this.width((current + piece).trimEnd(), weight) > maxEm) {
        lines.push(current);
        current = '';
      }
      current += piece;
    }
    if (current.trim() !== '') lines.push(current);
    return lines;
  }

  /** Cuts a line so that it plus an ellipsis fits. */
  truncate(text: string, weight: Weight, maxEm: number): string {
    const graphemes = this.graphemePieces(text);
    const cut = (n: number) => graphemes.slice(0, n).join('').trimEnd() + ELLIPSIS;
    let lo = 0; // the most graphemes known to fit
    let hi = graphemes.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (this.width(cut(mid), weight) <= maxEm) lo = mid;
      else hi = mid - 1;
    }
    return cut(lo);
  }
}

export function safeLocale(lang: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(lang)[0];
  } catch {
    return undefined;
  }
}
