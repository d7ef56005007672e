import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { SNIFF_BYTES, sniffFileType } from '@clapper/domain/file-signature';
import type { SpritePlan } from '@clapper/domain/ladder';
import { webRenditionSize, type ProbeSummary } from '@clapper/domain/video-rules';
import { hlsLadderArgs, stripMetadataArgs, testClipArgs, webRenditionArgs } from './ffmpeg-args.js';
import { run } from './ffmpeg-process.js';
import { summarizeProbe, type FfprobeOutput } from './ffprobe-summary.js';
import {
  MediaError,
  MediaToolkit,
  WEB_RENDITION,
  type EncodeOptions,
  type LadderOptions,
  type MediaBinaries,
  type TestClipSpec,
  type TranscodeOptions,
} from './media-toolkit.js';

/** Demuxers ffmpeg may use on our inputs. Leaves out playlists (hls, concat...) that could make it read other files. */
const SAFE_DEMUXERS =
  'mov,mp4,m4a,3gp,3g2,mj2,matroska,webm,avi,mpegts,mpeg,flv,asf,ogg,mp3,wav,aac,flac,png_pipe,jpeg_pipe,webp_pipe,gif,bmp_pipe,tiff_pipe,image2';
const PROBE_TIMEOUT_MS = 60_000;
/** a copy without re-encoding reads and writes the file once: minutes at most, even for a large original */
const STRIP_TIMEOUT_MS = 15 * 60_000;
const POSTER_TIMEOUT_MS = 120_000;
/** JPEG quality of the seeking previews (2 best .. 31 worst): small tiles, seen for a moment */
const SPRITE_QUALITY = 6;
/** a placeholder clip of half a minute at a few frames a second encodes in seconds */
const TEST_CLIP_TIMEOUT_MS = 60_000;
/** ffmpeg's words for input it cannot decode: a damaged file, or one that is not a video */
const DAMAGED_INPUT =
  /Invalid data found|moov atom not found|does not contain any stream|Stream map '0:v:0' matches no streams|could not find codec parameters|Invalid NAL unit size|Error splitting the input into NAL units|error while decoding MB|corrupt/i;
/** ffmpeg's words for input it could not fetch or output it could not write: a passing failure */
const IO_FAILURE =
  /Server returned [45](?:\d\d|XX)|Connection refused|Connection reset|Connection timed out|Failed to resolve hostname|Stream ends prematurely|Input\/output error|No space left on device|Cannot allocate memory/i;
/** ffmpeg's exit status when decoding errors exceed -max_error_rate (a damaged input) */
const EXIT_DECODE_ERRORS = 69;
/** indented "key : value" lines of ffmpeg's input report: the file's own metadata (titles, names), never logged */
const METADATA_LINE = /^ {4,}\S[^\n]*? : [^\n]*$/gm;

const isUrl = (input: string) => /^https?:\/\//i.test(input);

/** MediaToolkit on real ffmpeg/ffprobe binaries, spawned without a shell. */
export class FfmpegToolkit extends MediaToolkit {
  constructor(
    readonly binaries: MediaBinaries,
    /** ffmpeg ≥ 4.4 has -fpsmax; older ones (Ubuntu 20.04's 4.2) get an fps filter when needed */
    private readonly features: { fpsMax: boolean } = { fpsMax: true },
  ) {
    super();
  }

  /** Input arguments: a whitelist of protocols and demuxers, and local paths as file: URLs (so "-x" or "a:b" stay paths). */
  private inputArgs(input: string): { args: string[]; source: string } {
    if (isUrl(input)) return { args: ['-protocol_whitelist', 'http,https,tcp,tls,crypto', '-format_whitelist', SAFE_DEMUXERS], source: input };
    return { args: ['-protocol_whitelist', 'file', '-format_whitelist', SAFE_DEMUXERS], source: `file:${path.resolve(input)}` };
  }

  /** Removes where the input lives, and the input's own metadata (titles, names), from ffmpeg's messages, for the logs. */
  private redact(text: string, input: string): string {
    let out = text.split(input).join('<input>');
    if (!isUrl(input)) out = out.split(path.resolve(input)).join('<input>');
    return out
      .replace(METADATA_LINE, '')
      .replace(/\n{2,}/g, '\n')
      .replace(/https?:\/\/\S+/g, '<url>')
      .trim();
  }

