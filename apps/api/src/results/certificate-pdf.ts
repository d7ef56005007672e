/**
 * Award and participation certificates as PDF: landscape A4, drawn with vector shapes only, with names and titles in
 * any of the scripts the competition's countries write in.
 *
 * How text gets on the page:
 * - Each string is split into script runs (Latin with Vietnamese, Thai, Khmer, Lao, Myanmar, Tamil, CJK) and each run
 *   is drawn with its Noto font, embedded as a subset. Spaces, digits and punctuation join the run beside them when
 *   its font has them, and otherwise the first font that does.
 * - HarfBuzz (harfbuzzjs, WebAssembly) shapes every run. pdfkit's own shaper, fontkit, leaves Myanmar unshaped (the
 *   vowel sign E and medial RA stay after the consonant, kinzi and stacked consonants are not formed) and picks other
 *   mark forms than HarfBuzz in Thai, Lao and Khmer. So pdfkit only lays out pages and embeds fonts: the fontkit Font
 *   we hand it lays text out with HarfBuzz.
 * - Shaping reorders and decomposes characters, so the glyphs alone do not spell the text. Each line is drawn inside a
 *   marked-content span whose ActualText is the line in logical order, which copying and pdftotext use.
 * - Lines are centred by measuring each run with its own font; long names and titles wrap (at spaces, between words
 *   of Thai, Khmer, Lao, Myanmar and CJK as Intl.Segmenter finds them, and as a last resort between graphemes),
 *   shrink, and in the end are cut with an ellipsis, so nothing leaves the frame.
 * - Output depends only on the input: the creation date is fixed unless the caller gives one.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { certificateText, fillCertificateTemplate, type CertificateText } from '@clapper/domain/certificate-text';
import { create as createFontkitFont, type Font as FontkitFont, type FontCollection } from 'fontkit';
import * as hb from 'harfbuzzjs';
import PDFDocument from 'pdfkit';

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

/** The scripts certificates can write, each drawn with one Noto family. */
export type CertificateScript = 'latin' | 'thai' | 'khmer' | 'lao' | 'myanmar' | 'tamil' | 'cjk';
type Weight = 'regular' | 'bold';
/** the faces of Noto Sans CJK, by region */
type CjkRegion = 'jp' | 'sc' | 'tc' | 'hk' | 'kr';

interface FontFamilySpec {
  family: string;
  debianPackage: 'fonts-noto-core' | 'fonts-noto-cjk';
  files: Record<Weight, string>;
}

/** The font files certificates use, by script, and the Debian package that installs each. */
export const CERTIFICATE_FONT_FAMILIES: Readonly<Record<CertificateScript, FontFamilySpec>> = {
  latin: { family: 'Noto Sans', debianPackage: 'fonts-noto-core', files: { regular: 'NotoSans-Regular.ttf', bold: 'NotoSans-Bold.ttf' } },
  thai: { family: 'Noto Sans Thai', debianPackage: 'fonts-noto-core', files: { regular: 'NotoSansThai-Regular.ttf', bold: 'NotoSansThai-Bold.ttf' } },
  khmer: { family: 'Noto Sans Khmer', debianPackage: 'fonts-noto-core', files: { regular: 'NotoSansKhmer-Regular.ttf', bold: 'NotoSansKhmer-Bold.ttf' } },
  lao: { family: 'Noto Sans Lao', debianPackage: 'fonts-noto-core', files: { regular: 'NotoSansLao-Regular.ttf', bold: 'NotoSansLao-Bold.ttf' } },
  myanmar: {
    family: 'Noto Sans Myanmar',
    debianPackage: 'fonts-noto-core',
    files: { regular: 'NotoSansMyanmar-Regular.ttf', bold: 'NotoSansMyanmar-Bold.ttf' },
  },
  tamil: { family: 'Noto Sans Tamil', debianPackage: 'fonts-noto-core', files: { regular: 'NotoSansTamil-Regular.ttf', bold: 'NotoSansTamil-Bold.ttf' } },
  cjk: { family: 'Noto Sans CJK', debianPackage: 'fonts-noto-cjk', files: { regular: 'NotoSansCJK-Regular.ttc', bold: 'NotoSansCJK-Bold.ttc' } },
};

/** Searched after FONT_DIRS: where Debian's fonts-noto-core and fonts-noto-cjk install, then every font directory. */
export const DEFAULT_FONT_DIRS: readonly string[] = ['/usr/share/fonts/truetype/noto', '/usr/share/fonts/opentype/noto', '/usr/share/fonts'];

