import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_ENTRY_RULES } from '@clapper/domain/entry-rules';
import { createTestApp, type Client, type TestApp } from './harness/test-app.js';
import { readServices } from './harness/services-file.js';
import { clientAs, makeCompetition } from './harness/factories.js';
import { makeTestVideo, makeTruncated, topLevelBoxes } from './harness/videos.js';
import { leftovers, makeEntry, MIB, sendParts, startUpload } from './videos-fixtures.js';
import { VideoAsset } from '../src/videos/video-asset.entity.js';
import { tempDirPrefix, VideosProcessor } from '../src/videos/video-processor.js';
import { VideoCleanup } from '../src/videos/video-cleanup.js';
import type { Competition } from '../src/competitions/competition.entity.js';
import type { User } from '../src/accounts/user.entity.js';

/**
 * Every way a processing run can end, on real ffmpeg, Postgres and S3: ready, or rejected with a reason the student
 * can act on. Never left 'uploaded' or 'processing'. Storage outages are made by an HTTP hop in front of the real
 * S3 endpoint that answers 503 to reads of chosen originals.
 */
let dir: string;
let proxy: StorageProxy;
let t: TestApp;
let competition: Competition;
let student: { user: User; client: Client };
/** a real 2 s 640×360 clip with sound, and its file */
let clip: Buffer;
let clipFile: string;
const DAY = 24 * 3600_000;

interface StorageProxy {
  url: string;
  /** entry id → GETs of its original still to answer with 503 */
  failing: Map<string, number>;
  close(): Promise<void>;
}

