import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { errorFields, LOGGER, type Logger } from '../logging/logger.js';
import { runWithLogContext } from '../logging/log-context.js';
import { isDatabaseUnavailable } from '../common/all-exceptions.filter.js';
import { metrics } from '../metrics/metrics.js';
import { DATABASE_URL } from '../database/database.tokens.js';
import { JobQueue, type JobHandler } from './job-queue.js';
import { JOB_NAMES, queuePolicy, SCHEDULES, type JobName, type JobPayloads } from './jobs.js';

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
      if (/terminating connection due to administrator command|Connection terminated/.test(err.message))
        this.logger.warn('job queue: database connection closed (shutting down)');
      // the database went away (it is restarting, or down): pg-boss reconnects by itself; the health check says so
      else if (isDatabaseUnavailable(err)) this.logger.warn({ error: errorFields(err) }, 'job queue: the database is not answering');
      else this.logger.error({ err }, 'job queue error');
    });
  }

  private ensureStarted(): Promise<void> {
    this.started ??= (async () => {
      await this.boss.start();
      for (const name of JOB_NAMES) {
        const policy = queuePolicy(name, this.config);
        const queue = await this.boss.getQueue(name);
        if (!queue) await this.boss.createQueue(name, { name, ...policy });
        else if ((Object.keys(policy) as (keyof typeof policy)[]).some((k) => queue[k] !== policy[k])) await this.boss.updateQueue(name, { name, ...policy });
      }
    })();
    return this.started;
  }

  async send<N extends JobName>(name: N, payload: JobPayloads[N], options: { singletonKey?: string } = {}): Promise<void> {
    await this.ensureStarted();
    await this.boss.send(name, payload as object, options.singletonKey ? { singletonKey: options.singletonKey } : {});
  }

  async cancel(name: JobName, id: string): Promise<void> {
    await this.ensureStarted();
    await this.boss.cancel(name, id);
  }

  async pendingKeys(name: JobName, keys: string[]): Promise<Set<string>> {
    if (!keys.length) return new Set();
    await this.ensureStarted();
    const { rows } = await this.boss
      .getDb()
      .executeSql(`SELECT DISTINCT singleton_key FROM pgboss.job WHERE name = $1 AND singleton_key = ANY($2) AND state IN ('created', 'retry', 'active')`, [
        name,
        keys,
      ]);
    return new Set((rows as { singleton_key: string }[]).map((r) => r.singleton_key));
  }

  handle<N extends JobName>(name: N, handler: JobHandler<N>): void {
    this.handlers.set(name, handler as JobHandler<JobName>);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureStarted();
    if (this.config.mode === 'api') return;
    for (const [name, handler] of this.handlers) {
      await this.boss.work<JobPayloads[JobName]>(name, { batchSize: 1, pollingIntervalSeconds: 2, includeMetadata: true }, async (jobs) => {
        for (const job of jobs)
          await this.run(name, job.id, () => handler(job.data, { id: job.id, attempt: job.retryCount + 1, lastAttempt: job.retryCount >= job.retryLimit }));
      });
    }
    for (const s of SCHEDULES) await this.boss.schedule(s.name, s.cron, {}, { tz: 'UTC' });
  }

  /** Runs one job in its log context (each line carries jobId), timed for the metrics; a failure is logged, then rethrown for pg-boss to retry. */
  private async run(name: JobName, jobId: string, work: () => Promise<void>): Promise<void> {
    const started = performance.now();
    metrics().jobStarted(name);
    await runWithLogContext({ jobId, job: name }, async () => {
      try {
        await work();
        metrics().jobFinished(name, 'completed', (performance.now() - started) / 1000);
      } catch (err) {
        metrics().jobFinished(name, 'failed', (performance.now() - started) / 1000);
        this.logger.warn({ error: errorFields(err) }, 'job failed');
        throw err;
      }
    });
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.started) await this.boss.stop({ graceful: true, timeout: 5000, wait: true }).catch(() => undefined);
  }
}
