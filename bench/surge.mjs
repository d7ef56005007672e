// npm run bench:surge — the night before a deadline, on the production shape started locally: two API processes
// (APP_MODE=api) and one worker (APP_MODE=worker) on one Postgres and one S3 (the embedded ones, in a process of
// their own: bench/services.mjs). The last hour before the deadline, compressed to a few minutes:
//   - students sign in, create a draft, start an upload, get presigned part URLs, PUT the parts (20 MB, 4 in flight)
//     straight to S3, complete the upload, and check the video's status (they arrive evenly over the window);
//   - judges sign in, open their first assigned entry, and autosave its scorecard every 2 s;
//   - anonymous visitors browse the public showcase (home, edition, entry page, poster), 5–15 s between pages;
// every API request round-robin over the two API processes, as a load balancer would. The load comes from a child
// process (bench/surge-load.mjs), using fetch (undici) with keep-alive.
// Baseline, same run, same database: a bare node:http + pg server (bench/surge-baseline.mjs, two processes like the
// API) running the statements the API runs for a scorecard save (printed, as captured from Postgres's statement log).
// Before the surge, the judges save back to back (no pause) against the API and against the baseline, alternately;
// the API's save throughput is reported as a ratio of the baseline's.
// Targets (2-core machine): 0 errors; scorecard save p99 under 300 ms during the surge; save throughput at least
// 0.5 × the baseline. Benchmarks are informative: the exit code is 0 unless --strict is given and a target fails.
//
// Options (--name=value): --students (300) --judges (50) --visitors (200) --upload-mb (20) --duration (180, seconds
// of surge; it lasts until the last student has finished) --capacity-seconds (20) --capacity-rounds (3, medians
// compared) --worker-nice (0: the worker and its ffmpeg at this nice level) --surge=false (capacity runs only)
// --profile=DIR (API A writes a V8 CPU profile there) --show-sql (the captured statements in full) --strict.
// Needs ffmpeg and a build (npm run build).
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { sessionApi, sleep, until } from './harness.mjs';
import { seedSurge } from './surge-seed.mjs';
import { SAVE_ORDER, SAVE_SQL } from './surge-save-sql.mjs';

const args = Object.fromEntries(
  process.argv
    .slice(2)
    .map((a) => a.replace(/^--/, '').split('='))
    .map(([k, v]) => [k, v ?? 'true']),
);
const opt = (name, fallback) => (args[name] === undefined ? fallback : Number(args[name]));
const O = {
  students: opt('students', 300),
  judges: opt('judges', 50),
  visitors: opt('visitors', 200),
  uploadMb: opt('upload-mb', 20),
  durationS: opt('duration', 180),
  capacityS: opt('capacity-seconds', 20),
  capacityRounds: opt('capacity-rounds', 3),
  workerNice: opt('worker-nice', 0),
  surge: args.surge !== 'false',
  strict: args.strict === 'true',
};
const TARGET = { p99Ms: 300, ratio: 0.5 };
const AUTH_RATE_LIMIT = 100_000;

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const work = mkdtempSync(path.join(os.tmpdir(), 'clapper-bench-surge-'));
execFileSync('chmod', ['755', work]);
const PORTS = { s3: 9840, pg: 54840, apiA: 3840, apiB: 3841, worker: 3844, baseA: 3842, baseB: 3843 };
const ORIGIN = `http://localhost:${PORTS.apiA}`;
const APIS = [`http://127.0.0.1:${PORTS.apiA}`, `http://127.0.0.1:${PORTS.apiB}`];
const BASELINES = [`http://127.0.0.1:${PORTS.baseA}`, `http://127.0.0.1:${PORTS.baseB}`];
const PG_LOG = path.join(work, 'pg.log');
const log = (...a) => console.log(...a);

