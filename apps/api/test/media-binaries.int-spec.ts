import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './harness/processes.js';
import { createTestDatabase, ORIGIN, s3OptionsFor } from './harness/test-app.js';

/**
 * ffmpeg and ffprobe come from the system (README, "Prerequisites"): there is no npm fallback. Started on a machine
 * without them, the platform stops at start and says which command installs them on each system.
 */
const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));

let emptyPath: string;
let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  emptyPath = await mkdtemp(path.join(os.tmpdir(), 'clapper-no-ffmpeg-'));
  database = await createTestDatabase();
});
afterAll(async () => {
  await rm(emptyPath, { recursive: true, force: true });
  await database?.drop();
});

/** Starts the built API (APP_MODE=api, a fresh bucket on the test's S3) with `binaries` (PATH, FFMPEG_PATH...) and nothing else of this environment. */
async function start(binaries: Record<string, string>): Promise<{ code: number; stderr: string }> {
  const bucket = `nf-${randomUUID().slice(0, 12)}`;
  const s3 = s3OptionsFor(bucket);
  const env = {
    ...binaries,
    APP_MODE: 'api',
    PORT: String(await freePort()),
    PUBLIC_URL: ORIGIN,
    LOG_LEVEL: 'silent',
    DATABASE_URL: database.url,
    S3_ENDPOINT: s3.endpoint,
    S3_BUCKET: bucket,
    S3_ACCESS_KEY_ID: s3.accessKeyId,
    S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
  };
  return new Promise((resolve) => {
    execFile(process.execPath, [MAIN], { env, timeout: 60_000 }, (err, _stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stderr: String(stderr) });
    });
  });
}

describe('a start without ffmpeg on the PATH', () => {
  it('stops (exit 1) and prints the install command for Debian/Ubuntu, macOS and Windows', async () => {
    // nothing but an empty folder on the PATH: no ffmpeg, no ffprobe
    const run = await start({ PATH: emptyPath });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Clapper could not start: Clapper needs ffmpeg and ffprobe');
    expect(run.stderr).toContain('no ffmpeg was found on the PATH');
    for (const line of [
      'Debian / Ubuntu:  sudo apt-get install ffmpeg',
      'macOS:            brew install ffmpeg',
      'Windows:          winget install --id Gyan.FFmpeg',
      'FFMPEG_PATH',
    ])
      expect(run.stderr).toContain(line);
  });

  it('names ffprobe when only ffprobe is missing', async () => {
    const run = await start({ PATH: emptyPath, FFMPEG_PATH: '/usr/bin/ffmpeg' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no ffprobe was found on the PATH');
    expect(run.stderr).toContain('FFPROBE_PATH');
  });
});
