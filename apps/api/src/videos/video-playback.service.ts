import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type EntityManager, type Repository } from 'typeorm';
import { isBlocking, type VideoProblem } from '@clapper/domain/video-rules';
import { problemMessage } from './video-problem-messages.js';
import type { Actor } from '../auth/actor.js';
import { Clock } from '../clock/clock.js';
import { EntryAccess } from '../entries/entry-access.service.js';
import { StoragePort } from '../storage/storage.port.js';
import type { HlsPlaybackDto, PlaybackDto, VideoProblemDto, VideoStatusDto } from './dto/video.dto.js';
import { LadderPlayback } from './ladder-playback.js';
import { SPRITE_FILE } from './video-ladder.js';
import type { SubtitleDto } from './dto/subtitle.dto.js';
import { Subtitle, VideoAsset } from './video-asset.entity.js';

export const PLAYBACK_SECONDS = 15 * 60;
const LIVE = ['uploaded', 'processing', 'ready'] as const;

/**
 * The video that stands for an entry: its live one (uploaded, processing or ready; at most one, since a new upload
 * replaces the old), else the latest rejected one, else an upload in progress. null when there is none.
 * For other modules too (submission checks read the status from here).
 */
export async function currentVideo(m: EntityManager, entryId: string): Promise<VideoAsset | null> {
  return (await currentVideos(m, [entryId])).get(entryId) ?? null;
}

/** Which of an entry's videos stands for it (currentVideo): the lower the rank the better, the latest first within one. */
const CURRENT_RANK: Partial<Record<VideoAsset['status'], number>> = { uploaded: 0, processing: 0, ready: 0, rejected: 1, uploading: 2 };

/** The current video (see currentVideo) of each of these entries that has one, in one query. */
export async function currentVideos(m: EntityManager, entryIds: string[]): Promise<Map<string, VideoAsset>> {
  if (!entryIds.length) return new Map();
  const statuses = Object.keys(CURRENT_RANK) as VideoAsset['status'][];
  const rows = await m.find(VideoAsset, { where: { entryId: In([...new Set(entryIds)]), status: In(statuses) }, order: { createdAt: 'DESC', id: 'ASC' } });
  const best = new Map<string, VideoAsset>();
  for (const v of rows) {
    const held = best.get(v.entryId);
    if (!held || CURRENT_RANK[v.status]! < CURRENT_RANK[held.status]!) best.set(v.entryId, v);
  }
  return best;
}

/**
 * The ready video of each of these entries, in one query: the entry's live video (see currentVideo), when it is
 * ready with a web rendition. Entries whose live video is still processing, or that have none, are left out.
 */
export async function readyVideos(m: EntityManager, entryIds: string[]): Promise<Map<string, VideoAsset>> {
  if (!entryIds.length) return new Map();
  const rows = await m.find(VideoAsset, { where: { entryId: In(entryIds), status: In([...LIVE]) }, order: { createdAt: 'DESC' } });
  const live = new Map<string, VideoAsset>();
  for (const v of rows) if (!live.has(v.entryId)) live.set(v.entryId, v);
  return new Map([...live].filter(([, v]) => v.status === 'ready' && v.webKey));
}

export function problemDtos(problems: object[] | null): VideoProblemDto[] {
  return ((problems ?? []) as VideoProblem[]).map((p) => ({ code: p.code, params: p.params ?? {}, message: problemMessage(p), blocking: isBlocking(p) }));
}

/** What the team, their coordinators and organisers see of an entry's video, with short-lived playback URLs. */
@Injectable()
export class VideoPlaybackService {
  constructor(
    @InjectRepository(VideoAsset) private readonly assets: Repository<VideoAsset>,
    @InjectRepository(Subtitle) private readonly subtitles: Repository<Subtitle>,
    private readonly access: EntryAccess,
    private readonly storage: StoragePort,
    private readonly clock: Clock,
    private readonly ladders: LadderPlayback,
  ) {}

  async status(actor: Actor, entryId: string): Promise<VideoStatusDto> {
    await this.access.view(actor, entryId);
    const asset = await currentVideo(this.assets.manager, entryId);
    if (!asset) {
      return {
        assetId: null,
        status: 'none',
        progress: 0,
        problems: [],
        fileName: null,
        sizeBytes: null,
        durationSeconds: null,
        width: null,
        height: null,
        playback: null,
      };
    }
    const playback = await this.playbackOf(asset);
    return {
      assetId: asset.id,
      status: asset.status === 'replaced' ? 'none' : asset.status,
      progress: asset.status === 'ready' ? 1 : asset.progress,
      problems: problemDtos(asset.problems),
      fileName: asset.fileName,
      sizeBytes: asset.sizeBytes,
      durationSeconds: asset.durationSeconds,
      width: asset.width,
      height: asset.height,
      playback,
    };
  }

  /**
   * The web rendition (and poster) and the caption tracks of an entry, for a caller already cleared to play it
   * (an assigned judge): short-lived presigned URLs, never the original.
   */
  async media(entryId: string): Promise<{ playback: PlaybackDto | null; subtitles: SubtitleDto[] }> {
    const asset = await currentVideo(this.assets.manager, entryId);
    const rows = await this.subtitles.find({ where: { entryId }, order: { language: 'ASC' } });
    return { playback: asset ? await this.playbackOf(asset) : null, subtitles: await Promise.all(rows.map((r) => this.subtitleOf(r))) };
  }

  async subtitleOf(row: Subtitle): Promise<SubtitleDto> {
    return {
      language: row.language,
      cueCount: row.cueCount,
      url: await this.storage.presignGet(row.objectKey, { expiresInSeconds: PLAYBACK_SECONDS }),
      expiresAt: this.expiry(),
      updatedAt: row.createdAt.toISOString(),
    };
  }

  private async playbackOf(asset: VideoAsset): Promise<PlaybackDto | null> {
    if (asset.status !== 'ready' || !asset.webKey) return null;
    const expiresAt = this.expiry();
    return {
      url: await this.storage.presignGet(asset.webKey, { expiresInSeconds: PLAYBACK_SECONDS }),
      posterUrl: asset.posterKey ? await this.storage.presignGet(asset.posterKey, { expiresInSeconds: PLAYBACK_SECONDS }) : null,
      expiresAt,
      hls: await this.hlsOf(asset, new Date(expiresAt)),
    };
  }

  /** The ladder's signed URL works as long as the video's other URLs: the player asks for all of them afresh. */
  private async hlsOf(asset: VideoAsset, expiresAt: Date): Promise<HlsPlaybackDto | null> {
    const url = this.ladders.masterUrl(asset, expiresAt);
    if (!url || !asset.hlsKey) return null;
    const sprite = asset.sprite;
    return {
      url,
      rungs: (asset.hlsRungs ?? []).map(({ name, width, height }) => ({ name, width, height })),
      previews: sprite
        ? {
            spriteUrl: await this.storage.presignGet(`${asset.hlsKey}${SPRITE_FILE}`, { expiresInSeconds: PLAYBACK_SECONDS }),
            every: sprite.every,
            columns: sprite.columns,
            count: sprite.count,
            width: sprite.width,
            height: sprite.height,
          }
        : null,
    };
  }

  private expiry(): string {
    return new Date(this.clock.now().getTime() + PLAYBACK_SECONDS * 1000).toISOString();
  }
}