/** A real video (H.264 + AAC, 640x360, a busy picture so it does not compress away) of about `mb` MB, made once. */
function makeVideo(mb) {
  const file = path.join(work, 'upload.mp4');
  const seconds = Math.max(1, Math.round((mb * 8) / 8.2)); // about 8 Mbit/s in all
  execFileSync('ffmpeg', [
    '-hide_banner',
    '-loglevel',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    'testsrc2=size=640x360:rate=30',
    '-f',
    'lavfi',
    '-i',
    'sine=frequency=440:sample_rate=48000',
    '-vf',
    'noise=alls=12:allf=t',
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-b:v',
    '8000k',
    '-maxrate',
    '8000k',
    '-bufsize',
    '16M',
    '-c:a',
    'aac',
    '-b:a',
    '128k',
    '-t',
    String(seconds),
    '-movflags',
    '+faststart',
    file,
  ]);
  return file;
}

/** The process settings the image runs the app with (the Dockerfile's ENV for NODE_OPTIONS and MALLOC_*). */
function imageProcessEnv() {
  const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8').replace(/\\\n/g, ' ');
  return Object.fromEntries([...dockerfile.matchAll(/\b(NODE_OPTIONS|MALLOC_[A-Z_]+)=(\S+)/g)].map((m) => [m[1], m[2]]));
}

const children = [];
async function startProcess(name, cmd, argv, env, readyText) {
  const child = spawn(cmd, argv, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  const keep = (d) => (out = (out + d).slice(-200_000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.output = () => out;
  child.label = name;
  const deadline = Date.now() + 180_000;
  while (!out.includes(readyText)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`${name} did not start:\n${out.slice(-3000)}`);
    await sleep(200);
  }
  return child;
}

/** --profile=DIR: API A writes a V8 CPU profile there when it stops. */
const profile = (name) => (args.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(args.profile)}`, `--cpu-prof-name=${name}.cpuprofile`] : []);
/** --worker-nice=N: the worker (and its ffmpeg) at a lower CPU priority, as a worker container with a CPU share would be. */
const workerCommand = () => (O.workerNice ? ['nice', ['-n', String(O.workerNice), 'node', 'apps/api/dist/main.js']] : ['node', ['apps/api/dist/main.js']]);

/** A request to API A as the demo organiser (the seed's session). */
const api = sessionApi(APIS[0], ORIGIN);

/** Runs the load generator once; returns its results. */
async function load(config) {
  const configFile = path.join(work, `load-${config.mode}-${Date.now()}.json`);
  const resultsFile = `${configFile}.out`;
  writeFileSync(configFile, JSON.stringify(config));
  const child = spawn('node', ['bench/surge-load.mjs', configFile, resultsFile], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  children.push(child);
  const [code] = await once(child, 'exit');
  if (code !== 0) throw new Error(`the load generator exited with ${code}`);
  return JSON.parse(readFileSync(resultsFile, 'utf8'));
}

/**
 * The statements one scorecard save runs, as Postgres logged them: log_statement is turned on for the length of one
 * save through the API (the API's own logging stays as configured).
 */
async function captureSaveStatements(databaseUrl, saveOnce) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("ALTER SYSTEM SET log_statement = 'all'");
    await client.query('SELECT pg_reload_conf()');
    await sleep(500);
    const from = statSync(PG_LOG, { throwIfNoEntry: false })?.size ?? 0;
    await saveOnce();
    await sleep(500);
    await client.query('ALTER SYSTEM RESET log_statement');
    await client.query('SELECT pg_reload_conf()');
    const text = readFileSync(PG_LOG, 'utf8').slice(from);
    if (args['show-sql']) log(`Postgres log of the save:\n${text}`);
    // one entry per statement: "<date> <time> UTC [pid] LOG:  statement: …" or "… LOG:  execute <unnamed>: …"
    const entries = text
      .split(/\n(?=\d{4}-\d\d-\d\d \d)/)
      .map((e) => /\[(\d+)\] LOG:\s+(?:statement|execute [^:]*):\s+([\s\S]*?)(?:\n\S+ \S+ \S+ \[\d+\] DETAIL:[\s\S]*)?$/.exec(e))
      .filter(Boolean)
      .map((m) => ({ pid: m[1], sql: m[2].replace(/\s+/g, ' ').trim() }));
    // the worker and the other API run statements of their own meanwhile: keep the connections that served this save
    // (API A serves nothing else at that moment): the one that read the session, and the one that updated the card
    const pids = new Set(entries.filter((e) => e.sql.includes('FROM "sessions"') || e.sql.startsWith('UPDATE "scorecards"')).map((e) => e.pid));
    return entries.filter((e) => pids.has(e.pid)).map((e) => e.sql);
  } finally {
    await client.end();
  }
}

/** A judge signed in with their first entry open and saved once; returns a function that autosaves it again, through API A. */
async function oneSave(seeded) {
  const judge = seeded.judges[0];
  const call = async (method, url, body, session) => {
    const res = await fetch(`${APIS[0]}${url}`, {
      method,
      headers: { origin: ORIGIN, ...(session ? { cookie: session } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${url} → ${res.status} ${text}`);
    return { body: text ? JSON.parse(text) : null, cookie: res.headers.get('set-cookie')?.split(';')[0] };
  };
  const session = (await call('POST', '/api/auth/sign-in', { email: judge.email, password: judge.password })).cookie;
  const item = (await call('GET', `/api/judge/rounds/${seeded.roundId}/queue`, null, session)).body.items[0];
  const base = `/api/judge/rounds/${seeded.roundId}/entries/${item.roundEntryId}`;
  const card = (await call('GET', base, null, session)).body.scorecard;
  // the first save creates the scorecard; the autosaves after it (the one captured) update it
  const first = (await call('PUT', `${base}/scorecard`, { version: card.version, scores: { message: 2 }, privateNote: 'first save' }, session)).body;
  return () => call('PUT', `${base}/scorecard`, { version: first.version, scores: { message: 3 }, privateNote: 'autosave' }, session);
}

