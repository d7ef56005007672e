import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, LessThan, Not, type Repository } from 'typeorm';
import { Clock } from '../clock/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { LOGGER, type Logger } from '../logging/logger.js';
import { JobQueue } from '../queue/job-queue.js';
import { StoragePort } from '../storage/storage.port.js';
import { isConsentKey } from './video-keys.js';
import { Subtitle, VideoAsset } from './video-asset.entity.js';

/** Uploads and objects younger than this are left alone: someone may still be working on them. */
export const CLEANUP_AGE_MS = 24 * 3600_000;
const DAY_MS = 24 * 3600_000;

export interface CleanupReport {
  abortedUploads: number;
  deletedAssets: number;
  /** originals of videos rejected more than REJECTED_VIDEO_RETENTION_DAYS ago */
  deletedOriginals: number;
  deletedObjects: number;
}

/**
 * The hourly `video.cleanup` job (one run per schedule, whatever the number of workers): aborts browser uploads left
 * unfinished for a day (and drops their rows); deletes the originals of videos rejected more than
 * REJECTED_VIDEO_RETENTION_DAYS ago, keeping their rows and reasons; and deletes objects under entries/ that no
 * video or subtitle refers to once they are a day old. Consent forms (entries/<id>/consents/) belong to the
 * consents module and are never touched here. Videos whose worker died are not its business: their lease lapses
 * and a worker's sweep queues them again within a minute (video-processor.ts).
 */
@Injectable()
export class VideoCleanup implements OnModuleInit {
  constructor(
    @InjectRepository(VideoAsset) private readonly assets: Repository<VideoAsset>,
    @InjectRepository(Subtitle) private readonly subtitles: Repository<Subtitle>,
    private readonly storage: StoragePort,
    private readonly queue: JobQueue,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    this.queue.handle('video.cleanup', async () => {
      await this.run();
    });
  }

  async run(): Promise<CleanupReport> {
    const now = this.clock.now().getTime();
    const cutoff = new Date(now - CLEANUP_AGE_MS);
    const assets = this.assets;
    const report: CleanupReport = { abortedUploads: 0, deletedAssets: 0, deletedOriginals: 0, deletedObjects: 0 };

    // 1. multipart uploads started more than a day ago
    for (const upload of await this.storage.listMultipartUploads('entries/')) {
      if (!upload.initiatedAt || upload.initiatedAt >= cutoff || isConsentKey(upload.key)) continue;
      await this.storage.abortMultipartUpload(upload.key, upload.uploadId);
      report.abortedUploads++;
      const gone = await assets.delete({ uploadId: upload.uploadId, status: 'uploading' });
      report.deletedAssets += gone.affected ?? 0;
    }
    // rows of uploads that never finished (the server path, or an upload whose S3 side is already gone)
    const stale = await assets.find({ where: { status: 'uploading', createdAt: LessThan(cutoff) } });
    for (const asset of stale) {
      if (asset.uploadId) await this.storage.abortMultipartUpload(asset.originalKey, asset.uploadId).catch(() => undefined);
      await this.storage.delete(asset.originalKey);
      report.deletedAssets += (await assets.delete({ id: asset.id, status: 'uploading' })).affected ?? 0;
    }

    // 2. originals of videos rejected long enough ago: the student was told why, and uploads a new file anyway
    const rejectedBefore = new Date(now - this.config.videoJobs.rejectedRetentionDays * DAY_MS);
    const rejected = await assets.find({
      where: { status: 'rejected', originalDeletedAt: IsNull(), updatedAt: LessThan(rejectedBefore) },
      select: { id: true, originalKey: true },
    });
    for (const asset of rejected) {
      await this.storage.delete(asset.originalKey);
      const marked = await assets.update({ id: asset.id, status: 'rejected', originalDeletedAt: IsNull() }, { originalDeletedAt: new Date(now) });
      report.deletedOriginals += marked.affected ?? 0;
    }

    // 3. objects nobody refers to
    const objects = await this.storage.list('entries/');
    const candidates = objects.filter((o) => !isConsentKey(o.key) && o.lastModified !== null && o.lastModified < cutoff);
    if (candidates.length) {
      const referenced = new Set<string>();
      const live = await assets.find({
        where: { status: Not('replaced') },
        select: { originalKey: true, webKey: true, posterKey: true, hlsKey: true, status: true },
      });
      for (const a of live) for (const k of [a.originalKey, a.webKey, a.posterKey]) if (k) referenced.add(k);
      // a ladder's files are referred to by their folder
      const ladders = live.flatMap((a) => (a.hlsKey ? [a.hlsKey] : []));
      const subtitles = await this.subtitles.find({ where: { objectKey: Not(IsNull()) }, select: { objectKey: true } });
      for (const s of subtitles) referenced.add(s.objectKey);
      for (const o of candidates) {
        if (referenced.has(o.key) || ladders.some((prefix) => o.key.startsWith(prefix))) continue;
        await this.storage.delete(o.key);
        report.deletedObjects++;
      }
    }
    if (report.abortedUploads || report.deletedAssets || report.deletedOriginals || report.deletedObjects)
      this.logger.info({ job: 'video.cleanup', ...report }, 'video clean-up');
    return report;
  }
}