  async probe(input: string, options: { signal?: AbortSignal } = {}): Promise<ProbeSummary> {
    const { args, source } = this.inputArgs(input);
    const result = await run(this.binaries.ffprobe, ['-v', 'error', ...args, '-print_format', 'json', '-show_format', '-show_streams', source], {
      signal: options.signal,
      timeoutMs: PROBE_TIMEOUT_MS,
      collectStdout: true,
    });
    let parsed: FfprobeOutput;
    try {
      parsed = JSON.parse(result.stdout) as FfprobeOutput;
    } catch {
      parsed = {};
    }
    if (result.code !== 0 || !parsed.format) {
      const detail = this.redact(result.stderrTail, input);
      if (isUrl(input) && IO_FAILURE.test(result.stderrTail)) throw new MediaError('io', 'The video could not be read from storage.', detail);
      throw new MediaError('unreadable', 'This file could not be read as a video.', detail);
    }
    const docType = parsed.format.format_name?.startsWith('matroska') ? await this.matroskaDocType(input) : null;
    return summarizeProbe(parsed, docType);
  }

  /** Reads the first bytes itself: ffprobe names WebM and MKV alike. */
  private async matroskaDocType(input: string): Promise<'webm' | 'mkv' | null> {
    try {
      let head: Uint8Array;
      if (isUrl(input)) {
        const res = await fetch(input, { headers: { Range: `bytes=0-${SNIFF_BYTES - 1}` } });
        head = new Uint8Array(await res.arrayBuffer()).subarray(0, SNIFF_BYTES);
      } else {
        const file = await open(input, 'r');
        try {
          const buffer = Buffer.alloc(SNIFF_BYTES);
          const { bytesRead } = await file.read(buffer, 0, SNIFF_BYTES, 0);
          head = buffer.subarray(0, bytesRead);
        } finally {
          await file.close();
        }
      }
      const type = sniffFileType(head);
      return type === 'webm' || type === 'mkv' ? type : null;
    } catch {
      return null;
    }
  }

  async transcodeWeb(input: string, outputFile: string, options: TranscodeOptions): Promise<void> {
    const { width, height, signal } = options;
    if (!(width > 0 && height > 0 && width % 2 === 0 && height % 2 === 0)) throw new MediaError('failed', 'The output size must be positive even numbers.');
    let duration = options.durationSeconds ?? null;
    let inputFrameRate: number | null = null;
    if (!this.features.fpsMax) {
      const summary = await this.probe(input, { signal });
      duration ??= summary.durationSeconds;
      inputFrameRate = summary.video?.frameRate ?? null;
    }
    const partial = `${outputFile}.${randomBytes(4).toString('hex')}.part`;
    try {
      await this.encode(
        input,
        (source) => webRenditionArgs(source, `file:${path.resolve(partial)}`, { width, height }, { fpsMax: this.features.fpsMax, inputFrameRate }),
        { ...options, durationSeconds: duration },
        () => rename(partial, outputFile),
      );
    } catch (err) {
      await unlink(partial).catch(() => undefined);
      throw err;
    }
  }

  async hlsLadder(input: string, outputDir: string, options: LadderOptions): Promise<void> {
    if (!options.rungs.length) throw new MediaError('failed', 'The ladder needs at least one rung.');
    const partial = `${outputDir}.${randomBytes(4).toString('hex')}.part`;
    try {
      await mkdir(partial);
      await this.encode(
        input,
        (source) => hlsLadderArgs(source, path.resolve(partial), options.rungs, { audioChannels: options.audioChannels }),
        options,
        () => rename(partial, outputDir),
      );
    } catch (err) {
      await rm(partial, { recursive: true, force: true }).catch(() => undefined);
      throw err;
    }
  }

  /**
   * Runs one encode of `input` (the arguments after the input's own, from `output`), reporting progress from ffmpeg's
   * -progress lines against the input's length, and turning a failure into a MediaError: io for a passing read or
   * write failure, unreadable for a damaged input, failed otherwise. On success `commit` puts the output in place, and
   * only then is the progress 1 (once).
   */
  private async encode(input: string, output: (source: string) => string[], options: EncodeOptions, commit: () => Promise<void>): Promise<void> {
    const { onProgress, signal } = options;
    let duration = options.durationSeconds ?? null;
    const { args, source } = this.inputArgs(input);
    // what ffmpeg said anywhere in its output, not only in the tail that is kept
    let damaged = false;
    let io = false;
    let last = 0;
    const report = (fraction: number) => {
      if (!onProgress) return;
      const f = Math.min(1, Math.max(0, fraction));
      if (f > last) {
        last = f;
        onProgress(f);
      }
    };
    const result = await run(
      this.binaries.ffmpeg,
      ['-nostdin', '-hide_banner', '-loglevel', 'info', '-nostats', '-progress', 'pipe:1', '-y', ...args, ...output(source)],
      {
        signal,
        timeoutMs: options.timeoutMs,
        onStderrLine: (line) => {
          if (!damaged && DAMAGED_INPUT.test(line)) damaged = true;
          if (!io && IO_FAILURE.test(line)) io = true;
          // "  Duration: 00:01:00.02, start: 0.000000, bitrate: ..." from ffmpeg's input report
          const m = duration === null ? /^\s*Duration: (\d+):(\d{2}):(\d{2}(?:\.\d+)?)/.exec(line) : null;
          if (m) duration = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
        },
        onStdoutLine: (line) => {
          if (line.startsWith('out_time_us=') && duration) {
            const us = Number(line.slice('out_time_us='.length));
            if (Number.isFinite(us)) report(us / 1e6 / duration);
          }
        },
      },
    );
    if (result.code !== 0) {
      const detail = this.redact(result.stderrTail, input);
      if (io) throw new MediaError('io', 'The video could not be read or written.', detail);
      if (damaged || result.code === EXIT_DECODE_ERRORS) throw new MediaError('unreadable', 'This file could not be read as a video.', detail);
      throw new MediaError('failed', 'The video could not be converted.', detail);
    }
    await commit();
    report(1);
  }

