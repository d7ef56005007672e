import { existsSync } from 'node:fs';
import { chmod, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { S3Storage } from '../storage/s3.storage.js';
import { rowCounts, runPgTool, serverVersion, withClient } from './database.js';
import {
  copyHashing,
  DUMP_FILE,
  hashFile,
  MANIFEST_FILE,
  MANIFEST_FORMAT,
  MANIFEST_VERSION,
  objectFileFor,
  SUMS_FILE,
  type BackupManifest,
  type ManifestObject,
} from './manifest.js';
import { findPgTool } from './pg-tools.js';
import type { BackupServices } from './services.js';

export interface BackupOptions {
  /** the backup folder: created, or empty */
  dir: string;
  pgBinDir: string | null;
  say: (line: string) => void;
  /** objects copied at once */
  concurrency?: number;
}

/** Runs `work` over `items`, `limit` at a time; the first failure stops the rest and is thrown. */
export async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const failures: unknown[] = [];
  const lane = async () => {
    while (failures.length === 0 && next < items.length) {
      const item = items[next++];
      try {
        await work(item);
      } catch (err) {
        failures.push(err);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  if (failures.length > 0) throw failures[0];
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

async function prepareFolder(dir: string): Promise<void> {
  if (existsSync(dir)) {
    const entries = await readdir(dir);
    if (entries.length > 0) throw new Error(`${dir} is not empty: give each backup a new folder (for example backups/$(date +%F-%H%M)).`);
  }
  // it holds minors' personal data and consent records: readable by its owner only
  await mkdir(path.join(dir, 'objects'), { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
}

/**
 * Writes a backup of the database (pg_dump, custom format) and of every object in the bucket into `dir`, with a
 * manifest of every object's key, size and SHA-256 and the dump's, and the rows per table.
 *
 * The database is dumped first, from one snapshot (the row counts come from the same one); the objects are
 * copied after it. On a running platform an upload finished during the copy is included (and unreferenced), and
 * an object deleted during it (a replaced video) may be missing; the manifest lists exactly what was copied.
 */
export async function runBackup(services: BackupServices, options: BackupOptions): Promise<BackupManifest> {
  const dir = path.resolve(options.dir);
  const say = options.say;
  await prepareFolder(dir);

  say(`Database: ${services.describe.database}`);
  const database = await withClient(services.databaseUrl, async (client) => {
    const server = await serverVersion(client);
    const pgDump = await findPgTool(
      'pg_dump',
      server.major,
      options.pgBinDir,
      `the database server is PostgreSQL ${server.version}, and pg_dump refuses a newer server than itself`,
    );
    // one snapshot for the dump and the counts: exported by this transaction, which stays open until pg_dump ends
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      const { rows } = await client.query<{ snapshot: string }>('SELECT pg_export_snapshot() AS snapshot');
      const tables = await rowCounts(client);
      const file = path.join(dir, DUMP_FILE);
      say(`Dumping the database with ${pgDump.path} (${pgDump.version}), custom format…`);
      await runPgTool(pgDump.path, ['--format=custom', `--file=${file}`, `--snapshot=${rows[0].snapshot}`], services.databaseUrl);
      await chmod(file, 0o600);
      const { size, sha256 } = await hashFile(file);
      const rowsTotal = Object.values(tables).reduce((a, b) => a + b, 0);
      say(`  ${DUMP_FILE}: ${mib(size)}, ${Object.keys(tables).length} tables, ${rowsTotal} rows`);
      return { file: DUMP_FILE, format: 'custom' as const, size, sha256, serverVersion: server.version, pgDumpVersion: pgDump.version, tables };
    } finally {
      await client.query('COMMIT').catch(() => undefined);
    }
  });

  say(`Storage: ${services.describe.storage}`);
  const storage = new S3Storage(services.s3);
  const objects: ManifestObject[] = [];
  try {
    const listed = await storage.list('');
    const total = listed.reduce((a, o) => a + o.size, 0);
    say(`Copying ${listed.length} objects (${mib(total)})…`);
    let done = 0;
    let n = 0;
    await inParallel(listed, options.concurrency ?? 4, async (head) => {
      const partial = path.join(dir, 'objects', `.partial-${n++}`);
      const { body, contentType } = await storage.get(head.key);
      const { size, sha256 } = await copyHashing(body, partial);
      const file = objectFileFor(sha256);
      const target = path.join(dir, file);
      await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
      // identical objects share one file
      if (existsSync(target)) await rm(partial);
      else await rename(partial, target);
      objects.push({ key: head.key, size, sha256, contentType, file });
      done++;
      if (done % 50 === 0) say(`  ${done}/${listed.length}`);
    });
  } finally {
    storage.destroy();
  }
  objects.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const bytes = objects.reduce((a, o) => a + o.size, 0);

  const manifest: BackupManifest = {
    format: MANIFEST_FORMAT,
    version: MANIFEST_VERSION,
    createdAt: new Date().toISOString(),
    database,
    storage: { bucket: services.s3.bucket, objects: objects.length, bytes },
    objects,
  };
  const sums = [`${database.sha256}  ${database.file}`, ...[...new Map(objects.map((o) => [o.file, o.sha256]))].map(([file, sha]) => `${sha}  ${file}`)];
  await writeFile(path.join(dir, SUMS_FILE), sums.join('\n') + '\n', { mode: 0o600 });
  // last: a folder with a manifest is a complete backup
  await writeFile(path.join(dir, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + '\n', { mode: 0o600 });
  say(`Backup complete in ${dir}: the database (${mib(database.size)}) and ${objects.length} objects (${mib(bytes)}).`);
  return manifest;
}
