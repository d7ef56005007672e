import { createDataSource, runMigrations } from '../database/data-source.js';
import { cliRuntime } from './cli-runtime.js';

/** npm run db:migrate: applies pending migrations to DATABASE_URL (or the embedded database). */
const resolved = await cliRuntime();
const ds = createDataSource(resolved.runtime.databaseUrl);
try {
  await ds.initialize();
  const applied = await runMigrations(ds);
  process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'The database is up to date.\n');
} finally {
  await ds.destroy().catch(() => undefined);
  await resolved.stop();
}
