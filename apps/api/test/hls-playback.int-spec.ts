// The adaptive ladder end to end on real parts (issue 18): the worker makes it with real ffmpeg, it is stored in the
// embedded S3 server, played through signed playlists or the showcase's immutable URLs, and backfilled.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_ENTRY_RULES } from '@clapper/domain/entry-rules';
import type { Competition } from '../src/competitions/competition.entity.js';
import { MediaToolkit } from '../src/media/media-toolkit.js';
import { HLS_LIBRARY_VERSION } from '../src/showcase/views/assets.js';
import { VideoAsset } from '../src/videos/video-asset.entity.js';
import { LadderBackfill } from '../src/videos/video-ladder-backfill.js';
import { VideoLadder } from '../src/videos/video-ladder.js';
import { VideoCleanup } from '../src/videos/video-cleanup.js';
import { clientAs, makeCompetition, makeUser } from './harness/factories.js';
import { createTestApp, T0, type Client, type TestApp } from './harness/test-app.js';
import { makeTestVideo } from './harness/videos.js';
import { binary } from './campaigns-fixtures.js';
import { makeShowcaseWorld, mediaUrl, showcaseRequests } from './showcase-fixtures.js';
import { leftovers, makeEntry, MIB } from './videos-fixtures.js';

let t: TestApp;
let dir: string;
let competition: Competition;
let student: Awaited<ReturnType<typeof clientAs>>;
const { get } = showcaseRequests(() => t);

