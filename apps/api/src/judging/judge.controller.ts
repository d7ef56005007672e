import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorator.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/actor.js';
import { JudgingReason, ScoringReason } from '@clapper/domain/refusals';
import { Refuses } from '../common/refusals.decorator.js';
import { uuidPipe } from '../common/uuid.pipe.js';
import { PanelService } from './panel.service.js';
import { ScoringService } from './scoring.service.js';
import { SchoolDto } from '../countries/dto/country.dto.js';
import { DeclarationDto, DeclarationInputDto, JudgeSchoolsQueryDto } from './dto/panel.dto.js';
import { JudgeEntryDto, JudgeRoundDto, OtherScoresDto, QueueDto, SaveScorecardDto, ScorecardDto } from './dto/scoring.dto.js';

/** What a scorecard write may be refused for: its scores (each problem in `params.problems`), its version, the round's window. */
const SCORECARD_WRITE = [
  ScoringReason.StaleVersion,
  ScoringReason.RoundClosed,
  ScoringReason.RoundNotOpen,
  ScoringReason.ScoresInvalid,
  ScoringReason.SubmitIncomplete,
  ScoringReason.ScoreMissing,
  ScoringReason.ScoreNotInteger,
  ScoringReason.ScoreOutOfScale,
  ScoringReason.UnknownCriterion,
];

/** The judge's panel: judges only, on the rounds they were invited to, for the entries assigned to them (others get 404). */
@ApiTags('judging')
@Controller('judge/rounds')
export class JudgeController {
  constructor(
    private readonly scoring: ScoringService,
    private readonly panel: PanelService,
  ) {}

  @Get()
  @Roles('judge')
  @ApiOkResponse({ type: [JudgeRoundDto] })
  rounds(@CurrentActor() actor: Actor): Promise<JudgeRoundDto[]> {
    return this.scoring.rounds(actor);
  }

  @Get(':id/declaration')
  @Roles('judge')
  @ApiOkResponse({ type: DeclarationDto })
  declaration(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<DeclarationDto> {
    return this.panel.declaration(actor, id);
  }

  @Put(':id/declaration')
  @Roles('judge')
  @Refuses(JudgingReason.RoundClosed, JudgingReason.UnknownSchool)
  @ApiOkResponse({ type: DeclarationDto })
  declare(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: DeclarationInputDto): Promise<DeclarationDto> {
    return this.panel.declare(actor, id, dto);
  }

  /** Schools of the whole directory by part of their name (3+ characters, 20 at most), to declare links with. */
  @Get(':id/schools')
  @Roles('judge')
  @ApiOkResponse({ type: [SchoolDto] })
  schools(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Query() q: JudgeSchoolsQueryDto): Promise<SchoolDto[]> {
    return this.panel.schools(actor, id, q.q);
  }

  @Get(':id/queue')
  @Roles('judge')
  @ApiOkResponse({ type: QueueDto })
  queue(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<QueueDto> {
    return this.scoring.queue(actor, id);
  }

  @Get(':id/entries/:roundEntryId')
  @Roles('judge')
  @ApiOkResponse({ type: JudgeEntryDto })
  entry(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Param('roundEntryId', uuidPipe) roundEntryId: string): Promise<JudgeEntryDto> {
    return this.scoring.entry(actor, id, roundEntryId);
  }

  @Put(':id/entries/:roundEntryId/scorecard')
  @Roles('judge')
  @Refuses(...SCORECARD_WRITE)
  @ApiOkResponse({ type: ScorecardDto })
  save(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('roundEntryId', uuidPipe) roundEntryId: string,
    @Body() dto: SaveScorecardDto,
  ): Promise<ScorecardDto> {
    return this.scoring.save(actor, id, roundEntryId, dto);
  }

  @Post(':id/entries/:roundEntryId/scorecard/submit')
  @HttpCode(200)
  @Roles('judge')
  @Refuses(...SCORECARD_WRITE, ScoringReason.IdempotencyKeyReused)
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'the same key sent again has no second effect' })
  @ApiOkResponse({ type: ScorecardDto })
  submit(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('roundEntryId', uuidPipe) roundEntryId: string,
    @Body() dto: SaveScorecardDto,
    @Req() req: Request,
  ): Promise<ScorecardDto> {
    return this.scoring.submit(actor, id, roundEntryId, dto, req.get('Idempotency-Key'));
  }

  @Get(':id/entries/:roundEntryId/other-scores')
  @Roles('judge')
  @Refuses(ScoringReason.OtherScoresHidden, ScoringReason.OwnScorecardFirst)
  @ApiOkResponse({ type: OtherScoresDto })
  others(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Param('roundEntryId', uuidPipe) roundEntryId: string): Promise<OtherScoresDto> {
    return this.scoring.others(actor, id, roundEntryId);
  }
}
