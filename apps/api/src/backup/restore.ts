import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { S3Storage } from '../storage/s3.storage.js';
import { StorageError } from '../storage/storage.port.js';
import { inParallel } from './backup.js';
import { rowCounts, runPgTool, serverVersion, userTables, withClient } from './database.js';
import { hashFile, readManifest, type BackupManifest } from './manifest.js';
import { findPgTool } from './pg-tools.js';
import type { BackupServices } from './services.js';

export interface RestoreOptions {
  /** the backup folder (with its manifest.json) */
  dir: string;
  pgBinDir: string | null;
  say: (line: string) => void;
  /** create the bucket (with its CORS) when it does not exist, as every start does with S3_MANAGE_BUCKET */
  manageBucket: boolean;
  allowedOrigins: string[];
  concurrency?: number;
}

/** The backup does not match its manifest, or the restored data does not match the backup. */
export class BackupMismatchError extends Error {
  constructor(
    what: string,
    readonly problems: string[],
  ) {
    const shown = problems.slice(0, 20);
    super(
      `${what}: ${problems.length} mismatch${problems.length === 1 ? '' : 'es'}\n${shown.map((p) => `  - ${p}`).join('\n')}${problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : ''}`,
    );
  }
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** Reads every file of the backup back and checks its size and SHA-256 against the manifest. */
export async function verifyBackupFiles(dir: string, manifest: BackupManifest): Promise<void> {
  const problems: string[] = [];
  const check = async (file: string, expected: { size: number; sha256: string }, label: string) => {
    const at = path.join(dir, file);
    if (!existsSync(at)) return void problems.push(`${label}: ${file} is missing`);
    const actual = await hashFile(at);
    if (actual.size !== expected.size) problems.push(`${label}: ${file} has ${actual.size} bytes, the manifest says ${expected.size}`);
    else if (actual.sha256 !== expected.sha256) problems.push(`${label}: ${file} has SHA-256 ${actual.sha256}, the manifest says ${expected.sha256}`);
  };
  await check(manifest.database.file, manifest.database, 'the database dump');
  const byFile = new Map<string, { size: number; sha256: string; key: string }>();
  for (const o of manifest.objects) {
    const seen = byFile.get(o.file);
    if (seen && (seen.sha256 !== o.sha256 || seen.size !== o.size))
      problems.push(`object ${o.key}: its file ${o.file} is listed with another hash for ${seen.key}`);
    else byFile.set(o.file, { size: o.size, sha256: o.sha256, key: o.key });
  }
  await inParallel([...byFile], 4, ([file, o]) => check(file, o, `object ${o.key}`));
  if (problems.length) throw new BackupMismatchError(`The backup in ${dir} does not match its manifest; nothing was restored`, problems);
}

/**
 * Restores a backup into an empty database and an empty (or missing) bucket: checks every file of the backup
 * against the manifest first, then pg_restore, then the objects (each hashed again as it is uploaded), then
 * compares the rows per table and the bucket's objects with the manifest.
 */
export async function runRestore(services: BackupServices, options: RestoreOptions): Promise<BackupManifest> {
  const dir = path.resolve(options.dir);
  const say = options.say;
  const manifest = await readManifest(dir);
  const dumpMajor = Number(manifest.database.pgDumpVersion.split('.')[0]);

  // the target first: refuse at once, before reading gigabytes, when it is not empty
  say(`Database: ${services.describe.database}`);
  const server = await withClient(services.databaseUrl, async (client) => {
    // the application's own tables first in the message (pg-boss keeps many of its own)
    const tables = (await userTables(client)).sort((a, b) => Number(!a.startsWith('public.')) - Number(!b.startsWith('public.')));
    if (tables.length)
      throw new Error(
        `The database is not empty: it has ${tables.length} tables (${tables.slice(0, 5).join(', ')}${tables.length > 5 ? ', …' : ''}). A backup is restored only into an empty database: create a new one and point DATABASE_URL at it, or use a new DATA_DIR for the embedded default.`,
      );
    return serverVersion(client);
  });
  const pgRestore = await findPgTool(
    'pg_restore',
    Math.max(server.major, dumpMajor),
    options.pgBinDir,
    `the dump was written by pg_dump ${manifest.database.pgDumpVersion} and the database server is PostgreSQL ${server.version}`,
  );

  say(`Storage: ${services.describe.storage}`);
  const storage = new S3Storage(services.s3);
  try {
    let existing: { key: string }[] | null;
    try {
      existing = await storage.list('');
    } catch (err) {
      if (!(err instanceof StorageError && err.code === 'not_found')) throw err;
      existing = null;
    }
    if (existing && existing.length)
      throw new Error(
        `The bucket ${services.s3.bucket} is not empty: it holds ${existing.length} objects (${existing
          .slice(0, 3)
          .map((o) => o.key)
          .join(
            ', ',
          )}${existing.length > 3 ? ', …' : ''}). A backup is restored only into an empty bucket: create a new one and set S3_BUCKET, or use a new DATA_DIR for the embedded default.`,
      );
    if (options.manageBucket) await storage.ensureBucket(options.allowedOrigins);
    else if (existing === null)
      throw new Error(
        `The bucket ${services.s3.bucket} does not exist, and S3_MANAGE_BUCKET is false: create it (with its CORS rule, see docs/deployment.md), then run the restore again.`,
      );

    say(`Checking the backup in ${dir} against its manifest (${manifest.objects.length} objects, ${mib(manifest.storage.bytes)})…`);
    await verifyBackupFiles(dir, manifest);

    say(`Restoring the database with ${pgRestore.path} (${pgRestore.version})…`);
    await runPgTool(
      pgRestore.path,
      ['--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', path.join(dir, manifest.database.file)],
      services.databaseUrl,
    );

    say(`Uploading ${manifest.objects.length} objects…`);
    let done = 0;
    await inParallel(manifest.objects, options.concurrency ?? 4, async (o) => {
      const hash = createHash('sha256');
      const tap = new Transform({
        transform(chunk: Buffer, _enc, next) {
          hash.update(chunk);
          next(null, chunk);
        },
      });
      const source = createReadStream(path.join(dir, o.file));
      source.once('error', (err) => tap.destroy(err));
      await storage.put(o.key, source.pipe(tap), { contentType: o.contentType ?? undefined, contentLength: o.size });
      const sha256 = hash.digest('hex');
      if (sha256 !== o.sha256) {
        await storage.delete(o.key);
        throw new BackupMismatchError('An object changed while it was uploaded', [`object ${o.key}: sent SHA-256 ${sha256}, the manifest says ${o.sha256}`]);
      }
      done++;
      if (done % 50 === 0) say(`  ${done}/${manifest.objects.length}`);
    });

    say('Comparing the restored data with the manifest…');
    const problems: string[] = [];
    const counts = await withClient(services.databaseUrl, rowCounts);
    for (const [table, rows] of Object.entries(manifest.database.tables))
      if (counts[table] !== rows) problems.push(`table ${table}: ${counts[table] ?? 'missing'} rows, the backup has ${rows}`);
    const stored = new Map((await storage.list('')).map((o) => [o.key, o.size]));
    for (const o of manifest.objects) {
      const size = stored.get(o.key);
      if (size === undefined) problems.push(`object ${o.key}: missing from the bucket`);
      else if (size !== o.size) problems.push(`object ${o.key}: ${size} bytes in the bucket, the backup has ${o.size}`);
    }
    if (problems.length) throw new BackupMismatchError('The restored data does not match the backup', problems);
  } finally {
    storage.destroy();
  }
  const rows = Object.values(manifest.database.tables).reduce((a, b) => a + b, 0);
  say(
    `Restore complete: ${Object.keys(manifest.database.tables).length} tables (${rows} rows) and ${manifest.objects.length} objects (${mib(manifest.storage.bytes)}) match the backup of ${manifest.createdAt}.`,
  );
  return manifest;
}
