import { spawn } from 'node:child_process';
import pg from 'pg';
import { childEnvironment } from '../config/config.js';

/** libpq's connection: the URL without its password (so it shows in no process list), the password apart. */
export function libpqConnection(databaseUrl: string): { url: string; password: string | null } {
  const u = new URL(databaseUrl);
  const password = u.password ? decodeURIComponent(u.password) : null;
  u.password = '';
  return { url: u.toString(), password };
}

/** Runs pg_dump or pg_restore, failing with the end of what it wrote to stderr. */
export function runPgTool(file: string, args: string[], databaseUrl: string): Promise<void> {
  const { url, password } = libpqConnection(databaseUrl);
  return new Promise((resolve, reject) => {
    const child = spawn(file, [...args, `--dbname=${url}`], {
      // the child's environment: the caller's (PATH, locale, TLS settings such as PGSSLROOTCERT), plus the password
      env: childEnvironment(password !== null ? { PGPASSWORD: password } : {}),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-8000);
    });
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${file} failed (${signal ?? `exit ${code}`}):\n${stderr.trim()}`));
    });
  });
}

export async function serverVersion(client: pg.Client): Promise<{ version: string; major: number }> {
  const { rows } = await client.query<{ server_version: string; server_version_num: string }>(
    "SELECT current_setting('server_version') AS server_version, current_setting('server_version_num') AS server_version_num",
  );
  return { version: rows[0].server_version.split(' ')[0], major: Math.floor(Number(rows[0].server_version_num) / 10000) };
}

/** Every table outside Postgres's own schemas ("schema.table"), partitions included. */
export async function userTables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT format('%I.%I', n.nspname, c.relname) AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
      ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

/** Rows per table, keyed "schema.table" without quotes. */
export async function rowCounts(client: pg.Client): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const quoted of await userTables(client)) {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ONLY ${quoted}`);
    counts[quoted.replace(/"/g, '')] = Number(rows[0].n);
  }
  return counts;
}

export async function withClient<T>(databaseUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}
