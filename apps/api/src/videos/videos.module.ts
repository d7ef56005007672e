import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Subtitle, VideoAsset } from './video-asset.entity.js';

/** Uploads, processing, subtitles and playback of entries' videos. */
@Module({ imports: [TypeOrmModule.forFeature([VideoAsset, Subtitle])], controllers: [], providers: [], exports: [] })
export class VideosModule {}
