import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

const repoRoot = path.resolve(__dirname, '..');

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  throw new Error(`no Chromium found at ${chromiumPath}; install it with \`sudo apt-get install -y chromium\` or set CHROMIUM_PATH`);
}

// E2E_PORT_OFFSET lets two checkouts run their suites side by side on one machine
const OFFSET = Number(process.env.E2E_PORT_OFFSET ?? 0);
const PORT = 3210 + OFFSET;
const baseURL = `http://localhost:${PORT}`;
// a fresh data folder per run: embedded Postgres and S3 start empty and the demo data is seeded again
const dataDir = mkdtempSync(path.join(os.tmpdir(), `clapper-e2e-${process.pid}-`));

export default defineConfig({
  testDir: 'e2e',
  // each parallel shard (scripts/e2e.mjs) writes to its own folder; screenshots go to test-results/screenshots
  outputDir: process.env.E2E_OUTPUT_DIR ?? path.join(repoRoot, 'test-results', 'e2e'),
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'en-GB',
    timezoneId: 'Asia/Bangkok',
    // A failed test keeps its trace: each action with the page's DOM snapshot before and after, the network and the
    // console. The trace's screencast (a JPEG of the page many times a second, for every test, passed or not) is left
    // out: it cost the browser about as much CPU as the tests themselves, and the failure's screenshot stays below.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: true },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: 'node apps/api/dist/main.js',
    cwd: repoRoot,
    url: `${baseURL}/api/health/ready`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      // a refusal its endpoint did not declare answers 500 (apps/api/src/common/refusals.interceptor.ts)
      STRICT_REFUSALS: 'true',
      DATA_DIR: dataDir,
      PORT: String(PORT),
      EMBEDDED_PG_PORT: String(54510 + OFFSET),
      EMBEDDED_S3_PORT: String(9510 + OFFSET),
      LOG_LEVEL: 'warn',
      // every browser here signs up and in from one address: the per-client limit of sign-ups and sign-ins (20 a minute,
      // tested in apps/api/test/auth.int-spec.ts) would refuse a suite that makes accounts faster than a person
      AUTH_RATE_LIMIT_PER_MINUTE: '600',
    },
  },
});
