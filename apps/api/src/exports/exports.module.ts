import { Module } from '@nestjs/common';
import { AccountsQueriesModule } from '../accounts/accounts.queries.js';
import { CompetitionsQueriesModule } from '../competitions/competitions.queries.js';
import { EntriesQueriesModule } from '../entries/entries.queries.js';
import { JudgingQueriesModule } from '../judging/judging.queries.js';
import { ExportsController } from './exports.controller.js';
import { ExportsService } from './exports.service.js';

/** CSV exports for the organisers' records (entries, scores; results join later), all written by common/csv.ts. */
@Module({
  imports: [AccountsQueriesModule, CompetitionsQueriesModule, EntriesQueriesModule, JudgingQueriesModule],
  controllers: [ExportsController],
  providers: [ExportsService],
})
export class ExportsModule {}
