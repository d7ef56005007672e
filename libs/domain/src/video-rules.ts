import type { EntryRules } from './entry-rules.js';

/** What the media prober found in a file, in plain terms (see apps/api/src/media). */
export interface ProbeSummary {
  /** 'mp4', 'mov', 'webm', 'mkv', 'avi', or the prober's own name for anything else (e.g. 'png_pipe', 'mp3') */
  containerFormat: string;
  /** null when the file does not say how long it is */
  durationSeconds: number | null;
  /** null when the prober could not tell */
  sizeBytes: number | null;
  video: {
    codec: string;
    /** as stored */
    width: number;
    height: number;
    /** clockwise degrees a player turns the picture: 0, 90, 180 or 270 */
    rotation: number;
    /** as shown, after rotation */
    displayWidth: number;
    displayHeight: number;
    /** frames per second; null when unknown */
    frameRate: number | null;
    /** null when the container does not say */
    frameCount: number | null;
  } | null;
  audio: { codec: string; channels: number } | null;
  /** a GPS position is written in the file (phones add one) */
  hasLocationMetadata: boolean;
  /** names of the metadata tags found at file and stream level, lower-cased and sorted */
  metadataTags: string[];
}

/** What can be wrong with a video against a competition's rules; the web words each with its facts. */
export const VIDEO_PROBLEM_CODES = [
  'not_a_video',
  'no_video_stream',
  'still_image',
  'unreadable_duration',
  'too_short',
  'too_long',
  'file_too_large',
  'resolution_too_low',
  'resolution_too_high',
  'unsupported_codec',
  'container_not_accepted',
  'no_audio',
  /** the file opens, but parts of its picture or sound cannot be decoded: it is damaged */
  'damaged',
  /** processing did not finish (a passing failure that lasted through every retry, or it took far too long) */
  'processing_failed',
] as const;

export type VideoProblemCode = (typeof VIDEO_PROBLEM_CODES)[number];

/**
 * A problem and its facts: `seconds`, `min`, `max` (durations in seconds for too_short/too_long, bytes for
 * file_too_large, pixels for the resolutions), `bytes`, `width`, `height`, `codec`, `container`, `accepted` (a list),
 * `detected` (what a file that is not a video looks like).
 */
export interface VideoProblem {
  code: VideoProblemCode;
  params: Record<string, string | number | string[]>;
}

/** The shorter side must be at least this many pixels (360p). */
export const MIN_SHORT_SIDE = 360;
/** The longer side may be at most this many pixels (4K DCI). */
export const MAX_LONG_SIDE = 4096;

/** Problems that do not stop an entry: the student is told, but may submit. */
export const WARNING_CODES: readonly VideoProblemCode[] = ['no_audio'];

export const isBlocking = (problem: VideoProblem): boolean => !WARNING_CODES.includes(problem.code);

const IMAGE_CODECS = new Set(['mjpeg', 'png', 'apng', 'bmp', 'gif', 'webp', 'tiff', 'jpeg2000', 'jpegls', 'qoi']);
const CONTAINER_ALIASES: Record<string, string> = { matroska: 'mkv', quicktime: 'mov' };

const problem = (code: VideoProblemCode, params: VideoProblem['params'] = {}): VideoProblem => ({ code, params });

/**
 * Every problem with a video against a competition's rules, all at once, so the student fixes them in one go.
 * Pass null when the prober could not read the file at all. A file that is not a video, has no picture or is a
 * single image gets that one problem only: the rest would be noise.
 */
export function checkVideo(
  probe: ProbeSummary | null,
  rules: Pick<EntryRules, 'minDurationSeconds' | 'maxDurationSeconds' | 'maxFileSizeBytes' | 'acceptedContainers' | 'acceptedVideoCodecs'>,
): VideoProblem[] {
  if (!probe) return [problem('not_a_video')];
  const { video } = probe;
  if (!video) return [probe.audio ? problem('no_video_stream') : problem('not_a_video')];
  const noLength = probe.durationSeconds === null || probe.durationSeconds < 0.1;
  if (IMAGE_CODECS.has(video.codec) && (noLength || (video.frameCount !== null && video.frameCount <= 1))) return [problem('still_image')];

  const problems: VideoProblem[] = [];
  const container = CONTAINER_ALIASES[probe.containerFormat] ?? probe.containerFormat;
  if (!rules.acceptedContainers.includes(container)) problems.push(problem('container_not_accepted', { container, accepted: [...rules.acceptedContainers] }));
  if (!rules.acceptedVideoCodecs.includes(video.codec))
    problems.push(problem('unsupported_codec', { codec: video.codec, accepted: [...rules.acceptedVideoCodecs] }));

  const duration = probe.durationSeconds;
  if (duration === null || !Number.isFinite(duration) || duration <= 0) problems.push(problem('unreadable_duration'));
  else if (duration < rules.minDurationSeconds) problems.push(problem('too_short', { seconds: duration, min: rules.minDurationSeconds }));
  else if (duration > rules.maxDurationSeconds) problems.push(problem('too_long', { seconds: duration, max: rules.maxDurationSeconds }));

  if (probe.sizeBytes !== null && probe.sizeBytes > rules.maxFileSizeBytes)
    problems.push(problem('file_too_large', { bytes: probe.sizeBytes, max: rules.maxFileSizeBytes }));

  const shortSide = Math.min(video.displayWidth, video.displayHeight);
  const longSide = Math.max(video.displayWidth, video.displayHeight);
  const size = { width: video.displayWidth, height: video.displayHeight };
  if (shortSide < MIN_SHORT_SIDE) problems.push(problem('resolution_too_low', { ...size, min: MIN_SHORT_SIDE }));
  else if (longSide > MAX_LONG_SIDE) problems.push(problem('resolution_too_high', { ...size, max: MAX_LONG_SIDE }));

  if (!probe.audio) problems.push(problem('no_audio'));
  return problems;
}

/**
 * The size of the web rendition: the shorter side at most `maxShortSide`, the aspect ratio kept, both sides even
 * (H.264 in 4:2:0 needs that), and never larger than the original. Pass the display size (after rotation).
 */
export function webRenditionSize(displayWidth: number, displayHeight: number, maxShortSide = 720): { width: number; height: number } {
  if (!(displayWidth > 0 && displayHeight > 0)) throw new RangeError('webRenditionSize needs a positive width and height');
  const shortSide = Math.min(displayWidth, displayHeight);
  const scale = Math.min(1, maxShortSide / shortSide);
  const even = (x: number) => Math.max(2, 2 * Math.round((x * scale) / 2));
  let width = even(displayWidth);
  let height = even(displayHeight);
  // rounding up to even must not upscale past the original either
  if (width > displayWidth) width -= 2;
  if (height > displayHeight) height -= 2;
  return { width: Math.max(2, width), height: Math.max(2, height) };
}
