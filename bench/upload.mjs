// npm run bench:upload — the heavy upload paths against one S3 server, each compared with the AWS SDK uploading
// the same bytes straight to that server in the same run (the baseline).
//   1. browser path: the API hands out presigned part URLs; this script PUTs the parts (6 in flight) like a browser.
//      Targets: throughput >= 0.9 x direct; API peak RSS growth <= 20 MB.
//   2. streaming path: multipart/form-data through the API (multer engine streaming to S3).
//      Targets: API peak RSS <= 150 MB; throughput >= 0.7 x direct.
// The API runs in its production shape (APP_MODE=api, Postgres and S3 in another process, no demo seeding: a first,
// short-lived process seeds) with the process settings the Dockerfile gives it (NODE_ENV, NODE_OPTIONS, MALLOC_*).
// Size: BENCH_UPLOAD_BYTES (default 2,000,000,000); rounds: BENCH_UPLOAD_ROUNDS (default 3).
// Needs ffmpeg and a build (npm run build).
import { spawn, execFileSync } from 'node:child_process';
import { createReadStream, openSync, writeSync, closeSync, readFileSync, statSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { S3Client, CreateBucketCommand, DeleteObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';

const SIZE = Number(process.env.BENCH_UPLOAD_BYTES ?? 2_000_000_000);
const IN_FLIGHT = 6;
const ROUNDS = Number(process.env.BENCH_UPLOAD_ROUNDS ?? 3);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const work = mkdtempSync(path.join(os.tmpdir(), 'clapper-bench-upload-'));
execFileSync('chmod', ['755', work]);
const S3_PORT = 9820;
const API_PORT = 3820;
const ORIGIN = `http://localhost:${API_PORT}`;
const mib = (b) => (b / 1024 / 1024).toFixed(1);

function log(...a) {
  console.log(...a);
}

/** A file that starts as a real MP4 (so the upload's byte sniffing accepts it) and is padded to SIZE. */
function makeFile() {
  const head = path.join(work, 'head.mp4');
  execFileSync('ffmpeg', [
    '-hide_banner',
    '-loglevel',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    'testsrc2=size=320x240:rate=10',
    '-t',
    '2',
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    head,
  ]);
  const file = path.join(work, 'upload.mp4');
  const fd = openSync(file, 'w');
  const headBytes = readFileSync(head);
  writeSync(fd, headBytes);
  const block = Buffer.alloc(8 * 1024 * 1024);
  for (let i = 0; i < block.length; i += 4) block.writeUInt32LE((i * 2654435761) >>> 0, i);
  let written = headBytes.length;
  while (written < SIZE) {
    const n = Math.min(block.length, SIZE - written);
    writeSync(fd, block, 0, n);
    written += n;
  }
  closeSync(fd);
  return file;
}

function rssOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(status.match(/VmRSS:\s+(\d+)/)[1]) * 1024;
}

/** Samples a process's RSS every 50 ms until stopped; returns the peak. */
function sampleRss(pid) {
  let peak = rssOf(pid);
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, rssOf(pid));
    } catch {
      // the process has just ended: its last reading stands
    }
  }, 50);
  return { stop: () => (clearInterval(timer), peak) };
}

