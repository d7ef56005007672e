import type { Rung, SpritePlan } from '@clapper/domain/ladder';
import type { ProbeSummary } from '@clapper/domain/video-rules';

/**
 * - unreadable: the input is not a video, or is damaged where it must be decoded (retrying cannot help)
 * - failed: the tool failed on this input for another reason
 * - timeout: it ran longer than it was allowed to
 * - io: reading the input (e.g. from storage) or writing the output failed: a passing failure, worth retrying
 * - aborted: stopped through its AbortSignal
 * - unavailable: the binary cannot be started
 */
export type MediaErrorCode = 'unreadable' | 'failed' | 'timeout' | 'io' | 'aborted' | 'unavailable';

/**
 * Media failures, in our own words. `message` is safe to show (no server paths, no ffmpeg internals);
 * `detail` (the tail of ffmpeg's own output, with the input's location blanked out) is for the logs only.
 */
export class MediaError extends Error {
  constructor(
    readonly code: MediaErrorCode,
    message: string,
    readonly detail: string | null = null,
  ) {
    super(message);
    this.name = 'MediaError';
  }
}

export interface MediaBinaries {
  ffmpeg: string;
  ffprobe: string;
  /** where they came from: the FFMPEG_PATH / FFPROBE_PATH settings, or the system PATH */
  source: 'system' | 'configured';
}

/** How an encode reports and stops. */
export interface EncodeOptions {
  /** called with 0..1, increasing, ending with 1 on success */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  /** the input's length when already known (from probe); otherwise it is read from ffmpeg's own report */
  durationSeconds?: number | null;
  /** stop the encode after this long (MediaError 'timeout'); none when unset */
  timeoutMs?: number;
}

export interface TranscodeOptions extends EncodeOptions {
  /** output size, even numbers: see webRenditionSize in @clapper/domain/video-rules */
  width: number;
  height: number;
}

export interface LadderOptions extends EncodeOptions {
  /** the rungs, smallest first: see ladderFor in @clapper/domain/ladder */
  rungs: readonly Rung[];
  /** the source's sound channels (the tracks are ladderAudio's in @clapper/domain/ladder); null: the video has no sound */
  audioChannels: number | null;
}

/**
 * Encoding settings of the web rendition, in one place so the service and the benchmark use the same.
 * H.264 High + AAC in an MP4 that starts playing before it has downloaded (faststart).
 */
export const WEB_RENDITION = {
  video: ['-c:v', 'libx264', '-preset', 'veryfast', '-crf', '23', '-profile:v', 'high', '-pix_fmt', 'yuv420p'],
  audio: ['-c:a', 'aac', '-b:a', '128k', '-ar', '48000', '-ac', '2'],
  maxFrameRate: 30,
  muxer: ['-movflags', '+faststart', '-f', 'mp4'],
  /** JPEG quality for posters (2 best .. 31 worst) */
  posterQuality: 3,
} as const;

/** A placeholder clip made from ffmpeg's own sources, for the demo data: see MediaToolkit.testClip. */
export interface TestClipSpec {
  /** even numbers, as for the web rendition */
  width: number;
  height: number;
  seconds: number;
  frameRate: number;
  /** the test pattern's hue shift in degrees, so that clips tell apart at a glance */
  hue: number;
  /** the tone's frequency, in Hz */
  toneHz: number;
}

/** ffmpeg and ffprobe behind a small interface, so the rest of the API never spawns processes itself. */
export abstract class MediaToolkit {
  abstract readonly binaries: MediaBinaries;

  /** Reads what a file holds. `input` is a local path or an http(s) URL (e.g. a presigned S3 GET: read with ranges). */
  abstract probe(input: string, options?: { signal?: AbortSignal }): Promise<ProbeSummary>;

  /**
   * Writes the web rendition: H.264 + AAC MP4 with faststart, turned upright, at the given size, at most 30 fps,
   * with no metadata at all (no GPS, titles, chapters, subtitle or data streams). No audio in, no audio out.
   * The output appears only when complete: on failure or abort nothing is left at `outputFile`.
   */
  abstract transcodeWeb(input: string, outputFile: string, options: TranscodeOptions): Promise<void>;

  /**
   * Writes the adaptive ladder (issue 18) into `outputDir`, which must not exist yet: HLS in fMP4 segments, a folder
   * per rung and one for the shared sound, and master.m3u8 (ffmpeg-args.ts HLS_LAYOUT), upright, at most 30 fps, with
   * no metadata. The folder appears only when complete: on failure or abort nothing is left at `outputDir`.
   */
  abstract hlsLadder(input: string, outputDir: string, options: LadderOptions): Promise<void>;

  /**
   * Writes a copy of the video with every piece of metadata removed, without re-encoding: the picture and sound
   * streams only (no cover art, subtitle or data tracks such as GPS telemetry), no container or stream tags (GPS and
   * ISO 6709 location, device, author, title, creation time, encoder), no chapters. The rotation (display matrix)
   * stays, so the picture still plays upright. The container is kept (`container`: mp4, mov, webm or mkv; otherwise
   * guessed from `outputFile`'s extension). The output appears only when complete.
   */
  abstract stripMetadata(input: string, outputFile: string, options?: { container?: string | null; signal?: AbortSignal }): Promise<void>;

  /** Writes a JPEG still at `atSeconds` (clamped into the video), upright, at the web rendition's display size. */
  abstract poster(input: string, outputFile: string, atSeconds: number, options?: { signal?: AbortSignal }): Promise<void>;

  /**
   * Writes the seeking previews as one JPEG: a thumbnail every `plan.every` seconds, in a grid of `plan.columns` ×
   * `plan.rows` (spritePlan in @clapper/domain/ladder), upright. The output appears only when complete.
   */
  abstract thumbnailSprite(input: string, outputFile: string, plan: SpritePlan, options?: { signal?: AbortSignal }): Promise<void>;

  /**
   * Writes a placeholder MP4 (H.264 + AAC, faststart) from ffmpeg's own sources: the test pattern tinted by `hue`, and
   * a tone. Cheap to make: a low quality, one thread. The output appears only when complete.
   */
  abstract testClip(outputFile: string, spec: TestClipSpec, options?: { signal?: AbortSignal }): Promise<void>;
}
