import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_ENTRY_RULES } from '@clapper/domain/entry-rules';
import { createTestApp, makeClient, ORIGIN, type Client, type TestApp } from './harness/test-app.js';
import { clientAs, makeCompetition, makeUser, PASSWORD } from './harness/factories.js';
import { ffmpegsFor, startPlatform, type AppProcess, type Platform } from './harness/processes.js';
import { waitFor } from './harness/wait.js';
import { makeTestVideo } from './harness/videos.js';
import { runJudgingConcurrency } from './judging-concurrency-scenario.js';
import { storedObjects, makeEntry, MIB, sendParts, settledAsset, startUpload } from './videos-fixtures.js';
import { SCHEDULES } from '../src/queue/jobs.js';
import { VideoAsset } from '../src/videos/video-asset.entity.js';
import type { Competition } from '../src/competitions/competition.entity.js';

/**
 * The production shape scaled out: two API processes and two worker processes (`node dist/main.js`, APP_MODE=api
 * and worker) on one Postgres database and one S3 bucket. Whatever one process knows, the others must know too:
 * sessions, rate limits, sign-in failures, scorecard versions, which upload is processed by whom, when a schedule
 * is due. Data is made, and checked, through an in-process app on the same database (createTestApp); every request
 * under test goes to the child processes.
 */
const AUTH_LIMIT = 6;
const MINUTE = 60_000;
const DAY = 24 * 3_600_000;

let t: TestApp;
let platform: Platform;
let dir: string;
let competition: Competition;
/** when the test made every schedule due each minute (database time) */
let schedulesChangedAt: Date;

/** A client of one API process, with the site's Origin and, when given, a session cookie. */
const on = (api: AppProcess, token?: string): Client => makeClient(api.url, t.config.session.cookieName, token);

/** A client whose requests go to the given clients in turn, as a round-robin load balancer sends them. */
function roundRobin(clients: Client[]): Client {
  let next = 0;
  const pick = () => clients[next++ % clients.length];
  return {
    get: (url) => pick().get(url),
    post: (url) => pick().post(url),
    put: (url) => pick().put(url),
    patch: (url) => pick().patch(url),
    delete: (url) => pick().delete(url),
    withOrigin: (origin) => roundRobin(clients.map((c) => c.withOrigin(origin))),
  };
}

/** Requests spread over every API process. */
const spread = (token?: string) => roundRobin(platform.apis.map((api) => on(api, token)));

/** A client address of its own for each use (the APIs trust X-Forwarded-For, as behind a load balancer). */
let addresses = 0;
const newAddress = () => `198.51.100.${++addresses}`;

/** The test's failure message ends with what each process printed last. */
const withOutput = (fn: () => Promise<void>) => async () => {
  try {
    await fn();
  } catch (err) {
    if (err instanceof Error && platform) {
      const output = `\n\n${platform.describe(25)}`;
      err.message += output;
    }
    throw err;
  }
};

beforeAll(async () => {
  t = await createTestApp();
  dir = await mkdtemp(path.join(os.tmpdir(), 'scale-out-spec-'));
  platform = await startPlatform({
    databaseUrl: t.databaseUrl,
    s3: t.s3,
    dir,
    // one site behind a load balancer: every API has the same public URL, and trusts the balancer's X-Forwarded-For
    publicUrl: ORIGIN,
    env: { TRUST_PROXY: 'true', AUTH_RATE_LIMIT_PER_MINUTE: String(AUTH_LIMIT) },
    // the APIs log warnings only (no line per request); the workers log what they do, which the tests read
    apiEnv: { LOG_LEVEL: 'warn' },
    // two workers on one machine: one temporary folder
    sharedWorkerTmp: true,
    // a worker that dies is noticed when its claim on a video lapses: sooner than the default 30 s, for a short test
    workerEnv: { VIDEO_LEASE_SECONDS: '15' },
  });
  // Both workers registered the schedules (pg-boss keeps them in its table). Make them due every minute, so that
  // ticks happen while this file runs; the workers read the schedules from the table at each check.
  const names = SCHEDULES.map((s) => s.name);
  const [changed]: { n: number; now: Date }[] = await t.db.query(
    `WITH changed AS (UPDATE pgboss.schedule SET cron = '* * * * *' WHERE name = ANY($1) RETURNING name) SELECT count(*)::int AS n, now() AS now FROM changed`,
    [names],
  );
  if (changed.n !== names.length) throw new Error(`expected the workers to have registered ${names.join(', ')} in pgboss.schedule`);
  schedulesChangedAt = new Date(changed.now);
  competition = await makeCompetition(t, {
    countryCodes: ['TH', 'JP', 'SG'],
    // the processes run on the real clock
    submissionOpensAt: new Date(Date.now() - DAY),
    submissionClosesAt: new Date(Date.now() + 30 * DAY),
    rules: { ...DEFAULT_ENTRY_RULES, minDurationSeconds: 1, maxFileSizeBytes: 40 * MIB },
  });
}, 120_000);

