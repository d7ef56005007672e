import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { S3Storage } from '../src/storage/s3.storage.js';
import { freePort } from './harness/processes.js';
import { ORIGIN, s3OptionsFor } from './harness/test-app.js';

/**
 * The bucket-preparing CLI that docker-compose.yml's one-shot `s3-init` service runs, against a real S3 endpoint
 * (the embedded s3rver). s3rver has bucket CORS but no lifecycle rules: the CLI must prepare what it can and then
 * fail loudly, naming the operation the server lacks, rather than report a bucket it did not fully prepare.
 */
const CLI = fileURLToPath(new URL('../dist/cli/s3-init.js', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function runCli(env: Record<string, string>, args: string[] = []): Promise<Run> {
  return new Promise((resolve) => {
    // only what the CLI is given here: nothing of the test runner's own settings
    const childEnv = { LOG_LEVEL: 'silent', ...env };
    execFile(process.execPath, [CLI, ...args], { env: childEnv, timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

function envFor(bucket: string, endpoint?: string): Record<string, string> {
  const s3 = s3OptionsFor(bucket, endpoint);
  return {
    PUBLIC_URL: ORIGIN,
    S3_ENDPOINT: s3.endpoint,
    S3_BUCKET: bucket,
    S3_ACCESS_KEY_ID: s3.accessKeyId,
    S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
  };
}

describe('s3-init (the compose init service)', () => {
  it('creates the bucket with CORS exposing ETag for the platform origin, then fails naming the lifecycle rule the server lacks', async () => {
    const bucket = `init-${randomUUID().slice(0, 12)}`;
    const run = await runCli(envFor(bucket));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`preparing bucket "${bucket}"`);
    expect(run.stderr).toContain('has no bucket lifecycle rules: it answered NotImplemented to PutBucketLifecycleConfiguration');
    expect(run.stdout).not.toContain('is ready');

    // what it could do is done: the bucket exists and answers the platform's origin, exposing ETag to the browser
    const storage = new S3Storage(s3OptionsFor(bucket));
    try {
      await storage.ping();
      await storage.put('probe.txt', Readable.from([Buffer.from('probe')]), { contentType: 'text/plain' });
      const res = await fetch(await storage.presignGet('probe.txt'), { headers: { Origin: ORIGIN } });
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('probe');
      expect(res.headers.get('access-control-expose-headers')?.split(/,\s*/)).toEqual(expect.arrayContaining(['ETag', 'Content-Range']));
      const evil = await fetch(await storage.presignUploadPart('probe.bin', 'any', 1, 5), {
        method: 'OPTIONS',
        headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'PUT' },
      });
      expect(evil.status).toBe(403);
    } finally {
      storage.destroy();
    }
  });

  it('refuses to run without S3_ENDPOINT (the embedded S3 prepares its own bucket)', async () => {
    const run = await runCli({ PUBLIC_URL: ORIGIN });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('S3_ENDPOINT is not set');
  });

  it('refuses a bad --wait and a bad configuration, naming them', async () => {
    const bucket = `init-${randomUUID().slice(0, 12)}`;
    const badWait = await runCli(envFor(bucket), ['--wait', 'soon']);
    expect(badWait.code).toBe(2);
    expect(badWait.stderr).toContain('--wait SECONDS');
    const badBucket = await runCli({ ...envFor(bucket), S3_BUCKET: 'Not_A_Bucket' });
    expect(badBucket.code).toBe(2);
    expect(badBucket.stderr).toContain('S3_BUCKET must be a valid bucket name');
  });

  it('gives up with exit code 1 when the server never answers within --wait', async () => {
    const port = await freePort();
    const run = await runCli(envFor(`init-${randomUUID().slice(0, 12)}`, `http://127.0.0.1:${port}`), ['--wait', '0']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('cannot be reached');
  });
});
