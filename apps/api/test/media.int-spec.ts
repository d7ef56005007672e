// The media toolkit on the real ffmpeg, with real files made by ffmpeg: no mocks.
import { createReadStream } from 'node:fs';
import { access, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_ENTRY_RULES } from '@clapper/domain/entry-rules';
import { checkVideo, webRenditionSize, type ProbeSummary } from '@clapper/domain/video-rules';
import { createMediaToolkit, type FfmpegToolkit } from '../src/media/ffmpeg.toolkit.js';
import { MediaError } from '../src/media/media-toolkit.js';
import {
  ffprobeReport,
  GPS_TAGS,
  hasEncoder,
  makeAudioOnly,
  makeEmptyFile,
  makeNotAVideo,
  makeStillImage,
  makeTestVideo,
  makeTruncated,
  topLevelBoxes,
} from './harness/videos.js';
import { allTags, IDENTIFYING, IDENTIFYING_PATTERN, makeTaggedVideo, streamHashes } from './tagged-video.js';

const rules = DEFAULT_ENTRY_RULES; // 30 s .. 3 min, mp4/mov/webm
const codes = (probe: ProbeSummary | null) => checkVideo(probe, rules).map((p) => p.code);

async function rejection(promise: Promise<unknown>): Promise<MediaError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof MediaError) return err;
    throw err;
  }
  throw new Error('expected a MediaError, but it resolved');
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

