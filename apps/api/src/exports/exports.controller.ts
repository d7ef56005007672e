import { Body, Controller, Get, Header, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../auth/access.decorator.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { EntryIdsDto } from '../entries/dto/entries-review.dto.js';
import { attachment } from '../common/content-disposition.js';
import { writeCsv } from '../common/csv.js';
import { uuidPipe } from '../common/uuid.pipe.js';
import { LimitPerAccount } from '../rate-limit/account-limit.js';
import { ExportsService, type CsvStream } from './exports.service.js';

/** The organisers' records of a competition, as CSV (UTF-8 with a byte-order mark), streamed as they are read. */
@ApiTags('exports')
@Controller('competitions/:id/exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get('entries.csv')
  @Roles('organiser')
  @LimitPerAccount('export')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description:
      'one row per entry: code, country (its code, and its name in the language of the caller’s account), category, school, title, status, eligibility, submission, team, video, licence, consents',
    schema: { type: 'string' },
  })
  async entries(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Res() res: Response): Promise<void> {
    await send(res, await this.exports.entries(actor, id));
  }

  @Get('scores.csv')
  @Roles('organiser')
  @LimitPerAccount('export')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'every submitted scorecard of every round: the level per criterion, the weighted total and when', schema: { type: 'string' } })
  async scores(@Param('id', uuidPipe) id: string, @Res() res: Response): Promise<void> {
    await send(res, await this.exports.scores(id));
  }
}

/** A selection from the list of entries as CSV, with the same rows as entries.csv: for organisers and coordinators. */
@ApiTags('exports')
@Controller('review/entries')
export class SelectionExportController {
  constructor(private readonly exports: ExportsService) {}

  @Post('export.csv')
  @HttpCode(200)
  @Roles('coordinator', 'organiser')
  @LimitPerAccount('export')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'the rows of entries.csv for these entries; 404 (details.entryIds) when one is not the caller’s to review',
    schema: { type: 'string' },
  })
  async selection(@CurrentActor() actor: Actor, @Body() dto: EntryIdsDto, @Res() res: Response): Promise<void> {
    await send(res, await this.exports.selection(actor, dto.entryIds));
  }
}

/** Streams the file; a failure once rows have gone out cuts the response off (the client sees an incomplete download). */
async function send(res: Response, file: CsvStream): Promise<void> {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', attachment(file.fileName, 'export.csv'));
  let complete: boolean;
  try {
    complete = await writeCsv(res, file.batches);
  } catch (err) {
    // before any row went out, the exception filter answers with the error body; after, it can only log
    if (res.headersSent) res.destroy();
    else res.removeHeader('Content-Disposition');
    throw err;
  }
  if (complete) res.end();
}
