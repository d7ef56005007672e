import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../auth/access.decorator.js';
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
    description: 'one row per entry: code, country, category, school, title, status, eligibility, submission, team, video, licence, consents',
    schema: { type: 'string' },
  })
  async entries(@Param('id', uuidPipe) id: string, @Res() res: Response): Promise<void> {
    await send(res, await this.exports.entries(id));
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