/** A certificate needs a font that is not installed. */
export class MissingFontError extends Error {
  constructor(
    readonly missing: readonly { family: string; debianPackage: string }[],
    readonly searched: readonly string[],
  ) {
    super(
      `Missing font${missing.length > 1 ? 's' : ''} for this certificate: ` +
        missing.map((m) => `${m.family} (Debian package ${m.debianPackage})`).join(', ') +
        `. Install the package, or put the font files in a directory listed in FONT_DIRS (searched: ${searched.join(', ') || 'nothing'}).`,
    );
    this.name = 'MissingFontError';
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Fonts: found once at boot, loaded on first use, shaped with HarfBuzz.

/** The bits pdfkit reads from a fontkit glyph run; our HarfBuzz layout returns them. */
interface ShapedGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
interface ShapedPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}
interface ShapedRun {
  glyphs: ShapedGlyph[];
  positions: ShapedPosition[];
  /** the sum of the x advances, a getter as in fontkit: pdfkit scales the positions in place and then reads it */
  readonly advanceWidth: number;
}

/** One face of one font file, ready to measure and to hand to pdfkit. */
class LoadedFace {
  private readonly advances = new Map<number, number>();
  private naturalGlyphs: Map<number, number> | null = null;

  constructor(
    /** the face's postscript name: pdfkit's key for it */
    readonly key: string,
    private readonly hbFace: hb.Face,
    private readonly hbFont: hb.Font,
    /** handed to pdfkit, which embeds and subsets it; its layout is HarfBuzz's */
    readonly pdfFont: FontkitFont,
  ) {
    // pdfkit calls layout(text, features) and reads glyphs[].id/advanceWidth/codePoints and positions[]; the objects
    // are made fresh on every call, so nothing carries over from one document to the next.
    pdfFont.layout = ((text: string) => this.shape(text, true)) as unknown as FontkitFont['layout'];
  }

  get upem(): number {
    return this.pdfFont.unitsPerEm;
  }

  /** How far the ink of a text reaches above and below the baseline, in em (descent positive). */
  ink(text: string): { ascent: number; descent: number } {
    const { glyphs, positions } = this.shape(text, false);
    let top = 0;
    let bottom = 0;
    glyphs.forEach((g, i) => {
      const e = this.hbFont.glyphExtents(g.id);
      if (!e) return;
      top = Math.max(top, positions[i].yOffset + e.yBearing);
      bottom = Math.min(bottom, positions[i].yOffset + e.yBearing + e.height);
    });
    return { ascent: top / this.upem, descent: -bottom / this.upem };
  }

  covers(codePoint: number): boolean {
    return this.hbFont.glyph(codePoint) !== undefined;
  }

  /** the advance of a text in em */
  width(text: string): number {
    return this.shape(text, false).advanceWidth / this.upem;
  }

  /** Shapes a run; `withText` also works out each glyph's characters (pdfkit's ToUnicode map), which measuring skips. */
  shape(text: string, withText: boolean): ShapedRun {
    const buffer = new hb.Buffer();
    buffer.addText(text);
    buffer.guessSegmentProperties();
    hb.shape(this.hbFont, buffer);
    const shaped = buffer.getGlyphInfosAndPositions();

    const glyphs: ShapedGlyph[] = [];
    const positions: ShapedPosition[] = [];
    // Glyphs come in clusters (text index ranges; ascending, as every run here is left to right). A glyph's text for
    // ToUnicode: the character it is the plain glyph of, else (ligatures, reordered or alternate forms) what the
    // cluster has left over. Extraction reads each line's ActualText anyway; this keeps the glyph map sensible.
    let i = 0;
    while (i < shaped.length) {
      const cluster = shaped[i].cluster;
      let end = i;
      while (end < shaped.length && shaped[end].cluster === cluster) end++;
      const nextCluster = end < shaped.length ? shaped[end].cluster : text.length;
      const unclaimed = Array.from(text.slice(cluster, Math.max(cluster, nextCluster)), (c) => c.codePointAt(0)!);
      const pending: ShapedGlyph[] = [];
      for (let g = i; g < end; g++) {
        const info = shaped[g];
        const id = info.codepoint;
        const natural = withText ? this.naturalCodePoint(id) : undefined;
        const glyph: ShapedGlyph = { id, advanceWidth: this.advance(id), codePoints: natural === undefined ? [] : [natural] };
        if (natural === undefined) pending.push(glyph);
        else if (unclaimed.includes(natural)) unclaimed.splice(unclaimed.indexOf(natural), 1);
        glyphs.push(glyph);
        positions.push({ xAdvance: info.xAdvance ?? 0, yAdvance: info.yAdvance ?? 0, xOffset: info.xOffset ?? 0, yOffset: info.yOffset ?? 0 });
      }
      if (withText && pending.length && unclaimed.length) pending[0].codePoints = unclaimed;
      i = end;
    }
    return {
      glyphs,
      positions,
      get advanceWidth() {
        return positions.reduce((sum, p) => sum + p.xAdvance, 0);
      },
    };
  }

