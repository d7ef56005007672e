import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/access.decorator.js';
import { LadderPlayback, sendLadder } from './ladder-playback.js';

const WHO =
  'Anyone holding the signed URL, which is given (with the playback URLs of the web rendition) only to a caller cleared to ' +
  'play the video: its team, coordinators and organisers, its assigned judges, the ceremony. A wrong or expired signature is 404.';

/**
 * The adaptive ladder of a video that is not published (issue 18), behind a URL the API signs: see LadderPlayback.
 * Published works are served by the showcase instead, with immutable caching.
 */
@ApiTags('videos')
@Controller('media/ladders')
export class LadderController {
  constructor(private readonly ladders: LadderPlayback) {}

  @Get(':assetId/:expires/:signature/:file')
  @Public()
  @ApiOperation({ summary: "A file at the top of a video's ladder: master.m3u8, sprite.jpg or thumbnails.vtt", description: WHO })
  @ApiOkResponse({ description: 'The master playlist (its rungs resolve to this same signed folder), or the seeking previews' })
  @ApiFoundResponse({ description: 'The sprite: redirects to a private, short-lived storage URL' })
  @ApiNotFoundResponse({ description: 'Wrong or expired signature, no such file, or no ladder' })
  async top(
    @Param('assetId') assetId: string,
    @Param('expires') expires: string,
    @Param('signature') signature: string,
    @Param('file') file: string,
    @Res() res: Response,
  ): Promise<void> {
    sendLadder(res, await this.ladders.signedFile(assetId, expires, signature, null, file));
  }

  @Get(':assetId/:expires/:signature/:folder/:file')
  @Public()
  @ApiOperation({ summary: "A rung's (or the sound's) playlist, its segments named by private, short-lived storage URLs", description: WHO })
  @ApiOkResponse({ description: 'The playlist (application/vnd.apple.mpegurl)' })
  @ApiFoundResponse({ description: 'A segment: redirects to a private, short-lived storage URL' })
  @ApiNotFoundResponse({ description: 'Wrong or expired signature, no such file, or no ladder' })
  async rung(
    @Param('assetId') assetId: string,
    @Param('expires') expires: string,
    @Param('signature') signature: string,
    @Param('folder') folder: string,
    @Param('file') file: string,
    @Res() res: Response,
  ): Promise<void> {
    sendLadder(res, await this.ladders.signedFile(assetId, expires, signature, folder, file));
  }
}