beforeAll(async () => {
  t = await createTestApp({ APP_MODE: 'all' });
  t.clock.set(new Date());
  dir = await mkdtemp(path.join(os.tmpdir(), 'hls-playback-spec-'));
  competition = await makeCompetition(t, { countryCodes: ['TH'], rules: { ...DEFAULT_ENTRY_RULES, minDurationSeconds: 1, maxFileSizeBytes: 20 * MIB } });
  student = await clientAs(t, { role: 'student', countryCode: 'TH', schoolName: 'Ladder School' });
});
afterAll(async () => {
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

async function uploadAndWait(client: Client, entryId: string, file: Buffer) {
  await client.post(`/api/entries/${entryId}/video`).attach('file', file, { filename: 'clip.mp4', contentType: 'video/mp4' }).expect(200);
  const until = Date.now() + 60_000;
  for (;;) {
    const { body } = await client.get(`/api/entries/${entryId}/video`).expect(200);
    if (body.status === 'ready' || body.status === 'rejected') return body;
    if (Date.now() > until) throw new Error(`video stayed ${body.status}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** The site-relative signed URL, as the app's own agent asks for it (a path under /api). */
const local = (url: string) => url.replace(/^https?:\/\/[^/]+/, '');

describe('the worker makes the ladder', () => {
  let entryId: string;
  let status: { assetId: string; playback: { hls: { url: string; rungs: { name: string }[]; previews: { spriteUrl: string; count: number } } } };

  it('stores the rungs of the source, the shared sound, the seeking previews, and how long the whole run took', async () => {
    entryId = (await makeEntry(t, competition, student.user)).id;
    const file = await readFile(await makeTestVideo(dir, { width: 960, height: 540, seconds: 9, stereo: true }));
    status = await uploadAndWait(student.client, entryId, file);
    expect(status).toMatchObject({ status: 'ready', width: 960, height: 540 });
    const asset = await t.db.getRepository(VideoAsset).findOneByOrFail({ id: status.assetId });
    // a 540p source: 240p, 360p and 540p, never upscaled to 720p
    expect(asset.hlsRungs!.map((r) => [r.name, r.width, r.height])).toEqual([
      ['240p', 426, 240],
      ['360p', 640, 360],
      ['540p', 960, 540],
    ]);
    expect(asset.hlsHash).toMatch(/^[0-9a-f]{32}$/);
    expect(asset.hlsKey).toBe(`entries/${entryId}/video/${asset.id}/hls/${asset.hlsHash}/`);
    expect(asset.sprite).toMatchObject({ every: 2, count: 5, width: 160, height: 90 });
    expect(asset.processingSeconds).toBeGreaterThan(0);
    const stored = (await leftovers(t, entryId)).objects.filter((k) => k.startsWith(asset.hlsKey!)).map((k) => k.slice(asset.hlsKey!.length));
    expect(stored).toEqual(
      expect.arrayContaining([
        'master.m3u8',
        'sprite.jpg',
        'thumbnails.vtt',
        '240p/index.m3u8',
        '540p/seg_00000.m4s',
        'audio-64k/index.m3u8',
        'audio-128k/seg_00002.m4s',
      ]),
    );
    // 9 s in 4 s segments, the first served as its first second and the rest: 4 files per rung and per sound track
    // (stereo: 64 kbit/s for 240p and 360p, 128 for 540p)
    expect(stored.filter((k) => k.endsWith('.m4s'))).toHaveLength(5 * 4);
    expect(stored).toEqual(expect.arrayContaining(['240p/seg_00000-1.m4s', 'audio-64k/seg_00000-1.m4s']));
    expect(status.playback.hls.rungs.map((r) => r.name)).toEqual(['240p', '360p', '540p']);
    expect(status.playback.hls.previews.count).toBe(5);
  }, 120_000);

  it('serves the signed playlists privately, each segment as a private presigned URL that plays', async () => {
    const masterUrl = local(status.playback.hls.url);
    expect(masterUrl).toMatch(new RegExp(`^/api/media/ladders/${status.assetId}/\\d+/[A-Za-z0-9_-]{22}/master\\.m3u8$`));
    const master = await t.anon.get(masterUrl).expect(200);
    expect(master.headers['content-type']).toMatch(/^application\/vnd\.apple\.mpegurl/);
    expect(master.headers['cache-control']).toBe('private, no-store');
    expect(master.text).toContain('\n360p/index.m3u8');
    const base = masterUrl.slice(0, -'master.m3u8'.length);
    const rung = await t.anon.get(`${base}360p/index.m3u8`).expect(200);
    expect(rung.headers['cache-control']).toBe('private, no-store');
    const segments = rung.text.split('\n').filter((l) => l.startsWith('http'));
    // 9 s: the first segment's first second, its rest, and two more
    expect(segments).toHaveLength(4);
    const init = /#EXT-X-MAP:URI="([^"]+)"/.exec(rung.text)![1];
    expect(init).toMatch(/^https?:\/\/.+X-Amz-Signature=/);
    const segment = await fetch(segments[0]);
    expect(segment.status).toBe(200);
    expect(segment.headers.get('cache-control')).toBe('private, max-age=3600');
    // an fMP4 media segment: a styp or moof box first
    expect(['styp', 'moof']).toContain(Buffer.from(await segment.arrayBuffer()).toString('latin1', 4, 8));
    const initBytes = Buffer.from(await (await fetch(init)).arrayBuffer());
    expect(initBytes.toString('latin1', 4, 8)).toBe('ftyp');
    // the previews' map points into the presigned sprite
    const vtt = await t.anon.get(`${base}thumbnails.vtt`).expect(200);
    expect(vtt.text).toMatch(/^WEBVTT\n\n00:00:00\.000 --> 00:00:02\.000\nhttps?:\/\/.+#xywh=0,0,160,90\n/);
    const sprite = await fetch(status.playback.hls.previews.spriteUrl);
    expect(Buffer.from(await sprite.arrayBuffer()).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
  });

  it('refuses a changed signature, another video’s signature, an expired URL and a file outside the ladder (404)', async () => {
    const masterUrl = local(status.playback.hls.url);
    const [, , , , assetId, expires, signature] = masterUrl.split('/');
    const flipped = signature.slice(0, -1) + (signature.endsWith('A') ? 'B' : 'A');
    await t.anon.get(`/api/media/ladders/${assetId}/${expires}/${flipped}/master.m3u8`).expect(404);
    await t.anon.get(`/api/media/ladders/${assetId}/${Number(expires) + 3600}/${signature}/master.m3u8`).expect(404);
    const other = (await makeEntry(t, competition, student.user)).id;
    const otherAsset = await t.db
      .getRepository(VideoAsset)
      .save({ entryId: other, status: 'ready', originalKey: 'x', fileName: 'x.mp4', hlsKey: `entries/${other}/x/` });
    await t.anon.get(`/api/media/ladders/${otherAsset.id}/${expires}/${signature}/master.m3u8`).expect(404);
    for (const file of ['original', '..%2Foriginal', 'web.mp4', '360p/..%2F..%2Fweb.mp4', 'index.m3u8'])
      await t.anon.get(`/api/media/ladders/${assetId}/${expires}/${signature}/${file}`).expect(404);
    const body = (await t.anon.get(`/api/media/ladders/${assetId}/${expires}/${signature}/nope.txt`).expect(404)).body;
    expect(body).toMatchObject({ reason: 'common.not_found' });
    expect(JSON.stringify(body)).not.toMatch(/entries\/|stack/);
    t.clock.set(new Date(t.clock.now().getTime() + 16 * 60_000));
    await t.anon.get(masterUrl).expect(404);
    t.clock.set(new Date());
  });

  it('gives the ladder only to those who may play the video: a judge, another student and anyone else get no URL', async () => {
    const coordinator = await clientAs(t, { role: 'coordinator', countryCode: 'TH' });
    const organiser = await clientAs(t, { role: 'organiser', countryCode: null });
    for (const c of [coordinator.client, organiser.client])
      expect((await c.get(`/api/entries/${entryId}/video`).expect(200)).body.playback.hls.url).toBeTruthy();
    const outsiders = [await clientAs(t, { role: 'judge', countryCode: 'TH' }), await clientAs(t, { role: 'student', countryCode: 'TH', schoolName: 'Other' })];
    for (const o of outsiders) expect((await o.client.get(`/api/entries/${entryId}/video`)).status).toBe(404);
    expect((await t.anon.get(`/api/entries/${entryId}/video`)).status).toBe(401);
  });

  it('keeps the ladder through the clean-up, and deletes it with the video when a new one replaces it', async () => {
    const asset = await t.db.getRepository(VideoAsset).findOneByOrFail({ id: status.assetId });
    t.clock.set(new Date(Date.now() + 3 * 24 * 3600_000));
    await t.app.get(VideoCleanup).run();
    t.clock.set(new Date());
    expect((await t.storage.list(asset.hlsKey!)).length).toBeGreaterThan(10);
    const file = await readFile(await makeTestVideo(dir, { width: 640, height: 360, seconds: 2 }));
    const next = await uploadAndWait(student.client, entryId, file);
    expect(next.assetId).not.toBe(asset.id);
    expect(await t.storage.list(asset.hlsKey!)).toEqual([]);
    expect((await t.db.getRepository(VideoAsset).findOneByOrFail({ id: next.assetId })).hlsRungs!.map((r) => r.name)).toEqual(['240p', '360p']);
  }, 120_000);
});

describe('the backfill', () => {
  /** Ready videos as processing made them before the ladder: a web rendition and a poster, no ladder. */
  async function oldVideos(n: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const entry = await makeEntry(t, competition, student.user);
      const body = await uploadAndWait(student.client, entry.id, await readFile(await makeTestVideo(dir, { width: 640, height: 360, seconds: 2 + i })));
      const asset = await t.db.getRepository(VideoAsset).findOneByOrFail({ id: body.assetId });
      await t.app.get(VideoLadder).remove(asset.hlsKey);
      await t.db.getRepository(VideoAsset).update({ id: asset.id }, { hlsKey: null, hlsHash: null, hlsRungs: null, sprite: null });
      ids.push(asset.id);
    }
    return ids;
  }

  it('converts every ready video without a ladder; stopped after the first, it goes on with the rest when started again', async () => {
    const backfill = t.app.get(LadderBackfill);
    await backfill.run(); // anything left by earlier tests
    const ids = await oldVideos(3);
    // a video with no ladder plays its web rendition meanwhile
    const before = await t.db.getRepository(VideoAsset).findOneByOrFail({ id: ids[0] });
    expect(before.webKey).toBeTruthy();
    expect(await backfill.waiting()).toBe(3);

    const stop = new AbortController();
    const first = await backfill.run({ signal: stop.signal, onVideo: () => stop.abort() });
    expect(first).toMatchObject({ status: 'stopped', converted: 1, failed: 0, remaining: 2 });
    const done = await t.db.getRepository(VideoAsset).findOneByOrFail({ id: ids[0] });
    expect(done.hlsRungs!.map((r) => r.name)).toEqual(['240p', '360p']);

    const seen: string[] = [];
    const second = await backfill.run({ onVideo: (id) => seen.push(id) });
    expect(second).toMatchObject({ status: 'done', converted: 2, failed: 0, remaining: 0 });
    // the converted one is not made again
    expect(seen).toEqual([ids[1], ids[2]]);
    for (const id of ids) {
      const a = await t.db.getRepository(VideoAsset).findOneByOrFail({ id });
      expect((await t.storage.list(a.hlsKey!)).map((o) => o.key.slice(a.hlsKey!.length))).toEqual(
        expect.arrayContaining(['master.m3u8', '240p/index.m3u8', 'sprite.jpg']),
      );
    }
  }, 180_000);

  it('runs once at a time: a run that finds another holding the lock does nothing, and the next run converts', async () => {
    const backfill = t.app.get(LadderBackfill);
    await oldVideos(1);
    // hold the lock the way a running backfill does, on a connection of its own
    const runner = t.db.createQueryRunner();
    await runner.connect();
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', ['video.ladder-backfill']);
    let busy: unknown;
    try {
      busy = await backfill.run();
    } finally {
      await runner.query('SELECT pg_advisory_unlock(hashtext($1))', ['video.ladder-backfill']);
      await runner.release();
    }
    expect(busy).toEqual({ status: 'busy', converted: 0, failed: 0, remaining: 1 });
    expect(await backfill.run()).toEqual({ status: 'done', converted: 1, failed: 0, remaining: 0 });
  }, 180_000);
});

describe('published works on the showcase', () => {
  it('serves a public work’s ladder under its content hash with immutable caching, and nothing once it is withdrawn', async () => {
    t.clock.set(T0);
    const organiserId = (await makeUser(t, { role: 'organiser', countryCode: null })).id;
    const w = await makeShowcaseWorld(t, organiserId, {
      resultsSealedAt: new Date(T0.getTime() - 2 * 86_400_000),
      resultsPublishedAt: new Date(T0.getTime() - 86_400_000),
    });
    // give work a a real ladder, made and stored as the worker does
    const asset = await t.db.getRepository(VideoAsset).findOneByOrFail({ entryId: w.a.entry.id });
    const clip = await makeTestVideo(dir, { width: 640, height: 360, seconds: 5 });
    const ladder = t.app.get(VideoLadder);
    const probe = await t.app.get(MediaToolkit).probe(clip);
    const work = await mkdtemp(path.join(dir, 'made-'));
    const stored = await ladder.store(w.a.entry.id, asset.id, await ladder.make(clip, clip, work, probe, { durationSeconds: probe.durationSeconds }));
    await t.db.getRepository(VideoAsset).update({ id: asset.id }, stored);

    const page = await get(`/showcase/${w.competition.slug}/entries/${w.a.entry.code}`).expect(200);
    const master = `/showcase/${w.competition.slug}/media/${w.a.entry.code}/hls/${stored.hlsHash}/master.m3u8`;
    expect(page.text).toContain(`data-hls="${master}"`);
    const res = await get(master).expect(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-type']).toMatch(/^application\/vnd\.apple\.mpegurl/);
    // relative names: every file resolves under the same hashed folder
    const rung = await get(mediaUrl(w, w.a, `hls/${stored.hlsHash}/240p/index.m3u8`)).expect(200);
    const segment = rung.text.split('\n').find((l) => l.endsWith('.m4s'))!;
    const seg = await get(mediaUrl(w, w.a, `hls/${stored.hlsHash}/240p/${segment}`)).expect(200);
    expect(seg.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(seg.headers['content-type']).toBe('video/iso.segment');
    // another hash, another work's code, a work that is not public: 404 pages, never the bytes
    await get(mediaUrl(w, w.a, `hls/${'0'.repeat(32)}/master.m3u8`)).expect(404);
    await get(mediaUrl(w, w.d, `hls/${stored.hlsHash}/master.m3u8`)).expect(404);
    await get(mediaUrl(w, w.a, `hls/${stored.hlsHash}/240p/..%2F..%2Fweb.mp4`)).expect(404);
    // the team withdraws the entry: the origin stops serving at once
    await w.a.team.post(`/api/entries/${w.a.entry.id}/withdraw`).expect(200);
    await get(master).expect(404);
    await rm(work, { recursive: true, force: true });
  }, 120_000);

  it("serves the player library (the showcase's fMP4-only build of hls.js) compressed as the browser accepts, cached for good under its build's hash", async () => {
    const url = `/showcase/assets/hls.js?v=${HLS_LIBRARY_VERSION}`;
    expect(HLS_LIBRARY_VERSION).toMatch(/^[0-9a-f]{12}$/);
    const original = (await get(url).set('Accept-Encoding', 'identity').buffer(true).parse(binary).expect(200)).body as Buffer;
    expect(original.length).toBeGreaterThan(250_000);
    expect(original.toString('utf8', 0, 2000)).toContain('Hls');
    // what travels before a first-time viewer's first frame: the stock hls.min.js is 155 kB with Brotli, 190 with gzip
    const budget = { br: 95_000, gzip: 115_000 };
    for (const encoding of ['br', 'gzip'] as const) {
      const res = await get(url).set('Accept-Encoding', encoding).buffer(true).parse(binary).expect(200);
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.headers.vary).toMatch(/Accept-Encoding/);
      expect(Number(res.headers['content-length'])).toBeLessThan(budget[encoding]);
      // the client undoes the encoding: the same library
      expect((res.body as Buffer).equals(original)).toBe(true);
    }
  });
});
