import { Module } from '@nestjs/common';
import { CompetitionsQueriesModule } from '../competitions/competitions.queries.js';
import { ConsentsQueriesModule } from '../consents/consents.queries.js';
import { CountriesQueriesModule } from '../countries/countries.queries.js';
import { EntriesQueriesModule } from '../entries/entries.queries.js';
import { JudgingQueriesModule } from '../judging/judging.queries.js';
import { ResultsQueriesModule } from '../results/results.queries.js';
import { VideosQueriesModule } from '../videos/videos.queries.js';
import { ShowcaseController } from './showcase.controller.js';
import { ShowcaseService } from './showcase.service.js';

/** The public showcase: server-rendered pages, embeds and media of published, cleared works. */
@Module({
  imports: [
    CompetitionsQueriesModule,
    ConsentsQueriesModule,
    CountriesQueriesModule,
    EntriesQueriesModule,
    JudgingQueriesModule,
    ResultsQueriesModule,
    VideosQueriesModule,
  ],
  controllers: [ShowcaseController],
  providers: [ShowcaseService],
})
export class ShowcaseModule {}
