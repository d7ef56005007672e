import { runBackup } from '../backup/backup.js';
import { connectServices } from '../backup/services.js';
import { argValue, cliConfig } from './cli-runtime.js';

/**
 * npm run backup -- --to DIR: the database (pg_dump, custom format) and every object of the bucket, with a
 * manifest of sizes and SHA-256 hashes. Works on the embedded default (DATA_DIR; the platform may be running) and
 * on DATABASE_URL + S3_ENDPOINT. See docs/operations.md.
 */
const to = argValue(process.argv.slice(2), 'to');
if (!to) {
  process.stderr.write('Usage: npm run backup -- --to DIR   (DIR: a new or empty folder; see docs/operations.md)\n');
  process.exit(2);
}
const config = cliConfig();
const say = (line: string) => process.stdout.write(`${line}\n`);
try {
  const services = await connectServices(config, 'backup', say);
  try {
    await runBackup(services, { dir: to, pgBinDir: config.pgBinDir, say });
  } finally {
    await services.stop();
  }
} catch (err) {
  process.stderr.write(`\nThe backup failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
