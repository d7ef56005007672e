import { Module } from '@nestjs/common';
import { CompetitionsQueriesModule } from '../competitions/competitions.queries.js';
import { EntriesQueriesModule } from '../entries/entries.queries.js';
import { ResultsQueriesModule } from '../results/results.queries.js';
import { ShowcaseController } from './showcase.controller.js';
import { ShowcaseQueriesModule } from './showcase.queries.js';
import { ShowcaseService } from './showcase.service.js';
import { VideosModule } from '../videos/videos.module.js';

/** The public showcase: server-rendered pages, embeds and media of published, cleared works. */
@Module({
  imports: [CompetitionsQueriesModule, EntriesQueriesModule, ResultsQueriesModule, ShowcaseQueriesModule, VideosModule],
  controllers: [ShowcaseController],
  providers: [ShowcaseService],
})
export class ShowcaseModule {}
