import { EntriesReason, VideosReason as V } from '@clapper/domain/refusals';
import { Controller, Delete, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Authenticated, Roles } from '../auth/access.decorator.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/actor.js';
import { Refuses } from '../common/refusals.decorator.js';
import { uuidPipe } from '../common/uuid.pipe.js';
import { FILE_FIELD_REFUSALS, withOneFile } from './multipart-request.js';
import { FileUploadDto } from './dto/video.dto.js';
import { SubtitleDto, SubtitleListDto } from './dto/subtitle.dto.js';
import { languagePipe } from './language.pipe.js';
import { SubtitlesService } from './subtitles.service.js';

/** Caption tracks of an entry's video; access as for the video itself (EntryAccess). */
@ApiTags('videos')
@Controller('entries/:id/subtitles')
export class SubtitlesController {
  constructor(private readonly subtitles: SubtitlesService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'The caption tracks, with short-lived WebVTT URLs' })
  @ApiOkResponse({ type: SubtitleListDto })
  list(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<SubtitleListDto> {
    return this.subtitles.list(actor, id);
  }

  @Post(':language')
  @HttpCode(200)
  @Roles('student', 'teacher', 'organiser')
  @ApiOperation({ summary: 'Add or replace the subtitles of one language: .srt or .vtt (multipart/form-data, field "file", at most 512 KB)' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: FileUploadDto })
  @ApiOkResponse({ type: SubtitleDto })
  @Refuses(
    EntriesReason.SubmittedLocked,
    EntriesReason.WithdrawnLocked,
    ...FILE_FIELD_REFUSALS,
    V.FileTooLarge,
    V.SubtitlesRefused,
    V.SubtitlesNotSubtitles,
    V.SubtitlesEmpty,
    V.SubtitlesBadTiming,
    V.SubtitlesEndBeforeStart,
    V.SubtitlesCueAfterEnd,
  )
  upload(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('language', languagePipe) language: string,
    @Req() req: Request,
  ): Promise<SubtitleDto> {
    return withOneFile(req, (file) => this.subtitles.upload(actor, id, language, file));
  }

  @Delete(':language')
  @HttpCode(204)
  @Roles('student', 'teacher', 'organiser')
  @Refuses(EntriesReason.SubmittedLocked, EntriesReason.WithdrawnLocked)
  remove(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Param('language', languagePipe) language: string): Promise<void> {
    return this.subtitles.remove(actor, id, language);
  }
}
