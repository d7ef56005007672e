import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres, type RunningPostgres } from '../src/embedded/embedded-postgres.js';
import { createDataSource, runMigrations } from '../src/database/data-source.js';
import { createTestApp, type TestApp } from './harness/test-app.js';
import { makeUser, PASSWORD } from './harness/factories.js';
import { freePort } from './harness/processes.js';

/**
 * The embedded default: a Postgres of this test's own (not the shared one), started by the supervisor, killed
 * with SIGKILL under a running app. Requests meanwhile answer 503 with Retry-After, never 500; readiness names
 * the database without its address; the supervisor starts Postgres again and the app's pool reconnects.
 */

const RECOVERY_SECONDS = 60;

let dir: string;
let pg: RunningPostgres;
let t: TestApp;
const notices: { level: string; message: string; fields: Record<string, unknown> }[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'clapper-pg-restart-'));
  await chmod(dir, 0o755);
  pg = await startEmbeddedPostgres(path.join(dir, 'pg'), await freePort(), 'clapper', undefined, (level, message, fields) =>
    notices.push({ level, message, fields }),
  );
  const ds = createDataSource(pg.url);
  await ds.initialize();
  try {
    await runMigrations(ds);
  } finally {
    await ds.destroy();
  }
  t = await createTestApp({}, { database: { url: pg.url, drop: async () => undefined } });
}, 120_000);

afterAll(async () => {
  await t?.close();
  await pg?.stop();
  await rm(dir, { recursive: true, force: true });
});

it('restarts a Postgres killed with SIGKILL; meanwhile requests answer 503 with Retry-After, then sign-in works again', async () => {
  const user = await makeUser(t);
  await t.anon.post('/api/auth/sign-in').send({ email: user.email, password: PASSWORD }).expect(200);
  const before = pg.pid();
  expect(before).toEqual(expect.any(Number));

  process.kill(before!, 'SIGKILL');

  // every answer while it is down is a 503 with Retry-After (never a 500), until it answers again
  const outage: number[] = [];
  let sawReadiness503 = false;
  const until = Date.now() + RECOVERY_SECONDS * 1000;
  for (;;) {
    const [api, ready] = await Promise.all([t.anon.get('/api/competitions'), t.anon.get('/api/health/ready')]);
    if (api.status === 200 && ready.status === 200) break;
    expect([api.status, ready.status].every((s) => s === 200 || s === 503)).toBe(true);
    if (api.status === 503) {
      outage.push(api.status);
      expect(api.headers['retry-after']).toBe('5');
      expect(api.body).toMatchObject({ statusCode: 503, code: 'service_unavailable', reason: 'common.database_unavailable', params: { retryAfterSeconds: 5 } });
    }
    if (ready.status === 503) {
      sawReadiness503 = true;
      expect(ready.body.error).toEqual({ database: { status: 'down' } });
      const text = JSON.stringify(ready.body);
      expect(text).not.toMatch(/127\.0\.0\.1|ECONN|connect|terminated|postgres/i);
    }
    if (Date.now() > until) throw new Error(`the platform did not recover within ${RECOVERY_SECONDS} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(outage.length).toBeGreaterThan(0);
  expect(sawReadiness503).toBe(true);

  // a new postmaster, and the supervisor said what it did
  expect(pg.pid()).toEqual(expect.any(Number));
  expect(pg.pid()).not.toBe(before);
  expect(notices.find((n) => n.level === 'warn' && /exited unexpectedly/.test(n.message))?.fields).toMatchObject({ signal: 'SIGKILL' });
  expect(notices.some((n) => n.level === 'info' && /running again/.test(n.message))).toBe(true);

  // the pool reconnected: sign-in (a read, a password check and a session write) works
  await t.anon.post('/api/auth/sign-in').send({ email: user.email, password: PASSWORD }).expect(200);
  await t.anon.get('/api/health/ready').expect(200);
}, 120_000);