afterAll(async () => {
  await platform?.stop();
  await t?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
}, 60_000);

describe('sessions', () => {
  it(
    'accepts on one API a session made on the other, and ends it on both at sign-out',
    withOutput(async () => {
      const [a, b] = platform.apis;
      const user = await makeUser(t, { role: 'student', countryCode: 'TH' });
      const signIn = await on(a).post('/api/auth/sign-in').set('X-Forwarded-For', newAddress()).send({ email: user.email, password: PASSWORD }).expect(200);
      const cookie = ([] as string[]).concat(signIn.headers['set-cookie'] ?? []).find((c) => c.startsWith(`${t.config.session.cookieName}=`));
      const token = cookie?.split(';')[0].split('=')[1];
      expect(token).toMatch(/^[\w-]{20,}$/);

      expect((await on(b, token).get('/api/auth/me').expect(200)).body).toMatchObject({ id: user.id, email: user.email });
      await on(b, token).post('/api/auth/sign-out').expect(204);
      await on(a, token).get('/api/auth/me').expect(401);
      await on(b, token).get('/api/auth/me').expect(401);
    }),
  );
});

describe('limits', () => {
  it(
    'counts the sign-in rate limit once across both APIs',
    withOutput(async () => {
      // the limit counts per client address and clock minute: a run that crosses a minute is tried again
      for (let attempt = 1; ; attempt++) {
        const from = newAddress();
        const minute = Math.floor(Date.now() / MINUTE);
        const answers: { status: number; remaining: string | undefined }[] = [];
        for (let i = 0; i <= AUTH_LIMIT; i++) {
          const res = await on(platform.apis[i % 2])
            .post('/api/auth/sign-in')
            .set('X-Forwarded-For', from)
            .send({ email: `nobody-${i}@example.org`, password: 'not-the-password' });
          answers.push({ status: res.status, remaining: res.headers['ratelimit-remaining'] });
        }
        if (Math.floor(Date.now() / MINUTE) !== minute && attempt < 3) continue;
        // A and B in turn: each answer counts the other's hits too, and the one past the limit is refused
        expect(answers).toEqual([
          ...Array.from({ length: AUTH_LIMIT }, (_, i) => ({ status: 401, remaining: String(AUTH_LIMIT - 1 - i) })),
          { status: 429, remaining: '0' },
        ]);
        // refused on both
        for (const api of platform.apis)
          expect(
            (await on(api).post('/api/auth/sign-in').set('X-Forwarded-For', from).send({ email: 'nobody@example.org', password: 'not-the-password' })).status,
          ).toBe(429);
        return;
      }
    }),
  );

  it(
    'adds up failed sign-ins on both APIs to slow down that client, on both',
    withOutput(async () => {
      const [a, b] = platform.apis;
      const user = await makeUser(t, { role: 'student', countryCode: 'TH' });
      const from = newAddress();
      // SIGN_IN_MAX_FAILURES is 3: A, B, A
      for (const [i, api] of [a, b, a].entries())
        await on(api)
          .post('/api/auth/sign-in')
          .set('X-Forwarded-For', from)
          .send({ email: user.email, password: `guess-number-${i}` })
          .expect(401);
      for (const api of [b, a]) {
        const locked = await on(api).post('/api/auth/sign-in').set('X-Forwarded-For', from).send({ email: user.email, password: PASSWORD }).expect(429);
        expect(locked.body).toMatchObject({ code: 'too_many_attempts', reason: 'accounts.sign_in_failures' });
        expect(locked.body.params.retryAfterSeconds).toBeGreaterThan(0);
        expect(locked.body.params.retryAfterSeconds).toBeLessThanOrEqual(8);
      }
      // the account itself is not locked: its owner signs in from another address, on either API
      await on(b).post('/api/auth/sign-in').set('X-Forwarded-For', newAddress()).send({ email: user.email, password: PASSWORD }).expect(200);
    }),
  );
});

describe('judging', () => {
  it(
    'loses no update and doubles no scorecard when 20 judges score 50 entries with their requests spread over both APIs',
    withOutput(async () => {
      const judging = await makeCompetition(t, { countryCodes: ['TH', 'JP', 'SG'] });
      const organiser = await clientAs(t, { role: 'organiser', countryCode: null });
      await runJudgingConcurrency({
        t,
        organiser: spread(organiser.token),
        competitionId: judging.id,
        clientFor: (token) => spread(token),
        // the round is open on the processes' real clock
        window: { opensAt: new Date(Date.now() - DAY).toISOString(), closesAt: new Date(Date.now() + 30 * DAY).toISOString() },
      });
    }),
    120_000,
  );
});

