import { Module } from '@nestjs/common';
import { AccountsQueriesModule } from '../accounts/accounts.queries.js';
import { CompetitionsQueriesModule } from '../competitions/competitions.queries.js';
import { ConsentsQueriesModule } from '../consents/consents.queries.js';
import { EntriesQueriesModule } from '../entries/entries.queries.js';
import { JudgingQueriesModule } from '../judging/judging.queries.js';
import { VideosQueriesModule } from '../videos/videos.queries.js';
import { ExportsController, SelectionExportController } from './exports.controller.js';
import { ExportsService } from './exports.service.js';

/** CSV exports for the organisers' records (entries, scores; results join later), all written by common/csv.ts. */
@Module({
  imports: [AccountsQueriesModule, CompetitionsQueriesModule, ConsentsQueriesModule, EntriesQueriesModule, JudgingQueriesModule, VideosQueriesModule],
  controllers: [ExportsController, SelectionExportController],
  providers: [ExportsService],
})
export class ExportsModule {}
