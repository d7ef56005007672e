import { Module } from '@nestjs/common';
import { MetricsService } from './metrics.service.js';

/** Prometheus metrics (metrics.ts); served on METRICS_PORT or, with METRICS_TOKEN, at /metrics on the public port. */
@Module({ providers: [MetricsService] })
export class MetricsModule {}