function quantile(sorted, q) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

function stats(o, seconds) {
  const sorted = [...o.latencies].sort((a, b) => a - b);
  return {
    count: sorted.length,
    errors: o.errors,
    perSecond: sorted.length / seconds,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    p99: quantile(sorted, 0.99),
    max: sorted.at(-1) ?? NaN,
  };
}

function table(results, seconds) {
  const rows = Object.entries(results.ops).map(([name, o]) => ({ name, ...stats(o, seconds) }));
  const ms = (v) => (Number.isNaN(v) ? '–' : v.toFixed(0));
  const lines = [
    '| operation | requests | per second | p50 ms | p95 ms | p99 ms | max ms | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows)
    lines.push(`| ${r.name} | ${r.count} | ${r.perSecond.toFixed(1)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${ms(r.max)} | ${r.errors} |`);
  return { text: lines.join('\n'), rows };
}

/** CPU seconds used so far by each process on the machine: its own, and that of the children it has reaped. */
function processTable() {
  const procs = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      procs.set(Number(d), { ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / 100 });
    } catch {
      // gone meanwhile
    }
  }
  return procs;
}

/** CPU seconds of a process and all its descendants (ffmpeg under the worker, Postgres under the services). */
function treeCpu(procs, pid) {
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    total += procs.get(p)?.cpu ?? 0;
    for (const [child, x] of procs) if (x.ppid === p) stack.push(child);
  }
  return total;
}

/** The machine's busy CPU seconds (all processes, ours and everyone else's), from /proc/stat. */
function machineBusy() {
  const [, ...v] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  return (v.slice(0, 8).reduce((a, b) => a + b, 0) - v[3] - v[4]) / 100;
}

