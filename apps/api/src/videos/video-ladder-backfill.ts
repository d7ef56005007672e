import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Not, type Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { LOGGER, type Logger } from '../logging/logger.js';
import { MediaError, MediaToolkit } from '../media/media-toolkit.js';
import { JobQueue } from '../queue/job-queue.js';
import { StoragePort } from '../storage/storage.port.js';
import { VideoAsset } from './video-asset.entity.js';
import { VideoLadder } from './video-ladder.js';
import { tempDirPrefix } from './video-processor.js';

/** how long the encoder may read a source through its presigned URL */
const SOURCE_URL_SECONDS = 6 * 3600;

export interface BackfillReport {
  /** 'busy': another process holds the backfill; this run did nothing */
  status: 'done' | 'stopped' | 'busy';
  converted: number;
  /** videos that could not be converted in this run (logged; the next run tries them again) */
  failed: number;
  /** ready videos still without a ladder when the run ended */
  remaining: number;
}

/**
 * The ladder backfill (issue 18): gives every ready video processed before the ladder existed its ladder and seeking
 * previews, one video at a time, oldest first. Until it has one, a video plays its web rendition.
 * - Safe to stop and restart: each video is finished and recorded on its own (its row says whether it has a ladder),
 *   and a stopped run leaves only its temporary folder, which the video processor's sweep removes. The next run goes
 *   on with the videos still without one.
 * - One run at a time, whatever the number of workers: a run holds a Postgres advisory lock on its own connection, so
 *   a worker that dies releases it with its connection.
 * - Started by every worker when it starts (a deployment that adds the ladder converts what exists), and hourly.
 * - A video replaced, or given a ladder by its own processing, while its ladder was made keeps what it has; the
 *   ladder made for nothing is deleted.
 */
@Injectable()
export class LadderBackfill implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly stopping = new AbortController();

  constructor(
    @InjectRepository(VideoAsset) private readonly assets: Repository<VideoAsset>,
    private readonly ladder: VideoLadder,
    private readonly media: MediaToolkit,
    private readonly storage: StoragePort,
    private readonly queue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    this.queue.handle('video.ladder-backfill', async () => {
      await this.run({ signal: this.stopping.signal });
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.mode === 'api') return;
    await this.queue.send('video.ladder-backfill', {}, { singletonKey: 'backfill' });
  }

  beforeApplicationShutdown(): void {
    this.stopping.abort();
  }

  /** Videos that are ready and have no ladder yet. */
  waiting(): Promise<number> {
    return this.assets.count({ where: { status: 'ready', hlsKey: IsNull(), webKey: Not(IsNull()) } });
  }

  async run(options: { signal?: AbortSignal; onVideo?: (assetId: string, outcome: 'converted' | 'failed') => void } = {}): Promise<BackfillReport> {
    const runner = this.assets.manager.connection.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = (await runner.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', ['video.ladder-backfill'])) as { locked: boolean }[];
      if (!locked) return { status: 'busy', converted: 0, failed: 0, remaining: await this.waiting() };
      try {
        return await this.convertAll(options);
      } finally {
        await runner.query('SELECT pg_advisory_unlock(hashtext($1))', ['video.ladder-backfill']).catch(() => undefined);
      }
    } finally {
      await runner.release();
    }
  }

  private async convertAll(options: { signal?: AbortSignal; onVideo?: (assetId: string, outcome: 'converted' | 'failed') => void }): Promise<BackfillReport> {
    const report: BackfillReport = { status: 'done', converted: 0, failed: 0, remaining: 0 };
    const tried = new Set<string>();
    for (;;) {
      if (options.signal?.aborted) {
        report.status = 'stopped';
        break;
      }
      const next = await this.assets
        .createQueryBuilder('v')
        .where(`v.status = 'ready' AND v.hls_key IS NULL AND v.web_key IS NOT NULL`)
        .andWhere(tried.size ? 'v.id NOT IN (:...tried)' : 'TRUE', { tried: [...tried] })
        .orderBy('v.created_at', 'ASC')
        .addOrderBy('v.id', 'ASC')
        .getOne();
      if (!next) break;
      tried.add(next.id);
      try {
        const outcome = await this.convert(next, options.signal);
        if (outcome === 'converted') report.converted++;
        options.onVideo?.(next.id, 'converted');
      } catch (err) {
        if (options.signal?.aborted) {
          report.status = 'stopped';
          break;
        }
        report.failed++;
        options.onVideo?.(next.id, 'failed');
        const detail = err instanceof MediaError ? { code: err.code, detail: err.detail } : { message: (err as Error).message };
        this.logger.warn({ job: 'video.ladder-backfill', assetId: next.id, ...detail }, 'the ladder of a video could not be made; the next run tries again');
      }
    }
    report.remaining = await this.waiting();
    this.logger.info({ job: 'video.ladder-backfill', ...report }, 'ladder backfill');
    return report;
  }

  /** Makes and records one video's ladder, from its original when it is still stored, else from its web rendition. */
  private async convert(asset: VideoAsset, signal?: AbortSignal): Promise<'converted' | 'skipped'> {
    const started = Date.now();
    const dir = await mkdtemp(path.join(os.tmpdir(), tempDirPrefix(process.pid)));
    try {
      const web = path.join(dir, 'web.mp4');
      const { body } = await this.storage.get(asset.webKey!);
      await pipeline(body, createWriteStream(web), { signal });
      const hasOriginal = asset.originalDeletedAt === null && (await this.storage.head(asset.originalKey)) !== null;
      const source = hasOriginal ? await this.storage.presignGet(asset.originalKey, { expiresInSeconds: SOURCE_URL_SECONDS, internal: true }) : web;
      const probe = await this.media.probe(source, { signal });
      const { encodeTimeoutSeconds, encodeTimeoutFactor } = this.config.videoJobs;
      const timeoutMs = 2 * (encodeTimeoutSeconds + encodeTimeoutFactor * (probe.durationSeconds ?? 0)) * 1000;
      const made = await this.ladder.make(source, web, dir, probe, { durationSeconds: probe.durationSeconds, signal, timeoutMs });
      const stored = await this.ladder.store(asset.entryId, asset.id, made, signal);
      const done = await this.assets.update(
        { id: asset.id, status: 'ready', hlsKey: IsNull(), webKey: asset.webKey! },
        { ...stored, processingSeconds: (asset.processingSeconds ?? 0) + Math.round((Date.now() - started) / 100) / 10 },
      );
      if (done.affected) return 'converted';
      // replaced, or given a ladder another way, meanwhile: keep what it has, unless it is this very ladder
      const now = await this.assets.findOneBy({ id: asset.id });
      if (now?.hlsKey !== stored.hlsKey) await this.ladder.remove(stored.hlsKey);
      return 'skipped';
    } finally {
      await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    }
  }
}
