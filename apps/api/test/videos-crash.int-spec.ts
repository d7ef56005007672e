import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_ENTRY_RULES } from '@clapper/domain/entry-rules';
import { createTestApp, type Client, type TestApp } from './harness/test-app.js';
import { clientAs, makeCompetition } from './harness/factories.js';
import { ffmpegsFor, startProcess, type AppProcess } from './harness/processes.js';
import { waitFor as waitUntil } from './harness/wait.js';
import { makeTestVideo } from './harness/videos.js';
import { storedObjects, makeEntry, MIB, settledAsset } from './videos-fixtures.js';
import { VideoAsset } from '../src/videos/video-asset.entity.js';
import type { User } from '../src/accounts/user.entity.js';

/**
 * A worker process (`node dist/main.js`, APP_MODE=worker) killed with SIGKILL in the middle of a transcode, on the
 * test's Postgres database and S3 bucket. The restarted worker takes the video over as soon as the dead run's lease
 * lapses (VIDEO_LEASE_SECONDS, 10 s here; 30 s by default), kills the encoder the dead worker left running, and
 * removes its temporary folder.
 */
const LEASE_SECONDS = 10;
const STUDENT_NAME = 'Somchai Jaidee';

let t: TestApp;
let dir: string;
let tmp: string;
let student: { user: User; client: Client };
const workers: AppProcess[] = [];

/** `waitFor` whose time-out message ends with the workers' recent output. */
const waitFor = <T>(what: string, check: () => Promise<T | false | null | undefined>, timeoutMs: number, everyMs = 200) =>
  waitUntil(what, check, timeoutMs, everyMs, () => workers.map((w) => w.describe(30)).join('\n'));

/** Files in the workers' temporary folder, one level down (the runs' folders and what is in them). */
async function tempFiles(): Promise<string[]> {
  const out: string[] = [];
  for (const d of await readdir(tmp)) {
    out.push(d);
    for (const f of await readdir(path.join(tmp, d)).catch(() => [])) out.push(path.join(d, f));
  }
  return out;
}

const startWorker = async (name: string) => {
  const worker = await startProcess({
    name,
    mode: 'worker',
    databaseUrl: t.databaseUrl,
    s3: t.s3,
    dir: path.join(dir, name),
    tmpDir: tmp,
    env: { VIDEO_LEASE_SECONDS: String(LEASE_SECONDS) },
  });
  workers.push(worker);
  return worker;
};

beforeAll(async () => {
  t = await createTestApp();
  dir = await mkdtemp(path.join(os.tmpdir(), 'videos-crash-spec-'));
  tmp = path.join(dir, 'worker-tmp');
  student = await clientAs(t, { role: 'student', countryCode: 'TH', displayName: STUDENT_NAME });
});
afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('a worker killed mid-encode', () => {
  it('is replaced by a restarted worker that resumes the video within a minute, leaving no encoder, folder or .part behind', async () => {
    const competition = await makeCompetition(t, {
      countryCodes: ['TH'],
      rules: { ...DEFAULT_ENTRY_RULES, minDurationSeconds: 1, maxFileSizeBytes: 60 * MIB },
    });
    const entry = await makeEntry(t, competition, student.user);
    // long enough to be caught while encoding: 10 s of 540p
    const bytes = await readFile(await makeTestVideo(dir, { width: 960, height: 540, seconds: 10 }));
    const first = await startWorker('worker-1');
    await student.client
      .post(`/api/entries/${entry.id}/video`)
      .attach('file', bytes, { filename: `${STUDENT_NAME} final cut.mp4`, contentType: 'video/mp4' })
      .expect(200);
    const { id: assetId } = await t.db.getRepository(VideoAsset).findOneByOrFail({ entryId: entry.id });

    // the encoder runs for this video under the worker, and has begun writing its output
    const encoder = await waitFor(
      'the transcode to start',
      async () => (await ffmpegsFor(assetId)).find((p) => p.ppid === first.pid && p.args.includes('-progress')),
      60_000,
      50,
    );
    const part = await waitFor(
      'the encoder to write output',
      async () => {
        for (const f of await tempFiles()) if (f.endsWith('.part') && (await stat(path.join(tmp, f)).catch(() => null))?.size) return f;
        return null;
      },
      30_000,
      50,
    );
    expect(part).toMatch(/^clapper-video-[A-Za-z0-9-]*_\d+_\w+\/web\.mp4\.\w+\.part$/);
    expect(part.split('_')[1]).toBe(String(first.pid));
    expect(await t.db.getRepository(VideoAsset).findOneByOrFail({ id: assetId })).toMatchObject({ status: 'processing', attempts: 1 });

    await first.crash();
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
    const crashedAt = Date.now();
    // the encoder outlives its worker: nothing in the kernel stops it
    expect((await ffmpegsFor(assetId)).map((p) => p.pid)).toContain(encoder.pid);

    const second = await startWorker('worker-2');
    // its start-up sweep kills the orphaned encoder and removes the dead run's folder, before the lease lapses
    await waitFor('the orphaned encoder to be killed', async () => !(await ffmpegsFor(assetId)).some((p) => p.pid === encoder.pid), 10_000, 100);
    expect(await tempFiles()).not.toContain(part);

    // taken over within a minute of the crash: the lease lapses (10 s), the next sweep queues it again, a run claims it
    await waitFor(
      'a new run to take the video over',
      async () => (await t.db.getRepository(VideoAsset).findOneByOrFail({ id: assetId })).attempts === 2,
      60_000 - (Date.now() - crashedAt),
      100,
    );
    const asset = await waitFor('the video to be ready after the restart', () => settledAsset(t, assetId), 90_000, 250);
    expect(asset).toMatchObject({ status: 'ready', problems: null, attempts: 2, leaseOwner: null, leaseUntil: null });
    const stored = await storedObjects(t, entry.id, asset);
    expect(stored.others).toEqual([asset.originalKey, asset.posterKey, asset.webKey].sort());
    // and the ladder, complete (issue 18)
    expect(stored.ladder).toEqual(expect.arrayContaining(['master.m3u8', '240p/index.m3u8', 'audio-64k/index.m3u8', 'sprite.jpg', 'thumbnails.vtt']));

    // nothing of either run is left: no encoder, no temporary folder, no .part
    await waitFor('the temporary folder to be empty', async () => (await tempFiles()).length === 0, 10_000, 200);
    expect(await ffmpegsFor(assetId)).toEqual([]);

    // the restarted worker said what happened, by job and video, and never named the student
    const logs = second.logs();
    expect(logs).toContainEqual(
      expect.objectContaining({
        assetId,
        msg: 'video processing was interrupted (its worker stopped); queued again',
        jobId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      }),
    );
    expect(logs).toContainEqual(expect.objectContaining({ assetId, msg: 'video ready', jobId: expect.stringMatching(/^[0-9a-f-]{36}$/) }));
    expect(JSON.stringify([...first.logs(), ...logs])).not.toContain('Somchai');
  }, 150_000);
});
