import { Injectable, Module } from '@nestjs/common';
import { InjectRepository, TypeOrmModule } from '@nestjs/typeorm';
import { In, type EntityManager, type Repository } from 'typeorm';
import { Subtitle, VideoAsset } from './video-asset.entity.js';
import { currentVideo, currentVideos, readyVideos } from './video-playback.service.js';

// Other modules may name these types; only this module holds the classes that open their tables.
export type { Subtitle, VideoAsset };

/**
 * What other modules may read (and, where they must, write) of the video assets and subtitles: the videos module owns
 * those tables, and other modules come through here (issue 14; eslint.config.mjs enforces it). A method takes the
 * caller's EntityManager when it must see or join the caller's transaction.
 */
@Injectable()
export class VideosQueries {
  constructor(
    @InjectRepository(VideoAsset) private readonly videoAssets: Repository<VideoAsset>,
    @InjectRepository(Subtitle) private readonly subtitles: Repository<Subtitle>,
  ) {}

  /** An entry's current video (see currentVideo in video-playback.service.ts), or null. */
  currentVideo(entryId: string, m?: EntityManager): Promise<VideoAsset | null> {
    return currentVideo(m ?? this.videoAssets.manager, entryId);
  }

  /** The current video of each of these entries that has one (see currentVideo in video-playback.service.ts). */
  currentVideos(entryIds: string[], m?: EntityManager): Promise<Map<string, VideoAsset>> {
    return currentVideos(m ?? this.videoAssets.manager, entryIds);
  }

  /** The ready video of each of these entries (see readyVideos in video-playback.service.ts). */
  readyVideos(entryIds: string[], m?: EntityManager): Promise<Map<string, VideoAsset>> {
    return readyVideos(m ?? this.videoAssets.manager, entryIds);
  }

  /**
   * The dashboard's alerts (issue 15): among these entries, those whose current video (see currentVideo) was rejected,
   * and those whose current video is uploaded or processing and untouched since `stuckBefore`.
   */
  async videoAlertCounts(entryIds: string[], stuckBefore: Date): Promise<{ rejected: number; stuck: number }> {
    const current = [...(await currentVideos(this.videoAssets.manager, entryIds)).values()];
    return {
      rejected: current.filter((v) => v.status === 'rejected').length,
      stuck: current.filter((v) => (v.status === 'uploaded' || v.status === 'processing') && v.updatedAt < stuckBefore).length,
    };
  }

  /** Which of these entries have a ready video asset. */
  async entriesWithReadyVideo(entryIds: string[], m?: EntityManager): Promise<Set<string>> {
    if (!entryIds.length) return new Set();
    const ready: { entry_id: string }[] = await (m ?? this.videoAssets.manager).query(
      `SELECT DISTINCT entry_id FROM video_assets WHERE entry_id = ANY($1::uuid[]) AND status = 'ready'`,
      [entryIds],
    );
    return new Set(ready.map((r) => r.entry_id));
  }

  /** The subtitles of these entries, by language. */
  async subtitlesOf(entryIds: string[], m?: EntityManager): Promise<Subtitle[]> {
    const unique = [...new Set(entryIds)];
    return unique.length ? (m ?? this.subtitles.manager).find(Subtitle, { where: { entryId: In(unique) }, order: { language: 'ASC' } }) : [];
  }

  /** The languages of these entries' subtitles: one row per subtitle. */
  async subtitleLanguagesOf(entryIds: string[]): Promise<Pick<Subtitle, 'entryId' | 'language'>[]> {
    const unique = [...new Set(entryIds)];
    return unique.length ? this.subtitles.find({ where: { entryId: In(unique) }, select: { entryId: true, language: true } }) : [];
  }
}

/** The videos query service on its own: a leaf module that any module imports without an import cycle. */
@Module({ imports: [TypeOrmModule.forFeature([VideoAsset, Subtitle])], providers: [VideosQueries], exports: [VideosQueries] })
export class VideosQueriesModule {}
