// Real media files for tests, made on the spot by the system ffmpeg from its built-in sources (testsrc2, sine).
// Small and fast: a 5 s 1080p H.264 clip takes about a second on two cores.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { open, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const FFMPEG = 'ffmpeg';
const FFPROBE = 'ffprobe';

const fileName = (dir: string, stem: string, ext: string) => path.join(dir, `${stem}-${randomBytes(3).toString('hex')}.${ext}`);

async function ffmpeg(args: string[]): Promise<void> {
  await run(FFMPEG, ['-nostdin', '-hide_banner', '-loglevel', 'error', '-y', ...args], { maxBuffer: 16 * 1024 * 1024 });
}

export interface TestVideoOptions {
  width: number;
  height: number;
  seconds: number;
  /** a 440 Hz tone; default true */
  audio?: boolean;
  /** the tone in two channels, as phones record; default false (mono) */
  stereo?: boolean;
  container?: 'mp4' | 'mov' | 'webm';
  /** written as rotation metadata (display matrix), as phones do: the pixels stay width×height */
  rotate?: number;
  /** a GPS position (both the classic ©xyz and Apple's ISO 6709 key) and a title, as phones write them */
  gps?: boolean;
  codec?: 'h264' | 'hevc' | 'vp9';
  /** default 30 */
  fps?: number;
  /** mp4/mov: the index (moov) before the media, as web exports write it; default false (index last) */
  faststart?: boolean;
}

export const GPS_TAGS = {
  location: '+35.6895+139.6917/',
  'com.apple.quicktime.location.ISO6709': '+35.6895+139.6917+040.000/',
  title: 'Our secret filming spot',
};

/** A test-pattern video; returns its path. */
export async function makeTestVideo(dir: string, options: TestVideoOptions): Promise<string> {
  const {
    width,
    height,
    seconds,
    audio = true,
    container = 'mp4',
    rotate,
    gps = false,
    codec = container === 'webm' ? 'vp9' : 'h264',
    fps = 30,
    faststart = false,
    stereo = false,
  } = options;
  if (container === 'webm' && codec !== 'vp9') throw new Error('makeTestVideo: WebM holds VP9 here');
  if (container === 'webm' && (rotate || gps || faststart)) throw new Error('makeTestVideo: rotation, GPS tags and faststart are written for mp4/mov only');
  const out = fileName(dir, `video-${width}x${height}-${codec}`, container);
  const inputs = ['-f', 'lavfi', '-i', `testsrc2=size=${width}x${height}:rate=${fps}:duration=${seconds}`];
  if (audio) inputs.push('-f', 'lavfi', '-i', `sine=frequency=440:sample_rate=48000:duration=${seconds}`);
  const video =
    codec === 'hevc'
      ? ['-c:v', 'libx265', '-preset', 'ultrafast', '-x265-params', 'log-level=error', '-tag:v', 'hvc1']
      : codec === 'vp9'
        ? ['-c:v', 'libvpx-vp9', '-deadline', 'realtime', '-cpu-used', '8', '-b:v', '1M']
        : ['-c:v', 'libx264', '-preset', 'ultrafast'];
  const sound = audio ? [...(container === 'webm' ? ['-c:a', 'libopus', '-b:a', '64k'] : ['-c:a', 'aac', '-b:a', '96k']), '-ac', stereo ? '2' : '1'] : [];
  const tags = gps ? ['-movflags', 'use_metadata_tags', ...Object.entries(GPS_TAGS).flatMap(([k, v]) => ['-metadata', `${k}=${v}`])] : [];
  const encodeTo = rotate ? `${out}.raw.${container}` : out;
  const layout = faststart ? ['-movflags', '+faststart'] : [];
  await ffmpeg([...inputs, ...video, '-pix_fmt', 'yuv420p', ...sound, ...tags, ...layout, encodeTo]);
  if (rotate) {
    // ffmpeg 5.1 writes rotation only when stream-copying (6.0+ has -display_rotation)
    await ffmpeg(['-i', encodeTo, '-map', '0', '-c', 'copy', '-map_metadata', '0', ...tags, '-metadata:s:v:0', `rotate=${rotate}`, out]);
  }
  return out;
}

