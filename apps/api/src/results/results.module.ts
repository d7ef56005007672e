import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CompetitionsQueriesModule } from '../competitions/competitions.queries.js';
import { CompetitionTextsModule } from '../competitions/competition-texts.js';
import { CountriesQueriesModule } from '../countries/countries.queries.js';
import { EntriesModule } from '../entries/entries.module.js';
import { EntriesQueriesModule } from '../entries/entries.queries.js';
import { JudgingQueriesModule } from '../judging/judging.queries.js';
import { VideosModule } from '../videos/videos.module.js';
import { VotingModule } from '../voting/voting.module.js';
import { Award, AwardWinner } from './award.entity.js';
import { AwardsService } from './awards.service.js';
import { CeremonyService } from './ceremony.service.js';
import { CertificatesService } from './certificates.service.js';
import { AwardsController, RoundResultsController } from './results.controller.js';
import { ResultsExportService } from './results-export.service.js';
import { ResultsNotices } from './results-notices.js';
import { ResultsService } from './results.service.js';
import { TeamResultsController } from './team-results.controller.js';
import { TeamResultsService } from './team-results.service.js';
import { ConfidenceService } from './confidence.service.js';
import { AccountsQueriesModule } from '../accounts/accounts.queries.js';

/** Results (computed from the scorecards), awards, sealing and publication, the ceremony deck, teams' results and certificates. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Award, AwardWinner]),
    AccountsQueriesModule,
    CompetitionsQueriesModule,
    CompetitionTextsModule,
    CountriesQueriesModule,
    EntriesQueriesModule,
    JudgingQueriesModule,
    EntriesModule,
    VideosModule,
    VotingModule,
  ],
  controllers: [RoundResultsController, AwardsController, TeamResultsController],
  providers: [ResultsService, ConfidenceService, AwardsService, CeremonyService, ResultsExportService, TeamResultsService, CertificatesService, ResultsNotices],
  exports: [ResultsService],
})
export class ResultsModule {}
