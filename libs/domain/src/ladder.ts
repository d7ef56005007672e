/**
 * The adaptive ladder (issue 18): the HLS renditions a processed video is played from, so that a viewer on a slow or
 * crowded network gets a smaller picture rather than stalls. Four rungs by the picture's short side, at about the
 * bitrates other video award platforms stream; a source is never upscaled, and a portrait video keeps its
 * orientation (its short side is its width). Sound is AAC in tracks the rungs share (ladderAudio).
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
  // about 300: 280 with the 64 kbit/s sound leaves room on a 400 kbit/s link for a request's latency per segment
  { name: '240p', shortSide: 240, videoKbps: 280 },
  { name: '360p', shortSide: 360, videoKbps: 700 },
  { name: '540p', shortSide: 540, videoKbps: 1500 },
  { name: '720p', shortSide: 720, videoKbps: 2800 },
];

/** Each segment's length: every rung is cut on the same keyframes, so that a player can switch at any segment. */
export const HLS_SEGMENT_SECONDS = 4;

/**
 * The first segment is served in two: its first this many seconds, and the rest. A viewer on a slow link gets a
 * picture once one second of the lowest rung is in (about 30 kB), not four; every rung has a keyframe there too.
 */
export const HLS_FIRST_PART_SECONDS = 1;

/** The times (seconds) at which segments start (so, every rung's keyframes), up to `durationSeconds`. */
export function segmentStarts(durationSeconds: number): number[] {
  const starts: number[] = [];
  for (let t = 0; t < durationSeconds; t += HLS_SEGMENT_SECONDS) {
    starts.push(t);
    if (t === 0 && HLS_FIRST_PART_SECONDS < Math.min(durationSeconds, HLS_SEGMENT_SECONDS)) starts.push(HLS_FIRST_PART_SECONDS);
  }
  return starts;
}

/** ffmpeg's -force_key_frames expression for segmentStarts: a keyframe at 0, at the first part's end, then every segment. */
export const SEGMENT_KEYFRAMES = `expr:if(lt(n_forced,2),gte(t,n_forced*${HLS_FIRST_PART_SECONDS}),gte(t,(n_forced-1)*${HLS_SEGMENT_SECONDS}))`;

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

/** A sound track of the ladder, shared by the rungs that refer to it. */
export interface AudioTrack {
  /** its folder, and its name in the master playlist */
  name: 'audio-64k' | 'audio-128k';
  kbps: 64 | 128;
  channels: 1 | 2;
}

/** Rungs up to this short side share the 64 kbit/s sound: what fits beside 240p on a 400 kbit/s link. */
const LOW_AUDIO_UP_TO = 360;

/**
 * The ladder's sound, AAC: for a mono source one 64 kbit/s track every rung shares; for stereo (or more, mixed down),
 * a 64 kbit/s track the small rungs (240p, 360p) share, so that 240p and its sound fit in 400 kbit/s, and a
 * 128 kbit/s track the large ones (540p, 720p) share. Both stereo tracks have the same layout, so a player moves from
 * one to the other as it changes rung. `trackOf[i]` is the index of the track rung i refers to. None without sound.
 */
export function ladderAudio(rungs: readonly RungSpec[], channels: number | null | undefined): { tracks: AudioTrack[]; trackOf: number[] } {
  if (!channels || channels < 1) return { tracks: [], trackOf: [] };
  if (channels === 1) return { tracks: [{ name: 'audio-64k', kbps: 64, channels: 1 }], trackOf: rungs.map(() => 0) };
  const low: AudioTrack = { name: 'audio-64k', kbps: 64, channels: 2 };
  const high: AudioTrack = { name: 'audio-128k', kbps: 128, channels: 2 };
  const tracks = [...(rungs.some((r) => r.shortSide <= LOW_AUDIO_UP_TO) ? [low] : []), ...(rungs.some((r) => r.shortSide > LOW_AUDIO_UP_TO) ? [high] : [])];
  return { tracks, trackOf: rungs.map((r) => tracks.indexOf(r.shortSide <= LOW_AUDIO_UP_TO ? low : high)) };
}

/** How a video's seeking previews are laid out: one JPEG of thumbnails in a grid, read left to right, top to bottom. */
export interface SpritePlan {
  /** a thumbnail every this many seconds */
  every: number;
  columns: number;
  rows: number;
  /** each thumbnail's size, even numbers, the video's aspect ratio */
  width: number;
  height: number;
  /** how many thumbnails the grid holds (the last row may be partly empty) */
  count: number;
}

/** At most this many previews: one every 2 s for a short video, spread out for a long one. */
const SPRITE_MAX = 100;
const SPRITE_MIN_EVERY = 2;
const SPRITE_COLUMNS = 10;
/** the thumbnail's short side, in pixels */
const THUMB_SHORT_SIDE = 90;

/** The seeking previews of a video of this length and display size (after rotation). */
export function spritePlan(durationSeconds: number, displayWidth: number, displayHeight: number): SpritePlan {
  if (!(durationSeconds > 0)) throw new RangeError('spritePlan needs a positive duration');
  const every = Math.max(SPRITE_MIN_EVERY, Math.ceil(durationSeconds / SPRITE_MAX));
  const count = Math.max(1, Math.ceil(durationSeconds / every));
  const columns = Math.min(SPRITE_COLUMNS, count);
  const { width, height } = webRenditionSize(displayWidth, displayHeight, THUMB_SHORT_SIDE);
  return { every, columns, rows: Math.ceil(count / columns), width, height, count };
}

const vttTime = (seconds: number): string => {
  const ms = Math.round(seconds * 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
};

/**
 * The WebVTT that maps each stretch of the video to its thumbnail in the sprite (`image#xywh=x,y,w,h`), the form
 * players read seeking previews from. The last cue ends at the video's end.
 */
export function thumbnailsVtt(plan: SpritePlan, durationSeconds: number, image: string): string {
  const cues: string[] = [];
  for (let i = 0; i < plan.count; i++) {
    const start = i * plan.every;
    const end = Math.min(durationSeconds, start + plan.every);
    const { x, y, width, height } = tileOf(plan, i);
    cues.push(`${vttTime(start)} --> ${vttTime(end)}\n${image}#xywh=${x},${y},${width},${height}`);
  }
  return `WEBVTT\n\n${cues.join('\n\n')}\n`;
}

/** The preview shown for a point in the video: the cue of the thumbnail that covers it. */
export function thumbnailAt(plan: SpritePlan, seconds: number): { x: number; y: number; width: number; height: number } {
  return tileOf(plan, Math.min(plan.count - 1, Math.max(0, Math.floor(seconds / plan.every))));
}

/** Where the i-th thumbnail (from 0) sits in the sprite. */
function tileOf(plan: SpritePlan, i: number): { x: number; y: number; width: number; height: number } {
  return { x: (i % plan.columns) * plan.width, y: Math.floor(i / plan.columns) * plan.height, width: plan.width, height: plan.height };
}
