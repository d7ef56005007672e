import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { EntriesReason as E } from '@clapper/domain/refusals';
import { Roles } from '../auth/access.decorator.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Refuses } from '../common/refusals.decorator.js';
import { uuidPipe } from '../common/uuid.pipe.js';
import { EntriesReviewService } from './entries-review.service.js';
import { EntryScreeningService } from './entry-screening.service.js';
import { BulkActionDto, BulkResultDto, ReviewFiltersDto, ReviewNeighboursDto, ReviewPageDto, ReviewQueryDto } from './dto/entries-review.dto.js';

/** The central list of entries: organisers see every entry, coordinators those of the countries they coordinate. */
@ApiTags('entries')
@Controller('review/entries')
export class EntriesReviewController {
  constructor(
    private readonly review: EntriesReviewService,
    private readonly screening: EntryScreeningService,
  ) {}

  /** Filtered, sorted and paged; each row with its competition, so that codes of two editions are never confused. */
  @Get()
  @Roles('coordinator', 'organiser')
  @ApiOkResponse({ type: ReviewPageDto })
  list(@CurrentActor() actor: Actor, @Query() q: ReviewQueryDto): Promise<ReviewPageDto> {
    return this.review.list(actor, q);
  }

  /** The review queue: the entry's previous and next in the list the same filters and sort give. */
  @Get(':id/neighbours')
  @Roles('coordinator', 'organiser')
  @ApiOkResponse({ type: ReviewNeighboursDto })
  neighbours(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Query() q: ReviewFiltersDto): Promise<ReviewNeighboursDto> {
    return this.review.neighbours(actor, id, q);
  }

  /** One action on up to 500 entries, all or nothing: screen eligible, request changes, or email the teams. */
  @Post('bulk')
  @HttpCode(200)
  @Roles('coordinator', 'organiser')
  @ApiOkResponse({ type: BulkResultDto })
  @Refuses(E.BulkNotSubmitted, E.DueNotInFuture)
  bulk(@CurrentActor() actor: Actor, @Body() dto: BulkActionDto): Promise<BulkResultDto> {
    return this.screening.bulk(actor, dto);
  }
}