/** Records every status change of a video in a table of the test's own, as the database sees it. */
async function traceVideoStatuses(): Promise<void> {
  await t.db.query(`CREATE TABLE IF NOT EXISTS scale_out_video_trace (id bigserial PRIMARY KEY, asset_id uuid NOT NULL, status text NOT NULL)`);
  await t.db.query(`
    CREATE OR REPLACE FUNCTION scale_out_video_trace() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.status IS DISTINCT FROM OLD.status THEN INSERT INTO scale_out_video_trace (asset_id, status) VALUES (NEW.id, NEW.status); END IF;
      RETURN NEW;
    END $$`);
  await t.db.query(`CREATE OR REPLACE TRIGGER scale_out_video_trace AFTER UPDATE ON video_assets FOR EACH ROW EXECUTE FUNCTION scale_out_video_trace()`);
}

async function statusChanges(assetIds: string[]): Promise<Map<string, string[]>> {
  const rows: { asset_id: string; status: string }[] = await t.db.query(
    `SELECT asset_id, status FROM scale_out_video_trace WHERE asset_id = ANY($1) ORDER BY id`,
    [assetIds],
  );
  const out = new Map<string, string[]>(assetIds.map((id) => [id, []]));
  for (const r of rows) out.get(r.asset_id)!.push(r.status);
  return out;
}

/** The worker that logged the asset ready, for each asset (from the workers' own log lines). */
const readyLines = (worker: AppProcess, assetId: string) => worker.logs().filter((l) => l.assetId === assetId && l.msg === 'video ready').length;

/** Bytes 4–8 of a stored object: 'ftyp' for an MP4 stored whole. */
async function headOf(key: string): Promise<string> {
  const { body } = await t.storage.get(key, { start: 0, end: 7 });
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString('latin1', 4, 8);
}

/** A draft entry of a student of its own, and a browser-path upload of `bytes`: started on `first`, parts and completion through `second`. */
async function upload(bytes: Buffer, first: AppProcess, second: AppProcess): Promise<{ entryId: string; assetId: string }> {
  const student = await clientAs(t, { role: 'student', countryCode: 'TH', schoolName: `Scale School ${randomBytes(3).toString('hex')}` });
  const entry = await makeEntry(t, competition, student.user);
  const started = await startUpload(on(first, student.token), entry.id, bytes);
  const parts = await sendParts(on(second, student.token), entry.id, started, bytes);
  await on(second, student.token).post(`/api/entries/${entry.id}/video/uploads/${started.assetId}/complete`).send({ parts }).expect(200);
  return { entryId: entry.id, assetId: started.assetId };
}

describe('videos', () => {
  it(
    'processes 20 uploads, each exactly once, on whichever worker takes it',
    withOutput(async () => {
      await traceVideoStatuses();
      const [a, b] = platform.apis;
      // one small real clip (1 s, 360p) for every upload
      const clip = await readFile(await makeTestVideo(dir, { width: 640, height: 360, seconds: 1 }));
      const uploads = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? upload(clip, a, b) : upload(clip, b, a))));
      const ids = uploads.map((u) => u.assetId);

      const assets = await waitFor(
        'every video to be processed',
        async () => {
          const rows = await t.db.getRepository(VideoAsset).findBy(ids.map((id) => ({ id })));
          return rows.every((r) => r.status === 'ready' || r.status === 'rejected') && rows;
        },
        100_000,
        500,
      );
      for (const asset of assets) {
        expect({ id: asset.id, status: asset.status, problems: asset.problems }).toEqual({ id: asset.id, status: 'ready', problems: null });
        const stored = await storedObjects(t, asset.entryId, asset);
        expect(stored.others).toEqual([asset.originalKey, asset.posterKey, asset.webKey].sort());
        expect(stored.ladder).toEqual(expect.arrayContaining(['master.m3u8', '240p/index.m3u8']));
        expect(await headOf(asset.webKey!)).toBe('ftyp');
      }
      // exactly one run per video: claimed once (uploaded → processing) and made ready once, in the database's own record
      const changes = await statusChanges(ids);
      for (const id of ids) expect({ id, changes: changes.get(id) }).toEqual({ id, changes: ['uploaded', 'processing', 'ready'] });
      // and one worker's log says so for each
      const [w1, w2] = platform.workers;
      for (const id of ids) expect({ id, readyLogged: readyLines(w1, id) + readyLines(w2, id) }).toEqual({ id, readyLogged: 1 });
      // the queue hands the jobs to both workers (each takes one at a time)
      const byFirst = ids.filter((id) => readyLines(w1, id) === 1).length;
      expect(byFirst).toBeGreaterThan(0);
      expect(byFirst).toBeLessThan(20);
    }),
    150_000,
  );
});

