import { EntriesReason, VideosReason as V } from '@clapper/domain/refusals';
import { Refuses } from '../common/refusals.decorator.js';
import { Body, Controller, Delete, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiCreatedResponse,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { Authenticated, Roles } from '../auth/access.decorator.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/actor.js';
import { ErrorBody } from '../common/error-body.dto.js';
import { uuidPipe } from '../common/uuid.pipe.js';
import {
  CompleteUploadDto,
  FileUploadDto,
  PartNumbersDto,
  PartUrlsDto,
  StartUploadDto,
  UploadedPartsDto,
  UploadStartedDto,
  VideoStatusDto,
} from './dto/video.dto.js';
import { VideoPlaybackService } from './video-playback.service.js';
import { FILE_FIELD_REFUSALS, withOneFile } from './multipart-request.js';
import { VideoUploadsService } from './video-uploads.service.js';

const LOCKED = [EntriesReason.SubmittedLocked, EntriesReason.WithdrawnLocked] as const;

/**
 * An entry's video. Who may do what is decided by EntryAccess: the team (owner, teachers of the school) and
 * organisers upload while the entry is a draft; they and the country's coordinators see the status and play it.
 * Anyone else gets 404. Writes are declared for the roles that can ever make them; reads for any signed-in user,
 * so that a judge or another student learns nothing (404) about an entry's video.
 */
@ApiTags('videos')
@Controller('entries/:id/video')
export class VideosController {
  constructor(
    private readonly uploads: VideoUploadsService,
    private readonly playback: VideoPlaybackService,
  ) {}

  @Post('uploads')
  @Roles('student', 'teacher', 'organiser')
  @ApiOperation({ summary: 'Start a browser upload straight to storage, in presigned parts; replaces your unfinished upload to this entry' })
  @ApiCreatedResponse({ type: UploadStartedDto })
  @ApiConflictResponse({
    type: ErrorBody,
    description: 'videos.too_many_open_uploads (params.limit): finish or cancel one first (UPLOAD_MAX_OPEN_PER_ACCOUNT); or the entry is no longer a draft',
  })
  @ApiTooManyRequestsResponse({
    type: ErrorBody,
    description: 'too_many_attempts: UPLOAD_STARTS_PER_HOUR uploads started this hour (params.retryAfterSeconds, Retry-After)',
  })
  @Refuses(...LOCKED, V.EmptyFile, V.FileNameEmpty, V.NotVideoType, V.FileTooLarge, V.TooManyOpenUploads)
  start(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: StartUploadDto): Promise<UploadStartedDto> {
    return this.uploads.start(actor, id, dto);
  }

  @Post('uploads/:assetId/parts')
  @HttpCode(200)
  @Roles('student', 'teacher', 'organiser')
  @ApiOperation({ summary: "Presigned PUT URLs for parts (15 minutes), each signed for that part's exact length" })
  @ApiOkResponse({ type: PartUrlsDto })
  @ApiConflictResponse({ type: ErrorBody, description: 'videos.upload_finished: the upload was completed, cancelled or replaced' })
  @Refuses(...LOCKED, V.UploadFinished, V.NoSuchParts)
  partUrls(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('assetId', uuidPipe) assetId: string,
    @Body() dto: PartNumbersDto,
  ): Promise<PartUrlsDto> {
    return this.uploads.partUrls(actor, id, assetId, dto.partNumbers);
  }

  @Get('uploads/:assetId/parts')
  @Roles('student', 'teacher', 'organiser')
  @ApiOperation({ summary: 'The parts already uploaded, to resume without sending them again' })
  @ApiOkResponse({ type: UploadedPartsDto })
  @Refuses(...LOCKED, V.UploadFinished, V.UploadExpired)
  uploadedParts(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Param('assetId', uuidPipe) assetId: string): Promise<UploadedPartsDto> {
    return this.uploads.uploadedParts(actor, id, assetId);
  }

  @Post('uploads/:assetId/complete')
  @HttpCode(200)
  @Roles('student', 'teacher', 'organiser')
  @ApiOperation({ summary: 'Finish the upload: parts are checked, the file is checked by content, processing starts' })
  @ApiOkResponse({ type: VideoStatusDto })
  @Refuses(...LOCKED, V.UploadFinished, V.UploadExpired, V.NoSuchParts, V.PartsMissing, V.SizeMismatch, V.FileTooLarge, V.NotAVideo)
  async complete(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('assetId', uuidPipe) assetId: string,
    @Body() dto: CompleteUploadDto,
  ): Promise<VideoStatusDto> {
    await this.uploads.complete(actor, id, assetId, dto);
    return this.playback.status(actor, id);
  }

  @Delete('uploads/:assetId')
  @HttpCode(204)
  @Roles('student', 'teacher', 'organiser')
  @ApiOperation({ summary: 'Cancel an upload in progress' })
  @Refuses(...LOCKED, V.UploadFinished)
  abort(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Param('assetId', uuidPipe) assetId: string): Promise<void> {
    return this.uploads.abort(actor, id, assetId);
  }

  @Post()
  @HttpCode(200)
  @Roles('student', 'teacher', 'organiser')
  @ApiOperation({ summary: 'Upload the video through the API (multipart/form-data, field "file"), streamed to storage' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: FileUploadDto })
  @ApiOkResponse({ type: VideoStatusDto })
  @Refuses(...LOCKED, ...FILE_FIELD_REFUSALS, V.FileTooLarge, V.NotAVideo)
  async receive(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Req() req: Request): Promise<VideoStatusDto> {
    await withOneFile(req, (file) => this.uploads.receive(actor, id, file));
    return this.playback.status(actor, id);
  }

  @Get()
  @Authenticated()
  @ApiOperation({ summary: "The entry's video: status, problems, and short-lived playback URLs when ready" })
  @ApiOkResponse({ type: VideoStatusDto })
  status(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<VideoStatusDto> {
    return this.playback.status(actor, id);
  }
}
