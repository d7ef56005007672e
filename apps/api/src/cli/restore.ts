import { runRestore } from '../backup/restore.js';
import { connectServices } from '../backup/services.js';
import { argValue, cliConfig } from './cli-runtime.js';

/**
 * npm run restore -- --from DIR: restores a backup made by npm run backup into an empty database and bucket
 * (DATABASE_URL + S3_ENDPOINT, or a new DATA_DIR for the embedded default), checking every file against the
 * manifest. See docs/operations.md.
 */
const from = argValue(process.argv.slice(2), 'from');
if (!from) {
  process.stderr.write('Usage: npm run restore -- --from DIR   (DIR: a folder written by npm run backup; see docs/operations.md)\n');
  process.exit(2);
}
const config = cliConfig();
const say = (line: string) => process.stdout.write(`${line}\n`);
try {
  const services = await connectServices(config, 'restore', say);
  try {
    await runRestore(services, { dir: from, pgBinDir: config.pgBinDir, say, manageBucket: config.s3.manageBucket, allowedOrigins: config.allowedOrigins });
  } finally {
    await services.stop();
  }
} catch (err) {
  process.stderr.write(`\nThe restore failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
