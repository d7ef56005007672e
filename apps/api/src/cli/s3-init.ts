import 'reflect-metadata';
import { S3Storage, INCOMPLETE_UPLOAD_RULE_ID } from '../storage/s3.storage.js';
import { StorageError } from '../storage/storage.port.js';
import { CLEANUP_AGE_MS } from '../videos/video-cleanup.js';
import { argValue, cliConfig } from './cli-runtime.js';

/**
 * node apps/api/dist/cli/s3-init.js [--wait SECONDS]
 *
 * Prepares the bucket of an external S3 server (S3_ENDPOINT), as docker-compose.yml's one-shot `s3-init` service
 * does: creates it when missing, sets its CORS so browsers on the platform's origins (PUBLIC_URL and
 * ALLOWED_ORIGINS) can PUT parts and read the ETag, and keeps a lifecycle rule that aborts multipart uploads left
 * unfinished for a day: a backstop to the hourly clean-up job, which does the same. The same code as the app's own
 * start with S3_MANAGE_BUCKET=true (S3Storage.ensureBucket), plus the lifecycle rule. Waits up to --wait seconds
 * (default 60) for the server to answer. Exit codes: 0 done, 1 the server refused or never answered, 2 usage.
 */
const DAY_MS = 24 * 3600_000;

const args = process.argv.slice(2);
const waitRaw = argValue(args, 'wait') ?? '60';
const waitSeconds = Number(waitRaw);
if (!Number.isInteger(waitSeconds) || waitSeconds < 0 || waitSeconds > 3600) {
  process.stderr.write('Usage: node apps/api/dist/cli/s3-init.js [--wait SECONDS]   (0 to 3600; default 60)\n');
  process.exit(2);
}

const config = cliConfig(2);
const s3 = config.s3;
if (!s3.endpoint) {
  process.stderr.write('s3-init: S3_ENDPOINT is not set. It prepares an external S3 server; the embedded one prepares its own bucket at start.\n');
  process.exit(2);
}

const days = Math.max(1, Math.ceil(CLEANUP_AGE_MS / DAY_MS));
const storage = new S3Storage({
  endpoint: s3.endpoint,
  publicEndpoint: s3.publicEndpoint ?? s3.endpoint,
  region: s3.region,
  bucket: s3.bucket,
  accessKeyId: s3.accessKeyId,
  secretAccessKey: s3.secretAccessKey,
  forcePathStyle: s3.forcePathStyle,
  embedded: false,
});
const deadline = Date.now() + waitSeconds * 1000;
try {
  for (;;) {
    try {
      await storage.ensureBucket(config.allowedOrigins, { abortIncompleteUploadsAfterDays: days });
      break;
    } catch (err) {
      // only "cannot be reached" is worth waiting for: a refusal (bad keys, an operation the server lacks) stays one
      if (err instanceof StorageError && err.code === 'unavailable' && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 2000));
        continue;
      }
      const why = err instanceof Error ? err.message : String(err);
      process.stderr.write(
        `s3-init: preparing bucket "${s3.bucket}" at ${s3.endpoint} failed: ${why}\n` +
          '  The server must support CreateBucket, PutBucketCors and PutBucketLifecycleConfiguration (AbortIncompleteMultipartUpload), and the keys must be allowed to use them.\n',
      );
      process.exitCode = 1;
      break;
    }
  }
  if (!process.exitCode)
    process.stdout.write(
      `s3-init: bucket "${s3.bucket}" at ${s3.endpoint} is ready: CORS for ${config.allowedOrigins.join(', ')} (exposing ETag), ` +
        `lifecycle rule "${INCOMPLETE_UPLOAD_RULE_ID}" aborting uploads unfinished after ${days} day(s).\n`,
    );
} finally {
  storage.destroy();
}
