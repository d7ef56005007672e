#!/usr/bin/env node
// On the Node that runs this script: creates an organiser with the admin CLI in a fresh data folder, starts the
// built platform on its embedded default (Postgres and S3 on free ports), waits until it is ready, signs in through
// the API and reads the session back, then stops it. CI runs it with each Node line the project supports beyond the
// one the whole suite runs on (see .ci/run).   Usage: <node> scripts/runtime-smoke.mjs   (after `npm run build`)
import { spawn } from 'node:child_process';
import { mkdtemp, rm, chmod } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const node = process.execPath;
const step = (m) => process.stdout.write(`[runtime-smoke ${process.version}] ${m}\n`);

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function run(args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(node, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${args.join(' ')} exited with ${code}:\n${out}`))));
  });
}

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'clapper-smoke-'));
await chmod(dataDir, 0o755); // the embedded Postgres runs as another OS user when started as root
const [port, pgPort, s3Port] = [await freePort(), await freePort(), await freePort()];
const base = `http://127.0.0.1:${port}`;
const env = {
  ...process.env,
  APP_MODE: 'all',
  PORT: String(port),
  HOST: '127.0.0.1',
  PUBLIC_URL: base,
  DATA_DIR: dataDir,
  EMBEDDED_PG_PORT: String(pgPort),
  EMBEDDED_S3_PORT: String(s3Port),
  SEED_DEMO: 'false',
  LOG_LEVEL: 'warn',
};
delete env.DATABASE_URL;
delete env.S3_ENDPOINT;

let server = null;
let log = '';
let failed = false;
const email = 'smoke-organiser@example.org';
const password = 'smoke test passphrase 24';
try {
  // the CLI starts the embedded services itself, so it runs before the platform, as on a fresh install
  step('creating an organiser with the admin CLI (migrates the fresh database)');
  step((await run(['apps/api/dist/cli/admin-create.js', '--email', email, '--password', password], env)).trim());
  step(`starting the platform (embedded default) on ${base}`);
  server = spawn(node, ['apps/api/dist/main.js'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout.on('data', (c) => (log += c));
  server.stderr.on('data', (c) => (log += c));
  const exited = new Promise((resolve) => server.on('exit', (code, signal) => resolve({ code, signal })));

  const deadline = Date.now() + 120_000;
  let ready = false;
  while (!ready) {
    if (Date.now() > deadline) throw new Error('the platform was not ready within 120 s');
    const early = await Promise.race([exited, new Promise((r) => setTimeout(() => r(null), 500))]);
    if (early) throw new Error(`the platform exited before it was ready (${JSON.stringify(early)})`);
    for (const probe of ['/api/health/ready', '/api/health']) {
      const res = await fetch(base + probe).catch(() => null);
      if (res?.status === 200) {
        step(`ready: GET ${probe} → 200 ${JSON.stringify(await res.json())}`);
        ready = true;
        break;
      }
      if (res && res.status !== 404) break; // not ready yet
    }
  }

  step('signing in through the API');
  const signIn = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email, password }),
  });
  if (signIn.status !== 200 && signIn.status !== 201) throw new Error(`sign-in answered ${signIn.status}: ${await signIn.text()}`);
  const cookie = (signIn.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
  if (!cookie) throw new Error('sign-in set no session cookie');
  const me = await fetch(`${base}/api/auth/me`, { headers: { cookie } });
  const body = await me.json();
  if (me.status !== 200 || body?.email !== email) throw new Error(`/api/auth/me answered ${me.status} ${JSON.stringify(body)}`);
  step(`signed in as ${body.email} with roles ${JSON.stringify(body.roles ?? body.heldRoles ?? [])}`);
  step('PASS');
} catch (err) {
  failed = true;
  process.stderr.write(`[runtime-smoke ${process.version}] FAIL: ${err instanceof Error ? err.message : String(err)}\n--- platform output ---\n${log}\n`);
} finally {
  if (server && server.exitCode === null) {
    const done = new Promise((r) => server.on('exit', r));
    server.kill('SIGTERM');
    await Promise.race([done, new Promise((r) => setTimeout(r, 20_000))]);
    if (server.exitCode === null) server.kill('SIGKILL');
  }
  await rm(dataDir, { recursive: true, force: true }).catch(() => undefined);
}
process.exit(failed ? 1 : 0);