describe('schedules', () => {
  it(
    'runs each scheduled job once per tick, not once per worker',
    withOutput(async () => {
      const names = SCHEDULES.map((s) => s.name);
      // Every minute since the change is one tick. pg-boss sends a due schedule through a queue of its own (polled
      // every 5 s), so a run the old schedule made due just before the change may be created a few seconds after it:
      // runs count from 10 s after the change.
      const from = new Date(schedulesChangedAt.getTime() + 10_000);
      const runs = async () =>
        t.db.query<{ name: string; state: string; retry_count: number }[]>(
          `SELECT name, state, retry_count FROM pgboss.job WHERE name = ANY($1) AND created_on >= $2`,
          [names, from],
        );
      await waitFor(
        'every schedule to have run',
        async () => {
          const done = await runs();
          return names.every((n) => done.some((r) => r.name === n && r.state === 'completed'));
        },
        100_000,
        1000,
      );
      const done = await runs();
      const [{ now }]: { now: Date }[] = await t.db.query('SELECT now() AS now');
      const ticks = Math.floor(new Date(now).getTime() / MINUTE) - Math.floor(schedulesChangedAt.getTime() / MINUTE) + 1;
      for (const name of names) {
        const mine = done.filter((r) => r.name === name);
        // both workers check the schedules, yet each tick is one run (once per process would be up to twice as many)
        expect(mine.length).toBeGreaterThanOrEqual(1);
        expect(mine.length).toBeLessThanOrEqual(ticks);
        // and each run ran once, to completion
        expect(mine.filter((r) => r.state === 'failed' || r.retry_count > 0)).toEqual([]);
      }
    }),
    120_000,
  );
});

/** The encoder's partial output files in the workers' temporary folder. */
async function partFiles(tmp: string): Promise<string[]> {
  const out: string[] = [];
  for (const d of await readdir(tmp)) {
    if (!d.startsWith('clapper-video-')) continue;
    for (const f of await readdir(path.join(tmp, d)).catch(() => [])) if (f.endsWith('.part')) out.push(path.join(tmp, d, f));
  }
  return out;
}

describe('a worker killed mid-transcode', () => {
  it(
    'leaves the job to the other worker: the video becomes ready, and no temporary files are left behind',
    withOutput(async () => {
      const tmp = platform.workerTmpDir!;
      const [a, b] = platform.apis;
      // long enough to be caught while encoding: 8 s of 720p
      const bytes = await readFile(await makeTestVideo(dir, { width: 1280, height: 720, seconds: 8 }));
      const { assetId } = await upload(bytes, a, b);

      // the encoder is running for this video, under one of the workers, and has begun writing its output
      const workerPids = new Set(platform.workers.map((w) => w.pid));
      const encoder = await waitFor(
        'the transcode to start',
        async () => (await ffmpegsFor(assetId)).find((p) => workerPids.has(p.ppid) && p.args.includes('-progress')),
        60_000,
        50,
      );
      await waitFor(
        'the encoder to write output',
        async () => {
          for (const f of await partFiles(tmp)) if ((await stat(f).catch(() => null))?.size) return true;
          return false;
        },
        30_000,
        50,
      );
      const victim = platform.workers.find((w) => w.pid === encoder.ppid)!;
      const survivor = platform.workers.find((w) => w !== victim)!;
      await victim.crash();
      expect(await victim.exited).toEqual({ code: null, signal: 'SIGKILL' });
      expect((await t.db.getRepository(VideoAsset).findOneByOrFail({ id: assetId })).status).toBe('processing');

      // the other worker takes the job over and finishes it
      const asset = await waitFor('the video to be ready after the crash', () => settledAsset(t, assetId), 90_000, 500);
      expect({ status: asset.status, problems: asset.problems }).toEqual({ status: 'ready', problems: null });
      expect(readyLines(survivor, assetId)).toBe(1);
      const stored = await storedObjects(t, asset.entryId, asset);
      expect(stored.others).toEqual([asset.originalKey, asset.posterKey, asset.webKey].sort());
      expect(stored.ladder).toEqual(expect.arrayContaining(['master.m3u8', '240p/index.m3u8']));
      expect(await headOf(asset.webKey!)).toBe('ftyp');

      // nothing of the killed run is left: no encoder still running, no temporary folder
      const clean = async () => (await ffmpegsFor(assetId)).length === 0 && (await readdir(tmp)).length === 0;
      await waitFor('the killed run to leave nothing behind', clean, 30_000, 500).catch(() => undefined);
      expect(await ffmpegsFor(assetId)).toEqual([]);
      expect(await readdir(tmp)).toEqual([]);
    }),
    150_000,
  );
});
