import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { LOGGER, type Logger } from '../logging/logger.js';
import { DATABASE_URL } from '../database/database.tokens.js';
import { JobQueue, type JobHandler } from './job-queue.js';
import { JOB_NAMES, SCHEDULES, type JobName, type JobPayloads } from './jobs.js';

/**
 * pg-boss keeps jobs in Postgres (schema pgboss), so no other service is needed.
 * Every process can send; only processes in worker mode ('all' or 'worker') run handlers and schedules.
 */
@Injectable()
export class PgBossQueue extends JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly boss: PgBoss;
  private readonly handlers = new Map<JobName, JobHandler<JobName>>();
  private started: Promise<void> | null = null;

  constructor(
    @Inject(DATABASE_URL) databaseUrl: string,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    super();
    const runsWork = config.mode !== 'api';
    this.boss = new PgBoss({ connectionString: databaseUrl, max: 4, application_name: 'clapper-queue', supervise: runsWork, schedule: runsWork });
    this.boss.on('error', (err) => {
      // Ctrl-C reaches the embedded Postgres too, which then closes our connections: expected, not an error.
      if (/terminating connection due to administrator command|Connection terminated/.test(err.message)) this.logger.warn('job queue: database connection closed (shutting down)');
      else this.logger.error({ err }, 'job queue error');
    });
  }

  private ensureStarted(): Promise<void> {
    this.started ??= (async () => {
      await this.boss.start();
      for (const name of JOB_NAMES) {
        if (!(await this.boss.getQueue(name))) await this.boss.createQueue(name, { name, retryLimit: 5, retryBackoff: true, retryDelay: 10 });
      }
    })();
    return this.started;
  }

  async send<N extends JobName>(name: N, payload: JobPayloads[N], options: { singletonKey?: string } = {}): Promise<void> {
    await this.ensureStarted();
    await this.boss.send(name, payload as object, options.singletonKey ? { singletonKey: options.singletonKey } : {});
  }

  handle<N extends JobName>(name: N, handler: JobHandler<N>): void {
    this.handlers.set(name, handler as JobHandler<JobName>);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureStarted();
    if (this.config.mode === 'api') return;
    for (const [name, handler] of this.handlers) {
      await this.boss.work<JobPayloads[JobName]>(name, { batchSize: 1, pollingIntervalSeconds: 2 }, async (jobs) => {
        for (const job of jobs) await handler(job.data);
      });
    }
    for (const s of SCHEDULES) await this.boss.schedule(s.name, s.cron, {}, { tz: 'UTC' });
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.started) await this.boss.stop({ graceful: true, timeout: 5000, wait: true }).catch(() => undefined);
  }
}
