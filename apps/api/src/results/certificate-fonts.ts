/**
 * The certificate fonts: which Noto family draws each script, where the files are (found once at boot), and the faces
 * loaded from them on first use.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { create as createFontkitFont } from 'fontkit';
import * as hb from 'harfbuzzjs';
import { LoadedFace } from './certificate-shaping.js';

/** The scripts certificates can write, each drawn with one Noto family. */
export type CertificateScript = 'latin' | 'thai' | 'khmer' | 'lao' | 'myanmar' | 'tamil' | 'cjk';
export type Weight = 'regular' | 'bold';
/** the faces of Noto Sans CJK, by region */
export type CjkRegion = 'jp' | 'sc' | 'tc' | 'hk' | 'kr';

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
    const pdfFont = 'fonts' in opened ? opened.fonts[index] : opened;
    const hbFace = new hb.Face(data.blob, index);
    return new LoadedFace(pdfFont.postscriptName, hbFace, new hb.Font(hbFace), pdfFont);
  }

  private file(file: string): Promise<FontFile> {
    let loaded = this.files.get(file);
    if (!loaded) {
      loaded = (async () => {
        const bytes = await readFile(file);
        const opened = createFontkitFont(bytes);
        const faces = 'fonts' in opened ? opened.fonts.map((f) => f.postscriptName) : [opened.postscriptName];
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