  private advance(id: number): number {
    let a = this.advances.get(id);
    if (a === undefined) {
      a = this.hbFont.glyphHAdvance(id);
      this.advances.set(id, a);
    }
    return a;
  }

  /** the lowest code point the font maps to this glyph, if any */
  private naturalCodePoint(id: number): number | undefined {
    if (!this.naturalGlyphs) {
      const map = new Map<number, number>();
      for (const cp of this.hbFace.collectUnicodes()) {
        const g = this.hbFont.glyph(cp);
        if (g !== undefined && !map.has(g)) map.set(g, cp);
      }
      this.naturalGlyphs = map;
    }
    return this.naturalGlyphs.get(id);
  }
}

interface FontFile {
  bytes: Buffer;
  blob: hb.Blob;
  /** postscript names by face index */
  faces: string[];
}

/**
 * The certificate fonts of this machine. `locate` finds the files once at boot (and logs nothing); faces are loaded
 * the first time a certificate needs them and kept.
 */
export class CertificateFonts {
  private readonly files = new Map<string, Promise<FontFile>>();
  private readonly faces = new Map<string, Promise<LoadedFace>>();

  private constructor(
    private readonly paths: ReadonlyMap<string, string>,
    /** the directories searched, in order */
    readonly searched: readonly string[],
  ) {}

  /**
   * Finds the font files by name under `dirs` (recursively, first match wins), then under DEFAULT_FONT_DIRS unless
   * `defaults` is false. Directories that do not exist are skipped; missing fonts are recorded, not thrown: a
   * certificate that needs one throws MissingFontError when rendered.
   */
  static async locate(dirs: readonly string[], options: { defaults?: boolean } = {}): Promise<CertificateFonts> {
    const searched = [
      ...new Set([...dirs, ...(options.defaults === false ? [] : DEFAULT_FONT_DIRS)].filter((d) => d.trim() !== '').map((d) => path.resolve(d))),
    ];
    const wanted = new Set(Object.values(CERTIFICATE_FONT_FAMILIES).flatMap((f) => Object.values(f.files)));
    const found = new Map<string, string>();
    for (const dir of searched) {
      if (found.size === wanted.size) break;
      for (const relative of await listFiles(dir)) {
        const name = path.basename(relative);
        if (wanted.has(name) && !found.has(name)) found.set(name, path.join(dir, relative));
      }
    }
    return new CertificateFonts(found, searched);
  }

  /** The font families that were not found, with the Debian package that provides each. */
  get missing(): { script: CertificateScript; family: string; debianPackage: string }[] {
    return (Object.keys(CERTIFICATE_FONT_FAMILIES) as CertificateScript[])
      .filter((script) => !this.has(script))
      .map((script) => ({ script, family: CERTIFICATE_FONT_FAMILIES[script].family, debianPackage: CERTIFICATE_FONT_FAMILIES[script].debianPackage }));
  }

  has(script: CertificateScript): boolean {
    return this.fileFor(script, 'regular') !== undefined;
  }

  /** The file of a script's weight; a missing weight borrows the other one. */
  fileFor(script: CertificateScript, weight: Weight): string | undefined {
    const files = CERTIFICATE_FONT_FAMILIES[script].files;
    return this.paths.get(files[weight]) ?? this.paths.get(files[weight === 'bold' ? 'regular' : 'bold']);
  }

  /** @internal the face for a script and weight (CJK: the region's face in the collection); loaded once */
  face(script: CertificateScript, weight: Weight, region: CjkRegion): Promise<LoadedFace> {
    const file = this.fileFor(script, weight);
    if (!file) {
      const { family, debianPackage } = CERTIFICATE_FONT_FAMILIES[script];
      return Promise.reject(new MissingFontError([{ family, debianPackage }], this.searched));
    }
    const bold = file === this.paths.get(CERTIFICATE_FONT_FAMILIES[script].files.bold);
    const wantedName = script === 'cjk' ? `NotoSansCJK${region}-${bold ? 'Bold' : 'Regular'}` : null;
    const key = `${file}#${wantedName ?? ''}`;
    let face = this.faces.get(key);
    if (!face) {
      face = this.loadFace(file, wantedName);
      face.catch(() => this.faces.delete(key));
      this.faces.set(key, face);
    }
    return face;
  }

  private async loadFace(file: string, postscriptName: string | null): Promise<LoadedFace> {
    const data = await this.file(file);
    const index = postscriptName === null ? 0 : data.faces.indexOf(postscriptName);
    if (index < 0) throw new Error(`${file} has no face named ${postscriptName} (it has ${data.faces.join(', ')})`);
    const opened = createFontkitFont(data.bytes);
    const pdfFont = 'fonts' in opened ? (opened as FontCollection).fonts[index] : opened;
    const hbFace = new hb.Face(data.blob, index);
    return new LoadedFace(pdfFont.postscriptName, hbFace, new hb.Font(hbFace), pdfFont);
  }

