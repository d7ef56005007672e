import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { checkVideo, isBlocking, webRenditionSize, type ProbeSummary, type VideoProblem, type VideoProblemCode } from '@clapper/domain/video-rules';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { CompetitionsQueries } from '../competitions/competitions.queries.js';
import { EntriesQueries } from '../entries/entries.queries.js';
import { videoReadyMail, videoRejectedMail } from '../entries/team-mails.js';
import { TeamNotices } from '../entries/team-notices.js';
import { currentLogContext } from '../logging/log-context.js';
import { LOGGER, type Logger } from '../logging/logger.js';
import { MediaError, MediaToolkit } from '../media/media-toolkit.js';
import { JobQueue, type JobRun } from '../queue/job-queue.js';
import { StoragePort } from '../storage/storage.port.js';
import { posterKey, webKey } from './video-keys.js';
import { VideoAsset } from './video-asset.entity.js';
import { VideoLadder } from './video-ladder.js';

/** how long the prober and encoder may read the original through its presigned URL */
const SOURCE_URL_SECONDS = 6 * 3600;
/** progress is written at most this often */
const PROGRESS_EVERY_MS = 2000;
/** a temporary folder whose process still runs is swept anyway once it is this old (its pid was reused) */
const TEMP_MAX_AGE_MS = 24 * 3600_000;
/** a claim that was never given a lease (rows from before leases) counts as dead after this long */
const UNLEASED_STALE = '1 hour';
/** an uploaded video with no job queued or running for this long is queued (the accepting process stopped first) */
const STRANDED_AFTER = '2 minutes';

/** Temporary folders are named clapper-video-<host>_<pid>_<random>, so a sweep can tell whose they are. */
const TEMP_PREFIX = 'clapper-video-';
const HOST_TAG =
  os
    .hostname()
    .replace(/[^A-Za-z0-9-]/g, '')
    .slice(0, 40) || 'host';
const TEMP_NAME = /^clapper-video-([A-Za-z0-9-]*)_(\d+)_[A-Za-z0-9]+$/;
/** The start of the name of a temporary folder of a run in process `pid` on this host. */
export const tempDirPrefix = (pid: number) => `${TEMP_PREFIX}${HOST_TAG}_${pid}_`;
/** the temporary folders of runs in this process (every app instance in it) */
const ACTIVE_DIRS = new Set<string>();

export type ProcessOutcome = 'ready' | 'rejected' | 'skipped';

export interface SweepReport {
  /** videos whose run stopped renewing its lease, queued again */
  requeued: number;
  /** uploaded videos with no job queued or running (the process that accepted them stopped before queuing it), queued */
  resent: number;
  /** temporary folders of runs that are gone */
  removedDirs: number;
  /** encoder processes those runs left running */
  killedProcesses: number;
}

/** Why a run stopped early: another run took the video over, or this process is shutting down. */
class Stopped extends Error {
  constructor(readonly why: 'lease_lost' | 'shutdown') {
    super(why);
  }
}

/**
 * The `video.process` job: probe the original, check it against the competition's rules, then write the web
 * rendition, a poster and the adaptive ladder with its seeking previews (video-ladder.ts). Every run ends with the
 * video ready, or rejected with reasons the student can act on:
 * - the rules (probe): the reasons checkVideo gives (not_a_video for a file the prober cannot read);
 * - a file that opens but cannot be decoded (MediaError unreadable): `damaged`, at once;
 * - an encoder failure of another kind, or an encode past its time limit (VIDEO_ENCODE_TIMEOUT_*): `processing_failed`;
 * - a passing failure (storage, the encoder missing, a full disk): given back and retried by the queue; on the
 *   last attempt (VIDEO_PROCESS_ATTEMPTS) `processing_failed` ("upload it again");
 * - a worker that dies: its lease lapses, a sweep (every worker, every half lease) queues the video again and
 *   removes the dead run's temporary folder and encoder; after VIDEO_PROCESS_ATTEMPTS runs, `processing_failed`;
 * - a process that accepted the upload but stopped before queuing its job: the sweep queues it after two minutes.
 * A run holds the video through a lease (lease_owner, lease_until in database time) that it renews every third
 * of VIDEO_LEASE_SECONDS; a run that loses it (another took over) stops and leaves the video alone.
 */
