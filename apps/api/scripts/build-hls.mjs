// Builds the showcase's HLS player library: hls.js 1.7 (the kept library, at the version in package.json) from its
// own sources, with only what the showcase's ladders use (issue 18). A first-time viewer on a slow link downloads it
// before the first frame, so every kilobyte shows: 87 kB Brotli against 155 kB for the stock hls.min.js.
// Left out, by hls.js's own build flags: subtitles (the player shows captions from <track>), DRM, CMCD, content
// steering, variable substitution, interstitials, I-frame playlists; and, by the patch below, every demuxer but
// fMP4's (no MPEG-TS, AAC, MP3 or AC-3 transmuxing: the ladder is fMP4 only).
// Writes dist/vendor/hls.min.js and hls.min.json (the hls.js version and the file's hash, for its immutable URL).
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'rolldown';

const require = createRequire(import.meta.url);
const root = path.dirname(require.resolve('hls.js/package.json'));
const { version } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
const out = path.resolve(import.meta.dirname, '..', 'dist', 'vendor');

const features = {
  ALT_AUDIO: true,
  EME_DRM: false,
  SUBTITLES: false,
  CMCD: false,
  CONTENT_STEERING: false,
  VARIABLE_SUBSTITUTION: false,
  M2TS_ADVANCED_CODECS: false,
  MEDIA_CAPABILITIES: false,
  INTERSTITIALS: false,
  IFRAMES: false,
};
const define = { __VERSION__: JSON.stringify(version), __IN_WORKER__: 'false', __HLS_WORKER_BUNDLE__: 'undefined' };
for (const [name, on] of Object.entries(features)) define[`__USE_${name}__`] = String(on);

/** The transmuxer keeps fMP4's demuxer and pass-through remuxer only; fails the build if hls.js's source moved. */
const fmp4Only = {
  name: 'clapper-fmp4-only',
  transform(code, id) {
    if (!id.endsWith(`${path.sep}demux${path.sep}transmuxer.ts`)) return null;
    const patched = code
      .replace(/^import (AACDemuxer|\{ AC3Demuxer \}|MP3Demuxer|TSDemuxer|MP4Remuxer) from .*$/gm, '')
      .replace(/const muxConfig: MuxConfig\[\] = \[[\s\S]*?\n\];/, 'const muxConfig: MuxConfig[] = [{ demux: MP4Demuxer, remux: PassThroughRemuxer }];')
      .replace(/if \(__USE_M2TS_ADVANCED_CODECS__\) \{\n {2}muxConfig\.splice[^\n]*\n\}/, '');
    if (
      (patched.match(/Demuxer|MP4Remuxer/g) ?? []).length === (code.match(/Demuxer|MP4Remuxer/g) ?? []).length ||
      /TSDemuxer\b(?!;)/.test(patched.split('export default class')[0].replace(/typeof TSDemuxer/g, ''))
    )
      throw new Error('hls.js: its transmuxer changed; update scripts/build-hls.mjs');
    return patched;
  },
};

const file = path.join(out, 'hls.min.js');
await mkdir(out, { recursive: true });
await build({
  input: path.join(root, 'src', 'exports-default.ts'),
  transform: { define },
  plugins: [fmp4Only],
  output: { file, format: 'umd', name: 'Hls', exports: 'default', minify: true, comments: { legal: true } },
  // every import must resolve into the bundle: a browser global it would otherwise expect does not exist
  onLog(level, log, handler) {
    if (log.code === 'UNRESOLVED_IMPORT' || log.code === 'MISSING_GLOBAL_NAME') throw new Error(`hls.js build: ${log.message}`);
    handler(level, log);
  },
});
const bytes = await readFile(file);
const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
await writeFile(path.join(out, 'hls.min.json'), `${JSON.stringify({ version, hash, bytes: bytes.length })}\n`);
