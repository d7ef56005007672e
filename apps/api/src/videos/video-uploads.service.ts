import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Not, type EntityManager } from 'typeorm';
import { sniffFileType, SNIFF_BYTES, type SniffedType } from '@clapper/domain/file-signature';
import type { Actor } from '../auth/actor.js';
import { AuditQueries } from '../audit/audit.queries.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../clock/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { CommonReason, FieldReason, problem, Thing, VideosReason } from '@clapper/domain/refusals';
import type { VideoProblem } from '@clapper/domain/video-rules';
import { DomainError, fieldRefusal, notFound } from '../common/domain-error.js';
import { CompetitionsQueries } from '../competitions/competitions.queries.js';
import { EntryAccess } from '../entries/entry-access.service.js';
import type { Entry } from '../entries/entries.queries.js';
import { LOGGER, type Logger } from '../logging/logger.js';
import { JobQueue } from '../queue/job-queue.js';
import { RateLimiter } from '../rate-limit/rate-limiter.js';
import { StorageError, StoragePort } from '../storage/storage.port.js';
import {
  contentTypeAllowed,
  type CompleteUploadDto,
  type PartUrlsDto,
  type StartUploadDto,
  type UploadedPartsDto,
  type UploadStartedDto,
  VIDEO_CONTENT_TYPES,
} from './dto/video.dto.js';
import { cleanFileName } from './file-name.js';
import { emptyFile, streamToStorage, type IncomingFile } from './stream-to-storage.js';
import { choosePartSize, originalKey, expectedPartBytes } from './video-keys.js';
import { VideoAsset } from './video-asset.entity.js';
import { VideoLadder } from './video-ladder.js';
import { metrics } from '../metrics/metrics.js';

export const VIDEO_TYPES: readonly SniffedType[] = ['mp4', 'mov', 'webm', 'mkv'];
const CONTENT_TYPE_OF: Partial<Record<SniffedType, string>> = { mp4: 'video/mp4', mov: 'video/quicktime', webm: 'video/webm', mkv: 'video/x-matroska' };
const PART_URL_SECONDS = 15 * 60;
/** the audit action that records who started a browser upload: the open uploads of an account are counted by it */
export const UPLOAD_STARTED = 'video.upload_started';
/** statuses of an asset that stands for the entry's video (anything but an upload in progress or a replaced one) */
export const SETTLED_STATUSES = ['uploaded', 'processing', 'ready', 'rejected'] as const;

export const notAVideo = (sniffed: SniffedType) =>
  new DomainError('rule_violation', VideosReason.NotAVideo, 'This file is not a video we can open. Export your video as an MP4 file and upload that.', {
    detected: sniffed,
  });

const tooLarge = (maxBytes: number) =>
  new DomainError(
    'payload_too_large',
    VideosReason.FileTooLarge,
    `The file is larger than this competition's limit of ${Math.floor(maxBytes / 1024 / 1024)} MB.`,
    {
      maxBytes,
    },
  );

/** Parts missing, cut off or not what was uploaded: the browser sends them again (`details.missingParts` for tools). */
const partsMissing = (parts: number[]) =>
  new DomainError(
    'validation_failed',
    VideosReason.PartsMissing,
    `These parts are missing or do not match what was uploaded: ${parts.join(', ')}. Upload them again.`,
    { parts },
    {
      fields: [{ field: 'parts', messages: [`missing or mismatched parts: ${parts.join(', ')}`], problems: [problem(VideosReason.PartsMissing, { parts })] }],
      details: { missingParts: parts },
    },
  );

function storageFailure(err: unknown): unknown {
  if (err instanceof StorageError && err.code === 'unavailable')
    return new DomainError('storage_unavailable', CommonReason.StorageUnavailable, 'File storage is not answering. Please try again in a minute.', {});
  return err;
}

/**
 * Getting an entry's video in: straight from the browser to S3 in presigned parts, or streamed through the API.
 * Either way the bytes are checked by content, the previous video is replaced, and processing is queued.
 */