  private file(file: string): Promise<FontFile> {
    let loaded = this.files.get(file);
    if (!loaded) {
      loaded = (async () => {
        const bytes = await readFile(file);
        const opened = createFontkitFont(bytes);
        const faces = 'fonts' in opened ? (opened as FontCollection).fonts.map((f) => f.postscriptName) : [opened.postscriptName];
        return { bytes, blob: new hb.Blob(bytes), faces };
      })();
      loaded.catch(() => this.files.delete(file));
      this.files.set(file, loaded);
    }
    return loaded;
  }
}

async function listFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { recursive: true })).sort();
  } catch {
    return []; // a directory that does not exist or cannot be read holds no fonts
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Script runs

type CharClass = CertificateScript | 'inherited' | 'common';

const SCRIPT_OF: [RegExp, CertificateScript][] = [
  [/\p{Script=Thai}/u, 'thai'],
  [/\p{Script=Khmer}/u, 'khmer'],
  [/\p{Script=Lao}/u, 'lao'],
  [/\p{Script=Myanmar}/u, 'myanmar'],
  [/\p{Script=Tamil}/u, 'tamil'],
  [/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u, 'cjk'],
];

function classify(char: string): CharClass {
  for (const [re, script] of SCRIPT_OF) if (re.test(char)) return script; // vowel signs and tone marks included
  if (/[\p{Script=Inherited}\p{M}]/u.test(char)) return 'inherited'; // combining marks, ZWJ/ZWNJ, variation selectors
  if (/\p{Script=Common}/u.test(char)) return 'common'; // spaces, digits, punctuation, CJK punctuation
  return 'latin'; // Latin, Greek, Cyrillic (Noto Sans has them); other scripts show as missing glyphs
}

/** Scripts that write words without spaces between them: a line may break between two of their words. */
const NO_SPACE_SCRIPTS = new Set<CharClass>(['thai', 'khmer', 'lao', 'myanmar', 'cjk']);
const NO_SPACE_COMMON = /[\p{Script_Extensions=Han}\p{Script_Extensions=Hiragana}\p{Script_Extensions=Katakana}]/u;
/** CJK marks a line must not start with, and marks it must not end with */
const NO_LINE_START = /^[、。，．・：；！？」』）】〕〉》ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々〻]/u;
const NO_LINE_END = /[「『（【〔〈《]$/u;

// ---------------------------------------------------------------------------------------------------------------
// Typesetting: fonts chosen per run, measured, wrapped and drawn.

/** What draws a run: an embedded Noto face, or a standard PDF font when Noto Sans is not installed. */
interface Drawable {
  key: string;
  covers(codePoint: number): boolean;
  /** em */
  ink(text: string): { ascent: number; descent: number };
  /** em */
  width(text: string): number;
  draw(doc: PDFKit.PDFDocument, text: string, x: number, baseline: number, size: number): void;
}

function embedded(face: LoadedFace): Drawable {
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
function helvetica(doc: PDFKit.PDFDocument, weight: Weight): Drawable {
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
interface Line {
  text: string;
  runs: PlacedRun[];
  /** em: the width, and how far the ink reaches above and below the baseline */
  width: number;
  ascent: number;
  descent: number;
}

const ELLIPSIS = '…';

class Typesetter {
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
    const scripts: CertificateScript[] = new Array(chars.length);
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

function safeLocale(lang: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(lang)[0];
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The page

const PAGE = { width: 841.89, height: 595.28 }; // A4 landscape, points
const CENTRE_X = PAGE.width / 2;
const CONTENT = { top: 58, bottom: 448 };
const COLOURS = {
  paper: '#fffdf7',
  navy: '#1f3a5f',
  gold: '#b08d3c',
  goldLight: '#f4ead3',
  goldDark: '#8a6a22',
  ink: '#2a2f36',
  grey: '#5b6472',
};
const FIXED_CREATION_DATE = new Date(Date.UTC(2000, 0, 1));

interface BlockSpec {
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

interface LaidBlock {
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

function layoutBlock(ts: Typesetter, spec: BlockSpec, scale: number): LaidBlock {
  const step = Math.max(0.5, spec.size * scale * 0.04);
  const max = spec.size * scale;
  const min = Math.min(max, spec.minSize * scale);
  let size = max;
  let texts: string[] = [];
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

function drawLines(doc: PDFKit.PDFDocument, block: LaidBlock, centreX: number, top: number): void {
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

function drawFrame(doc: PDFKit.PDFDocument): void {
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

function drawDivider(doc: PDFKit.PDFDocument, y: number): void {
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

function drawRibbon(doc: PDFKit.PDFDocument, block: LaidBlock, top: number): void {
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
function drawSeal(doc: PDFKit.PDFDocument): void {
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
