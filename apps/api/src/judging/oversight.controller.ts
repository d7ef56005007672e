import { Body, Controller, Delete, Get, Header, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags, ApiCreatedResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { JudgingReason } from '@clapper/domain/refusals';
import { Roles } from '../auth/access.decorator.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/actor.js';
import { attachment } from '../common/content-disposition.js';
import { Refuses } from '../common/refusals.decorator.js';
import { uuidPipe } from '../common/uuid.pipe.js';
import { LimitPerAccount } from '../rate-limit/account-limit.js';
import { OversightService } from './oversight.service.js';
import { PromotionService } from './promotion.service.js';
import { JudgeStatsDto, NoteDto, NoteInputDto, ProgressDto, PromoteDto, RankingDto, RemindDto, RemindedDto } from './dto/oversight.dto.js';

/** Watching and concluding a round: organisers everywhere; a coordinator their own country's national round (others get 404). */
const MANAGERS = ['organiser', 'coordinator'] as const;

/** Promotion and its undoing: only from a national round, into a final that exists and has not opened. */
const PROMOTION = [JudgingReason.NotNational, JudgingReason.NoFinal, JudgingReason.FinalOpen];

@ApiTags('rounds')
@Controller('rounds/:id')
export class OversightController {
  constructor(
    private readonly oversight: OversightService,
    private readonly promotion: PromotionService,
  ) {}

  @Get('progress')
  @Roles(...MANAGERS)
  @ApiOkResponse({ type: ProgressDto })
  progress(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<ProgressDto> {
    return this.oversight.progress(actor, id);
  }

  @Post('reminders')
  @HttpCode(200)
  @Roles(...MANAGERS)
  @ApiOkResponse({ type: RemindedDto })
  remind(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: RemindDto): Promise<RemindedDto> {
    return this.oversight.remind(actor, id, dto.judgeIds);
  }

  @Get('judge-stats')
  @Roles(...MANAGERS)
  @ApiOkResponse({ type: JudgeStatsDto })
  judgeStats(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<JudgeStatsDto> {
    return this.oversight.judgeStats(actor, id);
  }

  @Get('scorecards/export')
  @Roles(...MANAGERS)
  @LimitPerAccount('export')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: "the round's scorecards as CSV (UTF-8 with a byte-order mark)", schema: { type: 'string' } })
  async exportCsv(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const { fileName, body } = await this.oversight.csv(actor, id);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', attachment(fileName, 'scorecards.csv'));
    return body;
  }

  @Get('entries/:roundEntryId/notes')
  @Roles(...MANAGERS)
  @ApiOkResponse({ type: [NoteDto] })
  notes(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Param('roundEntryId', uuidPipe) roundEntryId: string): Promise<NoteDto[]> {
    return this.oversight.notes(actor, id, roundEntryId);
  }

  @Post('entries/:roundEntryId/notes')
  @Roles(...MANAGERS)
  @ApiCreatedResponse({ type: [NoteDto] })
  addNote(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('roundEntryId', uuidPipe) roundEntryId: string,
    @Body() dto: NoteInputDto,
  ): Promise<NoteDto[]> {
    return this.oversight.addNote(actor, id, roundEntryId, dto.text);
  }

  @Get('ranking')
  @Roles(...MANAGERS)
  @ApiOkResponse({ type: RankingDto })
  ranking(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<RankingDto> {
    return this.oversight.ranking(actor, id);
  }

  @Post('promotions')
  @HttpCode(200)
  @Roles(...MANAGERS)
  @Refuses(...PROMOTION, JudgingReason.RoundNotClosed, JudgingReason.AlreadyPromoted, JudgingReason.QuotaExceeded, JudgingReason.Unscored)
  @ApiOkResponse({ type: RankingDto })
  promote(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: PromoteDto): Promise<RankingDto> {
    return this.promotion.promote(actor, id, dto.roundEntryIds);
  }

  @Delete('promotions/:roundEntryId')
  @Roles(...MANAGERS)
  @Refuses(...PROMOTION)
  @ApiOkResponse({ type: RankingDto })
  undoPromotion(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Param('roundEntryId', uuidPipe) roundEntryId: string): Promise<RankingDto> {
    return this.promotion.undo(actor, id, roundEntryId);
  }
}
