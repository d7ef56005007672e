import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { DEFAULT_ENTRY_RULES } from '@clapper/domain/entry-rules';
import { createTestApp, type Client, type TestApp } from './harness/test-app.js';
import { clientAs, makeCompetition } from './harness/factories.js';
import { makeAudioOnly, makeSrt, makeTestVideo } from './harness/videos.js';
import { VideoAsset } from '../src/videos/video-asset.entity.js';
import { VideosProcessor } from '../src/videos/video-processor.js';
import { VideoCleanup } from '../src/videos/video-cleanup.js';
import type { Competition } from '../src/competitions/competition.entity.js';
import type { Entry } from '../src/entries/entry.entity.js';
import type { User } from '../src/accounts/user.entity.js';
import { leftovers, storedObjects, makeEntry, MIB, mp4Like, sendParts, startUpload } from './videos-fixtures.js';

/** The worker side, on real ffmpeg: uploads become a web rendition and a poster, or a rejection with reasons. */
let t: TestApp;
let dir: string;
let competition: Competition;
let student: { user: User; client: Client };
let ready: Entry;

beforeAll(async () => {
  t = await createTestApp({ APP_MODE: 'all' });
  // objects in s3rver carry the real time; the clean-up job compares them with the app's clock
  t.clock.set(new Date());
  dir = await mkdtemp(path.join(os.tmpdir(), 'videos-processing-spec-'));
  competition = await makeCompetition(t, { countryCodes: ['TH'], rules: { ...DEFAULT_ENTRY_RULES, minDurationSeconds: 1, maxFileSizeBytes: 20 * MIB } });
  student = await clientAs(t, { role: 'student', countryCode: 'TH', schoolName: 'Processing School' });
});
afterAll(async () => {
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

async function waitForStatus(client: Client, entryId: string, want: string[], timeoutMs = 25_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const { body } = await client.get(`/api/entries/${entryId}/video`).expect(200);
    if (want.includes(body.status)) return body;
    if (Date.now() > until) throw new Error(`video stayed ${body.status}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

describe('processing', () => {
  it('turns a real clip into a web rendition and a poster, ready to play', async () => {
    ready = await makeEntry(t, competition, student.user);
    const file = await readFile(await makeTestVideo(dir, { width: 640, height: 360, seconds: 2 }));
    await student.client.post(`/api/entries/${ready.id}/video`).attach('file', file, { filename: 'clip.mp4', contentType: 'video/mp4' }).expect(200);
    const body = await waitForStatus(student.client, ready.id, ['ready', 'rejected']);
    expect(body).toMatchObject({ status: 'ready', progress: 1, width: 640, height: 360, problems: [] });
    expect(body.durationSeconds).toBeCloseTo(2, 0);
    expect(new Date(body.playback.expiresAt).getTime() - t.clock.now().getTime()).toBe(15 * 60_000);

    const range = await fetch(body.playback.url, { headers: { Range: 'bytes=0-99' } });
    expect(range.status).toBe(206);
    const head = Buffer.from(await range.arrayBuffer());
    expect(head).toHaveLength(100);
    expect(head.toString('latin1', 4, 8)).toBe('ftyp');
    const poster = await fetch(body.playback.posterUrl);
    expect(poster.status).toBe(200);
    expect(Buffer.from(await poster.arrayBuffer()).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));

    const asset = await t.db.getRepository(VideoAsset).findOneByOrFail({ id: body.assetId });
    expect(asset.sha256).toMatch(/^[0-9a-f]{64}$/);
    const stored = await storedObjects(t, ready.id, asset);
    expect(stored.others).toEqual([asset.originalKey, asset.posterKey, asset.webKey].sort());
    // and the ladder, complete (issue 18)
    expect(stored.ladder).toEqual(expect.arrayContaining(['master.m3u8', '240p/index.m3u8', 'audio-64k/index.m3u8', 'sprite.jpg', 'thumbnails.vtt']));
    // a second delivery of the job finds nothing to do
    expect(await t.app.get(VideosProcessor).process(asset.id)).toBe('skipped');
  });

  it('gives playback URLs to the team, the country coordinator and organisers only', async () => {
    const seen = async (client: Client) => {
      const res = await client.get(`/api/entries/${ready.id}/video`);
      if (res.status !== 200) return res.status;
      const range = await fetch(res.body.playback.url, { headers: { Range: 'bytes=10-19' } });
      return range.status;
    };
    expect(await seen(student.client)).toBe(206);
    expect(await seen((await clientAs(t, { role: 'teacher', countryCode: 'TH', schoolName: 'Processing School' })).client)).toBe(206);
    expect(await seen((await clientAs(t, { role: 'coordinator', countryCode: 'TH' })).client)).toBe(206);
    expect(await seen((await clientAs(t, { role: 'organiser', countryCode: null })).client)).toBe(206);

    expect(await seen((await clientAs(t, { role: 'student', countryCode: 'TH' })).client)).toBe(404);
    expect(await seen((await clientAs(t, { role: 'teacher', countryCode: 'TH', schoolName: 'Another School' })).client)).toBe(404);
    expect(await seen((await clientAs(t, { role: 'coordinator', countryCode: 'JP' })).client)).toBe(404);
    expect(await seen((await clientAs(t, { role: 'judge', countryCode: 'TH' })).client)).toBe(404);
    expect(await seen(t.anon)).toBe(401);
  });

  it('refuses subtitles that run past the end of the ready video (422)', async () => {
    const upload = (srt: string) =>
      student.client
        .post(`/api/entries/${ready.id}/subtitles/en`)
        .attach('file', Buffer.from(srt), { filename: 'en.srt', contentType: 'application/x-subrip' });
    const res = await upload(
      makeSrt([
        { start: 0, end: 1, text: 'Hello' },
        { start: 1, end: 9, text: 'Too long' },
      ]),
    ).expect(422);
    expect(res.body).toMatchObject({ reason: 'videos.subtitles_refused' });
    expect(res.body.params.problems).toEqual([
      { reason: 'videos.subtitles_cue_after_end', params: { cue: 2, endSeconds: 9, durationSeconds: expect.any(Number) } },
    ]);
    expect(res.body.message).toMatch(/Subtitle number 2/);
    await upload(makeSrt([{ start: 0, end: 1.9, text: 'Hello' }])).expect(200);
  });

  it('rejects an audio-only file with the no_video_stream reason', async () => {
    const entry = await makeEntry(t, competition, student.user);
    const file = await readFile(await makeAudioOnly(dir, 2));
    await student.client.post(`/api/entries/${entry.id}/video`).attach('file', file, { filename: 'song.mp4', contentType: 'video/mp4' }).expect(200);
    const body = await waitForStatus(student.client, entry.id, ['ready', 'rejected']);
    expect(body.status).toBe('rejected');
    expect(body.playback).toBeNull();
    expect(body.problems).toEqual([{ code: 'no_video_stream', params: {}, blocking: true, message: expect.stringMatching(/no picture/) }]);
  });

  it('clean-up: aborts day-old uploads and deletes unreferenced day-old objects, never consent forms or live videos', async () => {
    const entry = await makeEntry(t, competition, student.user);
    const clip = await readFile(await makeTestVideo(dir, { width: 640, height: 360, seconds: 1 }));
    const bytes = mp4Like(clip, 100_000);
    const stale = await startUpload(student.client, entry.id, bytes);
    await sendParts(student.client, entry.id, stale, bytes);
    const put = (key: string) => t.storage.put(key, Readable.from([Buffer.from('x')]));
    await put(`entries/${entry.id}/video/00000000-0000-4000-8000-000000000000/web.mp4`);
    await put(`entries/${entry.id}/consents/form-1.pdf`);
    await put(`entries/${ready.id}/subtitles/.incoming-leftover`);
    const cleanup = t.app.get(VideoCleanup);

    // today: everything is young, nothing goes
    expect(await cleanup.run()).toEqual({ abortedUploads: 0, deletedAssets: 0, deletedOriginals: 0, deletedObjects: 0 });

    const before = await leftovers(t, ready.id);
    t.clock.advance(25 * 3600_000);
    try {
      const report = await cleanup.run();
      expect(report).toMatchObject({ abortedUploads: 1, deletedAssets: 1, deletedObjects: 2 });
    } finally {
      t.clock.set(new Date());
    }
    expect(await leftovers(t, entry.id)).toEqual({ objects: [`entries/${entry.id}/consents/form-1.pdf`], uploads: [] });
    expect(await t.db.getRepository(VideoAsset).count({ where: { entryId: entry.id } })).toBe(0);
    // the ready video, its poster, its rendition and its subtitles stay
    expect((await leftovers(t, ready.id)).objects).toEqual(before.objects.filter((k) => !k.includes('.incoming-')));
    expect((await leftovers(t, ready.id)).objects).toContain(`entries/${ready.id}/subtitles/en.vtt`);
  });
});
