// The production shape as child processes: `node apps/api/dist/main.js` with APP_MODE=api or worker, on a
// Postgres database and an S3 bucket the caller names. Node built-ins only and no test framework, so the
// integration tests and the benches (bench/) share it; erasable TypeScript only (Node runs it with type stripping).
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** The built server (the API's `build` puts it there). */
export const MAIN_JS = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

/** Where the processes reach S3: the endpoint, a bucket and its key pair. */
export interface S3Target {
  endpoint: string;
  /** what browsers see (presigned URLs); default endpoint */
  publicEndpoint?: string;
  region?: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export type ProcessMode = 'api' | 'worker';

export interface ProcessOptions {
  /** a short name for messages, e.g. "api-a" */
  name: string;
  mode: ProcessMode;
  databaseUrl: string;
  s3: S3Target;
  /** the process's own folder: DATA_DIR, and TMPDIR unless tmpDir is given (created if missing) */
  dir: string;
  /** TMPDIR, when processes share one, as workers on one machine do */
  tmpDir?: string;
  /** PUBLIC_URL; default http://127.0.0.1:<port>. Behind one load balancer, every API gets the same one. */
  publicUrl?: string;
  /** more environment (overrides what the harness sets), e.g. LOG_LEVEL or AUTH_RATE_LIMIT_PER_MINUTE */
  env?: Record<string, string>;
  /** default 60 s */
  readyTimeoutMs?: number;
  /** the node binary; default the one running this file */
  node?: string;
}

export interface OutputLine {
  stream: 'stdout' | 'stderr';
  text: string;
}

/** Variables the app reads (and NODE_OPTIONS): never inherited from the caller's environment, only set here. */
const APP_VARIABLE =
  /^(APP_MODE|PORT|HOST|PUBLIC_URL|ALLOWED_ORIGINS|TRUST_PROXY|LOG_LEVEL|DATA_DIR|WEB_DIST_DIR|SEED_DEMO|DATABASE_URL|EMBEDDED_\w+|S3_\w+|SMTP_URL|MAIL_FROM|SESSION_TTL_HOURS|COOKIE_SECURE|SIGN_IN_\w+|AUTH_RATE_LIMIT_PER_MINUTE|INVITATION_TTL_HOURS|STRICT_REFUSALS|NODE_OPTIONS)$/;
/** what a worker logs once its job handlers and schedules are registered (main.ts) */
const WORKER_STARTED = 'worker started: running background jobs';
/** answers 200 once the database and storage answer and every migration is applied */
const READINESS_PATH = '/api/health/ready';
const TAIL_LINES = 60;

/** A free TCP port on 127.0.0.1 (closed again at once: the child binds it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every process started here and not yet ended: killed if the parent exits without stopping them. */
const running = new Set<AppProcess>();
let exitHookInstalled = false;
function trackForExit(p: AppProcess): void {
  running.add(p);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const r of running) r.child.kill('SIGKILL');
  });
}

/** One running app process: its output (kept for assertions and failure messages), its URL when it serves HTTP. */
export class AppProcess {
  readonly name: string;
  readonly mode: ProcessMode;
  readonly child: ChildProcess;
  /** the API's port; null for a worker */
  readonly port: number | null;
  readonly tmpDir: string;
  readonly output: OutputLine[] = [];
  /** resolves when the process has ended, with its exit code or the signal that ended it */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private ended: { code: number | null; signal: NodeJS.Signals | null } | null = null;

