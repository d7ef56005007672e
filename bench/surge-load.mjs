// The load generator of bench:surge, in a process of its own so that its CPU is not counted in the bench's own
// event loop (it still shares the machine's cores with the servers). Node's fetch (undici) keeps connections alive.
// Usage: node bench/surge-load.mjs <config.json> <results.json>
//   config.mode 'surge': students upload, judges autosave every 2 s, visitors browse the showcase, for durationS
//     seconds at least (until the last student has finished), requests round-robin over config.apis;
//   config.mode 'capacity': the judges save their scorecards back to back (no pause) for durationS seconds against
//     config.targets (the API processes, or the bare baseline servers).
// Results: per operation, the latency of every request (ms) and the errors met.
import { readFileSync, writeFileSync } from 'node:fs';

const [configFile, resultsFile] = process.argv.slice(2);
const config = JSON.parse(readFileSync(configFile, 'utf8'));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const ops = new Map();

function op(name) {
  if (!ops.has(name)) ops.set(name, { latencies: [], errors: 0, errorSamples: [] });
  return ops.get(name);
}

/** Times one request; a failure is counted against the operation and thrown on. */
async function timed(name, fn) {
  const started = performance.now();
  try {
    const result = await fn();
    op(name).latencies.push(performance.now() - started);
    return result;
  } catch (err) {
    const o = op(name);
    o.errors++;
    // fetch's own failures ("fetch failed") carry the reason in their cause
    const cause = err.cause ? ` (${err.cause.code ?? ''} ${err.cause.message ?? err.cause})` : '';
    if (o.errorSamples.length < 5) o.errorSamples.push(`${String(err.message ?? err).slice(0, 300)}${cause}`);
    throw err;
  }
}

let turn = 0;
/** The next API process, round-robin, as a load balancer would. */
const nextBase = (bases) => bases[turn++ % bases.length];

