#!/usr/bin/env node
// bench:lighthouse: Lighthouse (mobile, its default: a mid-range phone on slow 4G with 4x CPU slowdown) on the
// showcase entry page of the demo's judged 2026 edition, published for the run, and on its edition page (the Grand
// Prize hero, the awards, the finalists). Alongside, as the baseline, the
// same run on a bare static page holding one <video> with a poster and a caption track, served by a plain Node
// server: what this machine can score at best, so the figures can be read against the machine's noise.
// Alternates the two, RUNS times each; prints medians, the ratio, and PASS/FAIL against the targets
// (performance >= 90, accessibility >= 95). Not part of the test suite. Results go in docs/benchmarks.md by hand.
// Needs Debian's chromium (CHROMIUM_PATH, default /usr/bin/chromium) and a built app (npm run build).
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const RUNS = Number(process.env.RUNS ?? 3);
const PORT = 3830;
const ORIGIN = `http://localhost:${PORT}`;
const TARGET = { performance: 90, accessibility: 95 };
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const work = mkdtempSync(path.join(os.tmpdir(), 'clapper-lighthouse-'));
// the embedded Postgres runs as its own OS user when started as root: it must be able to reach its folder
chmodSync(work, 0o755);

function start() {
  const child = spawn('node', ['apps/api/dist/main.js'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(PORT),
      DATA_DIR: path.join(work, 'data'),
      EMBEDDED_PG_PORT: '54830',
      EMBEDDED_S3_PORT: '9830',
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      PUBLIC_URL: ORIGIN,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return child;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function until(what, fn, timeoutMs = 180_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn().catch(() => null);
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(1000);
  }
}

let cookie = '';
async function api(method, url, body) {
  const res = await fetch(`${ORIGIN}${url}`, {
    method,
    headers: { origin: ORIGIN, cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const setCookie = res.headers.get('set-cookie');
  if (setCookie) cookie = setCookie.split(';')[0];
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${url} → ${res.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

/** The demo's 2026 edition, published: awards assigned from the results, sealed, published. */
async function publishDemo() {
  await until('the platform', async () => (await fetch(`${ORIGIN}/api/health/ready`)).ok);
  await api('POST', '/api/auth/sign-in', { email: 'organiser@demo.clapper.local', password: 'demo-organiser-pass' });
  const competitions = await api('GET', '/api/competitions');
  const past = competitions.find((c) => c.slug === 'asean-japan-2026');
  if (!past) throw new Error('the demo seed has no 2026 edition');
  await api('POST', `/api/competitions/${past.id}/awards/assign`);
  await api('POST', `/api/competitions/${past.id}/results/seal`);
  await api('POST', `/api/competitions/${past.id}/results/publish`);
  const url = `${ORIGIN}/showcase/asean-japan-2026/entries/TH-0001`;
  // the seeded videos are processed by the worker after start
  await until('the winner on the showcase', async () => (await fetch(url)).status === 200);
  return url;
}

/** The baseline page: one video with its poster and a caption track, nothing else. */
function baselineServer(entryUrl) {
  const media = entryUrl.replace('/entries/', '/media/');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Baseline</title><meta name="description" content="A bare page with one video."></head>
<body><main><h1>Baseline</h1><video controls preload="none" width="640" height="360" poster="${media}/poster" style="max-width:100%;height:auto"><source src="${media}/video" type="video/mp4"><track kind="subtitles" srclang="en" label="English" src="${media}/captions/en.vtt" default></video></main></body></html>`;
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  return new Promise((resolve) => server.listen(3831, () => resolve(server)));
}

async function audit(url) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
    const lhr = result.lhr;
    return {
      performance: Math.round(lhr.categories.performance.score * 100),
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      lcp: lhr.audits['largest-contentful-paint'].numericValue,
      tbt: lhr.audits['total-blocking-time'].numericValue,
      cls: lhr.audits['cumulative-layout-shift'].numericValue,
      failed: Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id && r.weight > 0))
        .map((a) => a.id),
    };
  } finally {
    await chrome.kill();
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const app = start();
let baseline;
try {
  const entryUrl = await publishDemo();
  baseline = await baselineServer(entryUrl);
  const editionUrl = entryUrl.replace(/\/entries\/.*$/, '');
  const ours = [];
  const base = [];
  const edition = [];
  await audit(entryUrl); // warm-up: first paint of fonts and the media redirects
  for (let i = 0; i < RUNS; i++) {
    ours.push(await audit(entryUrl));
    base.push(await audit('http://localhost:3831/'));
    edition.push(await audit(editionUrl));
  }
  const m = (xs, k) => median(xs.map((x) => x[k]));
  const report = {
    date: new Date().toISOString(),
    machine: `${os.cpus()[0].model}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`,
    page: entryUrl,
    runs: RUNS,
    entry: {
      performance: m(ours, 'performance'),
      accessibility: m(ours, 'accessibility'),
      lcpMs: Math.round(m(ours, 'lcp')),
      tbtMs: Math.round(m(ours, 'tbt')),
      cls: m(ours, 'cls'),
    },
    baseline: {
      performance: m(base, 'performance'),
      accessibility: m(base, 'accessibility'),
      lcpMs: Math.round(m(base, 'lcp')),
      tbtMs: Math.round(m(base, 'tbt')),
    },
    edition: {
      page: editionUrl,
      performance: m(edition, 'performance'),
      accessibility: m(edition, 'accessibility'),
      lcpMs: Math.round(m(edition, 'lcp')),
      tbtMs: Math.round(m(edition, 'tbt')),
      cls: m(edition, 'cls'),
    },
    accessibilityFailures: [...new Set([...ours, ...edition].flatMap((o) => o.failed))],
  };
  report.ratio = {
    performance: +(report.entry.performance / report.baseline.performance).toFixed(2),
    lcp: +(report.entry.lcpMs / report.baseline.lcpMs).toFixed(2),
  };
  const pass = [report.entry, report.edition].every((p) => p.performance >= TARGET.performance && p.accessibility >= TARGET.accessibility);
  console.log(JSON.stringify(report, null, 2));
  console.log(
    `entry: performance ${report.entry.performance} (target >= ${TARGET.performance}; baseline ${report.baseline.performance}, ratio ${report.ratio.performance}), accessibility ${report.entry.accessibility}; edition: performance ${report.edition.performance}, accessibility ${report.edition.accessibility} (target >= ${TARGET.accessibility}): ${pass ? 'PASS' : 'FAIL'}`,
  );
  process.exitCode = pass ? 0 : 1;
} finally {
  baseline?.close();
  app.kill('SIGINT');
  await new Promise((r) => app.once('exit', r));
  rmSync(work, { recursive: true, force: true });
}