  constructor(name: string, mode: ProcessMode, child: ChildProcess, port: number | null, tmpDir: string) {
    this.name = name;
    this.mode = mode;
    this.child = child;
    this.port = port;
    this.tmpDir = tmpDir;
    for (const stream of ['stdout', 'stderr'] as const) {
      let partial = '';
      child[stream]?.setEncoding('utf8');
      child[stream]?.on('data', (chunk: string) => {
        const lines = (partial + chunk).split('\n');
        partial = lines.pop() ?? '';
        for (const text of lines) this.output.push({ stream, text });
      });
      child[stream]?.on('end', () => {
        if (partial) this.output.push({ stream, text: partial });
        partial = '';
      });
    }
    this.exited = new Promise((resolve) => {
      child.on('exit', (code, signal) => {
        this.ended = { code, signal };
        running.delete(this);
        resolve(this.ended);
      });
    });
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  /** http://127.0.0.1:<port> of an API process */
  get url(): string {
    if (this.port === null) throw new Error(`${this.name} is a worker: it serves no HTTP`);
    return `http://127.0.0.1:${this.port}`;
  }

  get alive(): boolean {
    return this.ended === null;
  }

  /** The JSON log lines (pino) on stdout, parsed; other lines are skipped. */
  logs(): Record<string, unknown>[] {
    const out: Record<string, unknown>[] = [];
    for (const line of this.output) {
      if (line.stream !== 'stdout' || !line.text.startsWith('{')) continue;
      try {
        out.push(JSON.parse(line.text) as Record<string, unknown>);
      } catch {
        // a line that only looks like JSON
      }
    }
    return out;
  }

  /** The last lines of output and how the process ended, for a failure message. */
  describe(lines = TAIL_LINES): string {
    const state = this.ended ? `ended (${this.ended.signal ?? `exit code ${this.ended.code}`})` : 'running';
    const tail = this.output.slice(-lines).map((l) => `  ${l.stream === 'stderr' ? '!' : ' '} ${l.text}`);
    return [`--- ${this.name} (${this.mode}, pid ${this.pid}, ${state}), last ${tail.length} lines:`, ...tail].join('\n');
  }

  /** SIGKILL at once, as a crash would. */
  async crash(): Promise<void> {
    if (this.alive) this.child.kill('SIGKILL');
    await this.exited;
  }

  /** SIGTERM (the app shuts down gracefully), then SIGKILL after graceMs. */
  async stop(graceMs = 10_000): Promise<void> {
    if (!this.alive) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    try {
      await this.exited;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Resolves when the process can take work: an API answers its readiness check, a worker has registered its jobs. */
  async waitUntilReady(timeoutMs: number): Promise<void> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      if (!this.alive) throw new Error(`${this.name} ended before it was ready\n${this.describe()}`);
      if (this.mode === 'worker') {
        if (this.logs().some((l) => l.msg === WORKER_STARTED)) return;
      } else {
        try {
          const res = await fetch(`${this.url}${READINESS_PATH}`, { signal: AbortSignal.timeout(5000) });
          await res.arrayBuffer();
          if (res.status === 200) return;
        } catch {
          // not listening yet
        }
      }
      if (Date.now() > until) throw new Error(`${this.name} was not ready after ${timeoutMs} ms\n${this.describe()}`);
      await sleep(200);
    }
  }
}

function environmentFor(o: ProcessOptions, port: number | null, tmpDir: string): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !APP_VARIABLE.test(k)));
  return {
    ...inherited,
    APP_MODE: o.mode,
    LOG_LEVEL: 'info',
    DATA_DIR: path.join(o.dir, 'data'),
    TMPDIR: tmpDir,
    DATABASE_URL: o.databaseUrl,
    S3_ENDPOINT: o.s3.endpoint,
    S3_PUBLIC_ENDPOINT: o.s3.publicEndpoint ?? o.s3.endpoint,
    S3_REGION: o.s3.region ?? 'us-east-1',
    S3_BUCKET: o.s3.bucket,
    S3_ACCESS_KEY_ID: o.s3.accessKeyId,
    S3_SECRET_ACCESS_KEY: o.s3.secretAccessKey,
    S3_FORCE_PATH_STYLE: 'true',
    SEED_DEMO: 'false',
    STRICT_REFUSALS: 'true',
    ...(port === null ? {} : { PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: o.publicUrl ?? `http://127.0.0.1:${port}` }),
    ...o.env,
  };
}

/**
 * Starts one app process and waits until it is ready. A port taken between choosing and binding it is retried
 * with another. Stop it with stop() (or crash()); processes still running when the parent exits are killed.
 */
