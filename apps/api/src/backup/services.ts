import { existsSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import type { AppConfig } from '../config/config.js';
import { redact } from '../config/config.js';
import { S3Storage, type S3StorageOptions } from '../storage/s3.storage.js';
import { StorageError } from '../storage/storage.port.js';

/** The database and bucket a backup reads or a restore writes, and how they were reached (for the messages). */
export interface BackupServices {
  databaseUrl: string;
  s3: S3StorageOptions;
  describe: { database: string; storage: string };
  /** stops what was started here (nothing when the platform's own services were reused) */
  stop(): Promise<void>;
}

const EMBEDDED_DATABASE = 'clapper';

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(3000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * The services of the configuration, as the platform finds them (runtime.ts): DATABASE_URL and S3_ENDPOINT when
 * set; otherwise the embedded ones of DATA_DIR. A platform running on that data folder holds its embedded
 * Postgres and S3 inside its process: they are reached on their ports (EMBEDDED_PG_PORT, EMBEDDED_S3_PORT), after
 * checking that they are this data folder's. When the platform is stopped they are started here, and stopped
 * again at the end.
 */
export async function connectServices(config: AppConfig, purpose: 'backup' | 'restore', say: (line: string) => void): Promise<BackupServices> {
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => undefined);
    stops.length = 0;
  };
  try {
    let databaseUrl = config.database.url;
    let databaseWhere = databaseUrl ? redact(databaseUrl) : '';
    if (!databaseUrl) {
      const dir = path.join(config.dataDir, 'pg');
      if (purpose === 'backup' && !existsSync(path.join(dir, 'PG_VERSION')))
        throw new Error(`There is no embedded database in ${dir}: set DATA_DIR to the platform's data folder, or DATABASE_URL to its database.`);
      const { embeddedPostgresUrl, startEmbeddedPostgres } = await import('../embedded/embedded-postgres.js');
      const port = config.database.embeddedPort;
      if (await listening(port)) {
        databaseUrl = embeddedPostgresUrl(port, EMBEDDED_DATABASE);
        await checkEmbeddedPostgresIsOurs(databaseUrl, dir, port);
        databaseWhere = `the running platform's embedded Postgres (${dir}, port ${port})`;
      } else {
        say(`Starting the embedded Postgres of ${config.dataDir} (port ${port})…`);
        const started = await startEmbeddedPostgres(dir, port, EMBEDDED_DATABASE);
        stops.push(() => started.stop());
        databaseUrl = started.url;
        databaseWhere = `the embedded Postgres of ${dir}, started for this ${purpose}`;
      }
    }

    let s3: S3StorageOptions;
    let storageWhere: string;
    if (config.s3.endpoint) {
      s3 = {
        endpoint: config.s3.endpoint,
        publicEndpoint: config.s3.publicEndpoint ?? config.s3.endpoint,
        region: config.s3.region,
        bucket: config.s3.bucket,
        accessKeyId: config.s3.accessKeyId,
        secretAccessKey: config.s3.secretAccessKey,
        forcePathStyle: config.s3.forcePathStyle,
        embedded: false,
      };
      storageWhere = `bucket ${config.s3.bucket} at ${config.s3.endpoint}`;
    } else {
      const { embeddedS3Credentials, S3_CREDENTIALS_FILE, startEmbeddedS3 } = await import('../embedded/embedded-s3.js');
      if (purpose === 'backup' && !existsSync(path.join(config.dataDir, S3_CREDENTIALS_FILE)))
        throw new Error(
          `There is no embedded S3 data in ${config.dataDir} (${S3_CREDENTIALS_FILE} is missing): set DATA_DIR to the platform's data folder, or S3_ENDPOINT.`,
        );
      const credentials = await embeddedS3Credentials(config.dataDir);
      const port = config.s3.embeddedPort;
      let endpoint = `http://127.0.0.1:${port}`;
      if (await listening(port)) storageWhere = `the running platform's embedded S3 (${path.join(config.dataDir, 's3')}, port ${port})`;
      else {
        say(`Starting the embedded S3 of ${config.dataDir} (port ${port})…`);
        const started = await startEmbeddedS3(path.join(config.dataDir, 's3'), port, credentials);
        stops.push(() => started.stop());
        endpoint = started.endpoint;
        storageWhere = `the embedded S3 of ${path.join(config.dataDir, 's3')}, started for this ${purpose}`;
      }
      s3 = {
        endpoint,
        publicEndpoint: endpoint,
        region: config.s3.region,
        bucket: config.s3.bucket,
        ...credentials,
        forcePathStyle: true,
        embedded: true,
      };
      await checkEmbeddedS3IsOurs(s3, port);
    }
    return { databaseUrl, s3, describe: { database: databaseWhere, storage: storageWhere }, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** A Postgres on the embedded port that keeps its data elsewhere is another data folder's platform. */
async function checkEmbeddedPostgresIsOurs(url: string, dir: string, port: number): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ data_directory: string }>('SHOW data_directory');
    const theirs = await realpath(rows[0].data_directory).catch(() => rows[0].data_directory);
    const ours = await realpath(dir).catch(() => dir);
    if (theirs !== ours)
      throw new Error(
        `The Postgres on port ${port} keeps its data in ${theirs}, not in ${ours}: it belongs to another data folder. Set DATA_DIR and EMBEDDED_PG_PORT to the platform's.`,
      );
  } catch (err) {
    if (err instanceof Error && err.message.startsWith('The Postgres on port')) throw err;
    throw new Error(
      `Something answers on port ${port} but not as this data folder's embedded Postgres (${err instanceof Error ? err.message : String(err)}). Set EMBEDDED_PG_PORT to the platform's.`,
      { cause: err },
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The embedded S3 answers only its own data folder's key pair: another folder's endpoint refuses it. */
async function checkEmbeddedS3IsOurs(s3: S3StorageOptions, port: number): Promise<void> {
  const storage = new S3Storage(s3);
  try {
    await storage.list('__clapper_backup_probe__/');
  } catch (err) {
    // a bucket that does not exist yet is fine here (a restore creates it); a refused signature is not
    if (err instanceof StorageError && err.code === 'not_found') return;
    throw new Error(
      `The S3 endpoint on port ${port} did not accept the key pair of this data folder (${err instanceof Error ? err.message : String(err)}): is it another data folder's platform? Set DATA_DIR and EMBEDDED_S3_PORT to the platform's.`,
      { cause: err },
    );
  } finally {
    storage.destroy();
  }
}
