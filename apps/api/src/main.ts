import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfigFromEnvironment, redact, type AppConfig } from './config/config.js';
import { createLogger, NestPinoLogger, type Logger } from './logging/logger.js';
import { prepareServices, resolveRuntime, type ResolvedRuntime } from './runtime.js';
import { createApp } from './bootstrap.js';
import { AppModule } from './app.module.js';
import { DEMO_ACCOUNTS, seedDemo } from './seed/demo-seed.js';
import { DEMO_PAST_BANNER_ACCOUNTS } from './seed/demo-past-accounts.js';
import { PasswordService } from './accounts/password.service.js';
import { StoragePort } from './storage/storage.port.js';
import { JobQueue } from './queue/job-queue.js';
import { MediaToolkit } from './media/media-toolkit.js';

/**
 * Starts Clapper. With nothing configured it runs everything in one process: embedded Postgres and S3,
 * the API, the web app and the worker, on one port. APP_MODE=api or worker (or --worker) runs one part.
 */
async function main(): Promise<void> {
  // engines in package.json only makes npm warn, and only at install; say it again where people look
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 12))
    process.stderr.write(
      `\nWarning: Clapper supports Node.js 22.12 or later (24 LTS recommended); ${process.version} is past its end of life and untested. See "Quick start" in README.md.\n\n`,
    );
  let config: AppConfig;
  try {
    config = loadConfigFromEnvironment();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\nSee the configuration table in README.md.\n`);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  let resolved: ResolvedRuntime | null = null;
  let close: (() => Promise<void>) | null = null;
  let stopping = false;

  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => process.exit(1), 15_000).unref();
    try {
      await close?.();
      await resolved?.stop();
    } finally {
      clearTimeout(timer);
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    resolved = await resolveRuntime(config, logger);
    const applied = await prepareServices(resolved.runtime);
    if (applied.length) logger.info({ migrations: applied }, 'migrations applied');

    if (config.mode === 'worker') {
      const ctx = await NestFactory.createApplicationContext(AppModule.forRoot(resolved.runtime), { logger: new NestPinoLogger(logger) });
      close = () => ctx.close();
      logger.info('worker started: running background jobs');
      return;
    }

    const app = await createApp(resolved.runtime);
    close = () => app.close();
    if (config.seedDemo) {
      const started = Date.now();
      const seeded = await seedDemo(app.get(DataSource), (p) => app.get(PasswordService).hash(p), new Date(), {
        storage: app.get(StoragePort),
        queue: app.get(JobQueue),
        media: app.get(MediaToolkit),
      });
      if (seeded) logger.info({ ms: Date.now() - started }, 'demo competitions and accounts seeded; the 2026 videos are queued for processing');
    }
    await app.listen(config.port, config.host);
    printBanner(config, resolved, logger);
  } catch (err) {
    logger.fatal({ err: err instanceof Error ? { message: err.message } : err }, 'start failed');
    process.stderr.write(`\nClapper could not start: ${err instanceof Error ? err.message : String(err)}\n`);
    await close?.().catch(() => undefined);
    await resolved?.stop();
    process.exit(1);
  }
}

function printBanner(config: AppConfig, resolved: ResolvedRuntime, logger: Logger): void {
  logger.info(
    { url: config.publicUrl, mode: config.mode, database: redact(resolved.runtime.databaseUrl), s3: resolved.runtime.s3.endpoint },
    'Clapper is ready',
  );
  const lines = [
    '',
    `  Clapper is running at ${config.publicUrl}`,
    `  API docs: ${config.publicUrl}/api/docs   Health: ${config.publicUrl}/api/health/ready`,
    `  Database: ${resolved.embedded.postgres ? `embedded Postgres (${config.dataDir}/pg)` : redact(resolved.runtime.databaseUrl)}`,
    `  Storage:  ${resolved.embedded.s3 ? `embedded S3 at ${resolved.runtime.s3.endpoint} (${config.dataDir}/s3)` : resolved.runtime.s3.endpoint}`,
    `  Mail:     ${config.mail.smtpUrl ? 'SMTP' : 'outbox (read it at /admin/outbox as an organiser)'}`,
  ];
  if (config.seedDemo) {
    lines.push('', '  Demo accounts (sign in at /sign-in):');
    for (const a of [...DEMO_ACCOUNTS, ...DEMO_PAST_BANNER_ACCOUNTS])
      lines.push(`    ${a.role.padEnd(12)} ${a.email.padEnd(36)} ${a.password.padEnd(24)} ${a.scope}`);
  }
  lines.push('', '  Press Ctrl-C to stop.', '');
  process.stdout.write(lines.join('\n') + '\n');
}

void main();
