import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../auth/access.decorator.js';
import { attachment } from '../common/content-disposition.js';
import { uuidPipe } from '../common/uuid.pipe.js';
import { ExportsService, type CsvFile } from './exports.service.js';

/** The organisers' records of a competition, as CSV (UTF-8 with a byte-order mark). */
@ApiTags('exports')
@Controller('competitions/:id/exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get('entries.csv')
  @Roles('organiser')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'one row per entry: code, country, category, school, title, status, eligibility, submission, team, video, licence, consents', schema: { type: 'string' } })
  async entries(@Param('id', uuidPipe) id: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    return send(res, await this.exports.entries(id));
  }

  @Get('scores.csv')
  @Roles('organiser')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'every submitted scorecard of every round: the level per criterion, the weighted total and when', schema: { type: 'string' } })
  async scores(@Param('id', uuidPipe) id: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    return send(res, await this.exports.scores(id));
  }
}

function send(res: Response, file: CsvFile): string {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', attachment(file.fileName, 'export.csv'));
  return file.body;
}
