import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_ENTRY_RULES } from '@clapper/domain/entry-rules';
import { createTestApp, type TestApp } from './harness/test-app.js';
import { clientAs, makeCompetition } from './harness/factories.js';
import { makeTestVideo } from './harness/videos.js';
import { makeEntry, settledAsset, uploadThroughBrowser } from './videos-fixtures.js';
import { waitFor } from './harness/wait.js';
import { JobQueue } from '../src/queue/job-queue.js';
import { freePort } from './harness/processes.js';

/** Prometheus metrics: never open on the public port; behind a token there, or on a port of their own. */
const TOKEN = 'metrics-token-for-tests-0123456789';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** The samples of one family: label sets and values. */
function samples(text: string, name: string): { labels: Record<string, string>; value: number }[] {
  const out: { labels: Record<string, string>; value: number }[] = [];
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const labels: Record<string, string> = {};
    for (const [, k, v] of (m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[k] = v;
    out.push({ labels, value: Number(m[3]) });
  }
  return out;
}

describe('without METRICS_PORT or METRICS_TOKEN', () => {
  it('answers 404 at /metrics on the public port, with the standard error body', async () => {
    const t = await createTestApp();
    try {
      const res = await t.anon.get('/metrics').expect(404);
      expect(res.body).toEqual({ statusCode: 404, code: 'not_found', reason: 'common.not_found', params: { thing: 'page' }, message: 'This was not found.' });
      await t.anon.get('/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(404);
    } finally {
      await t.close();
    }
  });
});

describe('with METRICS_TOKEN', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    t = await createTestApp({ APP_MODE: 'all', METRICS_TOKEN: TOKEN });
    dir = await mkdtemp(path.join(os.tmpdir(), 'metrics-spec-'));
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });
  const scrape = () => t.anon.get('/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(200);

  it('refuses a request without the token, or with another one (401)', async () => {
    const none = await t.anon.get('/metrics').expect(401);
    expect(none.body).toMatchObject({ statusCode: 401, code: 'unauthenticated' });
    expect(none.headers['www-authenticate']).toMatch(/^Bearer/);
    await t.anon.get('/metrics').set('Authorization', `Bearer ${TOKEN}x`).expect(401);
    await t.anon.get('/metrics').set('Authorization', TOKEN).expect(401);
    await t.anon
      .get('/metrics')
      .set('Authorization', `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}`)
      .expect(401);
    const ok = await scrape();
    expect(ok.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  });

  it('counts requests by route template, jobs by name, uploaded bytes, ffmpeg seconds, the pool and the process', async () => {
    const competition = await makeCompetition(t, { countryCodes: ['TH'], rules: { ...DEFAULT_ENTRY_RULES, minDurationSeconds: 1 } });
    const student = await clientAs(t, { role: 'student', countryCode: 'TH' });
    const entry = await makeEntry(t, competition, student.user);
    await student.client.get(`/api/entries/${entry.id}`).expect(200);
    await t.anon.get(`/api/entries/${entry.id}`).expect(401);
    await t.anon.get('/api/no-such-thing/123').expect(404);

    // a presigned multipart upload, processed by the worker (ffprobe, then ffmpeg)
    const clip = await readFile(await makeTestVideo(dir, { width: 640, height: 360, seconds: 1 }));
    const { started, res } = await uploadThroughBrowser(student.client, entry.id, clip);
    expect(res.status).toBe(200);
    const asset = await waitFor('the video to be processed', () => settledAsset(t, started.assetId), 60_000);
    expect({ status: asset.status, problems: asset.problems }).toEqual({ status: 'ready', problems: null });
    // and a clean-up job
    await t.app.get(JobQueue).send('maintenance.purge-expired', {});
    let text = '';
    await waitFor(
      'the clean-up job to be measured',
      async () => {
        text = (await scrape()).text;
        return samples(text, 'clapper_job_duration_seconds_count').some((s) => s.labels.name === 'maintenance.purge-expired');
      },
      60_000,
    );

    const http = samples(text, 'clapper_http_request_duration_seconds_count');
    expect(http).toContainEqual({ labels: { method: 'GET', route: '/api/entries/:id', status: '200' }, value: 1 });
    expect(http).toContainEqual({ labels: { method: 'GET', route: '/api/entries/:id', status: '401' }, value: 1 });
    expect(http).toContainEqual({ labels: { method: 'POST', route: '/api/entries/:id/video/uploads/:assetId/complete', status: '200' }, value: 1 });
    expect(http.find((s) => s.labels.route === 'unmatched' && s.labels.status === '404')).toBeDefined();
    expect(samples(text, 'clapper_http_request_duration_seconds_bucket').length).toBeGreaterThan(0);

    const jobs = samples(text, 'clapper_job_duration_seconds_count');
    expect(jobs).toContainEqual({ labels: { name: 'video.process', outcome: 'completed' }, value: 1 });
    expect(jobs).toContainEqual({ labels: { name: 'maintenance.purge-expired', outcome: 'completed' }, value: 1 });
    expect(text).toMatch(/^# TYPE clapper_jobs gauge$/m);
    expect(samples(text, 'clapper_jobs_running_in_process').every((s) => s.value === 0)).toBe(true);

    expect(samples(text, 'clapper_upload_bytes_total')).toContainEqual({ labels: { path: 'presigned' }, value: clip.length });
    const media = samples(text, 'clapper_ffmpeg_seconds_total');
    expect(media.map((s) => s.labels.tool).sort()).toEqual(['ffmpeg', 'ffprobe']);
    for (const s of media) expect(s.value).toBeGreaterThan(0);

    for (const name of ['clapper_db_pool_in_use', 'clapper_db_pool_idle', 'clapper_db_pool_waiting']) {
      const [pool] = samples(text, name);
      expect(pool.value).toBeGreaterThanOrEqual(0);
    }
    expect(samples(text, 'clapper_db_pool_in_use')[0].value + samples(text, 'clapper_db_pool_idle')[0].value).toBeGreaterThan(0);
    expect(samples(text, 'process_resident_memory_bytes')[0].value).toBeGreaterThan(0);
    expect(samples(text, 'nodejs_eventloop_lag_seconds')).toHaveLength(1);

    // no ids, addresses or names in any label
    for (const line of text.split('\n').filter((l) => l && !l.startsWith('#'))) expect(line).not.toMatch(UUID);
    expect(text).not.toContain(student.user.email);
  }, 120_000);
});

describe('with METRICS_PORT', () => {
  it('serves /metrics on its own port only (with the token there when one is set too), and counts queued jobs', async () => {
    const port = await freePort();
    const t = await createTestApp({ METRICS_PORT: String(port), HOST: '127.0.0.1' });
    try {
      await t.anon.get('/metrics').expect(404);
      const res = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      expect(await res.text()).toMatch(/^# TYPE clapper_http_request_duration_seconds histogram$/m);
      expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(404);
      expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(404);

      // an API process runs no jobs: one sent stays queued, and the queue's gauge says so
      await t.app.get(JobQueue).send('maintenance.purge-expired', {});
      const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      expect(samples(text, 'clapper_jobs')).toContainEqual({ labels: { name: 'maintenance.purge-expired', state: 'queued' }, value: 1 });
    } finally {
      await t.close();
    }
    // closed with the app
    await expect(fetch(`http://127.0.0.1:${port}/metrics`)).rejects.toThrow();
  });

  it('asks for the token on its own port when METRICS_TOKEN is set too', async () => {
    const port = await freePort();
    const t = await createTestApp({ METRICS_PORT: String(port), METRICS_TOKEN: TOKEN, HOST: '127.0.0.1' });
    try {
      await t.anon.get('/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(404);
      expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(401);
      expect((await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { Authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});
