// A phone-like video carrying everything that identifies a person or a place, for the tests that check it is gone:
// GPS (the classic location tag and Apple's ISO 6709 key), the author's full name, a title, the creation time,
// per-stream tags and a chapter.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { FfprobeReport } from './harness/videos.js';

const run = promisify(execFile);
const ffmpeg = (args: string[]) => run('ffmpeg', ['-nostdin', '-hide_banner', '-loglevel', 'error', '-y', ...args], { maxBuffer: 16 * 1024 * 1024 });

export const IDENTIFYING = {
  location: '+35.6895+139.6917/',
  'com.apple.quicktime.location.ISO6709': '+35.6895+139.6917+040.000/',
  artist: 'Somchai Jaidee',
  title: 'Filmed at Somchai Jaidee’s home',
  creation_time: '2026-03-01T10:00:00.000000Z',
  chapter: 'Scene at Satit Bangkok School',
  handler: 'Somchai Jaidee’s phone',
};

/** Values that must not survive anywhere in a cleaned file's tags or chapters. */
export const IDENTIFYING_PATTERN = /Somchai|Jaidee|Satit|\+35\.68|139\.69|2026-03-01|location|iso6709|artist|title|creation_time|encoder|xyz/i;

/** A 640×360 H.264/AAC clip in mp4 or mov, `seconds` long, with every IDENTIFYING tag and a chapter. */
export async function makeTaggedVideo(dir: string, container: 'mp4' | 'mov' = 'mp4', seconds = 2): Promise<string> {
  const id = randomBytes(3).toString('hex');
  const raw = path.join(dir, `tagged-raw-${id}.${container}`);
  const out = path.join(dir, `tagged-${id}.${container}`);
  const chapters = path.join(dir, `chapters-${id}.txt`);
  await ffmpeg([
    '-f',
    'lavfi',
    '-i',
    `testsrc2=size=640x360:rate=30:duration=${seconds}`,
    '-f',
    'lavfi',
    '-i',
    `sine=frequency=440:sample_rate=48000:duration=${seconds}`,
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-pix_fmt',
    'yuv420p',
    '-c:a',
    'aac',
    '-b:a',
    '96k',
    raw,
  ]);
  await writeFile(chapters, `;FFMETADATA1\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND=${seconds * 500}\ntitle=${IDENTIFYING.chapter}\n`);
  await ffmpeg([
    '-i',
    raw,
    '-i',
    chapters,
    '-map',
    '0',
    '-map_chapters',
    '1',
    '-c',
    'copy',
    '-movflags',
    'use_metadata_tags',
    '-metadata',
    `location=${IDENTIFYING.location}`,
    '-metadata',
    `com.apple.quicktime.location.ISO6709=${IDENTIFYING['com.apple.quicktime.location.ISO6709']}`,
    '-metadata',
    `artist=${IDENTIFYING.artist}`,
    '-metadata',
    `title=${IDENTIFYING.title}`,
    '-metadata',
    `creation_time=${IDENTIFYING.creation_time}`,
    '-metadata:s:v:0',
    `handler_name=${IDENTIFYING.handler}`,
    '-metadata:s:a:0',
    `creation_time=${IDENTIFYING.creation_time}`,
    out,
  ]);
  return out;
}

/** Every tag of the container, the streams and the chapters, flattened to "key=value" strings. */
export function allTags(report: FfprobeReport): string[] {
  const chapters = (report.chapters ?? []) as { tags?: Record<string, string> }[];
  const sets = [report.format.tags ?? {}, ...report.streams.map((s) => s.tags ?? {}), ...chapters.map((c) => c.tags ?? {})];
  return sets.flatMap((tags) => Object.entries(tags).map(([k, v]) => `${k}=${v}`));
}

/** A SHA-256 of each picture and sound stream's packets ("0,v,SHA256=…"): equal only when nothing was re-encoded. */
export async function streamHashes(file: string): Promise<string[]> {
  const { stdout } = await run('ffmpeg', [
    '-nostdin',
    '-v',
    'error',
    '-i',
    file,
    '-map',
    '0:V',
    '-map',
    '0:a?',
    '-c',
    'copy',
    '-f',
    'streamhash',
    '-hash',
    'sha256',
    '-',
  ]);
  return stdout.trim().split('\n');
}
