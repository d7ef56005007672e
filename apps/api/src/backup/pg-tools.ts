import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export type PgToolName = 'pg_dump' | 'pg_restore';

export interface PgTool {
  path: string;
  /** e.g. "18.6" */
  version: string;
  major: number;
}

export class PgToolError extends Error {}

/** Where scripts/pg-tools.sh builds the tools: ~/.cache/clapper/postgresql-<major>/bin. */
export const pgToolsCacheDir = (major: number) => path.join(os.homedir(), '.cache', 'clapper', `postgresql-${major}`, 'bin');

async function majorsIn(dir: string, pattern: RegExp): Promise<number[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names
    .map((n) => pattern.exec(n)?.[1])
    .filter((m): m is string => m !== undefined)
    .map(Number)
    .sort((a, b) => b - a);
}

/** Folders that may hold the tools, newest major first within each kind. */
async function candidateDirs(): Promise<string[]> {
  const dirs: string[] = [];
  const cache = path.join(os.homedir(), '.cache', 'clapper');
  for (const m of await majorsIn(cache, /^postgresql-(\d+)$/)) dirs.push(pgToolsCacheDir(m));
  // Debian and Ubuntu (postgresql-client-<major>), from Debian or the PostgreSQL project's apt repository
  for (const m of await majorsIn('/usr/lib/postgresql', /^(\d+)$/)) dirs.push(`/usr/lib/postgresql/${m}/bin`);
  // Homebrew on Apple silicon and on Intel
  for (const prefix of ['/opt/homebrew/opt', '/usr/local/opt']) {
    for (const m of await majorsIn(prefix, /^postgresql@(\d+)$/)) dirs.push(`${prefix}/postgresql@${m}/bin`);
    dirs.push(`${prefix}/libpq/bin`);
  }
  return dirs;
}

export async function pgToolVersion(file: string): Promise<PgTool | null> {
  try {
    const { stdout } = await run(file, ['--version'], { timeout: 10_000 });
    const m = /\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?/.exec(stdout);
    if (!m) return null;
    return { path: file, version: m[2] === undefined ? m[1] : `${m[1]}.${m[2]}`, major: Number(m[1]) };
  } catch {
    return null;
  }
}

/**
 * Finds pg_dump or pg_restore of at least `minMajor` (pg_dump refuses a server newer than itself; pg_restore
 * reads only archives of its own version or older): in PG_BIN_DIR when it is set, else in the folder
 * scripts/pg-tools.sh builds into, Debian's and Homebrew's folders, then PATH. Fails naming what it found and
 * how to get the right one.
 */
export async function findPgTool(name: PgToolName, minMajor: number, pgBinDir: string | null, why: string): Promise<PgTool> {
  const candidates = pgBinDir ? [path.resolve(pgBinDir, name)] : [...(await candidateDirs()).map((d) => path.join(d, name)), name];
  const seen: PgTool[] = [];
  for (const file of candidates) {
    const tool = await pgToolVersion(file);
    if (!tool) continue;
    if (tool.major >= minMajor) return tool;
    seen.push(tool);
  }
  const found = seen.length
    ? `Found only ${seen.map((t) => `${t.path} (${t.version})`).join(', ')}.`
    : `None was found${pgBinDir ? ` in PG_BIN_DIR (${pgBinDir})` : ''}.`;
  throw new PgToolError(
    [
      `${name} of PostgreSQL ${minMajor} or newer is needed: ${why}. ${found}`,
      'Get it in one of these ways:',
      `  - Debian or Ubuntu: scripts/pg-tools.sh builds it from Debian's source package into ${path.dirname(pgToolsCacheDir(minMajor))} (a few minutes),`,
      `    or install postgresql-client-${minMajor} from the PostgreSQL project's apt repository;`,
      `  - macOS: brew install postgresql@${minMajor};`,
      `  - or set PG_BIN_DIR to a folder holding pg_dump and pg_restore ${minMajor} or newer.`,
    ].join('\n'),
  );
}
