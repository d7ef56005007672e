import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { JudgingReason, ScoringReason } from '@clapper/domain/refusals';
import { Roles } from '../auth/access.decorator.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/actor.js';
import { Refuses } from '../common/refusals.decorator.js';
import { uuidPipe } from '../common/uuid.pipe.js';
import { JudgePoolService } from './judge-pool.service.js';
import { RoundTemplatesService } from './round-templates.service.js';
import { AddPoolJudgeDto, JudgePoolDto, JudgePoolQueryDto } from './dto/judge-pool.dto.js';
import { PanelDto } from './dto/panel.dto.js';
import { RoundDto } from './dto/round.dto.js';
import { FinalTemplateDto, NationalTemplateDto, NationalTemplateResultDto, RoundTemplateQueryDto, RoundTemplatesPreviewDto } from './dto/round-template.dto.js';

/** A copied rubric is checked again, as any new round's (RoundsController.create). */
const RUBRIC_PROBLEMS = Object.values(ScoringReason).filter((r) => r.startsWith('scoring.rubric_'));

/** Setting rounds up quickly: the round templates (organisers) and judges from the pool (a round's managers). */
@ApiTags('rounds')
@Controller()
export class RoundSetupController {
  constructor(
    private readonly templates: RoundTemplatesService,
    private readonly pool: JudgePoolService,
  ) {}

  @Get('round-templates')
  @Roles('organiser')
  @ApiOkResponse({ type: RoundTemplatesPreviewDto, description: 'what each template would create now' })
  preview(@Query() q: RoundTemplateQueryDto): Promise<RoundTemplatesPreviewDto> {
    return this.templates.preview(q.competitionId);
  }

  @Post('round-templates/national')
  @HttpCode(200)
  @Roles('organiser')
  @Refuses(...RUBRIC_PROBLEMS)
  @ApiOkResponse({ type: NationalTemplateResultDto, description: 'the national rounds created; none when every country had one' })
  national(@CurrentActor() actor: Actor, @Body() dto: NationalTemplateDto): Promise<NationalTemplateResultDto> {
    return this.templates.national(actor, dto.competitionId);
  }

  @Post('round-templates/final')
  @Roles('organiser')
  @Refuses(JudgingReason.FinalExists, ...RUBRIC_PROBLEMS)
  @ApiCreatedResponse({ type: RoundDto })
  final(@CurrentActor() actor: Actor, @Body() dto: FinalTemplateDto): Promise<RoundDto> {
    return this.templates.final(actor, dto.competitionId, dto.countryQuota);
  }

  @Get('rounds/:id/judge-pool')
  @Roles('organiser', 'coordinator')
  @ApiOkResponse({ type: JudgePoolDto })
  searchPool(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Query() q: JudgePoolQueryDto): Promise<JudgePoolDto> {
    return this.pool.search(actor, id, q);
  }

  @Post('rounds/:id/judges')
  @HttpCode(200)
  @Roles('organiser', 'coordinator')
  @Refuses(JudgingReason.RoundClosed)
  @ApiOkResponse({ type: PanelDto, description: 'the panel, with the judge on it (unchanged when they were on it already)' })
  addFromPool(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: AddPoolJudgeDto): Promise<PanelDto> {
    return this.pool.add(actor, id, dto.userId);
  }
}