let dir: string;
let media: FfmpegToolkit;
const logs: string[] = [];
let landscape: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'clapper-media-'));
  media = await createMediaToolkit({}, (msg) => logs.push(msg));
  landscape = await makeTestVideo(dir, { width: 1920, height: 1080, seconds: 5, audio: true });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('createMediaToolkit', () => {
  it('uses the system ffmpeg when nothing is configured, and says so', () => {
    expect(media.binaries).toEqual({ ffmpeg: 'ffmpeg', ffprobe: 'ffprobe', source: 'system' });
    expect(logs[0]).toMatch(/^media: system ffmpeg \(ffmpeg: ffmpeg version 5\./);
  });

  it('uses configured paths, and refuses at boot one that does not run', async () => {
    const configured = await createMediaToolkit({ ffmpegPath: '/usr/bin/ffmpeg', ffprobePath: '/usr/bin/ffprobe' }, () => undefined);
    expect(configured.binaries).toEqual({ ffmpeg: '/usr/bin/ffmpeg', ffprobe: '/usr/bin/ffprobe', source: 'configured' });
    const err = await rejection(createMediaToolkit({ ffmpegPath: path.join(dir, 'no-such-ffmpeg') }, () => undefined));
    expect(err.code).toBe('unavailable');
  });
});

describe('a landscape 1080p clip with sound', () => {
  it('probes, fails only the length rule, and makes a 720p faststart rendition with steady progress and a poster', async () => {
    const probe = await media.probe(landscape);
    expect(probe).toMatchObject({
      containerFormat: 'mp4',
      video: { codec: 'h264', width: 1920, height: 1080, rotation: 0, displayWidth: 1920, displayHeight: 1080, frameRate: 30, frameCount: 150 },
      audio: { codec: 'aac', channels: 1 },
      hasLocationMetadata: false,
    });
    expect(probe.durationSeconds).toBeCloseTo(5, 1);
    expect(probe.sizeBytes).toBe((await stat(landscape)).size);
    expect(checkVideo(probe, rules)).toEqual([{ code: 'too_short', params: { seconds: probe.durationSeconds!, min: 30 } }]);
    expect(codes(probe)).toEqual(['too_short']);
    expect(checkVideo(probe, { ...rules, minDurationSeconds: 1 })).toEqual([]);

    const size = webRenditionSize(probe.video!.displayWidth, probe.video!.displayHeight);
    expect(size).toEqual({ width: 1280, height: 720 });
    const out = path.join(dir, 'landscape-web.mp4');
    const progress: number[] = [];
    await media.transcodeWeb(landscape, out, { ...size, onProgress: (f) => progress.push(f) });

    const report = await ffprobeReport(out);
    const video = report.streams.find((s) => s.codec_type === 'video')!;
    const audio = report.streams.find((s) => s.codec_type === 'audio')!;
    expect(video).toMatchObject({ codec_name: 'h264', profile: 'High', width: 1280, height: 720, avg_frame_rate: '30/1' });
    expect(audio).toMatchObject({ codec_name: 'aac', sample_rate: '48000', channels: 2 });
    expect(Number(report.format.duration)).toBeCloseTo(5, 0);
    const boxes = await topLevelBoxes(out);
    expect(boxes.indexOf('moov')).toBeGreaterThan(-1);
    expect(boxes.indexOf('moov')).toBeLessThan(boxes.indexOf('mdat'));

    expect(progress.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThan(progress[i - 1]);
    expect(progress[0]).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(1);
    // ffmpeg reports twice a second, so there are intermediate values, not just the final 1
    expect(progress.some((f) => f > 0.2 && f < 1)).toBe(true);

    const poster = path.join(dir, 'landscape.jpg');
    await media.poster(landscape, poster, 2);
    const posterReport = await ffprobeReport(poster);
    expect(posterReport.streams[0]).toMatchObject({ codec_name: 'mjpeg', width: 1280, height: 720 });
    expect(await readdir(dir)).not.toContainEqual(expect.stringMatching(/\.part$/));
  }, 40_000);

  it('reads the same file over HTTP with range requests, as from a presigned S3 URL', async () => {
    const ranges: string[] = [];
    const { size } = await stat(landscape);
    const server = http.createServer((req, res) => {
      const m = /bytes=(\d+)-(\d*)/.exec(req.headers.range ?? '');
      if (req.headers.range) ranges.push(req.headers.range);
      const start = m ? Number(m[1]) : 0;
      const end = m && m[2] ? Math.min(Number(m[2]), size - 1) : size - 1;
      res.writeHead(m ? 206 : 200, {
        'Content-Type': 'video/mp4',
        'Accept-Ranges': 'bytes',
        'Content-Length': end - start + 1,
        ...(m ? { 'Content-Range': `bytes ${start}-${end}/${size}` } : {}),
      });
      createReadStream(landscape, { start, end }).pipe(res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bucket/entry.mp4?X-Amz-Signature=abc`;
      const [fromUrl, fromFile] = await Promise.all([media.probe(url), media.probe(landscape)]);
      expect(fromUrl).toEqual(fromFile);
      const poster = path.join(dir, 'from-url.jpg');
      await media.poster(url, poster, 1);
      expect((await ffprobeReport(poster)).streams[0]).toMatchObject({ width: 1280, height: 720 });
      expect(ranges.length).toBeGreaterThan(0);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('stops on abort: rejects with code aborted and leaves no output', async () => {
    const out = path.join(dir, 'aborted.mp4');
    const controller = new AbortController();
    const started = Date.now();
    const err = await rejection(
      media.transcodeWeb(landscape, out, { width: 1280, height: 720, signal: controller.signal, onProgress: (f) => f > 0.05 && controller.abort() }),
    );
    expect(err.code).toBe('aborted');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await exists(out)).toBe(false);
    expect((await readdir(dir)).filter((f) => f.startsWith('aborted'))).toEqual([]);

    const already = AbortSignal.abort();
    expect((await rejection(media.transcodeWeb(landscape, out, { width: 1280, height: 720, signal: already }))).code).toBe('aborted');
  });
});

describe('portrait video', () => {
  it('keeps a 1080x1920 clip portrait: 720x1280 rendition and poster', async () => {
    const input = await makeTestVideo(dir, { width: 1080, height: 1920, seconds: 2 });
    const probe = await media.probe(input);
    expect(probe.video).toMatchObject({ width: 1080, height: 1920, rotation: 0, displayWidth: 1080, displayHeight: 1920 });
    const size = webRenditionSize(probe.video!.displayWidth, probe.video!.displayHeight);
    expect(size).toEqual({ width: 720, height: 1280 });
    const out = path.join(dir, 'portrait-web.mp4');
    await media.transcodeWeb(input, out, size);
    expect((await ffprobeReport(out)).streams.find((s) => s.codec_type === 'video')).toMatchObject({ width: 720, height: 1280 });
  }, 30_000);

  it('turns a phone clip stored sideways with rotation metadata upright, leaving no rotation behind', async () => {
    const input = await makeTestVideo(dir, { width: 1280, height: 720, seconds: 2, rotate: 90 });
    const probe = await media.probe(input);
    expect(probe.video).toMatchObject({ width: 1280, height: 720, displayWidth: 720, displayHeight: 1280 });
    expect([90, 270]).toContain(probe.video!.rotation);
    expect(codes(probe)).toEqual(['too_short']);

    const size = webRenditionSize(probe.video!.displayWidth, probe.video!.displayHeight);
    expect(size).toEqual({ width: 720, height: 1280 });
    const out = path.join(dir, 'rotated-web.mp4');
    await media.transcodeWeb(input, out, size);
    const report = await ffprobeReport(out);
    const video = report.streams.find((s) => s.codec_type === 'video')!;
    expect(video).toMatchObject({ width: 720, height: 1280 });
    expect(video.tags?.rotate).toBeUndefined();
    expect((video.side_data_list ?? []).filter((d) => 'rotation' in d && d.rotation !== 0)).toEqual([]);
    expect((await media.probe(out)).video).toMatchObject({ rotation: 0, displayWidth: 720, displayHeight: 1280 });

    const poster = path.join(dir, 'rotated.jpg');
    await media.poster(input, poster, 1);
    expect((await ffprobeReport(poster)).streams[0]).toMatchObject({ width: 720, height: 1280 });
  }, 30_000);
});

describe('metadata', () => {
  it('finds GPS and title tags, and the rendition carries none of them (nor more than 30 fps)', async () => {
    const input = await makeTestVideo(dir, { width: 640, height: 360, seconds: 2, gps: true, fps: 60 });
    const probe = await media.probe(input);
    expect(probe.hasLocationMetadata).toBe(true);
    expect(probe.metadataTags).toEqual(expect.arrayContaining(['location', 'title', 'com.apple.quicktime.location.iso6709']));
    expect(probe.video!.frameRate).toBe(60);

    const out = path.join(dir, 'gps-web.mp4');
    await media.transcodeWeb(input, out, webRenditionSize(640, 360));
    const report = await ffprobeReport(out);
    const allTags = [report.format.tags ?? {}, ...report.streams.map((s) => s.tags ?? {})];
    const text = JSON.stringify(allTags);
    for (const value of Object.values(GPS_TAGS)) expect(text).not.toContain(value);
    expect(text).not.toMatch(/location|iso6709|title|xyz|\+35\.68/i);
    expect(Object.keys(report.format.tags ?? {}).sort()).toEqual(['compatible_brands', 'major_brand', 'minor_version']);
    expect(report.chapters ?? []).toEqual([]);
    expect(report.streams.map((s) => s.codec_type).sort()).toEqual(['audio', 'video']);
    expect(report.streams.find((s) => s.codec_type === 'video')).toMatchObject({ width: 640, height: 360, avg_frame_rate: '30/1' });
    expect((await media.probe(out)).hasLocationMetadata).toBe(false);
  }, 30_000);
});

describe('stripMetadata', () => {
  it('copies an mp4 without any tag, chapter or location, and without re-encoding a single packet', async () => {
    const input = await makeTaggedVideo(dir, 'mp4');
    const before = await ffprobeReport(input);
    // the input really carries what must go
    expect(allTags(before).join('\n')).toContain(IDENTIFYING.artist);
    expect(allTags(before).join('\n')).toContain(IDENTIFYING.location);
    expect(before.chapters).toHaveLength(1);

    const out = path.join(dir, 'stripped.mp4');
    await media.stripMetadata(input, out, { container: 'mp4' });
    const after = await ffprobeReport(out);
    expect(allTags(after).filter((tag) => IDENTIFYING_PATTERN.test(tag))).toEqual([]);
    expect(Object.keys(after.format.tags ?? {}).sort()).toEqual(['compatible_brands', 'major_brand', 'minor_version']);
    expect(after.chapters ?? []).toEqual([]);
    expect((await media.probe(out)).hasLocationMetadata).toBe(false);
    // the same streams, packet for packet
    expect(after.streams.map((x) => `${x.codec_type}:${x.codec_name}`)).toEqual(['video:h264', 'audio:aac']);
    expect(await streamHashes(out)).toEqual(await streamHashes(input));
    expect(Number(after.format.duration)).toBeCloseTo(Number(before.format.duration), 1);
    expect((await readdir(dir)).filter((f) => f.includes('.part'))).toEqual([]);
  }, 30_000);

  it('keeps the container and the rotation of a mov, and a webm stays webm', async () => {
    const mov = await makeTestVideo(dir, { width: 640, height: 360, seconds: 1, container: 'mov', rotate: 90, gps: true });
    const movOut = path.join(dir, 'stripped.mov');
    await media.stripMetadata(mov, movOut, { container: 'mov' });
    const probe = await media.probe(movOut);
    expect(probe).toMatchObject({ containerFormat: 'mov', hasLocationMetadata: false, video: { rotation: 90, displayWidth: 360, displayHeight: 640 } });
    expect(allTags(await ffprobeReport(movOut)).filter((tag) => IDENTIFYING_PATTERN.test(tag))).toEqual([]);
    expect(await streamHashes(movOut)).toEqual(await streamHashes(mov));

    const webm = await makeTestVideo(dir, { width: 320, height: 240, seconds: 1, container: 'webm' });
    const webmOut = path.join(dir, 'stripped.webm');
    await media.stripMetadata(webm, webmOut, { container: 'webm' });
    expect(await media.probe(webmOut)).toMatchObject({ containerFormat: 'webm', video: { codec: 'vp9' } });
    expect(await streamHashes(webmOut)).toEqual(await streamHashes(webm));
  }, 30_000);

  it('refuses a file that is not a video, leaving nothing behind', async () => {
    const out = path.join(dir, 'not-a-video-stripped.mp4');
    expect((await rejection(media.stripMetadata(await makeNotAVideo(dir), out, { container: 'mp4' }))).code).toBe('failed');
    expect(await exists(out)).toBe(false);
    expect((await readdir(dir)).filter((f) => f.includes('.part'))).toEqual([]);
  });
});

describe('testClip', () => {
  it('makes a placeholder MP4 of the given size, length and frame rate, with a mono tone, ready to stream', async () => {
    const out = path.join(dir, 'placeholder.mp4');
    await media.testClip(out, { width: 360, height: 640, seconds: 4, frameRate: 5, hue: 60, toneHz: 698 });
    const probe = await media.probe(out);
    expect(probe).toMatchObject({
      containerFormat: 'mp4',
      video: { codec: 'h264', width: 360, height: 640, rotation: 0, frameRate: 5, frameCount: 20 },
      audio: { codec: 'aac', channels: 1 },
    });
    expect(probe.durationSeconds).toBeCloseTo(4, 0);
    const boxes = await topLevelBoxes(out);
    expect(boxes.indexOf('moov')).toBeGreaterThan(-1);
    expect(boxes.indexOf('moov')).toBeLessThan(boxes.indexOf('mdat'));
  });

  it('refuses an odd or empty size, or no length, and leaves nothing when ffmpeg cannot write the output', async () => {
    const out = path.join(dir, 'bad-placeholder.mp4');
    const spec = { width: 320, height: 240, seconds: 1, frameRate: 5, hue: 0, toneHz: 440 };
    for (const bad of [{ width: 321 }, { height: 0 }, { seconds: 0 }, { frameRate: -5 }])
      expect((await rejection(media.testClip(out, { ...spec, ...bad }))).code).toBe('failed');
    expect(await exists(out)).toBe(false);
    const nowhere = path.join(dir, 'no-such-folder', 'placeholder.mp4');
    const err = await rejection(media.testClip(nowhere, spec));
    expect(err.code).toBe('failed');
    expect(err.message).toBe('The test clip could not be made.');
    expect(await exists(nowhere)).toBe(false);
    expect((await readdir(dir)).filter((f) => f.includes('.part'))).toEqual([]);
  });
});

describe('files that are not (good) videos', () => {
  it('sound only: no video stream, and no rendition', async () => {
    const input = await makeAudioOnly(dir);
    const probe = await media.probe(input);
    expect(probe).toMatchObject({ containerFormat: 'mp4', video: null, audio: { codec: 'aac' } });
    expect(codes(probe)).toEqual(['no_video_stream']);
    const out = path.join(dir, 'audio-web.mp4');
    expect((await rejection(media.transcodeWeb(input, out, { width: 640, height: 360 }))).code).toBe('unreadable');
    expect(await exists(out)).toBe(false);
  });

  it('a silent video gets a rendition without an audio track', async () => {
    const input = await makeTestVideo(dir, { width: 640, height: 360, seconds: 1, audio: false });
    const probe = await media.probe(input);
    expect(probe.audio).toBeNull();
    expect(codes(probe)).toEqual(['too_short', 'no_audio']);
    const out = path.join(dir, 'silent-web.mp4');
    await media.transcodeWeb(input, out, { width: 640, height: 360 });
    expect((await ffprobeReport(out)).streams.map((s) => s.codec_type)).toEqual(['video']);
  });

  it('a PNG renamed .mp4 is a still image', async () => {
    const probe = await media.probe(await makeStillImage(dir));
    expect(probe).toMatchObject({ containerFormat: 'png_pipe', durationSeconds: null, audio: null, video: { codec: 'png', width: 1280, height: 720 } });
    expect(checkVideo(probe, rules)).toEqual([{ code: 'still_image', params: {} }]);
  });

  it.each([
    ['a text file renamed .mp4', () => makeNotAVideo(dir)],
    ['a truncated MP4 (first 40%)', () => makeTruncated(dir, landscape, 0.4)],
    ['a zero-byte file', () => makeEmptyFile(dir)],
  ])('%s is unreadable, without server paths in the message', async (_name, make) => {
    const input = await make();
    const err = await rejection(media.probe(input));
    expect(err.code).toBe('unreadable');
    expect(err.message).toBe('This file could not be read as a video.');
    expect(err.message).not.toContain(dir);
    expect(err.detail ?? '').not.toContain(dir);
    expect(codes(null)).toEqual(['not_a_video']);
    const out = path.join(dir, 'never.mp4');
    expect((await rejection(media.transcodeWeb(input, out, { width: 640, height: 360 }))).code).toBe('unreadable');
    expect(await exists(out)).toBe(false);
  });

  it('tells WebM from MKV', async () => {
    const probe = await media.probe(await makeTestVideo(dir, { width: 640, height: 360, seconds: 1, container: 'webm' }));
    expect(probe).toMatchObject({ containerFormat: 'webm', video: { codec: 'vp9' }, audio: { codec: 'opus' } });
    expect(codes(probe)).toEqual(['too_short']);
  });
});

describe('HEVC input', () => {
  it('is probed as hevc, accepted, and converted to H.264 (skipped only when this ffmpeg has no libx265 encoder)', async () => {
    if (!(await hasEncoder('libx265'))) {
      console.warn('HEVC case skipped: this ffmpeg has no libx265 encoder');
      return;
    }
    const input = await makeTestVideo(dir, { width: 640, height: 360, seconds: 1, codec: 'hevc' });
    const probe = await media.probe(input);
    expect(probe.video).toMatchObject({ codec: 'hevc', displayWidth: 640, displayHeight: 360 });
    expect(codes(probe)).toEqual(['too_short']);
    const out = path.join(dir, 'hevc-web.mp4');
    await media.transcodeWeb(input, out, { width: 640, height: 360 });
    expect((await ffprobeReport(out)).streams.find((s) => s.codec_type === 'video')).toMatchObject({ codec_name: 'h264', width: 640, height: 360 });
  }, 30_000);
});
