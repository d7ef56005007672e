import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { checkVideo, isBlocking, webRenditionSize, type ProbeSummary, type VideoProblem } from '@clapper/domain/video-rules';
import { Competition } from '../competitions/competition.entity.js';
import { Entry } from '../entries/entry.entity.js';
import { LOGGER, type Logger } from '../logging/logger.js';
import { MediaError, MediaToolkit } from '../media/media-toolkit.js';
import { JobQueue } from '../queue/job-queue.js';
import { StoragePort } from '../storage/storage.port.js';
import { posterKey, webKey } from './video-keys.js';
import { VideoAsset } from './video-asset.entity.js';

/** how long the prober and encoder may read the original through its presigned URL */
const SOURCE_URL_SECONDS = 6 * 3600;
/** progress is written at most this often */
const PROGRESS_EVERY_MS = 2000;

export type ProcessOutcome = 'ready' | 'rejected' | 'skipped';

/**
 * The `video.process` job: probe the original, check it against the competition's rules, then write the web
 * rendition and a poster. One run per asset: the run claims the asset by moving it from 'uploaded' to 'processing'
 * in one conditional UPDATE, so a second delivery of the job finds nothing to do.
 */
@Injectable()
export class VideosProcessor implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly storage: StoragePort,
    private readonly media: MediaToolkit,
    private readonly queue: JobQueue,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    this.queue.handle('video.process', async ({ assetId }) => {
      await this.process(assetId);
    });
  }

  async process(assetId: string): Promise<ProcessOutcome> {
    const repo = this.db.getRepository(VideoAsset);
    const claimed = await repo.update({ id: assetId, status: 'uploaded' }, { status: 'processing', progress: 0, problems: null });
    if (!claimed.affected) return 'skipped';
    const asset = await repo.findOneByOrFail({ id: assetId });
    const entry = await this.db.getRepository(Entry).findOneByOrFail({ id: asset.entryId });
    const { rules } = await this.db.getRepository(Competition).findOneByOrFail({ id: entry.competitionId });
    const log = this.logger.child({ job: 'video.process', assetId, entryId: asset.entryId });

    let dir: string | null = null;
    try {
      const source = await this.storage.presignGet(asset.originalKey, { expiresInSeconds: SOURCE_URL_SECONDS, internal: true });
      let probe: ProbeSummary | null;
      try {
        probe = await this.media.probe(source);
      } catch (err) {
        if (!(err instanceof MediaError) || err.code !== 'unreadable') throw err;
        log.info({ detail: err.detail }, 'the prober cannot read the upload');
        probe = null;
      }
      if (probe && probe.sizeBytes === null) probe = { ...probe, sizeBytes: asset.sizeBytes };
      const problems = checkVideo(probe, rules);
      const facts = {
        probe: probe as object | null,
        durationSeconds: probe?.durationSeconds ?? null,
        width: probe?.video?.displayWidth ?? null,
        height: probe?.video?.displayHeight ?? null,
      };
      if (problems.some(isBlocking) || !probe?.video) return await this.reject(asset, problems, facts);

      dir = await mkdtemp(path.join(os.tmpdir(), 'clapper-video-'));
      const webFile = path.join(dir, 'web.mp4');
      const posterFile = path.join(dir, 'poster.jpg');
      const size = webRenditionSize(probe.video.displayWidth, probe.video.displayHeight);
      let lastWrite = 0;
      let lastValue = 0;
      let pending: Promise<unknown> = Promise.resolve();
      const onProgress = (fraction: number) => {
        const now = Date.now();
        // the encode is 90% of the work; the uploads after it are the rest
        const value = Math.min(0.9, fraction * 0.9);
        if (now - lastWrite < PROGRESS_EVERY_MS || value - lastValue < 0.01) return;
        lastWrite = now;
        lastValue = value;
        pending = pending.then(() => repo.update({ id: assetId, status: 'processing' }, { progress: value })).catch(() => undefined);
      };
      try {
        await this.media.transcodeWeb(source, webFile, { ...size, durationSeconds: probe.durationSeconds, onProgress });
      } catch (err) {
        if (!(err instanceof MediaError) || err.code !== 'failed') throw err;
        log.warn({ detail: err.detail }, 'the encoder could not read the upload');
        return await this.reject(asset, [{ code: 'not_a_video', params: {} }], facts);
      }
      await pending;
      await this.media.poster(webFile, posterFile, Math.min(1, (probe.durationSeconds ?? 0) / 3));
      const sha256 = asset.sha256 ?? (await this.hashOriginal(asset.originalKey));
      const web = webKey(asset.entryId, asset.id);
      const poster = posterKey(asset.entryId, asset.id);
      await this.storage.put(web, createReadStream(webFile), { contentType: 'video/mp4', contentLength: (await stat(webFile)).size });
      await this.storage.put(poster, createReadStream(posterFile), { contentType: 'image/jpeg', contentLength: (await stat(posterFile)).size });
      const done = await repo.update(
        { id: assetId, status: 'processing' },
        { ...facts, status: 'ready', progress: 1, problems: problems.length ? problems : null, webKey: web, posterKey: poster, sha256 },
      );
      if (!done.affected) {
        // replaced while we worked: what we wrote belongs to nobody
        await Promise.all([this.storage.delete(web), this.storage.delete(poster)]);
        return 'skipped';
      }
      log.info({ width: size.width, height: size.height, seconds: probe.durationSeconds }, 'video ready');
      return 'ready';
    } catch (err) {
      // a passing failure (storage, a killed encoder): give the asset back so the queue's retry can claim it
      await repo.update({ id: assetId, status: 'processing' }, { status: 'uploaded', progress: 0 }).catch(() => undefined);
      throw err;
    } finally {
      if (dir) await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    }
  }

  private async reject(asset: VideoAsset, problems: VideoProblem[], facts: Partial<VideoAsset>): Promise<ProcessOutcome> {
    await this.db.getRepository(VideoAsset).update({ id: asset.id, status: 'processing' }, { ...facts, status: 'rejected', progress: 1, problems });
    this.logger.info({ assetId: asset.id, problems: problems.map((p) => p.code) }, 'video rejected');
    return 'rejected';
  }

  private async hashOriginal(key: string): Promise<string> {
    const { body } = await this.storage.get(key);
    const hash = createHash('sha256');
    for await (const chunk of body as AsyncIterable<Buffer>) hash.update(chunk);
    return hash.digest('hex');
  }
}
