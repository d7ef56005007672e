// The adaptive ladder's encode (issue 18) on the real ffmpeg, with real videos made by ffmpeg: no mocks.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { HLS_SEGMENT_SECONDS, ladderFor, segmentStarts, spritePlan } from '@clapper/domain/ladder';
import { HLS_LAYOUT } from '../src/media/ffmpeg-args.js';
import { run } from '../src/media/ffmpeg-process.js';
import { createMediaToolkit, type FfmpegToolkit } from '../src/media/ffmpeg.toolkit.js';
import { MediaError } from '../src/media/media-toolkit.js';
import { restOfFirst, splitFirstSegments } from '../src/videos/video-ladder.js';
import { makeNotAVideo, makeTestVideo } from './harness/videos.js';

let dir: string;
let media: FfmpegToolkit;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'clapper-hls-'));
  media = await createMediaToolkit({}, () => undefined);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

let made = 0;
/** Encodes `input` into the ladder of its size (read by the prober) in a new folder, and answers the folder. */
async function ladder(input: string, onProgress?: (fraction: number) => void): Promise<string> {
  const probe = await media.probe(input);
  const out = path.join(dir, `ladder-${++made}`);
  const rungs = ladderFor(probe.video!.displayWidth, probe.video!.displayHeight);
  await media.hlsLadder(input, out, { rungs, audioChannels: probe.audio?.channels ?? null, durationSeconds: probe.durationSeconds, onProgress });
  return out;
}

/** The variants of a master playlist: their attributes, and the playlist each points to. */
function variants(master: string): { attributes: string; uri: string }[] {
  const lines = master.split('\n');
  return lines.flatMap((line, i) =>
    line.startsWith('#EXT-X-STREAM-INF:') ? [{ attributes: line.slice('#EXT-X-STREAM-INF:'.length), uri: lines[i + 1] }] : [],
  );
}

/** The time of each keyframe of a rung's video, read back by ffprobe from its segments. */
async function keyframeTimes(rungDir: string, init: string): Promise<number[]> {
  const segments = (await readdir(rungDir)).filter((f) => f.endsWith('.m4s')).sort();
  const joined = path.join(rungDir, 'joined.mp4');
  const parts = await Promise.all([init, ...segments].map((f) => readFile(path.join(rungDir, f))));
  await writeFile(joined, Buffer.concat(parts));
  const probe = await run(
    'ffprobe',
    ['-v', 'error', '-select_streams', 'v:0', '-skip_frame', 'nokey', '-show_entries', 'frame=pts_time', '-of', 'csv=p=0', joined],
    {
      collectStdout: true,
    },
  );
  return probe.stdout
    .split('\n')
    .filter(Boolean)
    .map((t) => Number(t.split(',')[0]));
}

/** The segments of a playlist, in its order. */
const segmentsOf = (playlist: string) => playlist.split('\n').filter((l) => l.endsWith('.m4s'));

/** An MD5 of every decoded frame (and its time) of a playlist's init and segments, joined in playlist order. */
async function decoded(folder: string): Promise<string> {
  const playlist = await readFile(path.join(folder, HLS_LAYOUT.playlist), 'utf8');
  const init = /#EXT-X-MAP:URI="([^"/]+)"/.exec(playlist)![1];
  const joined = path.join(folder, '..', `${path.basename(folder)}-joined.mp4`);
  await writeFile(joined, Buffer.concat(await Promise.all([init, ...segmentsOf(playlist)].map((f) => readFile(path.join(folder, f))))));
  const { stdout } = await run('ffmpeg', ['-v', 'error', '-i', joined, '-f', 'framemd5', '-'], { collectStdout: true });
  return stdout
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .join('\n');
}

