import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CountriesQueriesModule } from '../countries/countries.queries.js';
import { EntriesQueriesModule } from '../entries/entries.queries.js';
import { ShowcaseQueriesModule } from '../showcase/showcase.queries.js';
import { Category } from './category.entity.js';
import { Competition } from './competition.entity.js';
import { CompetitionsController } from './competitions.controller.js';
import { CompetitionsService } from './competitions.service.js';
import { CompetitionTextsModule } from './competition-texts.js';

@Module({
  imports: [TypeOrmModule.forFeature([Competition, Category]), CountriesQueriesModule, EntriesQueriesModule, ShowcaseQueriesModule, CompetitionTextsModule],
  controllers: [CompetitionsController],
  providers: [CompetitionsService],
  exports: [CompetitionsService],
})
export class CompetitionsModule {}
