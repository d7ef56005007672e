import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** A backup folder: manifest.json (written last: a folder without it is incomplete), the dump, the objects. */
export const MANIFEST_FILE = 'manifest.json';
export const DUMP_FILE = 'database.pgdump';
/** the same hashes in sha256sum's format, so that `sha256sum -c SHA256SUMS` checks a copy without Node */
export const SUMS_FILE = 'SHA256SUMS';
export const MANIFEST_FORMAT = 'clapper-backup';
export const MANIFEST_VERSION = 1;

export interface ManifestObject {
  key: string;
  size: number;
  sha256: string;
  contentType: string | null;
  /** where its bytes are in the backup folder: objects/<first two hex digits>/<sha256> (identical objects share one file) */
  file: string;
}

export interface BackupManifest {
  format: typeof MANIFEST_FORMAT;
  version: typeof MANIFEST_VERSION;
  createdAt: string;
  database: {
    file: string;
    /** pg_dump's custom format (pg_dump -Fc), for pg_restore */
    format: 'custom';
    size: number;
    sha256: string;
    serverVersion: string;
    pgDumpVersion: string;
    /** rows per table ("schema.table"), counted in the snapshot the dump was taken from */
    tables: Record<string, number>;
  };
  storage: { bucket: string; objects: number; bytes: number };
  objects: ManifestObject[];
}

export const objectFileFor = (sha256: string) => path.posix.join('objects', sha256.slice(0, 2), sha256);

/** Streams `source` into `file`, returning its size and SHA-256. */
export async function copyHashing(source: Readable, file: string): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  await pipeline(source, tap, createWriteStream(file, { mode: 0o600, flags: 'wx' }));
  return { size, sha256: hash.digest('hex') };
}

export async function hashFile(file: string): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { size, sha256: hash.digest('hex') };
}

/** Reads and checks the shape of a backup folder's manifest: a clear message for a folder that is not one. */
export async function readManifest(dir: string): Promise<BackupManifest> {
  const file = path.join(dir, MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new Error(`${file} is missing: ${dir} is not a complete backup (npm run backup writes the manifest last).`);
  }
  let m: BackupManifest;
  try {
    m = JSON.parse(text) as BackupManifest;
  } catch {
    throw new Error(`${file} is not valid JSON: the backup is damaged.`);
  }
  if (m?.format !== MANIFEST_FORMAT) throw new Error(`${file} is not a Clapper backup manifest.`);
  // the file says which version it is, whatever the type says
  if ((m.version as number) !== MANIFEST_VERSION)
    throw new Error(`${file} is a version ${String(m.version)} backup; this Clapper reads version ${MANIFEST_VERSION}.`);
  const hex = /^[0-9a-f]{64}$/;
  const safeFile = (f: unknown) => typeof f === 'string' && !path.isAbsolute(f) && !f.split(/[\\/]/).includes('..');
  const okDatabase =
    m.database && safeFile(m.database.file) && hex.test(m.database.sha256) && Number.isSafeInteger(m.database.size) && typeof m.database.tables === 'object';
  const okObjects =
    Array.isArray(m.objects) &&
    m.objects.every((o) => typeof o.key === 'string' && o.key !== '' && hex.test(o.sha256) && Number.isSafeInteger(o.size) && o.size >= 0 && safeFile(o.file));
  if (!okDatabase || !okObjects) throw new Error(`${file} is damaged: its database or object entries are incomplete.`);
  return m;
}
