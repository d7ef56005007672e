import { Module } from '@nestjs/common';
import { AccountsQueriesModule } from '../accounts/accounts.queries.js';
import { CompetitionsQueriesModule } from '../competitions/competitions.queries.js';
import { ConsentsQueriesModule } from '../consents/consents.queries.js';
import { EntriesQueriesModule } from '../entries/entries.queries.js';
import { JudgingQueriesModule } from '../judging/judging.queries.js';
import { ResultsQueriesModule } from '../results/results.queries.js';
import { VideosQueriesModule } from '../videos/videos.queries.js';
import { DashboardController } from './dashboard.controller.js';
import { DashboardService } from './dashboard.service.js';

/** A competition at a glance (issue 15): it owns no table, and reads the others' through their query services. */
@Module({
  imports: [
    AccountsQueriesModule,
    CompetitionsQueriesModule,
    ConsentsQueriesModule,
    EntriesQueriesModule,
    JudgingQueriesModule,
    ResultsQueriesModule,
    VideosQueriesModule,
  ],
  controllers: [DashboardController],
  providers: [DashboardService],
})
export class DashboardModule {}
