// The backup drill of docs/operations.md, as an organiser runs it: the embedded default (`node dist/main.js`,
// demo data seeded, its videos processed) is backed up while it runs (npm run backup), restored into a fresh data
// folder (npm run restore), and the platform started on the restored folder serves a student's video again.
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { AppProcess, freePort, MAIN_JS } from './harness/processes.js';
import { readServices } from './harness/services-file.js';
import { ORIGIN, s3OptionsFor } from './harness/test-app.js';
import { rowCounts, userTables } from '../src/backup/database.js';
import { childEnvironment } from '../src/config/config.js';
import { readManifest, type BackupManifest } from '../src/backup/manifest.js';
import { findPgTool, PgToolError } from '../src/backup/pg-tools.js';
import { BackupMismatchError, runRestore } from '../src/backup/restore.js';
import { runBackup } from '../src/backup/backup.js';
import type { BackupServices } from '../src/backup/services.js';
import { embeddedPostgresUrl } from '../src/embedded/embedded-postgres.js';
import { embeddedS3Credentials } from '../src/embedded/embedded-s3.js';
import { DEMO_TEAM_ACCOUNTS } from '../src/seed/demo-past-accounts.js';
import { S3Storage, type S3StorageOptions } from '../src/storage/s3.storage.js';

const cli = (name: string) => fileURLToPath(new URL(`../dist/cli/${name}.js`, import.meta.url));
/** variables the app reads: never inherited from the test's environment (PG_BIN_DIR is, to find pg_dump) */
const APP_VARIABLE =
  /^(APP_MODE|PORT|HOST|PUBLIC_URL|ALLOWED_ORIGINS|TRUST_PROXY|LOG_LEVEL|DATA_DIR|WEB_DIST_DIR|SEED_DEMO|DATABASE_URL|EMBEDDED_\w+|S3_\w+|SMTP_URL|MAIL_FROM|NODE_OPTIONS|METRICS_\w+)$/;

interface DataFolder {
  dir: string;
  pgPort: number;
  s3Port: number;
  httpPort: number;
}

async function dataFolder(root: string, name: string): Promise<DataFolder> {
  return { dir: path.join(root, name), pgPort: await freePort(), s3Port: await freePort(), httpPort: await freePort() };
}

/** The embedded default on `f`: no DATABASE_URL, no S3_ENDPOINT. */
function environment(f: DataFolder, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...Object.fromEntries(Object.entries(childEnvironment()).filter(([k]) => !APP_VARIABLE.test(k))),
    DATA_DIR: f.dir,
    EMBEDDED_PG_PORT: String(f.pgPort),
    EMBEDDED_S3_PORT: String(f.s3Port),
    PORT: String(f.httpPort),
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://127.0.0.1:${f.httpPort}`,
    WEB_DIST_DIR: path.join(f.dir, 'no-web'),
    LOG_LEVEL: 'info',
    ...extra,
  };
}

async function startPlatform(name: string, f: DataFolder, env: Record<string, string>): Promise<AppProcess> {
  const child = spawn(process.execPath, [MAIN_JS], { env: environment(f, env), stdio: ['ignore', 'pipe', 'pipe'] });
  const p = new AppProcess(name, 'api', child, f.httpPort, os.tmpdir());
  try {
    await p.waitUntilReady(150_000);
  } catch (err) {
    await p.stop(2000);
    throw err;
  }
  return p;
}

function runCli(name: 'backup' | 'restore', args: string[], f: DataFolder): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli(name), ...args], { env: environment(f), timeout: 120_000, maxBuffer: 4 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

async function embeddedStorage(f: DataFolder): Promise<S3Storage> {
  const credentials = await embeddedS3Credentials(f.dir);
  const endpoint = `http://127.0.0.1:${f.s3Port}`;
  return new S3Storage({ endpoint, publicEndpoint: endpoint, region: 'us-east-1', bucket: 'clapper', ...credentials, forcePathStyle: true, embedded: true });
}

/** Every object of the bucket: key → its size and SHA-256, read back in full. */
async function objectHashes(storage: S3Storage): Promise<Map<string, { size: number; sha256: string }>> {
  const out = new Map<string, { size: number; sha256: string }>();
  for (const head of await storage.list('')) {
    const { body } = await storage.get(head.key);
    const hash = createHash('sha256');
    let size = 0;
    for await (const chunk of body as AsyncIterable<Buffer>) {
      hash.update(chunk);
      size += chunk.length;
    }
    out.set(head.key, { size, sha256: hash.digest('hex') });
  }
  return out;
}

async function withDatabase<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

const publicTables = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).filter(([t]) => t.startsWith('public.')));