@Injectable()
export class VideosProcessor implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private sweeper: NodeJS.Timeout | null = null;
  private sweeping: Promise<SweepReport> | null = null;
  /** runs in progress, to stop them at shutdown */
  private readonly running = new Set<{ stop(): void; done: Promise<unknown> }>();

  constructor(
    @InjectRepository(VideoAsset) private readonly assets: Repository<VideoAsset>,
    private readonly entries: EntriesQueries,
    private readonly competitions: CompetitionsQueries,
    private readonly storage: StoragePort,
    private readonly media: MediaToolkit,
    private readonly ladder: VideoLadder,
    private readonly queue: JobQueue,
    private readonly notices: TeamNotices,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    this.queue.handle('video.process', async ({ assetId }, run) => {
      await this.process(assetId, run);
    });
  }

  /** Worker processes sweep at start (a restart picks up what it was doing) and every half lease. */
  async onApplicationBootstrap(): Promise<void> {
    if (this.config.mode === 'api') return;
    await this.sweepNow();
    this.sweeper = setInterval(() => void this.sweepNow(), (this.config.videoJobs.leaseSeconds * 1000) / 2);
    this.sweeper.unref();
  }

  /** Stops runs in progress and lets their lease lapse at once, so the next worker to sweep takes them over. */
  async beforeApplicationShutdown(): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = null;
    const runs = [...this.running];
    for (const r of runs) r.stop();
    await Promise.race([Promise.allSettled(runs.map((r) => r.done)), new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
    await this.sweeping?.catch(() => undefined);
  }

  /**
   * Processes the video, then tells its team the outcome (ready, or rejected with the reasons): once per video and
   * outcome, however often the job runs.
   */
  async process(assetId: string, run?: JobRun): Promise<ProcessOutcome> {
    const outcome = await this.processOnly(assetId, run);
    if (outcome !== 'skipped') await this.tellTeam(assetId, outcome);
    return outcome;
  }

  private async processOnly(assetId: string, run?: JobRun): Promise<ProcessOutcome> {
    // the queue puts the job's name and id in the log context; a direct call says what it is itself
    const log = this.logger.child({
      ...(currentLogContext()?.jobId ? {} : { job: 'video.process', jobId: run?.id ?? null }),
      attempt: run?.attempt ?? null,
      assetId,
    });
    const owner = `${HOST_TAG}_${process.pid}_${randomBytes(6).toString('hex')}`;
    const claimed = await this.claim(assetId, owner, run?.id ?? null);
    if (claimed === null) {
      log.debug('video.process: nothing to do (already done, replaced, or held by a live run)');
      return 'skipped';
    }
    const asset = await this.assets.findOneByOrFail({ id: assetId });
    if (claimed > this.config.videoJobs.attempts) {
      log.warn({ attempts: claimed - 1 }, 'video rejected: its processing was interrupted on every attempt');
      return this.reject(asset, owner, [problem('processing_failed')], {}, log);
    }

    const controller = new AbortController();
    let stoppedFor: Stopped['why'] | null = null;
    const stop = (why: Stopped['why']) => {
      stoppedFor ??= why;
      controller.abort(new Stopped(why));
    };
    const heartbeat = setInterval(
      () => {
        void this.renew(assetId, owner)
          .then((held) => held || stop('lease_lost'))
          .catch((err) => log.warn({ err: { message: (err as Error).message } }, 'could not renew the lease on a video'));
      },
      (this.config.videoJobs.leaseSeconds * 1000) / 3,
    );
    heartbeat.unref();
    const dir = { path: null as string | null };
    const done = this.work(asset, owner, controller.signal, dir, log);
    const entry = { stop: () => stop('shutdown'), done };
    this.running.add(entry);
    try {
      return await done;
    } catch (err) {
      if (stoppedFor === 'lease_lost') {
        log.info('another run took this video over; this one stops');
        return 'skipped';
      }
      if (stoppedFor === 'shutdown') {
        // let the lease lapse now: the first worker to sweep queues the video again
        await this.release(assetId, owner).catch(() => undefined);
        log.info('video processing stopped by shutdown; it will be taken over');
        return 'skipped';
      }
      return await this.failed(asset, owner, err, run, claimed, log);
    } finally {
      clearInterval(heartbeat);
      this.running.delete(entry);
      if (dir.path) {
        await rm(dir.path, { recursive: true, force: true }).catch(() => undefined);
        ACTIVE_DIRS.delete(dir.path);
      }
    }
  }

  /**
   * Takes the video for this run: one waiting to be processed, or one whose previous run stopped renewing its
   * lease (its worker died). Returns the number of runs so far, this one included, or null when it is not ours.
   */
  private async claim(assetId: string, owner: string, jobId: string | null): Promise<number | null> {
    const lease = this.config.videoJobs.leaseSeconds;
    const result = await this.assets.manager
      .createQueryBuilder()
      .update(VideoAsset)
      .set({
        status: 'processing',
        progress: 0,
        problems: null,
        leaseOwner: owner,
        jobId,
        leaseUntil: () => `now() + interval '${lease} seconds'`,
        attempts: () => 'attempts + 1',
      })
      .where('id = :assetId', { assetId })
      .andWhere(
        `(status = 'uploaded' OR (status = 'processing' AND (lease_until < now() OR (lease_until IS NULL AND updated_at < now() - interval '${UNLEASED_STALE}'))))`,
      )
      .returning(['attempts'])
      .execute();
    const rows = result.raw as { attempts: number }[];
    return rows.length ? rows[0].attempts : null;
  }

  /** Extends this run's lease; false when the video is no longer ours (taken over, replaced). */
  private async renew(assetId: string, owner: string, progress?: number): Promise<boolean> {
    const lease = this.config.videoJobs.leaseSeconds;
    const result = await this.assets.manager
      .createQueryBuilder()
      .update(VideoAsset)
      .set({ leaseUntil: () => `now() + interval '${lease} seconds'`, ...(progress === undefined ? {} : { progress }) })
      .where({ id: assetId, status: 'processing', leaseOwner: owner })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  private async release(assetId: string, owner: string): Promise<void> {
    await this.assets.manager
      .createQueryBuilder()
      .update(VideoAsset)
      .set({ leaseUntil: () => `now() - interval '1 second'` })
      .where({ id: assetId, status: 'processing', leaseOwner: owner })
      .execute();
  }

  private async work(asset: VideoAsset, owner: string, signal: AbortSignal, dir: { path: string | null }, log: Logger): Promise<ProcessOutcome> {
    const startedAt = Date.now();
    const entry = await this.entries.entryOrFail(asset.entryId);
    const { rules } = await this.competitions.competitionOrFail(entry.competitionId);
    if (!(await this.storage.head(asset.originalKey))) {
      log.warn('video rejected: its original is missing from storage');
      return this.reject(asset, owner, [problem('processing_failed')], {}, log);
    }
    const source = await this.storage.presignGet(asset.originalKey, { expiresInSeconds: SOURCE_URL_SECONDS, internal: true });
    let probe: ProbeSummary | null;
    try {
      probe = await this.media.probe(source, { signal });
    } catch (err) {
      if (err instanceof MediaError && err.code === 'timeout') throw new MediaError('io', 'Reading the video took too long.', err.detail);
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
    if (problems.some(isBlocking) || !probe?.video) return this.reject(asset, owner, problems, facts, log);
    // what the probe read stays with the video, whatever the encode's end
    await this.assets.update({ id: asset.id, status: 'processing', leaseOwner: owner }, facts);

    dir.path = await mkdtemp(path.join(os.tmpdir(), tempDirPrefix(process.pid)));
    ACTIVE_DIRS.add(dir.path);
    const webFile = path.join(dir.path, 'web.mp4');
    const posterFile = path.join(dir.path, 'poster.jpg');
    const size = webRenditionSize(probe.video.displayWidth, probe.video.displayHeight);
    let lastWrite = 0;
    let lastValue = 0;
    let pending: Promise<unknown> = Promise.resolve();
    // the encodes are 90% of the work (the web rendition a third of that, the ladder the rest); the uploads the rest
    const progressFrom = (from: number, to: number) => (fraction: number) => {
      const now = Date.now();
      const value = Math.min(to, from + fraction * (to - from));
      if (now - lastWrite < PROGRESS_EVERY_MS || value - lastValue < 0.01) return;
      lastWrite = now;
      lastValue = value;
      pending = pending.then(() => this.renew(asset.id, owner, value)).catch(() => undefined);
    };
    const { encodeTimeoutSeconds, encodeTimeoutFactor } = this.config.videoJobs;
    const timeoutMs = (encodeTimeoutSeconds + encodeTimeoutFactor * (probe.durationSeconds ?? 0)) * 1000;
    const encode = { durationSeconds: probe.durationSeconds, signal, timeoutMs };
    await this.media.transcodeWeb(source, webFile, { ...size, ...encode, onProgress: progressFrom(0, 0.3) });
    await this.media.poster(webFile, posterFile, Math.min(1, (probe.durationSeconds ?? 0) / 3), { signal });
    // the ladder encodes every rung at once: about twice the web rendition's time (bench:transcode)
    const made = await this.ladder.make(source, webFile, dir.path, probe, { ...encode, timeoutMs: 2 * timeoutMs, onProgress: progressFrom(0.3, 0.9) });
    await pending;
    const sha256 = asset.sha256 ?? (await this.hashOriginal(asset.originalKey));
    signal.throwIfAborted();
    const web = webKey(asset.entryId, asset.id);
    const poster = posterKey(asset.entryId, asset.id);
    await this.storage.put(web, createReadStream(webFile), { contentType: 'video/mp4', contentLength: (await stat(webFile)).size });
    await this.storage.put(poster, createReadStream(posterFile), { contentType: 'image/jpeg', contentLength: (await stat(posterFile)).size });
    const ladder = await this.ladder.store(asset.entryId, asset.id, made, signal);
    const processingSeconds = Math.round((Date.now() - startedAt) / 100) / 10;
    const done = await this.assets.update(
      { id: asset.id, status: 'processing', leaseOwner: owner },
      {
        ...facts,
        ...ladder,
        status: 'ready',
        progress: 1,
        problems: problems.length ? problems : null,
        webKey: web,
        posterKey: poster,
        sha256,
        processingSeconds,
        leaseOwner: null,
        leaseUntil: null,
      },
    );
    if (!done.affected) {
      // replaced (or taken over) while we worked: what we wrote is not ours to keep, unless the new run wrote it
      const now = await this.assets.findOneBy({ id: asset.id });
      if (now?.status !== 'ready') await Promise.all([this.storage.delete(web), this.storage.delete(poster), this.ladder.remove(ladder.hlsKey)]);
      log.info('video.process: the video was replaced or taken over while it was processed');
      return 'skipped';
    }
    log.info(
      { width: size.width, height: size.height, rungs: ladder.hlsRungs.map((r) => r.name), seconds: probe.durationSeconds, processingSeconds },
      'video ready',
    );
    return 'ready';
  }

  /** A run that threw: a rejection when retrying cannot help or this was the last try; else given back and retried. */
  private async failed(asset: VideoAsset, owner: string, err: unknown, run: JobRun | undefined, attempts: number, log: Logger): Promise<ProcessOutcome> {
    const detail = err instanceof MediaError ? { code: err.code, detail: err.detail } : { message: err instanceof Error ? err.message : String(err) };
    if (err instanceof MediaError && err.code === 'unreadable') {
      log.warn(detail, 'video rejected: the encoder found it damaged');
      return this.reject(asset, owner, [problem('damaged')], {}, log);
    }
    if (err instanceof MediaError && (err.code === 'failed' || err.code === 'timeout')) {
      log.warn(detail, err.code === 'timeout' ? 'video rejected: the encode ran past its time limit' : 'video rejected: the encoder failed on it');
      return this.reject(asset, owner, [problem('processing_failed')], {}, log);
    }
    if (run?.lastAttempt || attempts >= this.config.videoJobs.attempts) {
      log.warn({ ...detail, attempts }, 'video rejected: processing failed on its last attempt');
      return this.reject(asset, owner, [problem('processing_failed')], {}, log);
    }
    // a passing failure: give the video back, for the queue's retry to claim
    await this.assets
      .update({ id: asset.id, status: 'processing', leaseOwner: owner }, { status: 'uploaded', progress: 0, leaseOwner: null, leaseUntil: null })
      .catch(() => undefined);
    log.warn({ ...detail, attempts }, 'video processing failed; it will be retried');
    throw err;
  }

  private async reject(asset: VideoAsset, owner: string, problems: VideoProblem[], facts: Partial<VideoAsset>, log: Logger): Promise<ProcessOutcome> {
    const done = await this.assets.update(
      { id: asset.id, status: 'processing', leaseOwner: owner },
      { ...facts, status: 'rejected', progress: 1, problems, leaseOwner: null, leaseUntil: null },
    );
    if (!done.affected) return 'skipped';
    log.info({ problems: problems.map((p) => p.code) }, 'video rejected');
    return 'rejected';
  }

  /**
   * The team hears that its video is ready (with any warnings) or was rejected (with each reason); the once-only key
   * per video and outcome keeps a retried or repeated job from telling them twice. A failure to tell is logged: the
   * video's state stands, and the entry's page shows it.
   */
  private async tellTeam(assetId: string, outcome: 'ready' | 'rejected'): Promise<void> {
    try {
      const asset = await this.assets.findOneBy({ id: assetId });
      if (asset?.status !== outcome) return;
      const problems = (asset.problems ?? []) as VideoProblem[];
      const entry = await this.entries.entryOrFail(asset.entryId);
      if (outcome === 'ready')
        await this.notices.tellTeam(entry, 'entry.video_ready', {}, videoReadyMail(asset, problems), { onceKey: `video:${assetId}:ready` });
      else
        await this.notices.tellTeam(entry, 'entry.video_rejected', { problems: problems.map((p) => p.code) }, videoRejectedMail(problems), {
          onceKey: `video:${assetId}:rejected`,
        });
    } catch (err) {
      this.logger.warn({ assetId, outcome, err: { message: (err as Error).message } }, 'could not tell the team about their video');
    }
  }

  private async hashOriginal(key: string): Promise<string> {
    const { body } = await this.storage.get(key);
    const hash = createHash('sha256');
    for await (const chunk of body as AsyncIterable<Buffer>) hash.update(chunk);
    return hash.digest('hex');
  }

  private sweepNow(): Promise<SweepReport> {
    this.sweeping ??= this.sweep()
      .catch((err: unknown) => {
        this.logger.warn({ err: { message: (err as Error).message } }, 'video sweep failed');
        return { requeued: 0, resent: 0, removedDirs: 0, killedProcesses: 0 };
      })
      .finally(() => {
        this.sweeping = null;
      });
    return this.sweeping;
  }

  /**
   * Finds the work of runs that are gone: videos whose lease lapsed go back to the queue (their old job is
   * cancelled), and temporary folders of processes that no longer run are removed, with any encoder they left.
   */
  async sweep(): Promise<SweepReport> {
    const report: SweepReport = { requeued: 0, resent: 0, removedDirs: 0, killedProcesses: 0 };
    const raw: unknown[] = await this.assets.manager.query(
      `WITH dead AS (
         SELECT id, job_id FROM video_assets
          WHERE status = 'processing' AND (lease_until < now() OR (lease_until IS NULL AND updated_at < now() - interval '${UNLEASED_STALE}'))
          FOR UPDATE SKIP LOCKED)
       UPDATE video_assets v SET status = 'uploaded', progress = 0, lease_owner = NULL, lease_until = NULL, job_id = NULL, updated_at = now()
         FROM dead WHERE v.id = dead.id
       RETURNING v.id, dead.job_id`,
    );
    // TypeORM answers an UPDATE with [rows, count]
    const dead = (Array.isArray(raw[0]) ? raw[0] : raw) as { id: string; job_id: string | null }[];
    for (const row of dead) {
      if (row.job_id) await this.queue.cancel('video.process', row.job_id).catch(() => undefined);
      await this.queue.send('video.process', { assetId: row.id }, { singletonKey: row.id });
      this.logger.warn({ job: 'video.process', jobId: row.job_id, assetId: row.id }, 'video processing was interrupted (its worker stopped); queued again');
      report.requeued++;
    }
    // an upload is accepted, then its job is queued: a process that stops between the two leaves the video waiting
    // with no job. A backlog keeps jobs queued for longer than this, and those are left alone.
    const waiting: { id: string }[] = await this.assets.manager.query(
      `SELECT id FROM video_assets WHERE status = 'uploaded' AND updated_at < now() - interval '${STRANDED_AFTER}' ORDER BY updated_at LIMIT 200`,
    );
    const queued = await this.queue.pendingKeys(
      'video.process',
      waiting.map((w) => w.id),
    );
    for (const { id } of waiting.filter((w) => !queued.has(w.id))) {
      await this.queue.send('video.process', { assetId: id }, { singletonKey: id });
      this.logger.warn({ job: 'video.process', assetId: id }, 'an uploaded video had no processing job (the process that accepted it stopped first); queued');
      report.resent++;
    }
    const swept = await sweepTempDirs(os.tmpdir());
    report.removedDirs = swept.removedDirs;
    report.killedProcesses = swept.killedProcesses;
    if (swept.removedDirs) this.logger.info({ job: 'video.process', ...swept }, 'removed the temporary folders of video runs that are gone');
    return report;
  }
}

const problem = (code: VideoProblemCode): VideoProblem => ({ code, params: {} });

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Processes (Linux: from /proc) whose command line mentions `needle`, e.g. an encoder writing into a folder. */
async function processesUsing(needle: string): Promise<number[]> {
  if (process.platform !== 'linux') return [];
  const found: number[] = [];
  for (const name of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    const cmdline = await readFile(`/proc/${name}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.includes(needle)) found.push(Number(name));
  }
  return found;
}

/**
 * Removes the temporary folders of video runs whose process is gone (on this host), after killing any encoder
 * still writing into them: ffmpeg outlives a worker killed with SIGKILL. Folders of live processes are kept, unless
 * older than a day (the pid was reused); this process's own are never touched here.
 */
export async function sweepTempDirs(tmp: string): Promise<{ removedDirs: number; killedProcesses: number }> {
  let removedDirs = 0;
  let killedProcesses = 0;
  for (const name of await readdir(tmp).catch(() => [] as string[])) {
    if (!name.startsWith(TEMP_PREFIX)) continue;
    const full = path.join(tmp, name);
    if (ACTIVE_DIRS.has(full)) continue;
    const info = await stat(full).catch(() => null);
    if (!info?.isDirectory()) continue;
    const old = Date.now() - info.mtimeMs > TEMP_MAX_AGE_MS;
    const m = TEMP_NAME.exec(name);
    if (!old) {
      // another host's folder (a shared temp folder), or a live process's: not ours to judge
      if (!m || m[1] !== HOST_TAG) continue;
      const pid = Number(m[2]);
      if (pid === process.pid || processRuns(pid)) continue;
    }
    for (const pid of await processesUsing(full + path.sep)) {
      try {
        process.kill(pid, 'SIGKILL');
        killedProcesses++;
      } catch {
        // gone already
      }
    }
    await rm(full, { recursive: true, force: true }).catch(() => undefined);
    removedDirs++;
  }
  return { removedDirs, killedProcesses };
}
