import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CampaignsReason } from '@clapper/domain/refusals';
import { WORK_FLAG_REASONS } from '@clapper/domain/refusals/campaigns';
import { Roles } from '../auth/access.decorator.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/actor.js';
import { Clock } from '../clock/clock.js';
import { attachment } from '../common/content-disposition.js';
import { ErrorBody } from '../common/error-body.dto.js';
import { Refuses } from '../common/refusals.decorator.js';
import { uuidPipe } from '../common/uuid.pipe.js';
import { LOGGER, type Logger } from '../logging/logger.js';
import { MediaToolkit } from '../media/media-toolkit.js';
import { StoragePort } from '../storage/storage.port.js';
import { CampaignsService } from './campaigns.service.js';
import {
  AddWorkDto,
  CampaignDetailDto,
  CampaignDto,
  CampaignsQueryDto,
  CandidatesQueryDto,
  CreateCampaignDto,
  KitQueryDto,
  RecordUseDto,
  UpdateCampaignDto,
  WorkSummaryDto,
} from './dto/campaign.dto.js';
import { kitItems, streamZip, withheldText, type KitItem } from './media-kit.js';
import { safeName, workFolder } from './kit-names.js';

/** Campaigns and media kits: organisers everywhere; a coordinator their own country's campaigns and works (others get 404). */
const BUILDERS = ['organiser', 'coordinator'] as const;

@ApiTags('campaigns')
@Controller('campaigns')
export class CampaignsController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly storage: StoragePort,
    private readonly media: MediaToolkit,
    private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @Get()
  @Roles(...BUILDERS)
  @ApiOkResponse({ type: [CampaignDto] })
  list(@CurrentActor() actor: Actor, @Query() q: CampaignsQueryDto): Promise<CampaignDto[]> {
    return this.campaigns.list(actor, q.competitionId);
  }

  @Post()
  @Roles(...BUILDERS)
  @Refuses(CampaignsReason.NotYourCountry, CampaignsReason.UnknownCompetition, CampaignsReason.CountryNeeded, CampaignsReason.CountryNotInCompetition)
  @ApiCreatedResponse({ type: CampaignDetailDto })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateCampaignDto): Promise<CampaignDetailDto> {
    return this.campaigns.create(actor, dto);
  }

  @Get(':id')
  @Roles(...BUILDERS)
  @ApiOkResponse({ type: CampaignDetailDto })
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<CampaignDetailDto> {
    return this.campaigns.detail(actor, id);
  }

  @Patch(':id')
  @Roles(...BUILDERS)
  @ApiOkResponse({ type: CampaignDetailDto })
  update(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: UpdateCampaignDto): Promise<CampaignDetailDto> {
    return this.campaigns.update(actor, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(...BUILDERS)
  @Refuses(CampaignsReason.HasHistory)
  @ApiNoContentResponse({ description: 'deleted; a campaign with recorded uses or downloads is kept (409)' })
  @ApiConflictResponse({ type: ErrorBody })
  remove(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<void> {
    return this.campaigns.remove(actor, id);
  }

  @Get(':id/candidates')
  @Roles(...BUILDERS)
  @ApiOkResponse({ type: [WorkSummaryDto], description: 'works cleared for reuse with a ready video, not yet in the campaign' })
  candidates(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Query() q: CandidatesQueryDto): Promise<WorkSummaryDto[]> {
    return this.campaigns.candidates(actor, id, q.q);
  }

  @Post(':id/works')
  @Roles(...BUILDERS)
  @Refuses(CampaignsReason.OtherCountry, CampaignsReason.AlreadyAdded, ...WORK_FLAG_REASONS)
  @ApiCreatedResponse({ type: CampaignDetailDto })
  addWork(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: AddWorkDto): Promise<CampaignDetailDto> {
    return this.campaigns.addWork(actor, id, dto.entryId);
  }

  @Delete(':id/works/:entryId')
  @Roles(...BUILDERS)
  @ApiOkResponse({ type: CampaignDetailDto })
  removeWork(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Param('entryId', uuidPipe) entryId: string): Promise<CampaignDetailDto> {
    return this.campaigns.removeWork(actor, id, entryId);
  }

  @Post(':id/uses')
  @Roles(...BUILDERS)
  @Refuses(CampaignsReason.UseInFuture, ...WORK_FLAG_REASONS)
  @ApiCreatedResponse({ type: CampaignDetailDto })
  recordUse(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: RecordUseDto): Promise<CampaignDetailDto> {
    return this.campaigns.recordUse(actor, id, dto);
  }

  @Get(':id/works/:entryId/kit')
  @Roles(...BUILDERS)
  @ApiProduces('application/zip')
  @ApiOkResponse({
    description:
      "the work's media kit: the original (without its metadata: no location, device, author or dates), web rendition, poster, subtitles, CREDITS.txt, LICENCE.txt",
    schema: { type: 'string', format: 'binary' },
  })
  @Refuses(...WORK_FLAG_REASONS, CampaignsReason.FileMissing)
  @ApiConflictResponse({ type: ErrorBody, description: 'the work is flagged (the reason says why), or a stored file of it is missing' })
  async workKit(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('entryId', uuidPipe) entryId: string,
    @Query() q: KitQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    const { campaign, works } = await this.campaigns.kitWorks(actor, id, entryId);
    const items = await kitItems(this.storage, works[0]);
    await this.campaigns.logDownload(actor, campaign, works, q.channel || null, 'work');
    await this.send(res, `${workFolder(works[0].entry.code, works[0].entry.title)}.zip`, `${works[0].entry.code}.zip`, items);
  }

  @Get(':id/kit')
  @Roles(...BUILDERS)
  @ApiProduces('application/zip')
  @ApiOkResponse({
    description: 'the media kits of every cleared work, one folder each; flagged works are left out and listed in WITHHELD.txt',
    schema: { type: 'string', format: 'binary' },
  })
  @Refuses(CampaignsReason.Empty, CampaignsReason.AllFlagged, CampaignsReason.VideoNotReady, CampaignsReason.FileMissing)
  @ApiConflictResponse({ type: ErrorBody, description: 'no work may be downloaded (campaigns.empty or campaigns.all_flagged), or a stored file is missing' })
  async collectionKit(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Query() q: KitQueryDto, @Res() res: Response): Promise<void> {
    const { campaign, works, withheld } = await this.campaigns.kitWorks(actor, id, null);
    const items: KitItem[] = [];
    for (const w of works) items.push(...(await kitItems(this.storage, w)));
    if (withheld.length) items.push({ path: 'WITHHELD.txt', text: withheldText(campaign.name, withheld, this.clock.now()) });
    await this.campaigns.logDownload(actor, campaign, works, q.channel || null, 'collection');
    await this.send(res, `${safeName(campaign.name, 'campaign')} media kit.zip`, 'campaign-media-kit.zip', items);
  }

  private async send(res: Response, fileName: string, fallback: string, items: KitItem[]): Promise<void> {
    res.status(200);
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', attachment(fileName, fallback));
    res.setHeader('Cache-Control', 'no-store');
    try {
      await streamZip({ storage: this.storage, media: this.media }, items, res, this.clock.now());
    } catch (err) {
      // the headers are gone: the download is cut off, and the failure logged here
      this.logger.error({ err, files: items.length }, 'media kit stream failed');
    }
  }
}
