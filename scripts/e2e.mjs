#!/usr/bin/env node
// Runs the Playwright browser suite in parallel shards, each against its own server (own ports, own data folder,
// own output folder), so that CI stays well under 30 minutes. Usage: node scripts/e2e.mjs [playwright args…]
// E2E_SHARDS (default 2) sets how many; the spec files are dealt out by their measured time (SECONDS below). Extra
// arguments (a spec file, -g "name") run in one shard.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shards = Math.max(1, Number(process.env.E2E_SHARDS ?? 2));
const base = Number(process.env.E2E_PORT_OFFSET ?? 0);
const args = process.argv.slice(2);
// a single spec or a filter runs in one process: sharding a handful of tests only adds a second server
const filtered = args.some((a) => !a.startsWith('-') || a === '-g' || a.startsWith('--grep'));
const count = filtered ? 1 : shards;

/**
 * Seconds each spec file took in a full run of the two shards on the 2-core machine (2026-12-07, clips at 640x360,
 * the machine shared with another run, load average 8–11: the weights matter, not the figures). A file's beforeAll is
 * counted in it; each shard's first file (accessibility, english-crawl-public) less 30 s of the server's start.
 * scripts/e2e.mjs prints these at the end of a full run. Playwright's own --shard splits by file order and test count,
 * which left one shard 4.5 minutes behind the other; the files are dealt out by these weights instead, longest first,
 * each to the shard with the least so far. A file not listed counts as DEFAULT_SECONDS; refresh the table when a file
 * grows.
 */
const SECONDS = {
  'accessibility.spec.ts': 353,
  'hls-playback.spec.ts': 153,
  'english-crawl-public.spec.ts': 123,
  'judging.spec.ts': 113,
  'english-crawl-staff.spec.ts': 108,
  'entry-flow.spec.ts': 97,
  'account-security.spec.ts': 95,
  'results-showcase.spec.ts': 77,
  'ceremony.spec.ts': 76,
  'guardian-consent.spec.ts': 60,
  'organiser-journey.spec.ts': 56,
  'content-languages.spec.ts': 54,
  'results-confidence.spec.ts': 54,
  'student-path.spec.ts': 51,
  'winners-share.spec.ts': 47,
  'keyboard.spec.ts': 47,
  'entries-review.spec.ts': 45,
  'upload-resume.spec.ts': 43,
  'organiser-competition.spec.ts': 42,
  'forgot-password.spec.ts': 37,
  'guardrails.spec.ts': 36,
  'participant-journey.spec.ts': 33,
  'entry-edit.spec.ts': 32,
  'team-mail.spec.ts': 30,
  'scripts.spec.ts': 30,
  'refusals-rounds.spec.ts': 23,
  'dashboard.spec.ts': 22,
  'notifications.spec.ts': 19,
  'consent-language.spec.ts': 19,
  'language.spec.ts': 19,
  'teacher-approval.spec.ts': 18,
  'refusals-scoring.spec.ts': 18,
  'credits.spec.ts': 15,
  'coordinator.spec.ts': 15,
  'student-sign-up.spec.ts': 13,
  'refusals-consents.spec.ts': 11,
  'round-setup.spec.ts': 11,
  'formats.spec.ts': 8,
  'refusals-results.spec.ts': 8,
  'refusals-accounts.spec.ts': 7,
  'refusals-entries.spec.ts': 5,
};
const DEFAULT_SECONDS = 30;

/** The spec files dealt out to `n` shards so that each gets about the same time: longest first, to the lightest. */
export function dealSpecs(files, n, seconds = SECONDS) {
  const shards = Array.from({ length: n }, () => ({ files: [], seconds: 0 }));
  const weight = (f) => seconds[path.basename(f)] ?? DEFAULT_SECONDS;
  for (const file of [...files].sort((a, b) => weight(b) - weight(a) || a.localeCompare(b))) {
    const lightest = shards.reduce((min, s) => (s.seconds < min.seconds ? s : min));
    lightest.files.push(file);
    lightest.seconds += weight(file);
  }
  return shards;
}

const specs = readdirSync(path.join(root, 'test/e2e'))
  .filter((f) => f.endsWith('.spec.ts'))
  .map((f) => `test/e2e/${f}`);
const dealt = count > 1 ? dealSpecs(specs, count) : null;

const started = Date.now();
/**
 * Wall seconds per spec file, from the list reporter's lines: each test's line is counted to its file, with the time
 * since the shard's previous line (so a file's beforeAll is in it; the first file of a shard also carries the
 * server's start). Printed at the end, to refresh SECONDS with.
 */
const fileSeconds = new Map();
const resultLine = /[✓✘-]\s+\d+ \[\w+\] › (?:test\/)?e2e\/([\w.-]+\.spec\.ts):\d+:\d+ ›/;
const runs = Array.from({ length: count }, (_, i) => {
  const shardArgs = dealt ? dealt[i].files : [];
  if (dealt)
    console.log(
      `[${i + 1}/${count}] ${dealt[i].files.length} files, about ${Math.round(dealt[i].seconds / 60)} min: ${dealt[i].files.map((f) => path.basename(f)).join(' ')}`,
    );
  const env = { ...process.env, E2E_PORT_OFFSET: String(base + i * 7), E2E_OUTPUT_DIR: path.join(root, 'test-results', `e2e-${i + 1}`) };
  const child = spawn('npx', ['playwright', 'test', '-c', 'test/playwright.config.ts', ...shardArgs, ...args], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = count > 1 ? `[${i + 1}/${count}] ` : '';
  let last = Date.now();
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.on('data', (chunk) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        const file = resultLine.exec(line)?.[1];
        if (file) {
          const now = Date.now();
          fileSeconds.set(file, (fileSeconds.get(file) ?? 0) + (now - last) / 1000);
          last = now;
        }
        (stream === child.stderr ? process.stderr : process.stdout).write(`${prefix}${line}\n`);
      }
    });
    stream.on('end', () => rest && process.stdout.write(`${prefix}${rest}\n`));
  }
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
});

const codes = await Promise.all(runs);
if (fileSeconds.size > 1)
  console.log(
    `\nwall seconds per spec file (a shard's first file includes the server's start):\n${[...fileSeconds]
      .sort((a, b) => b[1] - a[1])
      .map(([f, sec]) => `  '${f}': ${Math.round(sec)},`)
      .join('\n')}`,
  );
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
const failed = codes.filter((c) => c !== 0).length;
console.log(`\nbrowser suite: ${count} shard(s) in ${minutes} min, ${failed ? `${failed} failed` : 'all passed'}`);
process.exit(failed ? 1 : 0);