async function api(method, url, body, cookie) {
  const res = await fetch(`${ORIGIN}${url}`, {
    method,
    headers: { 'content-type': 'application/json', origin: ORIGIN, ...(cookie ? { cookie } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${url} -> ${res.status} ${text}`);
  return { body: text ? JSON.parse(text) : null, headers: res.headers };
}

/** The process settings the image runs the API with (the Dockerfile's ENV for NODE_ENV, NODE_OPTIONS and MALLOC_*). */
function imageProcessEnv() {
  const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8').replace(/\\\n/g, ' ');
  return Object.fromEntries([...dockerfile.matchAll(/\b(NODE_ENV|NODE_OPTIONS|MALLOC_[A-Z_]+)=(\S+)/g)].map((m) => [m[1], m[2]]));
}

async function startProcess(cmd, args, env, readyText) {
  const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  child.output = () => out;
  const deadline = Date.now() + 120_000;
  while (!out.includes(readyText)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`${cmd} did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return child;
}

async function newEntry(cookie) {
  const competitions = (await api('GET', '/api/competitions', null, cookie)).body;
  const competition = (await api('GET', `/api/competitions/${competitions[0].id}`, null, cookie)).body;
  const entry = (
    await api(
      'POST',
      '/api/entries',
      { competitionId: competition.id, categoryId: competition.categories[1].id, title: 'Bench', videoLanguage: 'en', members: [] },
      cookie,
    )
  ).body;
  return entry.id;
}

/** The browser path: presigned parts, IN_FLIGHT at a time, then complete. */
async function browserPath(file, cookie, entryId) {
  const size = statSync(file).size;
  const started = performance.now();
  const created = (await api('POST', `/api/entries/${entryId}/video/uploads`, { fileName: 'bench.mp4', sizeBytes: size, contentType: 'video/mp4' }, cookie))
    .body;
  const { assetId, partSize, partCount } = created;
  // sign the part URLs in batches of 100, as the web client does, then PUT IN_FLIGHT parts at a time
  const urls = new Map();
  for (let first = 1; first <= partCount; first += 100) {
    const partNumbers = Array.from({ length: Math.min(100, partCount - first + 1) }, (_, i) => first + i);
    const signed = (await api('POST', `/api/entries/${entryId}/video/uploads/${assetId}/parts`, { partNumbers }, cookie)).body;
    for (const p of signed.parts) urls.set(p.partNumber, p.url);
  }
  const parts = [];
  let next = 1;
  async function worker() {
    while (next <= partCount) {
      const n = next++;
      const start = (n - 1) * partSize;
      const end = Math.min(size, start + partSize) - 1;
      const res = await fetch(urls.get(n), {
        method: 'PUT',
        body: createReadStream(file, { start, end }),
        duplex: 'half',
        headers: { 'content-length': String(end - start + 1) },
      });
      if (!res.ok) throw new Error(`part ${n}: ${res.status} ${await res.text()}`);
      parts.push({ partNumber: n, etag: res.headers.get('etag') });
    }
  }
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  await api('POST', `/api/entries/${entryId}/video/uploads/${assetId}/complete`, { parts }, cookie);
  return (performance.now() - started) / 1000;
}

/** The streaming path: one multipart/form-data request through the API. */
async function streamingPath(file, cookie, entryId) {
  const size = statSync(file).size;
  const boundary = '----clapperbench' + Date.now();
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench.mp4"\r\nContent-Type: video/mp4\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const started = performance.now();
  await new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: API_PORT,
        method: 'POST',
        path: `/api/entries/${entryId}/video`,
        headers: { origin: ORIGIN, cookie, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': head.length + size + tail.length },
      },
      (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => (res.statusCode < 300 ? resolve() : reject(new Error(`streaming upload -> ${res.statusCode} ${body}`))));
      },
    );
    req.on('error', reject);
    req.write(head);
    const stream = createReadStream(file);
    stream.pipe(req, { end: false });
    stream.on('end', () => req.end(tail));
  });
  return (performance.now() - started) / 1000;
}

// the embedded endpoint's key pair, which bench/services.mjs made in its folder
const s3Credentials = () => JSON.parse(readFileSync(path.join(work, 'services', 's3-credentials.json'), 'utf8'));
const s3Client = () =>
  new S3Client({
    endpoint: `http://127.0.0.1:${S3_PORT}`,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: s3Credentials(),
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });

/** The baseline: the AWS SDK straight to the same S3 server, same part size and concurrency. */
async function direct(file, partSize, key) {
  const client = s3Client();
  await client.send(new CreateBucketCommand({ Bucket: 'direct' })).catch(() => undefined);
  const started = performance.now();
  await new Upload({ client, params: { Bucket: 'direct', Key: key, Body: createReadStream(file) }, partSize, queueSize: IN_FLIGHT }).done();
  client.destroy();
  return (performance.now() - started) / 1000;
}

/** Deletes what the round stored (a few GB per round), in both buckets. */
async function emptyBuckets() {
  const client = s3Client();
  for (const Bucket of ['direct', 'bench']) {
    const listed = await client.send(new ListObjectsV2Command({ Bucket }));
    for (const o of listed.Contents ?? []) await client.send(new DeleteObjectCommand({ Bucket, Key: o.Key }));
  }
  client.destroy();
}

