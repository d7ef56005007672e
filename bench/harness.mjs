// What the benchmarks share: starting the platform's processes and waiting for them, and a signed-in API client.
import { spawn } from 'node:child_process';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` every second until it answers something truthy (errors count as not yet); throws after `timeoutMs`. */
export async function until(what, fn, timeoutMs = 180_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn().catch(() => null);
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(1000);
  }
}

/**
 * Starts `node <argv>` in `root` with `env` added, keeping the last 100 kB of its output (child.output()), and waits
 * until that output shows `readyText`. Every child started is pushed onto `children`, to be stopped at the end.
 */
export function processStarter(root, children) {
  return async function startProcess(name, argv, env, readyText) {
    const child = spawn('node', argv, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let out = '';
    const keep = (d) => (out = (out + d).slice(-100_000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.output = () => out;
    const deadline = Date.now() + 180_000;
    while (!out.includes(readyText)) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`${name} did not start:\n${out.slice(-3000)}`);
      await sleep(200);
    }
    return child;
  };
}

/** JSON requests to the platform at `base` as a browser on `origin` sends them, keeping the session cookie it is given. */
export function sessionApi(base, origin = base) {
  let cookie = '';
  return async function api(method, url, body) {
    const res = await fetch(`${base}${url}`, {
      method,
      headers: { origin, cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) cookie = setCookie.split(';')[0];
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${url} → ${res.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };
}
