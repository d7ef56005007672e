import { randomUUID } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pg from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/bootstrap.js';
import { loadConfig, type AppConfig } from '../../src/config/config.js';
import { ManualClock } from '../../src/clock/clock.js';
import { createLogger, type Logger } from '../../src/logging/logger.js';
import { S3Storage, type S3StorageOptions } from '../../src/storage/s3.storage.js';
import { StoragePort } from '../../src/storage/storage.port.js';
import { readServices } from './services-file.js';

export const ORIGIN = 'http://localhost:3000';
export const T0 = new Date('2027-01-15T03:00:00Z');

export interface TestApp {
  app: NestExpressApplication;
  db: DataSource;
  clock: ManualClock;
  storage: StoragePort;
  config: AppConfig;
  databaseUrl: string;
  s3: S3StorageOptions;
  /** anonymous client (sends our Origin, like a browser on the site would) */
  anon: Client;
  as(sessionToken: string): Client;
  close(): Promise<void>;
}

export type Client = ReturnType<typeof makeClient>;

/** A client of one app: an in-process server, or the base URL of a running one (harness/processes.ts). */
export function makeClient(server: Parameters<typeof request>[0], cookieName: string, token?: string, origin: string | null = ORIGIN) {
  const wrap = (r: request.Test) => {
    if (origin) r.set('Origin', origin);
    if (token) r.set('Cookie', `${cookieName}=${token}`);
    return r;
  };
  return {
    get: (url: string) => wrap(request(server).get(url)),
    post: (url: string) => wrap(request(server).post(url)),
    put: (url: string) => wrap(request(server).put(url)),
    patch: (url: string) => wrap(request(server).patch(url)),
    delete: (url: string) => wrap(request(server).delete(url)),
    withOrigin: (o: string | null) => makeClient(server, cookieName, token, o),
  };
}

/** A database of one's own, copied from the migrated template, for one test file. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const services = readServices();
  const name = `t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: services.pgUrlFor.replace('{db}', 'postgres') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${services.templateDb}"`);
  } finally {
    await admin.end();
  }
  return {
    url: services.pgUrlFor.replace('{db}', name),
    drop: async () => {
      const c = new pg.Client({ connectionString: services.pgUrlFor.replace('{db}', 'postgres') });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** Options for a bucket of one's own on the embedded endpoint the global setup started, signed with its credentials. */
export function s3OptionsFor(bucket: string, endpoint?: string): S3StorageOptions {
  const services = readServices();
  const at = endpoint ?? services.s3Endpoint;
  return { endpoint: at, publicEndpoint: at, region: 'us-east-1', bucket, ...services.s3Credentials, forcePathStyle: true, embedded: true };
}

/**
 * The real application on a real Postgres database and a real S3 bucket of its own, with a clock the test controls.
 * Nothing is mocked.
 */
export async function createTestApp(
  env: Record<string, string> = {},
  options: {
    now?: Date;
    s3Endpoint?: string;
    /** the app's logger (default: silent), e.g. one writing to a stream the test reads */
    logger?: Logger;
    /** a database of the test's own (on a server it started), instead of a copy of the template on the shared one */
    database?: { url: string; drop(): Promise<void> };
    /** write request logs (pino-http), as main.ts does */
    httpLogs?: boolean;
  } = {},
): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const bucket = `t-${randomUUID().slice(0, 12)}`;
  const s3 = s3OptionsFor(bucket, options.s3Endpoint);
  const config = loadConfig({
    APP_MODE: 'api',
    LOG_LEVEL: 'silent',
    PUBLIC_URL: ORIGIN,
    DATABASE_URL: database.url,
    S3_ENDPOINT: s3.endpoint,
    S3_ACCESS_KEY_ID: s3.accessKeyId,
    S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
    S3_BUCKET: bucket,
    AUTH_RATE_LIMIT_PER_MINUTE: '10000',
    // a refusal its endpoint did not declare answers 500, so no suite passes with one (common/refusals.interceptor.ts)
    STRICT_REFUSALS: 'true',
    // tests start many browser uploads as one account; the limits themselves are tested in videos.int-spec.ts
    UPLOAD_MAX_OPEN_PER_ACCOUNT: '1000',
    UPLOAD_STARTS_PER_HOUR: '10000',
    ...env,
  });
  if (!options.s3Endpoint) {
    const storage = new S3Storage(s3);
    await storage.ensureBucket(config.allowedOrigins);
    storage.destroy();
  }
  const clock = new ManualClock(options.now ?? T0);
  const app = await createApp(
    { config, databaseUrl: database.url, s3, logger: options.logger ?? createLogger('silent'), clock },
    { serveWeb: false, httpLogs: options.httpLogs ?? false },
  );
  await app.init();
  const server = app.getHttpServer();
  return {
    app,
    db: app.get(DataSource),
    clock,
    storage: app.get(StoragePort),
    config,
    databaseUrl: database.url,
    s3,
    anon: makeClient(server, config.session.cookieName),
    as: (token: string) => makeClient(server, config.session.cookieName, token),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
