import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConfigModule } from './config/config.module.js';
import type { AppConfig } from './config/config.js';
import { Clock, SystemClock } from './clock/clock.js';
import { LOGGER, type Logger } from './logging/logger.js';
import { RefusalsInterceptor } from './common/refusals.interceptor.js';
import { AllExceptionsFilter } from './common/all-exceptions.filter.js';
import { dataSourceOptions } from './database/data-source.js';
import { DATABASE_URL } from './database/database.tokens.js';
import { StorageModule } from './storage/storage.module.js';
import type { S3StorageOptions } from './storage/s3.storage.js';
import { QueueModule } from './queue/queue.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { AccountsModule } from './accounts/accounts.module.js';
import { CountriesModule } from './countries/countries.module.js';
import { CompetitionsModule } from './competitions/competitions.module.js';
import { HealthModule } from './health/health.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { RequestContextInterceptor } from './logging/request-context.interceptor.js';
import { EntriesModule } from './entries/entries.module.js';
import { ConsentsModule } from './consents/consents.module.js';
import { VideosModule } from './videos/videos.module.js';
import { JudgingModule } from './judging/judging.module.js';
import { RateLimitModule } from './rate-limit/rate-limit.module.js';
import { ResultsModule } from './results/results.module.js';
import { ShowcaseModule } from './showcase/showcase.module.js';
import { CampaignsModule } from './campaigns/campaigns.module.js';
import { ExportsModule } from './exports/exports.module.js';
import { VotingModule } from './voting/voting.module.js';
import { DashboardModule } from './dashboard/dashboard.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { StaffNotificationsModule } from './notifications/staff/staff-notifications.module.js';

/** What main.ts (or a test) resolved before the app starts: where the services are, and the parts to use. */
export interface AppRuntime {
  config: AppConfig;
  databaseUrl: string;
  s3: S3StorageOptions;
  logger: Logger;
  clock?: Clock;
}

@Global()
@Module({})
class CoreModule {
  static forRoot(runtime: AppRuntime): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: LOGGER, useValue: runtime.logger },
        { provide: Clock, useValue: runtime.clock ?? new SystemClock() },
        { provide: DATABASE_URL, useValue: runtime.databaseUrl },
      ],
      exports: [LOGGER, Clock, DATABASE_URL],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot(runtime: AppRuntime): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(runtime.config),
        // lets tests (and later, admin tooling) list every route with its access declaration
        DiscoveryModule,
        CoreModule.forRoot(runtime),
        TypeOrmModule.forRoot({ ...dataSourceOptions(runtime.databaseUrl), retryAttempts: 3, retryDelay: 1000 }),
        StorageModule.forRoot(runtime.s3),
        QueueModule,
        AuditModule,
        AuthModule,
        RateLimitModule,
        AccountsModule,
        CountriesModule,
        CompetitionsModule,
        EntriesModule,
        ConsentsModule,
        VideosModule,
        JudgingModule,
        ResultsModule,
        ShowcaseModule,
        CampaignsModule,
        ExportsModule,
        VotingModule,
        DashboardModule,
        NotificationsModule,
        StaffNotificationsModule,
        HealthModule,
        MetricsModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        // services' log lines carry the request id (logging/log-context.ts)
        { provide: APP_INTERCEPTOR, useClass: RequestContextInterceptor },
        // every refusal a handler gives is one it declared (@Refuses)
        { provide: APP_INTERCEPTOR, useClass: RefusalsInterceptor },
      ],
    };
  }
}