@Injectable()
export class VideoUploadsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: EntryAccess,
    private readonly storage: StoragePort,
    private readonly queue: JobQueue,
    private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly audit: AuditService,
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly competitions: CompetitionsQueries,
    private readonly auditTrail: AuditQueries,
    private readonly ladder: VideoLadder,
  ) {}

  /** The entry, when the actor may change its content now, with its competition's size limit. */
  private async team(actor: Actor, entryId: string, m: EntityManager): Promise<{ entry: Entry; maxBytes: number }> {
    const { entry } = await this.access.editDraft(actor, entryId, m);
    const competition = await this.competitions.competitionOrFail(entry.competitionId, m);
    return { entry, maxBytes: competition.rules.maxFileSizeBytes };
  }

  private async uploadingAsset(entryId: string, assetId: string, m: EntityManager): Promise<VideoAsset> {
    const asset = await m.findOne(VideoAsset, { where: { id: assetId, entryId } });
    if (!asset) throw notFound(Thing.Upload);
    if (asset.status !== 'uploading' || !asset.uploadId)
      throw new DomainError('conflict', VideosReason.UploadFinished, 'This upload is already finished or was cancelled. Start a new upload.', {});
    return asset;
  }

  /**
   * The browser uploads `actor` started that are still open (not completed, cancelled or cleaned up), read from the
   * audit events their starts wrote. Called under the account's upload lock (start).
   */
  private async openUploadsOf(actor: Actor, m: EntityManager): Promise<{ id: string; entryId: string; originalKey: string; uploadId: string }[]> {
    const open = await m.find(VideoAsset, {
      where: { status: 'uploading', uploadId: Not(IsNull()) },
      select: { id: true, entryId: true, originalKey: true, uploadId: true },
    });
    const mine = await this.auditTrail.subjectsActedOnBy(
      actor.userId,
      UPLOAD_STARTED,
      'video_asset',
      open.map((v) => v.id),
      m,
    );
    return open.filter((v) => mine.has(v.id)).map((v) => ({ id: v.id, entryId: v.entryId, originalKey: v.originalKey, uploadId: v.uploadId! }));
  }

  async start(actor: Actor, entryId: string, dto: StartUploadDto): Promise<UploadStartedDto> {
    if (dto.sizeBytes === 0) throw emptyFile('sizeBytes');
    const fileName = cleanFileName(dto.fileName);
    if (!fileName) throw fieldRefusal('fileName', VideosReason.FileNameEmpty, {}, 'The file name is empty once cleaned; rename the file and try again.');
    if (!contentTypeAllowed(dto.contentType))
      throw new DomainError(
        'unsupported_media_type',
        VideosReason.NotVideoType,
        `Upload a video file (${VIDEO_CONTENT_TYPES.join(', ')}).`,
        { accepted: [...VIDEO_CONTENT_TYPES] },
        {
          fields: [
            {
              field: 'contentType',
              messages: [`must be one of ${VIDEO_CONTENT_TYPES.join(', ')}`],
              problems: [problem(FieldReason.NotOneOf, { allowed: [...VIDEO_CONTENT_TYPES] })],
            },
          ],
        },
      );
    const contentType = dto.contentType.toLowerCase().split(';')[0].trim();
    const { maxOpenPerAccount, startsPerHour } = this.config.uploads;
    await this.limiter.consume(
      'video-upload-start',
      actor.userId,
      (seconds) => `You have started ${startsPerHour} uploads this hour. Wait ${seconds} seconds and try again.`,
    );
    let superseded: { originalKey: string; uploadId: string }[] = [];
    const started = await this.db.transaction(async (m) => {
      const { maxBytes } = await this.team(actor, entryId, m);
      if (dto.sizeBytes > maxBytes) throw tooLarge(maxBytes);
      // one start at a time per account, so that two at once cannot both pass the count
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`video-upload-start:${actor.userId}`]);
      const open = await this.openUploadsOf(actor, m);
      // starting again on an entry replaces this account's unfinished upload to it (another device, a lost tab)
      const replaced = open.filter((u) => u.entryId === entryId);
      if (open.length - replaced.length >= maxOpenPerAccount)
        throw new DomainError(
          'conflict',
          VideosReason.TooManyOpenUploads,
          `You already have ${maxOpenPerAccount} uploads in progress. Finish or cancel one of them, then start this one.`,
          { limit: maxOpenPerAccount },
        );
      if (replaced.length) await m.delete(VideoAsset, { id: In(replaced.map((u) => u.id)), status: 'uploading' });
      const assetId = randomUUID();
      const key = originalKey(entryId, assetId);
      const uploadId = await this.storage.createMultipartUpload(key, contentType).catch((err) => Promise.reject(storageFailure(err)));
      try {
        await m.insert(VideoAsset, { id: assetId, entryId, status: 'uploading', originalKey: key, uploadId, fileName, sizeBytes: dto.sizeBytes, progress: 0 });
        await this.audit.record(
          { actorId: actor.userId, action: UPLOAD_STARTED, subjectType: 'video_asset', subjectId: assetId, after: { entryId, sizeBytes: dto.sizeBytes } },
          m,
        );
      } catch (err) {
        await this.storage.abortMultipartUpload(key, uploadId).catch(() => undefined);
        throw err;
      }
      superseded = replaced;
      return { assetId, uploadId, key, ...choosePartSize(dto.sizeBytes) };
    });
    // their rows are gone; their parts go now (or with the clean-up of unfinished uploads, if storage does not answer)
    for (const u of superseded)
      await this.storage
        .abortMultipartUpload(u.originalKey, u.uploadId)
        .catch((err) => this.logger.warn({ err, key: u.originalKey }, 'could not abort a replaced upload'));
    return started;
  }

  async partUrls(actor: Actor, entryId: string, assetId: string, partNumbers: number[]): Promise<PartUrlsDto> {
    const asset = await this.db.transaction(async (m) => {
      await this.team(actor, entryId, m);
      return this.uploadingAsset(entryId, assetId, m);
    });
    const { partCount } = choosePartSize(asset.sizeBytes ?? 0);
    const beyond = partNumbers.filter((n) => n > partCount);
    if (beyond.length)
      throw fieldRefusal(
        'partNumbers',
        VideosReason.NoSuchParts,
        { partCount, parts: beyond },
        `This upload has ${partCount} part(s); there is no part ${beyond.join(', ')}.`,
      );
    const expiresAt = new Date(this.clock.now().getTime() + PART_URL_SECONDS * 1000);
    // each URL is good for exactly that part's bytes: partSize, the last one the rest
    const parts = await Promise.all(
      partNumbers.map(async (partNumber) => ({
        partNumber,
        url: await this.storage.presignUploadPart(
          asset.originalKey,
          asset.uploadId!,
          partNumber,
          expectedPartBytes(asset.sizeBytes ?? 0, partNumber),
          PART_URL_SECONDS,
        ),
      })),
    );
    return { parts, expiresAt: expiresAt.toISOString() };
  }

  async uploadedParts(actor: Actor, entryId: string, assetId: string): Promise<UploadedPartsDto> {
    const asset = await this.db.transaction(async (m) => {
      await this.team(actor, entryId, m);
      return this.uploadingAsset(entryId, assetId, m);
    });
    const parts = await this.storage.listParts(asset.originalKey, asset.uploadId!).catch((err) => Promise.reject(this.uploadGone(err)));
    // a part cut off mid-transfer (paused, network lost) is not uploaded: the browser must send it again
    return { parts: parts.filter((p) => p.etag && p.size === expectedPartBytes(asset.sizeBytes ?? 0, p.partNumber)) };
  }

  private uploadGone(err: unknown): unknown {
    if (err instanceof StorageError && err.code === 'upload_not_found')
      return new DomainError('conflict', VideosReason.UploadExpired, 'This upload has expired or was cancelled. Start a new upload.', {});
    return storageFailure(err);
  }

  async complete(actor: Actor, entryId: string, assetId: string, dto: CompleteUploadDto): Promise<void> {
    const { asset, maxBytes } = await this.db.transaction(async (m) => {
      const { maxBytes } = await this.team(actor, entryId, m);
      return { asset: await this.uploadingAsset(entryId, assetId, m), maxBytes };
    });
    const claimed = dto.parts;
    const numbers = claimed.map((p) => p.partNumber);
    if (new Set(numbers).size !== numbers.length) throw fieldRefusal('parts', FieldReason.NotUnique, {}, 'Each part may be listed once.');
    const { partCount } = choosePartSize(asset.sizeBytes ?? 0);
    const expected = Array.from({ length: partCount }, (_, i) => i + 1);

    const stored = new Map(
      (await this.storage.listParts(asset.originalKey, asset.uploadId!).catch((err) => Promise.reject(this.uploadGone(err)))).map((p) => [p.partNumber, p]),
    );
    const unquote = (etag: string) => etag.replace(/^W\//, '').replace(/"/g, '').toLowerCase();
    const claimedByNumber = new Map(claimed.map((p) => [p.partNumber, p]));
    const missing = expected.filter((n) => {
      const part = stored.get(n);
      const claim = claimedByNumber.get(n);
      return !part || !claim || !part.etag || unquote(part.etag) !== unquote(claim.etag);
    });
    const extra = numbers.filter((n) => n > partCount);
    if (missing.length || extra.length) {
      throw missing.length
        ? partsMissing(missing)
        : fieldRefusal(
            'parts',
            VideosReason.NoSuchParts,
            { partCount, parts: extra },
            `This upload has ${partCount} part(s); remove part ${extra.join(', ')}.`,
          );
    }
    const total = expected.reduce((sum, n) => sum + stored.get(n)!.size, 0);
    if (total > maxBytes) {
      // more than the competition allows can never become the video: nothing is kept
      await this.storage.abortMultipartUpload(asset.originalKey, asset.uploadId!).catch(() => undefined);
      await this.db.getRepository(VideoAsset).delete({ id: asset.id, status: 'uploading' });
      throw tooLarge(maxBytes);
    }
    if (total !== asset.sizeBytes)
      throw fieldRefusal(
        'parts',
        VideosReason.SizeMismatch,
        { total, expected: asset.sizeBytes ?? 0 },
        `The parts add up to ${total} bytes, but the file has ${asset.sizeBytes}. Upload the parts again.`,
      );
    // a part cut off mid-transfer (paused, network lost) has the wrong size even when the total happens to match
    const cut = expected.filter((n) => stored.get(n)!.size !== expectedPartBytes(asset.sizeBytes ?? 0, n));
    if (cut.length) throw partsMissing(cut);

    const head = await this.storage
      .completeMultipartUpload(
        asset.originalKey,
        asset.uploadId!,
        expected.map((n) => ({ partNumber: n, etag: stored.get(n)!.etag })),
      )
      .catch((err) => Promise.reject(this.uploadGone(err)));
    if (head.size !== asset.sizeBytes || head.size > maxBytes) {
      await this.refuseStored(asset, [{ code: 'file_too_large', params: { bytes: head.size, max: maxBytes } }]);
      throw tooLarge(maxBytes);
    }
    const sniffed = await this.sniffStored(asset.originalKey);
    if (!VIDEO_TYPES.includes(sniffed)) {
      await this.refuseStored(asset, [{ code: 'not_a_video', params: { detected: sniffed } }]);
      throw notAVideo(sniffed);
    }
    await this.accept(actor, entryId, asset.id, { sizeBytes: head.size, sha256: null });
    metrics().uploadedBytes('presigned', head.size);
  }

  private async sniffStored(key: string): Promise<SniffedType> {
    const { body } = await this.storage.get(key, { start: 0, end: SNIFF_BYTES - 1 });
    const chunks: Buffer[] = [];
    let length = 0;
    for await (const chunk of body as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      length += chunk.length;
      if (length >= SNIFF_BYTES) break;
    }
    body.destroy();
    return sniffFileType(Buffer.concat(chunks).subarray(0, SNIFF_BYTES));
  }

  /** An upload that arrived but cannot be the video: the bytes go, the row says why. */
  private async refuseStored(asset: VideoAsset, problems: VideoProblem[]): Promise<void> {
    await this.storage.delete(asset.originalKey);
    await this.db.getRepository(VideoAsset).update({ id: asset.id, status: 'uploading' }, { status: 'rejected', uploadId: null, problems });
  }

  async abort(actor: Actor, entryId: string, assetId: string): Promise<void> {
    const asset = await this.db.transaction(async (m) => {
      await this.team(actor, entryId, m);
      return this.uploadingAsset(entryId, assetId, m);
    });
    await this.storage.abortMultipartUpload(asset.originalKey, asset.uploadId!).catch((err) => Promise.reject(storageFailure(err)));
    await this.storage.delete(asset.originalKey);
    await this.db.getRepository(VideoAsset).delete({ id: asset.id, status: 'uploading' });
  }

  /**
   * The server path: the file the controller read from the request, streamed to storage; nothing is kept when it is
   * refused. It is opened only once the actor may upload to the entry.
   */
  async receive(actor: Actor, entryId: string, file: IncomingFile): Promise<{ assetId: string }> {
    const { asset, maxBytes } = await this.db.transaction(async (m) => {
      const { maxBytes } = await this.team(actor, entryId, m);
      const id = randomUUID();
      const asset = m.create(VideoAsset, {
        id,
        entryId,
        status: 'uploading',
        originalKey: originalKey(entryId, id),
        uploadId: null,
        fileName: 'upload',
        sizeBytes: null,
        progress: 0,
      });
      await m.insert(VideoAsset, asset);
      return { asset, maxBytes };
    });
    try {
      const { stream, fileName: sent, contentType: declared } = await file.open();
      const stored = await streamToStorage(stream, {
        storage: this.storage,
        key: asset.originalKey,
        contentType: 'application/octet-stream',
        maxBytes,
        accept: VIDEO_TYPES,
        refuse: notAVideo,
        tooLarge: () => tooLarge(maxBytes),
      });
      const fileName = cleanFileName(sent) ?? `video.${stored.sniffed}`;
      await this.db.getRepository(VideoAsset).update({ id: asset.id }, { fileName });
      await this.accept(actor, entryId, asset.id, { sizeBytes: stored.size, sha256: stored.sha256 });
      metrics().uploadedBytes('streaming', stored.size);
      this.logger.info({ entryId, assetId: asset.id, bytes: stored.size, type: CONTENT_TYPE_OF[stored.sniffed], declared }, 'video received');
      return { assetId: asset.id };
    } catch (err) {
      await this.storage.delete(asset.originalKey).catch(() => undefined);
      await this.db.getRepository(VideoAsset).delete({ id: asset.id, status: 'uploading' });
      throw storageFailure(err);
    }
  }

  /**
   * The upload is in and is a video: it becomes the entry's video, the previous one is replaced (its objects
   * deleted), and processing is queued. The entry must still be an editable draft.
   */
  private async accept(actor: Actor, entryId: string, assetId: string, stored: { sizeBytes: number; sha256: string | null }): Promise<void> {
    let replaced: VideoAsset[];
    try {
      replaced = await this.db.transaction(async (m) => {
        await this.access.editDraft(actor, entryId, m);
        const claimed = await m.update(
          VideoAsset,
          { id: assetId, entryId, status: 'uploading' },
          { status: 'uploaded', uploadId: null, sizeBytes: stored.sizeBytes, sha256: stored.sha256, progress: 0 },
        );
        if (!claimed.affected) throw new DomainError('conflict', VideosReason.UploadFinished, 'This upload is already finished or was cancelled.', {});
        const previous = await m.find(VideoAsset, { where: { entryId, id: Not(assetId), status: In([...SETTLED_STATUSES]) } });
        if (previous.length) await m.update(VideoAsset, { id: In(previous.map((p) => p.id)) }, { status: 'replaced' });
        return previous;
      });
    } catch (err) {
      // the entry was submitted (or the upload cancelled) while the bytes travelled: keep nothing
      const asset = await this.db.getRepository(VideoAsset).findOne({ where: { id: assetId } });
      if (asset?.status === 'uploading') {
        await this.storage.delete(asset.originalKey).catch(() => undefined);
        await this.db.getRepository(VideoAsset).delete({ id: assetId, status: 'uploading' });
      }
      throw err;
    }
    for (const old of replaced) {
      for (const key of [old.originalKey, old.webKey, old.posterKey])
        if (key) await this.storage.delete(key).catch((err) => this.logger.warn({ err, key }, 'could not delete a replaced video object'));
      await this.ladder.remove(old.hlsKey).catch((err) => this.logger.warn({ err, key: old.hlsKey }, "could not delete a replaced video's ladder"));
    }
    await this.queue.send('video.process', { assetId }, { singletonKey: assetId });
  }
}