describe('backup and restore (the drill)', () => {
  let root: string;
  let source: DataFolder;
  let restored: DataFolder;
  let backupDir: string;
  let manifest: BackupManifest;
  let sourceCounts: Record<string, number>;
  let sourceObjects: Map<string, { size: number; sha256: string }>;
  const running: AppProcess[] = [];

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'clapper-drill-'));
    // as root, the embedded Postgres runs as the OS user postgres, which must reach the data folders
    await chmod(root, 0o755);
    source = await dataFolder(root, 'source');
    restored = await dataFolder(root, 'restored');
    backupDir = path.join(root, 'backup');
  });
  afterAll(async () => {
    await Promise.all(running.map((p) => p.stop()));
    await rm(root, { recursive: true, force: true });
  });

  it('backs up the running embedded default: the dump, every object with its SHA-256, rows per table', async () => {
    const platform = await startPlatform('source', source, { APP_MODE: 'all', SEED_DEMO: 'true' });
    running.push(platform);
    const sourceUrl = embeddedPostgresUrl(source.pgPort, 'clapper');
    // the demo's 2026 videos are processed by the platform's worker
    const until = Date.now() + 150_000;
    for (;;) {
      const states = await withDatabase(sourceUrl, async (c) =>
        (await c.query<{ status: string }>('SELECT status FROM video_assets')).rows.map((r) => r.status),
      );
      if (states.length >= DEMO_TEAM_ACCOUNTS.length && states.every((s) => s === 'ready')) break;
      if (Date.now() > until) throw new Error(`the demo videos were not processed: ${states.join(', ')}\n${platform.describe()}`);
      await new Promise((r) => setTimeout(r, 1000));
    }

    const result = await runCli('backup', ['--to', backupDir], source);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("the running platform's embedded Postgres");
    manifest = await readManifest(backupDir);

    // the same rows as the source and the same bytes, read independently of the tool
    sourceCounts = await withDatabase(sourceUrl, rowCounts);
    expect(publicTables(manifest.database.tables)).toEqual(publicTables(sourceCounts));
    expect(manifest.database.tables['public.users']).toBeGreaterThanOrEqual(DEMO_TEAM_ACCOUNTS.length);
    const storage = await embeddedStorage(source);
    try {
      sourceObjects = await objectHashes(storage);
    } finally {
      storage.destroy();
    }
    expect(sourceObjects.size).toBeGreaterThanOrEqual(3 * DEMO_TEAM_ACCOUNTS.length); // original, rendition, poster
    expect(new Map(manifest.objects.map((o) => [o.key, { size: o.size, sha256: o.sha256 }]))).toEqual(sourceObjects);
    for (const o of manifest.objects) {
      const bytes = await readFile(path.join(backupDir, o.file));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(o.sha256);
    }
    // a real pg_dump archive in custom format ("PGDMP" magic), of the server's major version or newer
    const dump = await readFile(path.join(backupDir, manifest.database.file));
    expect(dump.subarray(0, 5).toString('latin1')).toBe('PGDMP');
    expect(createHash('sha256').update(dump).digest('hex')).toBe(manifest.database.sha256);
    expect(Number(manifest.database.pgDumpVersion.split('.')[0])).toBeGreaterThanOrEqual(Number(manifest.database.serverVersion.split('.')[0]));
    await platform.stop();
  }, 300_000);

  it('restores into a fresh data folder: rows per table and every object hash match, and a student plays their video', async () => {
    const result = await runCli('restore', ['--from', backupDir], restored);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Restore complete');

    const platform = await startPlatform('restored', restored, { APP_MODE: 'api', SEED_DEMO: 'false' });
    running.push(platform);
    const restoredUrl = embeddedPostgresUrl(restored.pgPort, 'clapper');
    const counts = await withDatabase(restoredUrl, rowCounts);
    expect(publicTables(counts)).toEqual(publicTables(sourceCounts));
    expect(counts).toEqual(expect.objectContaining(manifest.database.tables));
    const storage = await embeddedStorage(restored);
    try {
      expect(await objectHashes(storage)).toEqual(sourceObjects);
    } finally {
      storage.destroy();
    }

    // a student signs in on the restored platform and plays their video
    const account = DEMO_TEAM_ACCOUNTS[0];
    const base = `http://127.0.0.1:${restored.httpPort}`;
    const signIn = await fetch(`${base}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: base },
      body: JSON.stringify({ email: account.email, password: account.password }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers
      .getSetCookie()
      .find((c) => c.startsWith('clapper_session='))!
      .split(';')[0];
    const entryId = await withDatabase(
      restoredUrl,
      async (c) => (await c.query<{ id: string }>('SELECT id FROM entries WHERE code = $1', [account.entryCode])).rows[0].id,
    );
    const video = await fetch(`${base}/api/entries/${entryId}/video`, { headers: { Cookie: cookie, Origin: base } });
    expect(video.status).toBe(200);
    const status = (await video.json()) as { status: string; playback: { url: string } | null };
    expect(status.status).toBe('ready');
    const play = await fetch(status.playback!.url, { headers: { Range: 'bytes=0-1023' } });
    expect(play.status).toBe(206);
    const bytes = Buffer.from(await play.arrayBuffer());
    expect(bytes.length).toBe(1024);
    expect(bytes.subarray(4, 8).toString('latin1')).toBe('ftyp');
  }, 240_000);

  it('refuses to restore into a database that is not empty, naming it, and changes nothing', async () => {
    // the restored platform still runs on that data folder: its database holds the restored tables (and the session
    // of the sign-in above)
    const url = embeddedPostgresUrl(restored.pgPort, 'clapper');
    const before = await withDatabase(url, rowCounts);
    const result = await runCli('restore', ['--from', backupDir], restored);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/The restore failed: The database is not empty: it has \d+ tables \(public\.[a-z_]+, /);
    expect(result.stderr).toContain('A backup is restored only into an empty database');
    expect(await withDatabase(url, rowCounts)).toEqual(before);
  }, 60_000);

  describe('on the test services (an empty database and a bucket of their own)', () => {
    let database: { url: string; drop(): Promise<void> };
    let s3: S3StorageOptions;
    const say = () => undefined;
    const services = (): BackupServices => ({ databaseUrl: database.url, s3, describe: { database: 'test', storage: 'test' }, stop: async () => undefined });

    beforeEach(async () => {
      // an empty database (not the migrated template) on the harness's Postgres, and a new bucket
      const admin = readServices().pgUrlFor;
      const name = `e_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
      await withDatabase(admin.replace('{db}', 'postgres'), (c) => c.query(`CREATE DATABASE "${name}"`));
      database = {
        url: admin.replace('{db}', name),
        drop: () => withDatabase(admin.replace('{db}', 'postgres'), async (c) => void (await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))),
      };
      s3 = s3OptionsFor(`r-${name.replace(/_/g, '-')}`);
    });
    afterEach(() => database.drop());

    it('fails loudly when an object of the backup does not match its SHA-256, restoring nothing', async () => {
      const damaged = path.join(root, 'damaged');
      await cp(backupDir, damaged, { recursive: true });
      const victim = manifest.objects.find((o) => o.key.includes('original'))!;
      const bytes = await readFile(path.join(damaged, victim.file));
      bytes[Math.floor(bytes.length / 2)] ^= 0xff;
      await writeFile(path.join(damaged, victim.file), bytes);
      const run = runRestore(services(), { dir: damaged, pgBinDir: null, say, manageBucket: true, allowedOrigins: [ORIGIN] });
      await expect(run).rejects.toThrow(BackupMismatchError);
      await expect(run).rejects.toThrow(
        new RegExp(`object ${victim.key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ${victim.file} has SHA-256 [0-9a-f]{64}, the manifest says ${victim.sha256}`),
      );
      expect(await withDatabase(database.url, userTables)).toEqual([]);
      const storage = new S3Storage(s3);
      try {
        expect(await storage.list('')).toEqual([]);
      } finally {
        storage.destroy();
      }
    }, 60_000);

    it('refuses a bucket that is not empty, before touching the database', async () => {
      const storage = new S3Storage(s3);
      try {
        await storage.ensureBucket([ORIGIN]);
        await storage.put('stray/object.txt', (await import('node:stream')).Readable.from([Buffer.from('left over')]), { contentType: 'text/plain' });
      } finally {
        storage.destroy();
      }
      await expect(runRestore(services(), { dir: backupDir, pgBinDir: null, say, manageBucket: true, allowedOrigins: [ORIGIN] })).rejects.toThrow(
        /The bucket r-[a-z0-9-]+ is not empty: it holds 1 objects \(stray\/object\.txt\)/,
      );
      expect(await withDatabase(database.url, userTables)).toEqual([]);
    }, 60_000);

    it('refuses a folder that is not a complete backup, and a backup folder that is not empty', async () => {
      const incomplete = path.join(root, 'incomplete');
      await mkdir(incomplete, { recursive: true });
      await expect(runRestore(services(), { dir: incomplete, pgBinDir: null, say, manageBucket: true, allowedOrigins: [ORIGIN] })).rejects.toThrow(
        /manifest\.json is missing: .* is not a complete backup/,
      );
      await expect(runBackup(services(), { dir: backupDir, pgBinDir: null, say })).rejects.toThrow(/is not empty: give each backup a new folder/);
    });
  });

  it('names how to get pg_dump when none of the server major version is found', async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), 'clapper-no-pg-'));
    try {
      const err = await findPgTool('pg_dump', 18, empty, 'the database server is PostgreSQL 18.4').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PgToolError);
      expect((err as Error).message).toContain(
        'pg_dump of PostgreSQL 18 or newer is needed: the database server is PostgreSQL 18.4. None was found in PG_BIN_DIR',
      );
      expect((err as Error).message).toContain('scripts/pg-tools.sh');
      expect((err as Error).message).toContain('brew install postgresql@18');
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
