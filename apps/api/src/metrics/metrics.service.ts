import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Server } from 'node:http';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { LOGGER, type Logger } from '../logging/logger.js';
import { enableMetrics, type JobState, type MetricsSource } from './metrics.js';
import { metricsEnabled, serveMetricsPort } from './metrics-endpoint.js';

interface PoolLike {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** pg-boss's job states, as the metrics name them; completed and cancelled jobs are not counted. */
const JOB_COUNTS = `
  SELECT name,
         CASE WHEN state IN ('created', 'retry') THEN 'queued' WHEN state = 'active' THEN 'running' ELSE 'failed' END AS state,
         count(*)::int AS count
    FROM pgboss.job
   WHERE state IN ('created', 'retry', 'active', 'failed')
   GROUP BY 1, 2`;

/**
 * Feeds this process's database pool and the job queue into the metrics, and serves them on METRICS_PORT when
 * set. Does nothing (and loads nothing) when metrics are off.
 */
@Injectable()
export class MetricsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private removeSource: (() => void) | null = null;
  private server: Server | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!metricsEnabled(this.config)) return;
    const enabled = await enableMetrics();
    const source: MetricsSource = {
      pool: () => {
        const pool = (this.db.driver as unknown as { master?: PoolLike }).master;
        return pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount } : null;
      },
      jobs: async () => {
        const rows: { name: string; state: JobState; count: number }[] = await this.db.query(JOB_COUNTS);
        return rows;
      },
    };
    this.removeSource = enabled.addSource(source);
    if (this.config.metrics.port !== null) {
      this.server = await serveMetricsPort(this.config, (err) => this.logger.error({ err }, 'metrics could not be collected'));
      this.logger.info({ port: this.config.metrics.port, host: this.config.host }, 'metrics served on their own port');
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.removeSource?.();
    this.removeSource = null;
    const server = this.server;
    this.server = null;
    if (server)
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
  }
}
