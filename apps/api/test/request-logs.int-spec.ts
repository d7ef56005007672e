import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_ENTRY_RULES } from '@clapper/domain/entry-rules';
import { createTestApp, type TestApp } from './harness/test-app.js';
import { clientAs, makeCompetition } from './harness/factories.js';
import { makeTestVideo } from './harness/videos.js';
import { makeEntry, settledAsset } from './videos-fixtures.js';
import { waitFor } from './harness/wait.js';
import { createLogger } from '../src/logging/logger.js';

/** Every log line of a request carries its request id, and every line of a job its job id, services' lines included. */
type Line = Record<string, unknown> & { msg?: string };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let t: TestApp;
let dir: string;
const lines: Line[] = [];

beforeAll(async () => {
  const logger = createLogger('info', { write: (chunk: string) => void lines.push(JSON.parse(chunk) as Line) });
  t = await createTestApp({ APP_MODE: 'all' }, { logger, httpLogs: true });
  dir = await mkdtemp(path.join(os.tmpdir(), 'request-logs-spec-'));
});
afterAll(async () => {
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

describe('request ids', () => {
  it('keeps a sane incoming X-Request-Id and returns it; makes one otherwise', async () => {
    const kept = await t.anon.get('/api/competitions').set('X-Request-Id', 'lb-7f3a.42:9').expect(200);
    expect(kept.headers['x-request-id']).toBe('lb-7f3a.42:9');
    const made = await t.anon.get('/api/competitions').expect(200);
    expect(made.headers['x-request-id']).toMatch(UUID);
    for (const bad of ['has space', 'a'.repeat(101), '{"reqId":"x"}', 'semi;colon']) {
      const res = await t.anon.get('/api/competitions').set('X-Request-Id', bad).expect(200);
      expect(res.headers['x-request-id']).toMatch(UUID);
    }
    // errors carry it too
    const missing = await t.anon.get('/api/no-such-thing').set('X-Request-Id', 'req-404').expect(404);
    expect(missing.headers['x-request-id']).toBe('req-404');
    const completed = lines.find((l) => l.msg === 'request completed' && l.reqId === 'lb-7f3a.42:9');
    expect(completed).toMatchObject({ reqId: 'lb-7f3a.42:9', req: { id: 'lb-7f3a.42:9', method: 'GET', path: '/api/competitions' } });
  });

  it("puts the request id on a service's log lines during a streamed upload, and the job id on the processing job's lines", async () => {
    const competition = await makeCompetition(t, { countryCodes: ['TH'], rules: { ...DEFAULT_ENTRY_RULES, minDurationSeconds: 1 } });
    const student = await clientAs(t, { role: 'student', countryCode: 'TH', displayName: 'Somchai Jaidee' });
    const entry = await makeEntry(t, competition, student.user);
    const clip = await readFile(await makeTestVideo(dir, { width: 640, height: 360, seconds: 1 }));

    const res = await student.client
      .post(`/api/entries/${entry.id}/video`)
      .set('X-Request-Id', 'upload-req-1')
      .attach('file', clip, { filename: 'clip.mp4', contentType: 'video/mp4' })
      .expect(200);
    const assetId = res.body.assetId as string;
    expect(res.headers['x-request-id']).toBe('upload-req-1');
    // written by VideoUploadsService after the body streamed through to storage
    expect(lines.find((l) => l.msg === 'video received' && l.assetId === assetId)).toMatchObject({ reqId: 'upload-req-1' });

    await waitFor('the video to be processed', () => settledAsset(t, assetId), 60_000);
    const [job] = await t.db.query<{ id: string }[]>(`SELECT id FROM pgboss.job WHERE name = 'video.process' AND data->>'assetId' = $1`, [assetId]);
    // written by VideosProcessor inside the job
    const ready = lines.find((l) => l.msg === 'video ready' && l.assetId === assetId);
    expect(ready).toMatchObject({ jobId: job.id, job: 'video.process' });
    expect(ready).not.toHaveProperty('reqId');

    // no student's name or e-mail address in any line
    const all = lines.map((l) => JSON.stringify(l)).join('\n');
    expect(all).not.toContain(student.user.email);
    expect(all).not.toContain('Somchai');
  }, 120_000);
});
