#!/usr/bin/env node
// npm run bench:entries — the central list of entries (GET /api/review/entries) with 5,000 entries, on a real API
// process (APP_MODE=api) over the embedded Postgres and S3 in a process of their own (bench/services.mjs), as the
// demo organiser. The seed adds 5,000 entries over 12 countries to the demo competition in a few SQL statements, with
// every state the filters read: drafts, submitted and withdrawn entries; screened eligible, ineligible, pending and
// changes requested; teams of one to three (some minors), with consents complete, waiting or refused; and videos
// ready, processing, rejected or missing.
// Each scenario is requested RUNS times after a warm-up, alternating with the baseline (an unfiltered first page of
// 25, the cheapest list there is), and p50/p95 are printed with the ratio of the p50 to the baseline's.
// Target: every scenario's p95 under 300 ms on a 2-core machine. Informative: the exit code is 0 unless --strict is
// given and a target fails. Needs a build (npm run build). Results go in docs/benchmarks.md by hand.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { processStarter, sleep } from './harness.mjs';

const args = Object.fromEntries(
  process.argv
    .slice(2)
    .map((a) => a.replace(/^--/, '').split('='))
    .map(([k, v]) => [k, v ?? 'true']),
);
const ENTRIES = Number(args.entries ?? 5000);
const RUNS = Number(args.runs ?? 30);
const TARGET_P95_MS = 300;
const COUNTRIES = ['BN', 'KH', 'ID', 'JP', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'TL', 'VN'];
const LANGUAGES = ['en', 'th', 'ja', 'id', 'vi', 'ms'];

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const work = mkdtempSync(path.join(os.tmpdir(), 'clapper-bench-entries-'));
execFileSync('chmod', ['755', work]);
const PORTS = { s3: 9860, pg: 54860, api: 3860 };
const BASE = `http://127.0.0.1:${PORTS.api}`;
const ORIGIN = `http://localhost:${PORTS.api}`;
const log = (...a) => console.log(...a);

const children = [];
const startProcess = processStarter(root, children);

