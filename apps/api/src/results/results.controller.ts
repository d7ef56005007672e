import { Body, Controller, Delete, Get, Header, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../auth/access.decorator.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/actor.js';
import { attachment } from '../common/content-disposition.js';
import { CompetitionsReason, ResultsReason } from '@clapper/domain/refusals';
import { Refuses } from '../common/refusals.decorator.js';
import { uuidPipe } from '../common/uuid.pipe.js';
import { LimitPerAccount } from '../rate-limit/account-limit.js';
import { AwardsService } from './awards.service.js';
import { CeremonyService } from './ceremony.service.js';
import { ResultsExportService } from './results-export.service.js';
import { ResultsService } from './results.service.js';
import { ConfidenceService } from './confidence.service.js';
import {
  AwardInputDto,
  AwardsOverviewDto,
  CeremonyDto,
  OverrideWinnersDto,
  PublishResultsDto,
  RankingConfidenceDto,
  ResultOptionsDto,
  RoundResultsDto,
  TieDecisionInputDto,
} from './dto/results.dto.js';

/** what the check of an award's texts against the competition's languages may find (competitions/competition-texts.ts) */
const AWARD_TEXTS = [CompetitionsReason.TextEnglishMissing, CompetitionsReason.TextLanguageNotOffered] as const;

/** A round's results: organisers for every round, a coordinator for their own country's national round (others: 404). */
@ApiTags('results')
@Controller('rounds/:id')
export class RoundResultsController {
  constructor(
    private readonly results: ResultsService,
    private readonly confidenceOf: ConfidenceService,
  ) {}

  @Get('results')
  @Roles('organiser', 'coordinator')
  @ApiOkResponse({ type: RoundResultsDto })
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<RoundResultsDto> {
    return this.results.roundResults(actor, id);
  }

  /** How sure the ranking is near its cut-offs, and the judges' estimated effects; each look before sealing is audited. */
  @Get('results/confidence')
  @Roles('organiser', 'coordinator')
  @ApiOkResponse({ type: RankingConfidenceDto })
  confidence(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<RankingConfidenceDto> {
    return this.confidenceOf.confidence(actor, id);
  }

  @Put('result-options')
  @Roles('organiser')
  @Refuses(ResultsReason.Sealed, ResultsReason.Published, ResultsReason.AggregationUnconfirmed, ResultsReason.TieBreakRepeated, ResultsReason.OrganiserNotLast)
  @ApiOkResponse({ type: RoundResultsDto })
  setOptions(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: ResultOptionsDto): Promise<RoundResultsDto> {
    return this.results.setOptions(actor, id, dto);
  }

  @Post('tie-decisions')
  @HttpCode(200)
  @Roles('organiser')
  @Refuses(ResultsReason.Sealed, ResultsReason.Published, ResultsReason.TieOutsideRound, ResultsReason.NotTied)
  @ApiOkResponse({ type: RoundResultsDto })
  decideTie(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: TieDecisionInputDto): Promise<RoundResultsDto> {
    return this.results.decideTie(actor, id, dto);
  }
}

/** Awards, sealing, publication and the ceremony: organisers only. */
@ApiTags('results')
@Controller()
export class AwardsController {
  constructor(
    private readonly awards: AwardsService,
    private readonly ceremony: CeremonyService,
    private readonly exports: ResultsExportService,
  ) {}

  @Get('competitions/:id/awards')
  @Roles('organiser')
  @ApiOkResponse({ type: AwardsOverviewDto })
  overview(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<AwardsOverviewDto> {
    return this.awards.overview(actor, id);
  }

  @Post('competitions/:id/awards')
  @Roles('organiser')
  @Refuses(ResultsReason.Sealed, ResultsReason.Published, ResultsReason.UnknownCategory, ResultsReason.NoAudienceVote, ...AWARD_TEXTS)
  @ApiCreatedResponse({ type: AwardsOverviewDto })
  create(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: AwardInputDto): Promise<AwardsOverviewDto> {
    return this.awards.create(actor, id, dto);
  }

  @Put('awards/:awardId')
  @Roles('organiser')
  @Refuses(ResultsReason.Sealed, ResultsReason.Published, ResultsReason.UnknownCategory, ResultsReason.NoAudienceVote, ...AWARD_TEXTS)
  @ApiOkResponse({ type: AwardsOverviewDto })
  update(@CurrentActor() actor: Actor, @Param('awardId', uuidPipe) awardId: string, @Body() dto: AwardInputDto): Promise<AwardsOverviewDto> {
    return this.awards.update(actor, awardId, dto);
  }

  @Delete('awards/:awardId')
  @Roles('organiser')
  @Refuses(ResultsReason.Sealed, ResultsReason.Published)
  @ApiOkResponse({ type: AwardsOverviewDto })
  remove(@CurrentActor() actor: Actor, @Param('awardId', uuidPipe) awardId: string): Promise<AwardsOverviewDto> {
    return this.awards.remove(actor, awardId);
  }

  @Put('awards/:awardId/winners')
  @Roles('organiser')
  @Refuses(
    ResultsReason.Sealed,
    ResultsReason.Published,
    ResultsReason.TooManyWinners,
    ResultsReason.PlacesNotDistinct,
    ResultsReason.WinnerNotInFinal,
    ResultsReason.WinnerOtherCountry,
    ResultsReason.WinnerOtherCategory,
  )
  @ApiOkResponse({ type: AwardsOverviewDto, description: 'override the winners; the reason goes into the audit log' })
  override(@CurrentActor() actor: Actor, @Param('awardId', uuidPipe) awardId: string, @Body() dto: OverrideWinnersDto): Promise<AwardsOverviewDto> {
    return this.awards.override(actor, awardId, dto);
  }

  @Post('competitions/:id/awards/assign')
  @HttpCode(200)
  @Roles('organiser')
  @Refuses(ResultsReason.Sealed, ResultsReason.Published, ResultsReason.NoFinal, ResultsReason.NoAwards)
  @ApiOkResponse({ type: AwardsOverviewDto, description: "assign every award from the final's results (overrides are kept)" })
  assign(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<AwardsOverviewDto> {
    return this.awards.assignFromResults(actor, id);
  }

  @Post('competitions/:id/results/seal')
  @HttpCode(200)
  @Roles('organiser')
  @Refuses(
    ResultsReason.Sealed,
    ResultsReason.Published,
    ResultsReason.NotReady,
    ResultsReason.NoFinal,
    ResultsReason.FinalNotClosed,
    ResultsReason.NoAwards,
    ResultsReason.AwardsWithoutWinners,
    ResultsReason.AwardsUndecided,
  )
  @ApiOkResponse({ type: AwardsOverviewDto })
  seal(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<AwardsOverviewDto> {
    return this.awards.seal(actor, id);
  }

  @Post('competitions/:id/results/unseal')
  @HttpCode(200)
  @Roles('organiser')
  @Refuses(ResultsReason.Published, ResultsReason.NotSealed)
  @ApiOkResponse({ type: AwardsOverviewDto })
  unseal(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<AwardsOverviewDto> {
    return this.awards.unseal(actor, id);
  }

  @Post('competitions/:id/results/publish')
  @HttpCode(200)
  @Roles('organiser')
  @Refuses(ResultsReason.Published, ResultsReason.NotSealed, ResultsReason.AwardsUndecided, CompetitionsReason.TranslationGaps)
  @ApiOkResponse({ type: AwardsOverviewDto })
  publish(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: PublishResultsDto): Promise<AwardsOverviewDto> {
    return this.awards.publish(actor, id, dto.confirmGaps ?? false);
  }

  @Get('competitions/:id/ceremony')
  @Roles('organiser')
  @Refuses(ResultsReason.CeremonyNotSealed)
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: CeremonyDto })
  deck(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<CeremonyDto> {
    return this.ceremony.deck(actor, id);
  }

  @Get('competitions/:id/exports/results.csv')
  @Roles('organiser')
  @LimitPerAccount('export')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: "every round's results and the awards, as CSV (UTF-8 with a byte-order mark)", schema: { type: 'string' } })
  async resultsCsv(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const { fileName, body } = await this.exports.csv(actor, id);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', attachment(fileName, 'results.csv'));
    return body;
  }
}