/** Where the CPU went: a snapshot per group of our processes, to subtract from a later one. */
function cpuSnapshot(groups) {
  const procs = processTable();
  const snap = { machine: machineBusy(), at: Date.now() };
  let ours = 0;
  for (const [name, pids] of Object.entries(groups)) {
    snap[name] = pids.reduce((n, pid) => n + treeCpu(procs, pid), 0);
    ours += snap[name];
  }
  // the bench itself and the load generator it spawns (reaped generators are in the bench's own counters)
  snap['load generator + bench'] = treeCpu(procs, process.pid) - ours;
  return snap;
}

function cpuReport(before, after) {
  const seconds = (after.at - before.at) / 1000;
  const rows = Object.keys(after)
    .filter((k) => k !== 'machine' && k !== 'at')
    .map((k) => [k, after[k] - before[k]]);
  const ours = rows.reduce((n, [, v]) => n + v, 0);
  rows.push(['other jobs on the machine', after.machine - before.machine - ours]);
  return `CPU over ${seconds.toFixed(0)} s (${(2 * seconds).toFixed(0)} core-seconds on 2 cores): ${rows.map(([k, v]) => `${k} ${v.toFixed(0)} s`).join(', ')}`;
}

/** Runs the surge and prints its table: throughput, latency and errors per operation, and where the CPU went. */
async function runSurge(config, cpuGroups) {
  log(`\nsurge: starting (load average ${loadAverage()})`);
  const cpuBefore = cpuSnapshot(cpuGroups);
  const results = await load(config);
  const { text, rows } = table(results, results.seconds);
  log(
    `\nsurge: ${results.seconds.toFixed(0)} s (the last student finished at ${results.studentsSeconds.toFixed(0)} s), ${results.judgesSignedIn} judges autosaving; load average at the end ${loadAverage()}`,
  );
  log(text);
  log(cpuReport(cpuBefore, cpuSnapshot(cpuGroups)));
  for (const [name, o] of Object.entries(results.ops)) for (const e of o.errorSamples) log(`  error in ${name}: ${e}`);
  const uploaded = rows.find((r) => r.name === 'complete upload')?.count ?? 0;
  const bytes = statSync(config.videoFile).size;
  log(
    `uploads completed: ${uploaded} of ${config.students.length} (${((uploaded * bytes) / 1e6 / results.studentsSeconds).toFixed(1)} MB/s into S3 on average while students were arriving)`,
  );
  return rows;
}

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

