/**
 * The adaptive ladder (issue 18): the HLS renditions a processed video is played from, so that a viewer on a slow or
 * crowded network gets a smaller picture rather than stalls. Four rungs by the picture's short side, at about the
 * bitrates other video award platforms stream; a source is never upscaled, and a portrait video keeps its
 * orientation (its short side is its width). Sound is one AAC track the rungs share.
 */
import { webRenditionSize } from './video-rules.js';

export interface RungSpec {
  /** what a viewer's quality menu shows: the short side and a 'p' */
  name: '240p' | '360p' | '540p' | '720p';
  shortSide: number;
  /** the target average bitrate of the picture, kbit/s */
  videoKbps: number;
}

/** The rungs, smallest first. */
export const LADDER: readonly RungSpec[] = [
  { name: '240p', shortSide: 240, videoKbps: 300 },
  { name: '360p', shortSide: 360, videoKbps: 700 },
  { name: '540p', shortSide: 540, videoKbps: 1500 },
  { name: '720p', shortSide: 720, videoKbps: 2800 },
];

/** Each segment's length: every rung is cut on the same keyframes, so that a player can switch at any segment. */
export const HLS_SEGMENT_SECONDS = 4;

/** A peak above the average that a rung may reach, and the decoder buffer it is held to (x264's VBV), as factors. */
const PEAK = 1.1;
const BUFFER = 2;

export interface Rung extends RungSpec {
  /** the picture's size, even numbers, the source's aspect ratio */
  width: number;
  height: number;
  maxrateKbps: number;
  bufsizeKbps: number;
}

/**
 * The rungs a video of this display size (after rotation) is made in: those whose short side the source reaches,
 * smallest first. A source between two rungs gets the lower ones only (a 480p phone video: 240p and 360p), and one
 * smaller than the first rung (which the rules refuse anyway) is played at its own size.
 */
export function ladderFor(displayWidth: number, displayHeight: number): Rung[] {
  if (!(displayWidth > 0 && displayHeight > 0)) throw new RangeError('ladderFor needs a positive width and height');
  const shortSide = Math.min(displayWidth, displayHeight);
  const fitting = LADDER.filter((r) => r.shortSide <= shortSide);
  const specs = fitting.length ? fitting : [LADDER[0]];
  return specs.map((spec) => ({
    ...spec,
    ...webRenditionSize(displayWidth, displayHeight, spec.shortSide),
    maxrateKbps: Math.round(spec.videoKbps * PEAK),
    bufsizeKbps: spec.videoKbps * BUFFER,
  }));
}

/** The shared sound track's bitrate: 64 kbit/s for one channel, 128 for stereo or more; none without sound. */
export function audioKbps(channels: number | null | undefined): 64 | 128 | null {
  if (!channels || channels < 1) return null;
  return channels === 1 ? 64 : 128;
}
