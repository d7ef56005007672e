import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsQueriesModule } from '../accounts/accounts.queries.js';
import { CompetitionsQueriesModule } from '../competitions/competitions.queries.js';
import { ConsentsQueriesModule } from '../consents/consents.queries.js';
import { EntriesQueriesModule } from '../entries/entries.queries.js';
import { JudgingQueriesModule } from '../judging/judging.queries.js';
import { VideosModule } from '../videos/videos.module.js';
import { AudienceVote } from './audience-vote.entity.js';
import { VotingController } from './voting.controller.js';
import { VotingService } from './voting.service.js';

/** The audience choice vote among the finalists. VotingService.votesByEntry is for the results computation. */
@Module({
  imports: [
    TypeOrmModule.forFeature([AudienceVote]),
    AccountsQueriesModule,
    CompetitionsQueriesModule,
    ConsentsQueriesModule,
    EntriesQueriesModule,
    JudgingQueriesModule,
    VideosModule,
  ],
  controllers: [VotingController],
  providers: [VotingService],
  exports: [VotingService],
})
export class VotingModule {}
