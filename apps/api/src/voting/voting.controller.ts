import { Body, Controller, Delete, Get, HttpCode, Ip, Param, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../auth/access.decorator.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/actor.js';
import { VotingReason } from '@clapper/domain/refusals';
import { Refuses } from '../common/refusals.decorator.js';
import { uuidPipe } from '../common/uuid.pipe.js';
import { BallotDto, CastVoteDto, MyVoteDto, VoteCountsDto } from './dto/voting.dto.js';
import { VotingService } from './voting.service.js';

@ApiTags('voting')
@Controller('competitions/:id')
export class VotingController {
  constructor(private readonly voting: VotingService) {}

  /** The ballot: the window, whether the caller may vote (and how to become able to), the finalists to watch, their own votes. */
  @Get('vote')
  @Authenticated()
  @ApiOkResponse({ type: BallotDto })
  ballot(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<BallotDto> {
    return this.voting.ballot(actor, id);
  }

  /** Votes for a finalist of the category, replacing the caller's earlier vote there. Verified email, inside the window. */
  @Put('votes/:categoryId')
  @Authenticated()
  @Refuses(VotingReason.Off, VotingReason.NotOpen, VotingReason.Closed, VotingReason.EmailNotVerified, VotingReason.NotAFinalist, VotingReason.OtherCategory)
  @ApiOkResponse({ type: MyVoteDto })
  cast(
    @CurrentActor() actor: Actor,
    @Ip() ip: string,
    @Param('id', uuidPipe) id: string,
    @Param('categoryId', uuidPipe) categoryId: string,
    @Body() dto: CastVoteDto,
  ): Promise<MyVoteDto> {
    return this.voting.cast(actor, ip ?? 'unknown', id, categoryId, dto.entryId);
  }

  @Delete('votes/:categoryId')
  @HttpCode(204)
  @Authenticated()
  @Refuses(VotingReason.Off, VotingReason.NotOpen, VotingReason.Closed)
  @ApiNoContentResponse()
  withdraw(
    @CurrentActor() actor: Actor,
    @Ip() ip: string,
    @Param('id', uuidPipe) id: string,
    @Param('categoryId', uuidPipe) categoryId: string,
  ): Promise<void> {
    return this.voting.withdraw(actor, ip ?? 'unknown', id, categoryId);
  }

  /** Votes per finalist: organisers at any time, everyone signed in once the results are published. */
  @Get('votes/counts')
  @Authenticated()
  @Refuses(VotingReason.CountsHidden)
  @ApiOkResponse({ type: VoteCountsDto })
  counts(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<VoteCountsDto> {
    return this.voting.counts(actor, id);
  }
}