/** A text file named like a video. */
export async function makeNotAVideo(dir: string, name = 'my-video.mp4'): Promise<string> {
  const out = path.join(dir, `${randomBytes(3).toString('hex')}-${name}`);
  await writeFile(out, 'This is our script for the video, not the video itself.\n'.repeat(50));
  return out;
}

/** A zero-byte file named like a video. */
export async function makeEmptyFile(dir: string, name = 'empty.mp4'): Promise<string> {
  const out = path.join(dir, `${randomBytes(3).toString('hex')}-${name}`);
  await writeFile(out, '');
  return out;
}

/** The first `fraction` of another file, as an interrupted upload or copy leaves it. */
export async function makeTruncated(dir: string, source: string, fraction = 0.4): Promise<string> {
  const bytes = await readFile(source);
  const out = fileName(dir, 'truncated', path.extname(source).slice(1) || 'mp4');
  await writeFile(out, bytes.subarray(0, Math.floor(bytes.length * fraction)));
  return out;
}

/** A PNG picture renamed .mp4. */
export async function makeStillImage(dir: string, width = 1280, height = 720): Promise<string> {
  const out = fileName(dir, 'still', 'mp4');
  await ffmpeg(['-f', 'lavfi', '-i', `testsrc2=size=${width}x${height}:rate=1`, '-frames:v', '1', '-c:v', 'png', '-f', 'image2', out]);
  return out;
}

/** AAC sound in an .m4a, renamed .mp4. */
export async function makeAudioOnly(dir: string, seconds = 3): Promise<string> {
  const out = fileName(dir, 'audio-only', 'mp4');
  await ffmpeg(['-f', 'lavfi', '-i', `sine=frequency=440:sample_rate=48000:duration=${seconds}`, '-c:a', 'aac', '-b:a', '96k', '-f', 'ipod', out]);
  return out;
}

/** SRT text for the given cues (seconds). */
export function makeSrt(cues: { start: number; end: number; text: string }[]): string {
  const stamp = (s: number) => {
    const ms = Math.round(s * 1000);
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)},${pad(ms % 1000, 3)}`;
  };
  return cues.map((c, i) => `${i + 1}\n${stamp(c.start)} --> ${stamp(c.end)}\n${c.text}\n`).join('\n');
}

/** Whether the system ffmpeg has an encoder (e.g. 'libx265'). */
export async function hasEncoder(name: string): Promise<boolean> {
  const { stdout } = await run(FFMPEG, ['-hide_banner', '-encoders'], { maxBuffer: 4 * 1024 * 1024 });
  return new RegExp(`^\\s*\\S+\\s+${name}\\s`, 'm').test(stdout);
}

export interface FfprobeReport {
  format: { format_name: string; duration?: string; tags?: Record<string, string> };
  streams: {
    codec_type: string;
    codec_name: string;
    width?: number;
    height?: number;
    profile?: string;
    avg_frame_rate?: string;
    tags?: Record<string, string>;
    side_data_list?: Record<string, unknown>[];
  }[];
  chapters?: unknown[];
}

/** ffprobe's full report (format, streams, chapters) of a file, for assertions. */
export async function ffprobeReport(file: string): Promise<FfprobeReport> {
  const { stdout } = await run(FFPROBE, ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', '-show_chapters', file], {
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout) as FfprobeReport;
}

/** The top-level MP4 boxes in order (e.g. ['ftyp', 'moov', 'mdat']), read from the box headers. */
export async function topLevelBoxes(file: string): Promise<string[]> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const boxes: string[] = [];
    let at = 0;
    const header = Buffer.alloc(16);
    while (at + 8 <= size && boxes.length < 50) {
      await handle.read(header, 0, 16, at);
      let boxSize = header.readUInt32BE(0);
      boxes.push(header.toString('latin1', 4, 8));
      if (boxSize === 1) boxSize = Number(header.readBigUInt64BE(8));
      else if (boxSize === 0) boxSize = size - at;
      if (boxSize < 8) break;
      at += boxSize;
    }
    return boxes;
  } finally {
    await handle.close();
  }
}
