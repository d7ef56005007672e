import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { attachment } from '../common/content-disposition.js';
import { CertificatesService } from './certificates.service.js';
import { Roles } from '../auth/access.decorator.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/actor.js';
import { ResultsReason } from '@clapper/domain/refusals';
import { Refuses } from '../common/refusals.decorator.js';
import { uuidPipe } from '../common/uuid.pipe.js';
import { LimitPerAccount } from '../rate-limit/account-limit.js';
import { TeamResultsService } from './team-results.service.js';
import { TeamResultDto } from './dto/results.dto.js';

/** A team's results, once published: the team (owner, the school's teachers), the country's coordinators and organisers; others get 404. */
@ApiTags('results')
@Controller('entries/:id')
export class TeamResultsController {
  constructor(
    private readonly team: TeamResultsService,
    private readonly certificates: CertificatesService,
  ) {}

  @Get('result')
  @Roles('student', 'teacher', 'coordinator', 'organiser')
  @ApiOkResponse({ type: TeamResultDto })
  result(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<TeamResultDto> {
    return this.team.forEntry(actor, id);
  }

  @Get('certificates/participation')
  @Roles('student', 'teacher', 'coordinator', 'organiser')
  @Refuses(ResultsReason.CertificatesNotPublished, ResultsReason.CertificateFontMissing)
  @LimitPerAccount('certificate')
  @Header('Cache-Control', 'private, no-store')
  @ApiProduces('application/pdf')
  @ApiQuery({ name: 'lang', required: false, description: "English or one of the competition's languages (default en)" })
  @ApiOkResponse({ description: 'the participation certificate as a PDF', schema: { type: 'string', format: 'binary' } })
  async participation(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Query('lang') lang: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    this.send(res, await this.certificates.render(actor, id, null, lang ?? 'en'));
  }

  @Get('certificates/awards/:awardId')
  @Roles('student', 'teacher', 'coordinator', 'organiser')
  @Refuses(ResultsReason.CertificatesNotPublished, ResultsReason.CertificateFontMissing)
  @LimitPerAccount('certificate')
  @Header('Cache-Control', 'private, no-store')
  @ApiProduces('application/pdf')
  @ApiQuery({ name: 'lang', required: false, description: "English or one of the competition's languages (default en)" })
  @ApiOkResponse({ description: 'the certificate for an award the entry won, as a PDF', schema: { type: 'string', format: 'binary' } })
  async award(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('awardId', uuidPipe) awardId: string,
    @Query('lang') lang: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    this.send(res, await this.certificates.render(actor, id, awardId, lang ?? 'en'));
  }

  private send(res: Response, { fileName, pdf }: { fileName: string; pdf: Buffer }): void {
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', attachment(fileName, 'certificate.pdf'));
    res.send(pdf);
  }
}