async function call(bases, method, url, { body, cookie, expect = [200, 201, 204], redirect = 'follow', raw = false } = {}) {
  const res = await fetch(`${nextBase(bases)}${url}`, {
    method,
    redirect,
    headers: { origin: config.origin, ...(body ? { 'content-type': 'application/json' } : {}), ...(cookie ? { cookie } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (!expect.includes(res.status)) throw new Error(`${method} ${url} → ${res.status} ${text.slice(0, 200)}`);
  const setCookie = res.headers.get('set-cookie');
  return { status: res.status, body: raw || !text ? text : JSON.parse(text), cookie: setCookie ? setCookie.split(';')[0] : null };
}

async function signIn(bases, who, name) {
  const res = await timed(name, () => call(bases, 'POST', '/api/auth/sign-in', { body: { email: who.email, password: who.password } }));
  if (!res.cookie) throw new Error('sign-in set no cookie');
  return res.cookie;
}

/** A judge signs in and opens the first entry of their queue: what the autosave loop needs. */
async function judgeSession(bases, judge) {
  const cookie = await signIn(bases, judge, 'judge sign-in');
  const queue = (await timed('judge queue', () => call(bases, 'GET', `/api/judge/rounds/${config.roundId}/queue`, { cookie }))).body;
  const item = queue.items[0];
  if (!item) throw new Error(`${judge.email} has nothing assigned`);
  const entry = (await timed('judge entry', () => call(bases, 'GET', `/api/judge/rounds/${config.roundId}/entries/${item.roundEntryId}`, { cookie }))).body;
  return { cookie, roundEntryId: item.roundEntryId, version: entry.scorecard.version, criteria: entry.rubric.criteria, n: 0 };
}

/** One autosave: one criterion changed, with the version last read (the web client does the same). */
async function save(bases, s, name = 'scorecard save') {
  const c = s.criteria[s.n % s.criteria.length];
  const scores = Object.fromEntries(
    s.criteria.slice(0, (s.n % s.criteria.length) + 1).map((k, i) => [k.key, k.scaleMin + ((s.n + i) % (k.scaleMax - k.scaleMin + 1))]),
  );
  s.n++;
  const res = await timed(name, () =>
    call(bases, 'PUT', `/api/judge/rounds/${config.roundId}/entries/${s.roundEntryId}/scorecard`, {
      cookie: s.cookie,
      body: { version: s.version, scores, privateNote: `autosave ${s.n} (${c.key})` },
    }),
  );
  s.version = res.body.version;
}

async function student(bases, who, file) {
  const cookie = await signIn(bases, who, 'student sign-in');
  await timed('competition page', () => call(bases, 'GET', `/api/competitions/${config.competitionId}`, { cookie }));
  const entry = (
    await timed('create draft', () =>
      call(bases, 'POST', '/api/entries', {
        cookie,
        body: {
          competitionId: config.competitionId,
          categoryId: config.categoryId,
          title: `Deadline night ${who.email.split('@')[0]}`,
          videoLanguage: 'th',
          members: [],
        },
      }),
    )
  ).body;
  const started = (
    await timed('start upload', () =>
      call(bases, 'POST', `/api/entries/${entry.id}/video/uploads`, {
        cookie,
        body: { fileName: 'our-video.mp4', sizeBytes: file.length, contentType: 'video/mp4' },
      }),
    )
  ).body;
  const { assetId, partSize, partCount } = started;
  // the web client signs up to 10 parts per call and keeps 4 parts in flight
  const urls = new Map();
  for (let first = 1; first <= partCount; first += 10) {
    const partNumbers = Array.from({ length: Math.min(10, partCount - first + 1) }, (_, i) => first + i);
    const signed = (
      await timed('part URLs', () => call(bases, 'POST', `/api/entries/${entry.id}/video/uploads/${assetId}/parts`, { cookie, body: { partNumbers } }))
    ).body;
    for (const p of signed.parts) urls.set(p.partNumber, p.url);
  }
  const parts = [];
  let next = 1;
  const putter = async () => {
    while (next <= partCount) {
      const n = next++;
      const body = file.subarray((n - 1) * partSize, Math.min(file.length, n * partSize));
      const etag = await timed('S3 part PUT (direct)', async () => {
        const res = await fetch(urls.get(n), { method: 'PUT', body });
        const text = await res.text();
        if (!res.ok) throw new Error(`part ${n} → ${res.status} ${text.slice(0, 200)}`);
        return res.headers.get('etag');
      });
      parts.push({ partNumber: n, etag });
    }
  };
  await Promise.all(Array.from({ length: 4 }, putter));
  await timed('complete upload', () => call(bases, 'POST', `/api/entries/${entry.id}/video/uploads/${assetId}/complete`, { cookie, body: { parts } }));
  await timed('video status', () => call(bases, 'GET', `/api/entries/${entry.id}/video`, { cookie }));
}

/** An anonymous visitor: the showcase landing page, the edition, an entry page and its poster, 5–15 s between them. */
async function visitor(bases, until, k) {
  const slug = config.showcaseSlug;
  // reading a page or watching a minute of video between clicks
  const think = () => sleep(5000 + Math.random() * 10_000);
  await sleep(Math.random() * 10_000);
  for (let i = 0; Date.now() < until; i++) {
    const code = config.entryCodes[(k + i) % config.entryCodes.length];
    const steps = [
      ['showcase home', `/showcase`, [200]],
      ['showcase edition', `/showcase/${slug}`, [200]],
      ['showcase entry', `/showcase/${slug}/entries/${code}`, [200]],
      ['showcase poster (redirect)', `/showcase/${slug}/media/${code}/poster`, [302, 303, 307]],
    ];
    for (const [name, url, expect] of steps) {
      if (Date.now() >= until) return;
      await timed(name, () => call(bases, 'GET', url, { expect, redirect: 'manual', raw: true })).catch(() => undefined);
      await think();
    }
  }
}

async function surge() {
  const bases = config.apis;
  const file = readFileSync(config.videoFile);
  const started = Date.now();
  const minEnd = started + config.durationS * 1000;
  // judges: signed in over the first 10 s, then an autosave every 2 s each
  const sessions = await Promise.all(
    config.judges.map(async (j, i) => (await sleep((i * 10_000) / config.judges.length), judgeSession(bases, j).catch(() => null))),
  );
  let studentsDone = false;
  const judging = sessions.filter(Boolean).map(async (s) => {
    await sleep(Math.random() * 2000);
    while (!studentsDone || Date.now() < minEnd) {
      const t0 = Date.now();
      try {
        await save(bases, s);
      } catch {
        // a failed save is counted; the next one reads the version again
        const entry = await call(bases, 'GET', `/api/judge/rounds/${config.roundId}/entries/${s.roundEntryId}`, { cookie: s.cookie }).catch(() => null);
        if (entry) s.version = entry.body.scorecard.version;
      }
      await sleep(Math.max(0, 2000 - (Date.now() - t0)));
    }
  });
  // visitors browse for the whole window
  const visiting = Array.from({ length: config.visitors }, (_, k) => visitor(bases, minEnd, k));
  // students arrive evenly over the window (the last hour, compressed), each going through the whole upload
  const uploading = config.students.map(async (s, i) => {
    await sleep((i * config.durationS * 1000 * 0.9) / config.students.length);
    await student(bases, s, file).catch(() => undefined);
  });
  await Promise.all(uploading);
  studentsDone = true;
  const studentsEnd = Date.now();
  await Promise.all([...judging, ...visiting]);
  return { seconds: (Date.now() - started) / 1000, studentsSeconds: (studentsEnd - started) / 1000, judgesSignedIn: sessions.filter(Boolean).length };
}

async function capacity() {
  const bases = config.targets;
  // the sessions come from the API (the baseline reads the same session table)
  const sessions = await Promise.all(config.judges.map((j) => judgeSession(config.apis, j)));
  ops.clear();
  const started = Date.now();
  const end = started + config.durationS * 1000;
  await Promise.all(
    sessions.map(async (s) => {
      while (Date.now() < end) {
        try {
          await save(bases, s);
        } catch {
          const entry = await call(config.apis, 'GET', `/api/judge/rounds/${config.roundId}/entries/${s.roundEntryId}`, { cookie: s.cookie }).catch(() => null);
          if (entry) s.version = entry.body.scorecard.version;
        }
      }
    }),
  );
  return { seconds: (Date.now() - started) / 1000 };
}

const summary = config.mode === 'surge' ? await surge() : await capacity();
writeFileSync(resultsFile, JSON.stringify({ ...summary, ops: Object.fromEntries(ops) }));
