import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LOGGER, type Logger } from '../logging/logger.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AuditQueriesModule } from '../audit/audit.queries.js';
import { CompetitionsQueriesModule } from '../competitions/competitions.queries.js';
import { EntriesQueriesModule } from '../entries/entries.queries.js';
import { createMediaToolkit } from '../media/ffmpeg.toolkit.js';
import { MediaToolkit } from '../media/media-toolkit.js';
import { SubtitlesController } from './subtitles.controller.js';
import { SubtitlesService } from './subtitles.service.js';
import { Subtitle, VideoAsset } from './video-asset.entity.js';
import { VideoCleanup } from './video-cleanup.js';
import { VideoPlaybackService } from './video-playback.service.js';
import { LadderController } from './ladder.controller.js';
import { LadderPlayback } from './ladder-playback.js';
import { VideoLadder } from './video-ladder.js';
import { LadderBackfill } from './video-ladder-backfill.js';
import { VideosProcessor } from './video-processor.js';
import { VideoUploadsService } from './video-uploads.service.js';
import { VideosController } from './videos.controller.js';

/** Uploads, processing, subtitles and playback of entries' videos. EntryAccess comes from the (global) entries module. */
@Module({
  imports: [TypeOrmModule.forFeature([VideoAsset, Subtitle]), AuditQueriesModule, CompetitionsQueriesModule, EntriesQueriesModule],
  controllers: [VideosController, SubtitlesController, LadderController],
  providers: [
    {
      provide: MediaToolkit,
      inject: [LOGGER, APP_CONFIG],
      useFactory: (logger: Logger, config: AppConfig) => createMediaToolkit(config.media, (msg) => logger.info(msg)),
    },
    VideoUploadsService,
    VideoPlaybackService,
    SubtitlesService,
    VideosProcessor,
    VideoLadder,
    LadderBackfill,
    LadderPlayback,
    VideoCleanup,
  ],
  exports: [VideoPlaybackService, LadderPlayback, MediaToolkit],
})
export class VideosModule {}