let services;
try {
  log(
    `Clapper bench:surge — ${new Date().toISOString()}, ${os.cpus().length} cores (${os.cpus()[0].model}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${loadAverage()}`,
  );
  log(
    `students ${O.students} × ${O.uploadMb} MB, judges ${O.judges} (autosave every 2 s), visitors ${O.visitors}, surge window ${O.durationS} s; AUTH_RATE_LIMIT_PER_MINUTE=${AUTH_RATE_LIMIT} for the bench (every client signs in from 127.0.0.1)`,
  );
  const video = makeVideo(O.uploadMb);
  log(`video: ${(statSync(video).size / 1e6).toFixed(1)} MB, H.264 640x360 + AAC`);

  services = await startProcess(
    'services',
    'node',
    ['bench/services.mjs', path.join(work, 'services'), String(PORTS.s3), String(PORTS.pg)],
    { BENCH_PG_LOG: PG_LOG },
    'ready',
  );
  const databaseUrl = services.output().match(/ready (\S+)/)[1];
  const s3 = JSON.parse(readFileSync(path.join(work, 'services', 's3-credentials.json'), 'utf8'));
  const appEnv = {
    ...imageProcessEnv(),
    DATABASE_URL: databaseUrl,
    S3_ENDPOINT: `http://127.0.0.1:${PORTS.s3}`,
    S3_ACCESS_KEY_ID: s3.accessKeyId,
    S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
    S3_BUCKET: 'surge',
    S3_MANAGE_BUCKET: 'true',
    PUBLIC_URL: ORIGIN,
    DATA_DIR: path.join(work, 'data'),
    LOG_LEVEL: 'warn',
    AUTH_RATE_LIMIT_PER_MINUTE: String(AUTH_RATE_LIMIT),
  };
  // API A migrates and seeds the demo; then API B and the worker start on the same database and bucket
  const apiA = await startProcess(
    'API A',
    'node',
    [...profile('api-a'), 'apps/api/dist/main.js'],
    { ...appEnv, APP_MODE: 'api', PORT: String(PORTS.apiA), SEED_DEMO: 'true' },
    'Clapper is running',
  );
  const [apiB, worker] = await Promise.all([
    startProcess(
      'API B',
      'node',
      ['apps/api/dist/main.js'],
      { ...appEnv, APP_MODE: 'api', PORT: String(PORTS.apiB), SEED_DEMO: 'false' },
      'Clapper is running',
    ),
    startProcess(
      'worker',
      ...workerCommand(),
      { ...appEnv, APP_MODE: 'worker', PORT: String(PORTS.worker), SEED_DEMO: 'false', LOG_LEVEL: 'info' },
      'worker started',
    ),
  ]);
  log('two API processes and a worker are up');

  const seeded = await seedSurge(databaseUrl, api, { students: O.students, judges: O.judges, judgedEntries: O.judges, judgesPerEntry: 2 });
  log(`seeded: ${O.students} students, ${O.judges} judges with ${seeded.assignments} assignments in an open national round; the 2026 edition published`);
  // the edition lists its works once the worker has processed the demo videos
  let entryCodes = [];
  await until(
    'the published works on the showcase (the worker processes the demo videos)',
    async () => {
      const page = await (await fetch(`${APIS[0]}/showcase/${seeded.showcaseSlug}`)).text();
      entryCodes = [...new Set([...page.matchAll(/\/entries\/([A-Z]{2}-\d{4})/g)].map((m) => m[1]))];
      return (
        entryCodes.length > 0 &&
        (await Promise.all(entryCodes.map(async (c) => (await fetch(`${APIS[0]}/showcase/${seeded.showcaseSlug}/entries/${c}`)).status === 200))).every(Boolean)
      );
    },
    300_000,
  );
  log(`showcase: ${entryCodes.length} published entries (${entryCodes.join(', ')})`);

  const common = {
    origin: ORIGIN,
    apis: APIS,
    roundId: seeded.roundId,
    competitionId: seeded.competitionId,
    categoryId: seeded.categoryId,
    judges: seeded.judges,
  };

  // the statements of one save, from Postgres's log
  const statements = await captureSaveStatements(databaseUrl, await oneSave(seeded));
  log(`\nOne scorecard save through the API ran ${statements.length} statements (from Postgres's log):`);
  for (const s of statements) log(`  ${s.length > 160 && !args['show-sql'] ? `${s.slice(0, 160)}…` : s}`);
  const expected = SAVE_ORDER.map((k) => SAVE_SQL[k].replace(/\s+/g, ' ').trim());
  const same = statements.length === expected.length && statements.every((s, i) => s === expected[i]);
  log(
    same
      ? 'The bare baseline runs these same statements, in this order.'
      : 'WARNING: the bare baseline (bench/surge-save-sql.mjs) no longer runs the statements captured above: update it.',
  );

  // the bare baseline: two node:http + pg processes
  await Promise.all(
    BASELINES.map((_, i) =>
      startProcess(
        `baseline ${i + 1}`,
        'node',
        ['bench/surge-baseline.mjs'],
        { DATABASE_URL: databaseUrl, PORT: String([PORTS.baseA, PORTS.baseB][i]) },
        'listening',
      ),
    ),
  );

  const baselinePids = children.filter((c) => c.label?.startsWith('baseline')).map((c) => c.pid);
  const cpuGroups = {
    'API A': [apiA.pid],
    'API B': [apiB.pid],
    'worker (with its ffmpeg)': [worker.pid],
    'Postgres + S3': [services.pid],
    baselines: baselinePids,
  };

  // save capacity: the judges save back to back, API and baseline alternately
  const capacity = { api: [], baseline: [] };
  for (let r = 1; r <= O.capacityRounds; r++) {
    for (const [which, targets] of [
      ['api', APIS],
      ['baseline', BASELINES],
    ]) {
      const cpuBefore = cpuSnapshot(cpuGroups);
      const res = await load({ ...common, mode: 'capacity', targets, durationS: O.capacityS });
      const cpu = cpuReport(cpuBefore, cpuSnapshot(cpuGroups));
      const s = stats(res.ops['scorecard save'] ?? { latencies: [], errors: 0 }, res.seconds);
      capacity[which].push({ ...s, errorSamples: res.ops['scorecard save']?.errorSamples ?? [] });
      log(
        `capacity round ${r}, ${which}: ${s.perSecond.toFixed(1)} saves/s, p50 ${s.p50.toFixed(0)} ms, p99 ${s.p99.toFixed(0)} ms, errors ${s.errors} (load average ${loadAverage()})`,
      );
      log(`  ${cpu} (includes the judges' sign-ins before the timed part)`);
    }
  }

  // the surge (--surge=false: the capacity runs only)
  const surge = O.surge
    ? await runSurge(
        {
          ...common,
          mode: 'surge',
          students: seeded.students,
          visitors: O.visitors,
          durationS: O.durationS,
          videoFile: video,
          showcaseSlug: seeded.showcaseSlug,
          entryCodes,
        },
        cpuGroups,
      )
    : null;

  // the median round (the mean of the middle two for an even count)
  const median = (xs) => {
    const sorted = [...xs].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  };
  const apiRate = median(capacity.api.map((c) => c.perSecond));
  const baseRate = median(capacity.baseline.map((c) => c.perSecond));
  const ratio = apiRate / baseRate;
  const save = surge?.find((r) => r.name === 'scorecard save');
  const errors =
    (surge ?? []).reduce((n, r) => n + r.errors, 0) + capacity.api.reduce((n, c) => n + c.errors, 0) + capacity.baseline.reduce((n, c) => n + c.errors, 0);
  const checks = [
    [`errors: ${errors} (${surge ? 'surge and ' : ''}capacity runs; target 0)`, errors === 0],
    ...(surge
      ? [[`scorecard save p99 during the surge: ${save ? save.p99.toFixed(0) : '–'} ms (target < ${TARGET.p99Ms})`, !!save && save.p99 < TARGET.p99Ms]]
      : []),
    [
      `scorecard save throughput, back to back: API ${apiRate.toFixed(1)}/s, bare baseline ${baseRate.toFixed(1)}/s, ratio ${ratio.toFixed(2)} (target ≥ ${TARGET.ratio})`,
      ratio >= TARGET.ratio,
    ],
  ];
  log('');
  for (const [what, ok] of checks) log(`${ok ? 'PASS' : 'FAIL'}  ${what}`);
  for (const c of [...capacity.api, ...capacity.baseline]) for (const e of c.errorSamples) log(`  capacity error: ${e}`);
  if (O.strict && checks.some(([, ok]) => !ok)) process.exitCode = 1;
} catch (err) {
  console.error(err.stack ?? err.message);
  for (const c of children) if (c.output) console.error(`--- ${c.label} (last lines)\n${c.output().split('\n').slice(-15).join('\n')}`);
  process.exitCode = 1;
} finally {
  // the app processes and baselines first, then the services (S3 and Postgres)
  const apps = children.filter((c) => c !== services && c.exitCode === null);
  for (const c of apps) c.kill('SIGINT');
  await Promise.all(apps.map((c) => Promise.race([once(c, 'exit'), sleep(15_000)])));
  if (services && services.exitCode === null) {
    services.kill('SIGTERM');
    await Promise.race([once(services, 'exit'), sleep(15_000)]);
  }
  rmSync(work, { recursive: true, force: true });
}
