/**
 * Shaping with HarfBuzz (harfbuzzjs, WebAssembly). pdfkit's own shaper, fontkit, leaves Myanmar unshaped (the vowel
 * sign E and medial RA stay after the consonant, kinzi and stacked consonants are not formed) and picks other mark
 * forms than HarfBuzz in Thai, Lao and Khmer. So pdfkit only lays out pages and embeds fonts: the fontkit Font we hand
 * it has its `layout` replaced by HarfBuzz's (certificate-layout.spec.ts checks that pdfkit draws what it returns).
 */
import type { Font as FontkitFont } from 'fontkit';
import * as hb from 'harfbuzzjs';

/** The bits pdfkit reads from a fontkit glyph run; our HarfBuzz layout returns them. */
export interface ShapedGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
export interface ShapedPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}
export interface ShapedRun {
  glyphs: ShapedGlyph[];
  positions: ShapedPosition[];
  /** the sum of the x advances, a getter as in fontkit: pdfkit scales the positions in place and then reads it */
  readonly advanceWidth: number;
}

/** One face of one font file, ready to measure and to hand to pdfkit. */
export class LoadedFace {
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