describe('the HLS ladder', () => {
  it('makes the four rungs of a 1080p video in fMP4 segments of 4 s cut on the same keyframes, with one shared sound track', async () => {
    const input = await makeTestVideo(dir, { width: 1920, height: 1080, seconds: 10, fps: 25, stereo: true });
    const progress: number[] = [];
    const out = await ladder(input, (f) => progress.push(f));
    // progress rises to the end
    expect(progress.length).toBeGreaterThan(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    expect(progress.at(-1)).toBe(1);
    const master = await readFile(path.join(out, HLS_LAYOUT.master), 'utf8');
    const found = variants(master);
    expect(found.map((v) => /RESOLUTION=(\d+x\d+)/.exec(v.attributes)?.[1])).toEqual(['426x240', '640x360', '960x540', '1280x720']);
    expect(found.map((v) => v.uri)).toEqual(['240p/index.m3u8', '360p/index.m3u8', '540p/index.m3u8', '720p/index.m3u8']);
    // stereo sound in two tracks: 64 kbit/s shared by 240p and 360p, 128 kbit/s by 540p and 720p
    expect(found.map((v) => /CODECS="avc1\.64[0-9a-f]{4},mp4a\.40\.2",AUDIO="group_(audio-\d+k)"$/.exec(v.attributes)?.[1])).toEqual([
      'audio-64k',
      'audio-64k',
      'audio-128k',
      'audio-128k',
    ]);
    expect([...master.matchAll(/^#EXT-X-MEDIA:TYPE=AUDIO,.*$/gm)].map((m) => m[0])).toEqual([
      expect.stringMatching(/GROUP-ID="group_audio-64k",NAME="[^"]+",DEFAULT=YES,URI="audio-64k\/index.m3u8"/),
      expect.stringMatching(/GROUP-ID="group_audio-128k",NAME="[^"]+",DEFAULT=YES,URI="audio-128k\/index.m3u8"/),
    ]);
    for (const [track, kbps] of [
      ['audio-64k', 64],
      ['audio-128k', 128],
    ] as const) {
      const bytes = (await Promise.all((await readdir(path.join(out, track))).map((f) => readFile(path.join(out, track, f))))).reduce(
        (n, b) => n + b.length,
        0,
      );
      // 10 s of sound at about its bitrate (AAC's own overhead and the containers aside)
      expect((bytes * 8) / 10 / 1000).toBeGreaterThan(kbps * 0.8);
      expect((bytes * 8) / 10 / 1000).toBeLessThan(kbps * 1.3);
    }

    // each rung's peak (what a player budgets for) grows with the rung, and keeps to the rung's peak rate and the sound's
    const bandwidths = found.map((v) => Number(/(?:^|,)BANDWIDTH=(\d+)/.exec(v.attributes)![1]));
    expect([...bandwidths].sort((a, b) => a - b)).toEqual(bandwidths);
    ladderFor(1920, 1080).forEach((rung, i) => expect(bandwidths[i]).toBeLessThan(1.5 * (rung.maxrateKbps + 64) * 1000));

    const keyframes: number[][] = [];
    for (const name of ['240p', '360p', '540p', '720p']) {
      const playlist = await readFile(path.join(out, name, HLS_LAYOUT.playlist), 'utf8');
      expect(playlist).toContain('#EXT-X-PLAYLIST-TYPE:VOD');
      // the rung's initialisation segment (ffmpeg numbers it per rung), beside its playlist
      const init = /#EXT-X-MAP:URI="([^"/]+\.mp4)"/.exec(playlist)![1];
      expect(playlist).toContain('#EXT-X-ENDLIST');
      const durations = [...playlist.matchAll(/#EXTINF:([\d.]+),/g)].map((m) => Number(m[1]));
      // 10 s in segments of 4 s: 4, 4 and the last 2
      expect(durations.map((d) => Math.round(d))).toEqual([HLS_SEGMENT_SECONDS, HLS_SEGMENT_SECONDS, 2]);
      keyframes.push(await keyframeTimes(path.join(out, name), init));
    }
    // every rung has its keyframes at the segment boundaries (counted from its first frame, which the encoder's delay
    // puts a few hundredths in), and nowhere else: the same frames in every rung, so a player switches at any segment
    for (const times of keyframes) expect(times.map((t) => Math.round((t - times[0]) * 10) / 10)).toEqual(segmentStarts(10));
    for (const times of keyframes) expect(times).toEqual(keyframes[0]);
  });

  it("serves each playlist's first segment as its first second and the rest, cut losslessly on the keyframe every rung has there", async () => {
    const input = await makeTestVideo(dir, { width: 640, height: 360, seconds: 6, fps: 25, stereo: true });
    const whole = await ladder(input);
    const split = `${whole}-split`;
    await cp(whole, split, { recursive: true });
    await splitFirstSegments(split);
    for (const folder of ['240p', '360p', 'audio-64k']) {
      const playlist = await readFile(path.join(split, folder, HLS_LAYOUT.playlist), 'utf8');
      expect(segmentsOf(playlist)).toEqual(['seg_00000.m4s', restOfFirst('seg_00000.m4s'), 'seg_00001.m4s']);
      // the sound cuts at an AAC frame (21 ms), the picture on its keyframe at 1 s
      const durations = [...playlist.matchAll(/#EXTINF:([\d.]+),/g)].map((m) => Number(m[1]));
      expect(durations[0]).toBeCloseTo(1, 1);
      expect(durations[0] + durations[1]).toBeCloseTo(HLS_SEGMENT_SECONDS, 1);
      const [first, rest, whole4s] = await Promise.all(
        ['seg_00000.m4s', restOfFirst('seg_00000.m4s'), 'seg_00000.m4s'].map(
          async (f, i) => (await readFile(path.join(i < 2 ? split : whole, folder, f))).length,
        ),
      );
      // the first part is about a quarter of the 4 s it came from (the picture's a little more: its keyframe)
      expect(first / whole4s).toBeGreaterThan(0.15);
      expect(first / whole4s).toBeLessThan(0.45);
      expect(first + rest).toBeLessThan(whole4s + 2048);
      // the same frames at the same times, bit for bit
      expect(await decoded(path.join(split, folder))).toBe(await decoded(path.join(whole, folder)));
    }
  });

  it('keeps a portrait video upright and never upscales: a 480 × 854 phone video gets 240p and 360p, and no sound track without sound', async () => {
    const input = await makeTestVideo(dir, { width: 480, height: 854, seconds: 5, fps: 30, audio: false });
    const out = await ladder(input);
    const master = await readFile(path.join(out, HLS_LAYOUT.master), 'utf8');
    const found = variants(master);
    expect(found.map((v) => /RESOLUTION=(\d+x\d+)/.exec(v.attributes)?.[1])).toEqual(['240x428', '360x640']);
    expect(master).not.toContain('TYPE=AUDIO');
    expect(await readdir(out)).toEqual(expect.arrayContaining(['240p', '360p', HLS_LAYOUT.master]));
    expect((await readdir(out)).filter((f) => f.startsWith('audio'))).toEqual([]);
  });

  it('leaves nothing behind when the input is not a video, and says it is unreadable', async () => {
    const input = await makeNotAVideo(dir);
    const out = path.join(dir, 'not-a-video');
    const failure = await media.hlsLadder(input, out, { rungs: ladderFor(1280, 720), audioChannels: 2 }).then(
      () => null,
      (err: unknown) => err,
    );
    expect(failure).toBeInstanceOf(MediaError);
    expect((failure as MediaError).code).toBe('unreadable');
    expect((await readdir(dir)).filter((f) => f.startsWith('not-a-video'))).toEqual([]);
  });

  it('stops when asked, and leaves nothing behind', async () => {
    const input = await makeTestVideo(dir, { width: 1920, height: 1080, seconds: 30, fps: 25 });
    const out = path.join(dir, 'stopped');
    const controller = new AbortController();
    const stopped = media.hlsLadder(input, out, {
      rungs: ladderFor(1920, 1080),
      audioChannels: 2,
      signal: controller.signal,
      onProgress: (f) => {
        if (f > 0.05) controller.abort();
      },
    });
    await expect(stopped).rejects.toMatchObject({ code: 'aborted' });
    expect((await readdir(dir)).filter((f) => f.startsWith('stopped'))).toEqual([]);
  });

  it('makes the seeking previews as one JPEG grid of the planned size, for landscape and portrait', async () => {
    for (const [width, height] of [
      [1280, 720],
      [480, 854],
    ]) {
      const input = await makeTestVideo(dir, { width, height, seconds: 25, fps: 25, audio: false });
      const plan = spritePlan(25, width, height);
      const out = path.join(dir, `sprite-${width}.jpg`);
      await media.thumbnailSprite(input, out, plan);
      const probe = await media.probe(out);
      expect([probe.video?.displayWidth, probe.video?.displayHeight]).toEqual([plan.columns * plan.width, plan.rows * plan.height]);
      // 13 tiles, 10 to a row: two rows
      expect([plan.count, plan.rows]).toEqual([13, 2]);
    }
    const failure = await media.thumbnailSprite(await makeNotAVideo(dir), path.join(dir, 'no-sprite.jpg'), spritePlan(10, 1280, 720)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(MediaError);
    expect((await readdir(dir)).filter((f) => f.startsWith('no-sprite'))).toEqual([]);
  });
});
