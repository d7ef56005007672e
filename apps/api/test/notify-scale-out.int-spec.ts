import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createTestApp, type TestApp } from './harness/test-app.js';
import { clientAs, makeCompetition, makeUser } from './harness/factories.js';
import { mailCount } from './harness/outbox.js';
import { startPlatform, type Platform } from './harness/processes.js';
import { waitFor } from './harness/wait.js';
import { eligibleEntry, judgeOn, school } from './judging-fixtures.js';
import { makeEntry } from './videos-fixtures.js';
import { Entry } from '../src/entries/entry.entity.js';
import { JobQueue } from '../src/queue/job-queue.js';
import type { JobName } from '../src/queue/jobs.js';

/**
 * Reminders and digests are sent once, with two worker processes (`node dist/main.js`, APP_MODE=worker) on one
 * database running the same jobs at the same time: each message's once-only key is claimed in the transaction that
 * writes it. The workers run on the real clock, so the deadlines here are set from now. Data is made through an
 * in-process app on the same database.
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const JOBS: JobName[] = ['notifications.reminders', 'notifications.digest'];
const LOGGED: Record<string, string> = { 'notifications.reminders': 'reminders sent', 'notifications.digest': 'digests sent' };

let t: TestApp;
let platform: Platform;
let dir: string;

beforeAll(async () => {
  t = await createTestApp();
  dir = await mkdtemp(path.join(os.tmpdir(), 'notify-scale-out-'));
  platform = await startPlatform({ databaseUrl: t.databaseUrl, s3: t.s3, dir, apis: 0, workers: 2, workerEnv: { LOG_LEVEL: 'info' } });
}, 120_000);

afterAll(async () => {
  await platform?.stop();
  await t?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
}, 60_000);

/** The runs of a job each worker has finished, from its log lines (staff-jobs.ts logs one per run, with what it sent). */
function runs(job: JobName): Record<string, unknown>[][] {
  return platform.workers.map((w) => w.logs().filter((l) => l.job === job && l.msg === LOGGED[job]));
}

async function pendingJobs(): Promise<number> {
  const [row]: { n: number }[] = await t.db.query(
    `SELECT count(*)::int AS n FROM pgboss.job WHERE name = ANY($1) AND state IN ('created', 'retry', 'active')`,
    [JOBS],
  );
  return row.n;
}

async function finishedJobs(): Promise<number> {
  const [row]: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = ANY($1) AND state = 'completed'`, [JOBS]);
  return row.n;
}

it('sends each reminder and each digest once while both workers run the jobs, several times and at the same moments', async () => {
  const now = new Date();
  t.clock.set(now); // the in-process app that makes the data shares the workers' clock
  // a Thai team's draft in a competition whose submissions close in a day and a half: its 2-day reminder is due
  const closing = await makeCompetition(t, {
    countryCodes: ['TH'],
    submissionOpensAt: new Date(now.getTime() - 30 * DAY),
    submissionClosesAt: new Date(now.getTime() + 36 * HOUR),
  });
  const student = await makeUser(t, { role: 'student', countryCode: 'TH', locale: 'th' });
  await makeEntry(t, closing, student);

  // a national round closing in 20 hours, with a judge who has scored nothing: the 1-day reminder is due
  const competition = await makeCompetition(t, { countryCodes: ['TH'] });
  const { user: coordinator, client } = await clientAs(t, { role: 'coordinator', countryCode: 'TH', locale: 'th' });
  const s = await school(t, 'Scale-out School');
  for (let i = 1; i <= 2; i++) await eligibleEntry(t, competition.id, i, { schoolId: s });
  const round = (
    await client
      .post('/api/rounds')
      .send({
        competitionId: competition.id,
        kind: 'national',
        countryCode: 'TH',
        opensAt: new Date(now.getTime() - 10 * DAY).toISOString(),
        closesAt: new Date(now.getTime() + 20 * HOUR).toISOString(),
        judgesPerEntry: 1,
      })
      .expect(201)
  ).body as { id: string };
  const judge = await judgeOn(t, round.id, { name: 'Kenji' });
  await client.post(`/api/rounds/${round.id}/open`).send({ confirm: true }).expect(200);
  await client.post(`/api/rounds/${round.id}/assignment`).expect(200);

  // an entry submitted yesterday (UTC) in the coordinator's country: the day's digest is due
  const fresh = await eligibleEntry(t, competition.id, 3, { schoolId: s, eligibility: 'pending' });
  const yesterdayNoon = new Date(Math.floor(now.getTime() / DAY) * DAY - 12 * HOUR);
  await t.db.getRepository(Entry).update({ id: fresh.id }, { submittedAt: yesterdayNoon });

  // both jobs, twice at a time, until each worker has run each at least once
  const queue = t.app.get(JobQueue);
  for (let attempt = 0; attempt < 15 && !JOBS.every((job) => runs(job).every((r) => r.length > 0)); attempt++) {
    await Promise.all(JOBS.flatMap((job) => [queue.send(job, {}), queue.send(job, {})]));
    await waitFor(
      'the queued notification jobs to finish',
      async () => (await pendingJobs()) === 0,
      30_000,
      250,
      () => platform.describe(20),
    );
  }
  // every finished run has logged what it sent (the output may reach us a moment after the job is marked done)
  await waitFor(
    'each finished run to be logged',
    async () => runs('notifications.reminders').flat().length + runs('notifications.digest').flat().length === (await finishedJobs()),
    10_000,
  );
  for (const job of JOBS) expect(runs(job).map((r) => r.length > 0)).toEqual([true, true]);

  // every run looked for the same messages; one of them sent each, once
  expect(await mailCount(t, student.email, 'entry.draft_reminder')).toBe(1);
  expect(await mailCount(t, judge.user.email, 'judge.reminder')).toBe(1);
  expect(await mailCount(t, coordinator.email, 'coordinator.digest')).toBe(1);
  const sent = (job: JobName, field: string) =>
    runs(job)
      .flat()
      .reduce((n, l) => n + Number(l[field]), 0);
  expect(sent('notifications.reminders', 'drafts')).toBe(1);
  expect(sent('notifications.reminders', 'judges')).toBe(1);
  expect(sent('notifications.digest', 'digests')).toBe(1);
}, 120_000);