/** 5,000 entries in a few statements: codes per country, states spread by the entry's number (deterministic). */
async function seed(databaseUrl) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const [competition] = (await db.query(`SELECT id FROM competitions WHERE slug = 'asean-japan-2027'`)).rows;
    const categories = (await db.query(`SELECT id FROM categories WHERE competition_id = $1 ORDER BY position`, [competition.id])).rows.map((r) => r.id);
    const [owner] = (await db.query(`SELECT id FROM users WHERE email = 'student@demo.clapper.local'`)).rows;
    for (const c of COUNTRIES)
      await db.query(`INSERT INTO schools (name, name_key, country_code) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
        `Bench School ${c}`,
        `bench school ${c.toLowerCase()}`,
        c,
      ]);
    await db.query('BEGIN');
    await db.query(
      `INSERT INTO entries (code, competition_id, category_id, country_code, school_id, owner_id, title, video_language, status, submitted_at, withdrawn_at,
                            eligibility, changes_message, changes_due_at, changes_requested_at, created_at, updated_at)
       SELECT 'B' || c.code || '-' || lpad(((n - 1) / 12 + 1)::text, 4, '0'), $1, ($2::uuid[])[1 + n % array_length($2::uuid[], 1)], c.code, s.id, $3,
              (ARRAY['Think before you click','Password heroes','The phishing net','Stranger danger online','Private by default','Two steps ahead'])[1 + n % 6] || ' ' || n,
              ($4::text[])[1 + n % array_length($4::text[], 1)],
              CASE WHEN n % 10 < 2 THEN 'draft' WHEN n % 10 = 9 THEN 'withdrawn' ELSE 'submitted' END,
              CASE WHEN n % 10 BETWEEN 2 AND 9 THEN now() - (n || ' minutes')::interval END,
              CASE WHEN n % 10 = 9 THEN now() END,
              CASE WHEN n % 10 BETWEEN 2 AND 8 THEN (ARRAY['pending','eligible','eligible','ineligible'])[1 + (n / 7) % 4] ELSE 'pending' END,
              CASE WHEN n % 20 = 1 THEN 'Please add English subtitles.' END,
              CASE WHEN n % 20 = 1 THEN now() + interval '7 days' END,
              CASE WHEN n % 20 = 1 THEN now() END,
              now() - (n || ' minutes')::interval, now() - (n || ' seconds')::interval
         FROM generate_series(1, $5::int) n
         JOIN LATERAL (SELECT ($6::text[])[1 + n % 12] AS code) c ON true
         JOIN schools s ON s.name = 'Bench School ' || c.code`,
      [competition.id, categories, owner.id, LANGUAGES, ENTRIES, COUNTRIES],
    );
    // one to three members; the first of every other team a minor
    await db.query(
      `INSERT INTO team_members (entry_id, full_name, role, date_of_birth, school_name, position)
       SELECT e.id, 'Member ' || k || ' of ' || e.code, 'director', CASE WHEN k = 0 AND (hashtext(e.code) & 1) = 0 THEN date '2011-03-04' ELSE date '2005-03-04' END,
              'Bench School', k
         FROM entries e, generate_series(0, 2) k
        WHERE e.code LIKE 'B%' AND k <= (abs(hashtext(e.code)) % 3)`,
    );
    // consents: given for most, nothing for some, refused for a few
    await db.query(
      `INSERT INTO consents (entry_id, member_id, kind, status, method, given_at)
       SELECT t.entry_id, t.id, kind, CASE WHEN abs(hashtext(t.id::text)) % 25 = 0 THEN 'refused' ELSE 'given' END, 'account', now()
         FROM team_members t JOIN entries e ON e.id = t.entry_id, unnest(ARRAY['participant','guardian']) kind
        WHERE e.code LIKE 'B%' AND abs(hashtext(e.code)) % 5 <> 0 AND (kind = 'participant' OR t.date_of_birth > date '2009-01-01')`,
    );
    // videos: ready for most, a replaced one before some, processing, rejected, or none
    await db.query(
      `INSERT INTO video_assets (entry_id, status, original_key, file_name, created_at)
       SELECT e.id, v.status, 'originals/' || e.id || '/' || v.status, 'film.mp4', now() - v.age
         FROM entries e
         JOIN LATERAL (VALUES ('replaced', interval '2 days'), ((ARRAY['ready','ready','ready','processing','rejected'])[1 + abs(hashtext(e.code)) % 5], interval '1 day')) v(status, age)
           ON v.status <> 'replaced' OR abs(hashtext(e.code)) % 4 = 0
        WHERE e.code LIKE 'B%' AND abs(hashtext(e.code)) % 11 <> 0`,
    );
    await db.query('COMMIT');
    await db.query('ANALYZE');
    const counts = (
      await db.query(
        `SELECT (SELECT count(*) FROM entries) AS entries, (SELECT count(*) FROM team_members) AS members, (SELECT count(*) FROM consents) AS consents,
                (SELECT count(*) FROM video_assets) AS videos`,
      )
    ).rows[0];
    return { competitionId: competition.id, counts };
  } finally {
    await db.end();
  }
}

let cookie = '';
async function request(url) {
  const started = performance.now();
  const res = await fetch(`${BASE}${url}`, { headers: { origin: ORIGIN, cookie } });
  const body = await res.text();
  const ms = performance.now() - started;
  if (!res.ok) throw new Error(`GET ${url} → ${res.status} ${body.slice(0, 500)}`);
  return { ms, body: JSON.parse(body) };
}

async function signIn() {
  const res = await fetch(`${BASE}/api/auth/sign-in`, {
    method: 'POST',
    headers: { origin: ORIGIN, 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'organiser@demo.clapper.local', password: 'demo-organiser-pass' }),
  });
  if (!res.ok) throw new Error(`sign-in → ${res.status} ${await res.text()}`);
  cookie = res.headers.get('set-cookie').split(';')[0];
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const loadAverage = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

let services;
let exitCode = 0;
try {
  log(
    `Clapper bench:entries — ${new Date().toISOString()}, ${os.cpus().length} cores (${os.cpus()[0].model}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${loadAverage()}`,
  );
  services = await startProcess('services', ['bench/services.mjs', path.join(work, 'services'), String(PORTS.s3), String(PORTS.pg)], {}, 'ready');
  const databaseUrl = services.output().match(/ready (\S+)/)[1];
  const s3 = JSON.parse(readFileSync(path.join(work, 'services', 's3-credentials.json'), 'utf8'));
  await startProcess(
    'API',
    ['apps/api/dist/main.js'],
    {
      DATABASE_URL: databaseUrl,
      S3_ENDPOINT: `http://127.0.0.1:${PORTS.s3}`,
      S3_ACCESS_KEY_ID: s3.accessKeyId,
      S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
      S3_BUCKET: 'entries',
      S3_MANAGE_BUCKET: 'true',
      PUBLIC_URL: ORIGIN,
      DATA_DIR: path.join(work, 'data'),
      LOG_LEVEL: 'warn',
      APP_MODE: 'api',
      PORT: String(PORTS.api),
      SEED_DEMO: 'true',
    },
    'Clapper is running',
  );
  const { competitionId, counts } = await seed(databaseUrl);
  log(
    `seeded: ${counts.entries} entries (${ENTRIES} over ${COUNTRIES.length} countries), ${counts.members} team members, ${counts.consents} consents, ${counts.videos} videos`,
  );
  await signIn();

  const c = `competitionId=${competitionId}`;
  const baseline = { name: 'baseline: first page, no filter', url: '/api/review/entries' };
  const scenarios = [
    { name: 'one competition, sorted by code', url: `/api/review/entries?${c}` },
    { name: 'country + status + screening', url: `/api/review/entries?${c}&country=TH&status=submitted&screening=pending` },
    { name: 'search "password" in code/title', url: `/api/review/entries?${c}&q=password` },
    { name: 'search a code ("BTH-02")', url: `/api/review/entries?q=BTH-02` },
    { name: 'sorted by title, descending', url: `/api/review/entries?${c}&sort=title&dir=desc` },
    { name: 'sorted by category', url: `/api/review/entries?${c}&sort=category` },
    { name: 'deep page (page 50 of 25)', url: `/api/review/entries?${c}&page=50` },
    { name: 'last page of 100', url: `/api/review/entries?${c}&pageSize=100&page=50` },
    { name: 'video rejected (videos module)', url: `/api/review/entries?${c}&video=rejected` },
    { name: 'consent waiting (consents module)', url: `/api/review/entries?${c}&consent=waiting` },
    { name: 'consent + video + country, page 2', url: `/api/review/entries?${c}&consent=complete&video=ready&country=JP&page=2` },
    { name: 'review queue neighbours', url: null },
  ];
  const first = await request(`/api/review/entries?${c}&sort=title&page=40`);
  scenarios.at(-1).url = `/api/review/entries/${first.body.items[0].id}/neighbours?${c}&sort=title`;

  // a warm-up of each, then RUNS of each alternating with the baseline
  for (const s of [baseline, ...scenarios]) for (let i = 0; i < 3; i++) await request(s.url);
  const times = new Map([baseline, ...scenarios].map((s) => [s.name, []]));
  const totals = new Map();
  for (let run = 0; run < RUNS; run++)
    for (const s of scenarios) {
      times.get(baseline.name).push((await request(baseline.url)).ms);
      const r = await request(s.url);
      times.get(s.name).push(r.ms);
      totals.set(s.name, r.body.total ?? r.body.position);
    }
  const p = (name, q) =>
    quantile(
      [...times.get(name)].sort((a, b) => a - b),
      q,
    );
  const base50 = p(baseline.name, 0.5);
  log(`\n${RUNS} runs each (the baseline ${RUNS * scenarios.length}), milliseconds measured by the client, over HTTP on localhost\n`);
  log(`${'scenario'.padEnd(40)} ${'rows'.padStart(6)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'× base'.padStart(7)}`);
  log(`${baseline.name.padEnd(40)} ${''.padStart(6)} ${base50.toFixed(1).padStart(8)} ${p(baseline.name, 0.95).toFixed(1).padStart(8)} ${'1.00'.padStart(7)}`);
  for (const s of scenarios) {
    const p95 = p(s.name, 0.95);
    if (p95 >= TARGET_P95_MS) exitCode = args.strict === 'true' ? 1 : 0;
    log(
      `${s.name.padEnd(40)} ${String(totals.get(s.name) ?? '').padStart(6)} ${p(s.name, 0.5).toFixed(1).padStart(8)} ${p95.toFixed(1).padStart(8)} ${(p(s.name, 0.5) / base50).toFixed(2).padStart(7)}${p95 >= TARGET_P95_MS ? '  over target' : ''}`,
    );
  }
  log(`\ntarget: p95 under ${TARGET_P95_MS} ms for every scenario; load average ${loadAverage()}`);
} catch (err) {
  console.error(err);
  exitCode = 1;
} finally {
  for (const child of children.reverse()) child.kill('SIGTERM');
  await sleep(1500);
  rmSync(work, { recursive: true, force: true });
}
process.exit(exitCode);