async function startStorageProxy(target: string): Promise<StorageProxy> {
  const upstream = new URL(target);
  const failing = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const m = /\/entries\/([0-9a-f-]{36})\/video\/[0-9a-f-]{36}\/original(?:\?|$)/.exec(req.url ?? '');
    const left = m ? (failing.get(m[1]) ?? 0) : 0;
    if (m && req.method === 'GET' && left > 0) {
      failing.set(m[1], left - 1);
      req.resume();
      res.writeHead(503, { 'Content-Type': 'application/xml' });
      res.end('<?xml version="1.0" encoding="UTF-8"?><Error><Code>ServiceUnavailable</Code><Message>Service unavailable</Message></Error>');
      return;
    }
    const out = http.request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    out.on('error', () => res.destroy());
    req.pipe(out);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    failing,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A faststart MP4 (its index before the media) whose bytes after the first 100 kB are random: it opens, but cannot be decoded. */
async function makeDamagedFaststart(seconds = 3): Promise<Buffer> {
  const file = await makeTestVideo(dir, { width: 640, height: 360, seconds, faststart: true });
  expect((await topLevelBoxes(file)).slice(0, 2)).toEqual(['ftyp', 'moov']);
  const bytes = await readFile(file);
  expect(bytes.length).toBeGreaterThan(300_000);
  randomBytes(bytes.length - 100_000).copy(bytes, 100_000);
  return bytes;
}

async function upload(app: TestApp, client: Client, entryId: string, bytes: Buffer, fileName = 'our-video.mp4') {
  await client.post(`/api/entries/${entryId}/video`).attach('file', bytes, { filename: fileName, contentType: 'video/mp4' }).expect(200);
  return app.db.getRepository(VideoAsset).findOneByOrFail({ entryId });
}

async function settled(client: Client, entryId: string, timeoutMs = 45_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const { body } = await client.get(`/api/entries/${entryId}/video`).expect(200);
    if (body.status === 'ready' || body.status === 'rejected') return body;
    if (Date.now() > until) throw new Error(`the video stayed ${body.status}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Temporary folders of video runs in this process. */
async function ourTempDirs(): Promise<string[]> {
  return (await readdir(os.tmpdir())).filter((name) => name.startsWith(tempDirPrefix(process.pid)));
}

/**
 * The states of the queue's video.process jobs for one video. The queue marks a job completed only after its handler
 * has returned, a moment after the video's row says ready or rejected: a job still active is waited for (up to 10 s).
 */
async function jobStates(app: TestApp, assetId: string): Promise<string[]> {
  const until = Date.now() + 10_000;
  for (;;) {
    const rows: { state: string }[] = await app.db.query(`SELECT state::text AS state FROM pgboss.job WHERE name = 'video.process' AND data->>'assetId' = $1`, [
      assetId,
    ]);
    const states = rows.map((r) => r.state).sort();
    if (!states.includes('active') || Date.now() > until) return states;
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'videos-robustness-spec-'));
  clipFile = await makeTestVideo(dir, { width: 640, height: 360, seconds: 2 });
  clip = await readFile(clipFile);
  proxy = await startStorageProxy(readServices().s3Endpoint);
  // two attempts, one second apart, and a short lease: the ends come quickly
  t = await createTestApp(
    { APP_MODE: 'all', VIDEO_PROCESS_ATTEMPTS: '2', VIDEO_RETRY_DELAY_SECONDS: '1', VIDEO_LEASE_SECONDS: '6' },
    { s3Endpoint: proxy.url },
  );
  await t.storage.ensureBucket(t.config.allowedOrigins);
  // objects carry the real time; the clean-up compares them with the app's clock
  t.clock.set(new Date());
  competition = await makeCompetition(t, { countryCodes: ['TH'], rules: { ...DEFAULT_ENTRY_RULES, minDurationSeconds: 1, maxFileSizeBytes: 60 * MIB } });
  student = await clientAs(t, { role: 'student', countryCode: 'TH', schoolName: 'Robust School' });
});
afterAll(async () => {
  await t?.close();
  await proxy?.close();
  await rm(dir, { recursive: true, force: true });
});

const rejectedFor: string[] = [];

describe('every run ends ready, or rejected with a reason', () => {
  it('a damaged but readable MP4 (random bytes after its first 100 kB) is rejected as damaged, on its first run', async () => {
    const entry = await makeEntry(t, competition, student.user);
    await upload(t, student.client, entry.id, await makeDamagedFaststart());
    const body = await settled(student.client, entry.id);
    expect(body.status).toBe('rejected');
    expect(body.playback).toBeNull();
    expect(body.problems).toEqual([{ code: 'damaged', params: {}, blocking: true, message: expect.stringMatching(/damaged.*Export the video again/) }]);
    const asset = await t.db.getRepository(VideoAsset).findOneByOrFail({ id: body.assetId });
    // not retried: one run, its job completed, nothing held, and what the probe read is kept
    expect(asset).toMatchObject({ attempts: 1, leaseOwner: null, leaseUntil: null, width: 640, height: 360 });
    expect(await jobStates(t, asset.id)).toEqual(['completed']);
    expect(await ourTempDirs()).toEqual([]);
    rejectedFor.push(entry.id);
  }, 60_000);

  it('a file the prober cannot read (an MP4 cut short before its index) is rejected as not_a_video', async () => {
    const entry = await makeEntry(t, competition, student.user);
    // its index (moov) comes last, after the media: the first half has none
    expect((await topLevelBoxes(clipFile)).at(-1)).toBe('moov');
    await upload(t, student.client, entry.id, await readFile(await makeTruncated(dir, clipFile, 0.5)));
    const body = await settled(student.client, entry.id);
    expect(body).toMatchObject({ status: 'rejected', problems: [{ code: 'not_a_video', blocking: true }] });
    rejectedFor.push(entry.id);
  }, 60_000);

  it('a storage read that fails once is retried, and the video becomes ready', async () => {
    const entry = await makeEntry(t, competition, student.user);
    proxy.failing.set(entry.id, 1);
    await upload(t, student.client, entry.id, clip);
    const body = await settled(student.client, entry.id);
    expect(body).toMatchObject({ status: 'ready', problems: [] });
    expect(proxy.failing.get(entry.id)).toBe(0);
    const asset = await t.db.getRepository(VideoAsset).findOneByOrFail({ id: body.assetId });
    expect(asset).toMatchObject({ attempts: 2, leaseOwner: null });
    expect(await jobStates(t, asset.id)).toEqual(['completed']);
  }, 60_000);

  it('a storage outage that outlasts the retries ends rejected (processing_failed) on the last attempt, not waiting for ever', async () => {
    const entry = await makeEntry(t, competition, student.user);
    proxy.failing.set(entry.id, Number.POSITIVE_INFINITY);
    await upload(t, student.client, entry.id, clip);
    const body = await settled(student.client, entry.id);
    proxy.failing.delete(entry.id);
    expect(body.status).toBe('rejected');
    expect(body.problems).toEqual([{ code: 'processing_failed', params: {}, blocking: true, message: expect.stringMatching(/Upload it again/) }]);
    const asset = await t.db.getRepository(VideoAsset).findOneByOrFail({ id: body.assetId });
    expect(asset.attempts).toBe(2);
    // the last delivery ended the job: nothing is left queued to retry it
    expect(await jobStates(t, asset.id)).toEqual(['completed']);
    rejectedFor.push(entry.id);
  }, 60_000);

  it('an original missing from storage is rejected (processing_failed) at once', async () => {
    const entry = await makeEntry(t, competition, student.user);
    // stored, then lost before a worker reads it
    proxy.failing.set(entry.id, Number.POSITIVE_INFINITY);
    const asset = await upload(t, student.client, entry.id, clip);
    await t.storage.delete(asset.originalKey);
    proxy.failing.delete(entry.id);
    const body = await settled(student.client, entry.id);
    expect(body).toMatchObject({ status: 'rejected', problems: [{ code: 'processing_failed' }] });
    rejectedFor.push(entry.id);
  }, 60_000);
});

describe('an encode past its time limit', () => {
  let slow: TestApp;
  afterAll(async () => {
    await slow?.close();
  });

  it('is stopped, leaves nothing behind, and the video is rejected (processing_failed)', async () => {
    // the limit is 1 s plus 0 × the length: a 1080p clip of 6 s takes longer than that to encode
    slow = await createTestApp({ APP_MODE: 'all', VIDEO_ENCODE_TIMEOUT_SECONDS: '1', VIDEO_ENCODE_TIMEOUT_FACTOR: '0' });
    const c = await makeCompetition(slow, { countryCodes: ['TH'], rules: { ...DEFAULT_ENTRY_RULES, minDurationSeconds: 1, maxFileSizeBytes: 60 * MIB } });
    const s = await clientAs(slow, { role: 'student', countryCode: 'TH' });
    const entry = await makeEntry(slow, c, s.user);
    await upload(slow, s.client, entry.id, await readFile(await makeTestVideo(dir, { width: 1920, height: 1080, seconds: 6 })));
    const body = await settled(s.client, entry.id, 50_000);
    expect(body).toMatchObject({ status: 'rejected', problems: [{ code: 'processing_failed', blocking: true }], durationSeconds: expect.closeTo(6, 0) });
    const asset = await slow.db.getRepository(VideoAsset).findOneByOrFail({ id: body.assetId });
    expect(asset.attempts).toBe(1);
    expect(await ourTempDirs()).toEqual([]);
    expect((await leftovers(slow, entry.id)).objects).toEqual([asset.originalKey]);
  }, 60_000);
});

describe('runs that die, and the sweep', () => {
  // an API-only process: no worker runs jobs or sweeps here, so each step is the test's own
  let api: TestApp;
  let owner: { user: User; client: Client };
  let c: Competition;
  let asset: VideoAsset;
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    api = await createTestApp({ VIDEO_PROCESS_ATTEMPTS: '3', VIDEO_LEASE_SECONDS: '6' });
    c = await makeCompetition(api, { countryCodes: ['TH'], rules: { ...DEFAULT_ENTRY_RULES, minDurationSeconds: 1 } });
    owner = await clientAs(api, { role: 'student', countryCode: 'TH' });
    const entry = await makeEntry(api, c, owner.user);
    asset = await upload(api, owner.client, entry.id, clip);
  });
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await api?.close();
  });
  const processor = () => api.app.get(VideosProcessor);
  const repo = () => api.db.getRepository(VideoAsset);
  const holdBy = async (leaseSeconds: number, attempts: number, jobId: string | null = null) => {
    await api.db.query(
      `UPDATE video_assets SET status = 'processing', lease_owner = 'another-worker', lease_until = now() + make_interval(secs => $2), attempts = $3, job_id = $4 WHERE id = $1`,
      [asset.id, leaseSeconds, attempts, jobId],
    );
  };

  it('two deliveries at once: one run processes the video, the other finds it held and does nothing', async () => {
    const outcomes = await Promise.all([processor().process(asset.id), processor().process(asset.id)]);
    expect(outcomes.sort()).toEqual(['ready', 'skipped']);
    expect(await repo().findOneByOrFail({ id: asset.id })).toMatchObject({ status: 'ready', attempts: 1 });
  }, 60_000);

  it('a run leaves a video alone while another holds a live lease, and takes it over once the lease lapsed', async () => {
    await holdBy(60, 1);
    expect(await processor().process(asset.id)).toBe('skipped');
    expect(await processor().sweep()).toMatchObject({ requeued: 0 });
    expect(await repo().findOneByOrFail({ id: asset.id })).toMatchObject({ status: 'processing', leaseOwner: 'another-worker' });

    await holdBy(-1, 1);
    expect(await processor().process(asset.id)).toBe('ready');
    expect(await repo().findOneByOrFail({ id: asset.id })).toMatchObject({ status: 'ready', attempts: 2, leaseOwner: null });
  }, 60_000);

  it('the sweep queues a video whose worker stopped renewing its lease again, and cancels the dead job', async () => {
    const [job]: { id: string }[] = await api.db.query(
      `SELECT id FROM pgboss.job WHERE name = 'video.process' AND data->>'assetId' = $1 AND state = 'created'`,
      [asset.id],
    );
    expect(job?.id).toMatch(/^[0-9a-f-]{36}$/);
    await holdBy(-1, 1, job.id);
    expect(await processor().sweep()).toMatchObject({ requeued: 1 });
    expect(await repo().findOneByOrFail({ id: asset.id })).toMatchObject({ status: 'uploaded', leaseOwner: null, jobId: null });
    expect(await jobStates(api, asset.id)).toEqual(['cancelled', 'created']);
    expect(await processor().process(asset.id)).toBe('ready');
  }, 60_000);

  it('the sweep queues an uploaded video left with no job (its process stopped before queuing it), and only that one', async () => {
    // accepted three minutes ago, then the process stopped before the job was sent
    await api.db.query(`DELETE FROM pgboss.job WHERE name = 'video.process' AND data->>'assetId' = $1`, [asset.id]);
    await api.db.query(`UPDATE video_assets SET status = 'uploaded', attempts = 0, problems = NULL, updated_at = now() - interval '3 minutes' WHERE id = $1`, [
      asset.id,
    ]);
    // another video accepted as long ago, whose job is still queued behind others: left alone
    const other = await upload(api, owner.client, (await makeEntry(api, c, owner.user)).id, clip);
    await api.db.query(`UPDATE video_assets SET updated_at = now() - interval '3 minutes' WHERE id = $1`, [other.id]);
    // and one accepted a moment ago, whose job has not been written yet: too recent to count as left
    const recent = await upload(api, owner.client, (await makeEntry(api, c, owner.user)).id, clip);
    await api.db.query(`DELETE FROM pgboss.job WHERE name = 'video.process' AND data->>'assetId' = $1`, [recent.id]);

    expect(await processor().sweep()).toMatchObject({ resent: 1, requeued: 0 });
    expect(await jobStates(api, asset.id)).toEqual(['created']);
    expect(await jobStates(api, other.id)).toEqual(['created']);
    expect(await jobStates(api, recent.id)).toEqual([]);
    // once queued, the next sweep leaves it be
    expect(await processor().sweep()).toMatchObject({ resent: 0 });
    expect(await jobStates(api, asset.id)).toEqual(['created']);
    expect(await processor().process(asset.id)).toBe('ready');
  }, 60_000);

  it('a video whose runs keep dying is rejected (processing_failed) after VIDEO_PROCESS_ATTEMPTS runs', async () => {
    await holdBy(-1, 3);
    expect(await processor().process(asset.id)).toBe('rejected');
    expect(await repo().findOneByOrFail({ id: asset.id })).toMatchObject({
      status: 'rejected',
      problems: [{ code: 'processing_failed', params: {} }],
      attempts: 4,
    });
  }, 60_000);

  it('the sweep removes the temporary folder of a process that is gone, killing the encoder it left running', async () => {
    // a pid that was used and is free again
    const gone = spawn('true');
    const deadPid = await new Promise<number>((resolve) => gone.on('exit', () => resolve(gone.pid!)));
    const deadDir = path.join(os.tmpdir(), `${tempDirPrefix(deadPid)}${randomBytes(3).toString('hex')}`);
    await mkdir(deadDir);
    await writeFile(path.join(deadDir, 'web.mp4.0a1b2c3d.part'), 'half a video');
    // ffmpeg still encoding into it, as after a SIGKILL of its worker
    const orphan = spawn(
      'ffmpeg',
      [
        '-nostdin',
        '-loglevel',
        'error',
        '-re',
        '-f',
        'lavfi',
        '-i',
        'testsrc2=size=320x240:rate=10',
        '-t',
        '300',
        '-f',
        'mp4',
        '-y',
        `file:${path.join(deadDir, 'web.mp4.4e5f6a7b.part')}`,
      ],
      { stdio: 'ignore' },
    );
    children.push(orphan);
    const orphanExit = new Promise<NodeJS.Signals | null>((resolve) => orphan.on('exit', (_code, signal) => resolve(signal)));
    // a folder of a live process (this one's parent) and one of this process stay
    const liveDir = path.join(os.tmpdir(), `${tempDirPrefix(process.ppid)}${randomBytes(3).toString('hex')}`);
    const ownDir = path.join(os.tmpdir(), `${tempDirPrefix(process.pid)}${randomBytes(3).toString('hex')}`);
    await mkdir(liveDir);
    await mkdir(ownDir);
    try {
      await new Promise((r) => setTimeout(r, 300));
      // (the other app of this file sweeps the same folder on its own schedule: either sweep may be the one)
      await processor().sweep();
      expect(await orphanExit).toBe('SIGKILL');
      const left = await readdir(os.tmpdir());
      expect(left).not.toContain(path.basename(deadDir));
      expect(left).toEqual(expect.arrayContaining([path.basename(liveDir), path.basename(ownDir)]));
    } finally {
      await rm(liveDir, { recursive: true, force: true });
      await rm(ownDir, { recursive: true, force: true });
      await rm(deadDir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('rejected originals', () => {
  it('are deleted REJECTED_VIDEO_RETENTION_DAYS (7) after the rejection, keeping the reasons; unfinished uploads still go after a day', async () => {
    expect(rejectedFor.length).toBeGreaterThanOrEqual(3);
    const entry = await makeEntry(t, competition, student.user);
    const unfinished = await startUpload(student.client, entry.id, clip);
    await sendParts(student.client, entry.id, unfinished, clip);
    const cleanup = t.app.get(VideoCleanup);
    const originals = async () =>
      (await Promise.all(rejectedFor.map((id) => leftovers(t, id)))).flatMap((l) => l.objects).filter((k) => k.endsWith('/original'));
    const kept = await originals();
    // the missing original was never there; the others are
    expect(kept).toHaveLength(rejectedFor.length - 1);
    const start = t.clock.now();
    try {
      t.clock.set(new Date(start.getTime() + 25 * 3600_000));
      expect(await cleanup.run()).toMatchObject({ abortedUploads: 1, deletedAssets: 1, deletedOriginals: 0 });
      t.clock.set(new Date(start.getTime() + 6 * DAY));
      expect(await cleanup.run()).toMatchObject({ deletedOriginals: 0 });
      expect(await originals()).toEqual(kept);

      t.clock.set(new Date(start.getTime() + 7 * DAY + 3600_000));
      expect(await cleanup.run()).toMatchObject({ deletedOriginals: rejectedFor.length });
      expect(await originals()).toEqual([]);
      expect(await cleanup.run()).toMatchObject({ deletedOriginals: 0 });
    } finally {
      t.clock.set(start);
    }
    for (const id of rejectedFor) {
      const { body } = await student.client.get(`/api/entries/${id}/video`).expect(200);
      expect(body.status).toBe('rejected');
      expect(body.problems.length).toBeGreaterThan(0);
      const asset = await t.db.getRepository(VideoAsset).findOneByOrFail({ id: body.assetId });
      expect(asset.originalDeletedAt).not.toBeNull();
    }
  }, 60_000);
});
