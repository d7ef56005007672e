import { Module } from '@nestjs/common';
import { VideosModule } from '../videos/videos.module.js';
import { VotingController } from './voting.controller.js';
import { VotingService } from './voting.service.js';

/** The audience choice vote among the finalists. VotingService.votesByEntry is for the results computation. */
@Module({
  imports: [VideosModule],
  controllers: [VotingController],
  providers: [VotingService],
  exports: [VotingService],
})
export class VotingModule {}
