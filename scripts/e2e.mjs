#!/usr/bin/env node
// Runs the Playwright browser suite in parallel shards, each against its own server (own ports, own data folder,
// own output folder), so that CI stays well under 30 minutes. Usage: node scripts/e2e.mjs [playwright args…]
// E2E_SHARDS (default 2) sets how many; extra arguments (a spec file, -g "name") go to every shard.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shards = Math.max(1, Number(process.env.E2E_SHARDS ?? 2));
const base = Number(process.env.E2E_PORT_OFFSET ?? 0);
const args = process.argv.slice(2);
// a single spec or a filter runs in one process: sharding a handful of tests only adds a second server
const filtered = args.some((a) => !a.startsWith('-') || a === '-g' || a.startsWith('--grep'));
const count = filtered ? 1 : shards;

const started = Date.now();
const runs = Array.from({ length: count }, (_, i) => {
  const shardArgs = count > 1 ? [`--shard=${i + 1}/${count}`] : [];
  const env = { ...process.env, E2E_PORT_OFFSET: String(base + i * 7), E2E_OUTPUT_DIR: path.join(root, 'test-results', `e2e-${i + 1}`) };
  const child = spawn('npx', ['playwright', 'test', '-c', 'test/playwright.config.ts', ...shardArgs, ...args], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = count > 1 ? `[${i + 1}/${count}] ` : '';
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.on('data', (chunk) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) (stream === child.stderr ? process.stderr : process.stdout).write(`${prefix}${line}\n`);
    });
    stream.on('end', () => rest && process.stdout.write(`${prefix}${rest}\n`));
  }
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
});

const codes = await Promise.all(runs);
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
const failed = codes.filter((c) => c !== 0).length;
console.log(`\nbrowser suite: ${count} shard(s) in ${minutes} min, ${failed ? `${failed} failed` : 'all passed'}`);
process.exit(failed ? 1 : 0);
