import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsQueriesModule } from '../accounts/accounts.queries.js';
import { CompetitionsQueriesModule } from '../competitions/competitions.queries.js';
import { CountriesController } from './countries.controller.js';
import { CountriesService } from './countries.service.js';
import { Country } from './country.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([Country]), AccountsQueriesModule, CompetitionsQueriesModule],
  controllers: [CountriesController],
  providers: [CountriesService],
  exports: [CountriesService],
})
export class CountriesModule {}