  async stripMetadata(input: string, outputFile: string, options: { container?: string | null; signal?: AbortSignal } = {}): Promise<void> {
    const { args, source } = this.inputArgs(input);
    const extension = path.extname(outputFile);
    // the extension stays last, so ffmpeg can guess the container from it when none is given
    const partial = `${outputFile.slice(0, outputFile.length - extension.length)}.${randomBytes(4).toString('hex')}.part${extension}`;
    try {
      const result = await run(
        this.binaries.ffmpeg,
        [
          '-nostdin',
          '-hide_banner',
          '-loglevel',
          'error',
          '-y',
          ...args,
          ...stripMetadataArgs(source, `file:${path.resolve(partial)}`, options.container ?? null),
        ],
        {
          signal: options.signal,
          timeoutMs: STRIP_TIMEOUT_MS,
        },
      );
      const written = await stat(partial)
        .then((s) => s.size)
        .catch(() => 0);
      if (result.code !== 0 || written === 0)
        throw new MediaError('failed', 'The video could not be copied without its metadata.', this.redact(result.stderrTail, input));
      await rename(partial, outputFile);
    } catch (err) {
      await unlink(partial).catch(() => undefined);
      throw err;
    }
  }

  async poster(input: string, outputFile: string, atSeconds: number, options: { signal?: AbortSignal } = {}): Promise<void> {
    const summary = await this.probe(input, options);
    if (!summary.video) throw new MediaError('unreadable', 'This file has no picture to take a poster from.');
    const size = webRenditionSize(summary.video.displayWidth, summary.video.displayHeight);
    const duration = summary.durationSeconds ?? 0;
    // a time past the end gives no frame at all: stay inside the video
    const at = Math.max(0, duration > 0 ? Math.min(atSeconds, duration * 0.9) : 0);
    await this.still(
      input,
      outputFile,
      { seek: at, filter: `scale=${size.width}:${size.height},setsar=1`, quality: WEB_RENDITION.posterQuality },
      options,
      'A poster could not be made from this video.',
    );
  }

  async thumbnailSprite(input: string, outputFile: string, plan: SpritePlan, options: { signal?: AbortSignal } = {}): Promise<void> {
    const filter = `fps=1/${plan.every},scale=${plan.width}:${plan.height},setsar=1,tile=${plan.columns}x${plan.rows}`;
    await this.still(input, outputFile, { seek: null, filter, quality: SPRITE_QUALITY }, options, 'The seeking previews could not be made from this video.');
  }

  /** Writes one JPEG made by `filter` from the picture (after a seek, if any); the output appears only when complete. */
  private async still(
    input: string,
    outputFile: string,
    how: { seek: number | null; filter: string; quality: number },
    options: { signal?: AbortSignal },
    failure: string,
  ): Promise<void> {
    const { args, source } = this.inputArgs(input);
    const partial = `${outputFile}.${randomBytes(4).toString('hex')}.part`;
    try {
      const result = await run(
        this.binaries.ffmpeg,
        [
          '-nostdin',
          '-hide_banner',
          '-loglevel',
          'error',
          '-y',
          ...(how.seek === null ? [] : ['-ss', how.seek.toFixed(3)]),
          ...args,
          '-i',
          source,
          '-map',
          '0:v:0',
          '-frames:v',
          '1',
          '-vf',
          how.filter,
          '-map_metadata',
          '-1',
          '-q:v',
          String(how.quality),
          '-fflags',
          '+bitexact',
          '-f',
          'image2',
          '-c:v',
          'mjpeg',
          `file:${path.resolve(partial)}`,
        ],
        { signal: options.signal, timeoutMs: POSTER_TIMEOUT_MS },
      );
      const written = await stat(partial)
        .then((s) => s.size)
        .catch(() => 0);
      if (result.code !== 0 || written === 0) throw new MediaError('failed', failure, this.redact(result.stderrTail, input));
      await rename(partial, outputFile);
    } catch (err) {
      await unlink(partial).catch(() => undefined);
      throw err;
    }
  }

