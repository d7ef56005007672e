import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { JudgingReason } from '@clapper/domain/refusals';
import { Roles } from '../auth/access.decorator.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/actor.js';
import { Refuses } from '../common/refusals.decorator.js';
import { uuidPipe } from '../common/uuid.pipe.js';
import { OpenReadyService } from './open-ready.service.js';
import { OpenReadyDto, OpenReadyResultDto, ReadyRoundsDto } from './dto/open-ready.dto.js';

/**
 * Opening the rounds that are ready in one action: organisers any of the competition's rounds, a coordinator their
 * own country's national round (another's answers 404, as everywhere for rounds).
 */
@ApiTags('rounds')
@Controller('competitions/:id/rounds/open-ready')
export class OpenReadyController {
  constructor(private readonly openReady: OpenReadyService) {}

  @Get()
  @Roles('organiser', 'coordinator')
  @ApiOkResponse({ type: ReadyRoundsDto, description: 'the rounds not opened yet, each with its judges and the entries it would take' })
  preview(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<ReadyRoundsDto> {
    return this.openReady.preview(actor, id);
  }

  @Post()
  @HttpCode(200)
  @Roles('organiser', 'coordinator')
  @Refuses(
    JudgingReason.RoundsNotReady,
    JudgingReason.NationalRoundNotReady,
    JudgingReason.FinalNotReady,
    JudgingReason.RoundAlreadyOpen,
    JudgingReason.RoundClosed,
    JudgingReason.SubmissionsOpen,
    JudgingReason.NoJudges,
    JudgingReason.NoEligibleEntries,
    JudgingReason.NoFinalists,
  )
  @ApiOkResponse({ type: OpenReadyResultDto, description: 'every round asked for, opened with its assignment run; on a refusal, none is' })
  open(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: OpenReadyDto): Promise<OpenReadyResultDto> {
    return this.openReady.open(actor, id, dto.roundIds, dto.confirm ?? false);
  }
}