let s3, apiProc;
try {
  log(`Clapper bench:upload — ${mib(SIZE)} MiB, ${IN_FLIGHT} parts in flight, ${os.cpus().length} cores, ${os.cpus()[0].model}, Node ${process.version}`);
  const file = makeFile();
  s3 = await startProcess('node', ['bench/services.mjs', path.join(work, 'services'), String(S3_PORT), '54820'], {}, 'ready');
  const databaseUrl = s3.output().match(/ready (\S+)/)[1];
  const processEnv = imageProcessEnv();
  log(
    `API process settings (from the Dockerfile): ${Object.entries(processEnv)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')}`,
  );
  const apiEnv = (seed) => ({
    ...processEnv,
    APP_MODE: 'api',
    PORT: String(API_PORT),
    DATA_DIR: path.join(work, 'data'),
    DATABASE_URL: databaseUrl,
    SEED_DEMO: String(seed),
    LOG_LEVEL: 'warn',
    S3_ENDPOINT: `http://127.0.0.1:${S3_PORT}`,
    S3_ACCESS_KEY_ID: s3Credentials().accessKeyId,
    S3_SECRET_ACCESS_KEY: s3Credentials().secretAccessKey,
    S3_BUCKET: 'bench',
    AUTH_RATE_LIMIT_PER_MINUTE: '1000',
  });
  // The demo data (the student who uploads) is seeded by a first, short-lived process: a production API process
  // never seeds (SEED_DEMO is off with an external database), so the measured one does not either.
  const seeder = await startProcess('node', ['apps/api/dist/main.js'], apiEnv(true), 'Clapper is running');
  seeder.kill('SIGINT');
  await once(seeder, 'exit');
  apiProc = await startProcess(
    'node',
    [...(process.env.BENCH_API_NODE_FLAGS ?? '').split(' ').filter(Boolean), 'apps/api/dist/main.js'],
    apiEnv(false),
    'Clapper is running',
  );
  log(`API RSS at rest, before the first upload: ${mib(rssOf(apiProc.pid))} MiB`);
  const signIn = await api('POST', '/api/auth/sign-in', { email: 'student@demo.clapper.local', password: 'demo-student-pass' });
  const cookie = signIn.headers.get('set-cookie').split(';')[0];
  const partSize = Math.max(8 * 1024 * 1024, Math.ceil(SIZE / 9000));

  // The three uploads alternate, ROUNDS times; the medians are compared (single runs on a shared machine vary by
  // a quarter or more). The stored objects are deleted after each round.
  const times = { direct: [], browser: [], streaming: [] };
  let browserGrowth = 0;
  let streamBase = Infinity;
  let streamPeak = 0;
  for (let round = 1; round <= ROUNDS; round++) {
    times.direct.push(await direct(file, partSize, `run${round}`));
    const before = rssOf(apiProc.pid);
    let sampler = sampleRss(apiProc.pid);
    times.browser.push(await browserPath(file, cookie, await newEntry(cookie)));
    browserGrowth = Math.max(browserGrowth, sampler.stop() - before);
    streamBase = Math.min(streamBase, rssOf(apiProc.pid));
    sampler = sampleRss(apiProc.pid);
    times.streaming.push(await streamingPath(file, cookie, await newEntry(cookie)));
    streamPeak = Math.max(streamPeak, sampler.stop());
    log(
      `round ${round}: direct ${times.direct.at(-1).toFixed(1)} s, browser path ${times.browser.at(-1).toFixed(1)} s, streaming path ${times.streaming.at(-1).toFixed(1)} s`,
    );
    await emptyBuckets();
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const directTime = median(times.direct);
  const b = median(times.browser);
  const s = median(times.streaming);
  const browserRatio = directTime / b;
  const streamRatio = directTime / s;
  log('');
  log(`medians of ${ROUNDS} rounds`);
  log(`direct SDK upload (baseline): ${directTime.toFixed(1)} s → ${(SIZE / 1e6 / directTime).toFixed(0)} MB/s`);
  log(
    `browser path (presigned parts): ${b.toFixed(1)} s → ${(SIZE / 1e6 / b).toFixed(0)} MB/s; throughput ratio ${browserRatio.toFixed(2)} (target ≥ 0.90) ${browserRatio >= 0.9 ? 'PASS' : 'FAIL'}`,
  );
  log(`  API RSS: largest growth during an upload ${mib(browserGrowth)} MiB (target ≤ 20) ${browserGrowth <= 20 * 1024 * 1024 ? 'PASS' : 'FAIL'}`);
  log(
    `streaming path (multer → S3): ${s.toFixed(1)} s → ${(SIZE / 1e6 / s).toFixed(0)} MB/s; throughput ratio ${streamRatio.toFixed(2)} (target ≥ 0.70) ${streamRatio >= 0.7 ? 'PASS' : 'FAIL'}`,
  );
  log(
    `  API RSS: ${mib(streamBase)} MiB before, peak ${mib(streamPeak)} MiB over all rounds (target ≤ 150) ${streamPeak <= 150 * 1024 * 1024 ? 'PASS' : 'FAIL'}`,
  );
} catch (err) {
  console.error(err.message);
  if (apiProc) console.error('API log (last lines):\n' + apiProc.output().split('\n').slice(-15).join('\n'));
  process.exitCode = 1;
} finally {
  apiProc?.kill('SIGINT');
  s3?.kill('SIGTERM'); // the services: S3 and Postgres
  if (apiProc) await Promise.race([once(apiProc, 'exit'), new Promise((r) => setTimeout(r, 15000))]);
  if (s3) await Promise.race([once(s3, 'exit'), new Promise((r) => setTimeout(r, 15000))]);
  rmSync(work, { recursive: true, force: true });
}