  async testClip(outputFile: string, spec: TestClipSpec, options: { signal?: AbortSignal } = {}): Promise<void> {
    const { width, height, seconds, frameRate } = spec;
    if (!(width > 0 && height > 0 && width % 2 === 0 && height % 2 === 0)) throw new MediaError('failed', 'The clip size must be positive even numbers.');
    if (!(seconds > 0 && frameRate > 0)) throw new MediaError('failed', 'The clip length and frame rate must be positive.');
    const partial = `${outputFile}.${randomBytes(4).toString('hex')}.part`;
    try {
      const result = await run(
        this.binaries.ffmpeg,
        ['-nostdin', '-hide_banner', '-loglevel', 'error', '-y', ...testClipArgs(spec, `file:${path.resolve(partial)}`)],
        { signal: options.signal, timeoutMs: TEST_CLIP_TIMEOUT_MS },
      );
      const written = await stat(partial)
        .then((s) => s.size)
        .catch(() => 0);
      if (result.code !== 0 || written === 0) throw new MediaError('failed', 'The test clip could not be made.', result.stderrTail.trim());
      await rename(partial, outputFile);
    } catch (err) {
      await unlink(partial).catch(() => undefined);
      throw err;
    }
  }
}

/** Runs `bin -version`; the first line ("ffmpeg version 5.1.9-0+deb12u1 ...") or null when it does not run. */
async function versionOf(bin: string): Promise<string | null> {
  try {
    const result = await run(bin, ['-hide_banner', '-version'], { timeoutMs: 15_000, collectStdout: true });
    return result.code === 0 ? (result.stdout.split('\n')[0]?.trim() ?? null) : null;
  } catch {
    return null;
  }
}

async function hasFpsMax(ffmpeg: string): Promise<boolean> {
  try {
    const result = await run(ffmpeg, ['-hide_banner', '-h', 'long'], { timeoutMs: 15_000, collectStdout: true });
    return result.stdout.includes('-fpsmax');
  } catch {
    return false;
  }
}

/**
 * What a newcomer reads at start when ffmpeg or ffprobe is missing: the install command for each system. There is no
 * npm fallback: the packages that shipped one carried a 2018 ffmpeg beside an ffprobe of another build, unpatched
 * for the untrusted files students upload (README, "Prerequisites").
 */
export function missingBinaryMessage(name: 'ffmpeg' | 'ffprobe'): string {
  return [
    `Clapper needs ffmpeg and ffprobe to check and convert videos, and no ${name} was found on the PATH.`,
    'Install them (ffprobe comes with ffmpeg), then start Clapper again:',
    '  Debian / Ubuntu:  sudo apt-get install ffmpeg',
    '  macOS:            brew install ffmpeg',
    '  Windows:          winget install --id Gyan.FFmpeg   (then open a new terminal)',
    `Or set ${name.toUpperCase()}_PATH to the binary.`,
  ].join('\n');
}

/**
 * Picks the binaries: the configured paths (FFMPEG_PATH / FFPROBE_PATH), else ffmpeg/ffprobe on the PATH. A configured
 * path that does not run, or a missing binary, fails at boot with what to install. Logs which ones it uses.
 */
export async function createMediaToolkit(
  options: { ffmpegPath?: string | null; ffprobePath?: string | null },
  log: (msg: string) => void,
): Promise<FfmpegToolkit> {
  const pick = async (name: 'ffmpeg' | 'ffprobe', configured: string | null | undefined) => {
    if (configured) {
      const version = await versionOf(configured);
      if (!version) throw new MediaError('unavailable', `The configured ${name} (${configured}) does not run.`);
      return { bin: configured, source: 'configured' as const, version };
    }
    const systemVersion = await versionOf(name);
    if (systemVersion) return { bin: name, source: 'system' as const, version: systemVersion };
    throw new MediaError('unavailable', missingBinaryMessage(name));
  };
  const ffmpeg = await pick('ffmpeg', options.ffmpegPath);
  const ffprobe = await pick('ffprobe', options.ffprobePath);
  const source = ffmpeg.source === 'configured' || ffprobe.source === 'configured' ? 'configured' : 'system';
  const fpsMax = await hasFpsMax(ffmpeg.bin);
  log(
    `media: ${ffmpeg.source} ffmpeg (${ffmpeg.bin}: ${ffmpeg.version}), ${ffprobe.source} ffprobe (${ffprobe.bin}: ${ffprobe.version})${fpsMax ? '' : '; no -fpsmax, using an fps filter'}`,
  );
  return new FfmpegToolkit({ ffmpeg: ffmpeg.bin, ffprobe: ffprobe.bin, source }, { fpsMax });
}