export async function startProcess(o: ProcessOptions): Promise<AppProcess> {
  const tmpDir = o.tmpDir ?? path.join(o.dir, 'tmp');
  await mkdir(path.join(o.dir, 'data'), { recursive: true });
  await mkdir(tmpDir, { recursive: true });
  for (let attempt = 1; ; attempt++) {
    const port = o.mode === 'api' ? await freePort() : null;
    const child = spawn(o.node ?? process.execPath, [MAIN_JS], { env: environmentFor(o, port, tmpDir), stdio: ['ignore', 'pipe', 'pipe'] });
    const p = new AppProcess(o.name, o.mode, child, port, tmpDir);
    trackForExit(p);
    try {
      await p.waitUntilReady(o.readyTimeoutMs ?? 60_000);
      return p;
    } catch (err) {
      await p.stop(2000);
      if (attempt < 3 && p.output.some((l) => l.text.includes('EADDRINUSE'))) continue;
      throw err;
    }
  }
}

export interface PlatformOptions {
  databaseUrl: string;
  s3: S3Target;
  /** a folder of the caller's: each process gets <dir>/<name> */
  dir: string;
  apis?: number;
  workers?: number;
  /** one PUBLIC_URL for every API, as behind a load balancer; default each API's own address */
  publicUrl?: string;
  /** environment for every process */
  env?: Record<string, string>;
  apiEnv?: Record<string, string>;
  workerEnv?: Record<string, string>;
  /** the workers share one TMPDIR (<dir>/worker-tmp), as processes on one machine do; default each its own */
  sharedWorkerTmp?: boolean;
  readyTimeoutMs?: number;
  node?: string;
}

/** Several API and worker processes on one database and one bucket. */
export interface Platform {
  apis: AppProcess[];
  workers: AppProcess[];
  all: AppProcess[];
  /** the TMPDIR the workers share (with sharedWorkerTmp) */
  workerTmpDir: string | null;
  /** each process's tail of output, for a failure message */
  describe(lines?: number): string;
  /** stops every process still running (SIGTERM, then SIGKILL) */
  stop(): Promise<void>;
}

const letter = (i: number) => String.fromCharCode('a'.charCodeAt(0) + i);

/** Starts the APIs (api-a, api-b, …) and workers (worker-a, …) at once; if one fails to start, stops the rest. */
export async function startPlatform(o: PlatformOptions): Promise<Platform> {
  const workerTmpDir = o.sharedWorkerTmp ? path.join(o.dir, 'worker-tmp') : null;
  const base = { databaseUrl: o.databaseUrl, s3: o.s3, readyTimeoutMs: o.readyTimeoutMs, node: o.node };
  const specs: ProcessOptions[] = [
    ...Array.from({ length: o.apis ?? 2 }, (_, i) => ({
      ...base,
      name: `api-${letter(i)}`,
      mode: 'api' as const,
      publicUrl: o.publicUrl,
      env: { ...o.env, ...o.apiEnv },
    })),
    ...Array.from({ length: o.workers ?? 2 }, (_, i) => ({
      ...base,
      name: `worker-${letter(i)}`,
      mode: 'worker' as const,
      tmpDir: workerTmpDir ?? undefined,
      env: { ...o.env, ...o.workerEnv },
    })),
  ].map((s) => ({ ...s, dir: path.join(o.dir, s.name) }));
  const started = await Promise.allSettled(specs.map((s) => startProcess(s)));
  const all = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const platform: Platform = {
    apis: all.filter((p) => p.mode === 'api'),
    workers: all.filter((p) => p.mode === 'worker'),
    all,
    workerTmpDir,
    describe: (lines) => all.map((p) => p.describe(lines)).join('\n'),
    stop: async () => {
      await Promise.all(all.map((p) => p.stop()));
    },
  };
  const failures = started.flatMap((r) => (r.status === 'rejected' ? [r.reason instanceof Error ? r.reason.message : String(r.reason)] : []));
  if (failures.length) {
    await platform.stop();
    throw new Error(`the platform did not start:\n${failures.join('\n')}`);
  }
  return platform;
}

/** The ffmpeg processes (pid, parent pid, arguments) whose arguments mention `needle`. */
export async function ffmpegsFor(needle: string): Promise<{ pid: number; ppid: number; args: string }[]> {
  const { stdout } = await promisify(execFile)('ps', ['-eo', 'pid=,ppid=,args='], { maxBuffer: 8 * 1024 * 1024 });
  return stdout
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => !!m && /ffmpeg/.test(m[3]) && m[3].includes(needle))
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), args: m[3] }));
}
