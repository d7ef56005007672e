import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Injectable } from '@nestjs/common';
import { HLS_FIRST_PART_SECONDS, ladderFor, spritePlan, thumbnailsVtt, type SpritePlan } from '@clapper/domain/ladder';
import type { ProbeSummary } from '@clapper/domain/video-rules';
import { initTimescale, splitSegment } from '../media/fmp4-split.js';
import { MediaToolkit, type EncodeOptions } from '../media/media-toolkit.js';
import { StoragePort } from '../storage/storage.port.js';
import { hlsPrefix } from './video-keys.js';
import type { LadderRung } from './video-asset.entity.js';

/** The seeking previews, beside the playlists in the ladder's folder. */
export const SPRITE_FILE = 'sprite.jpg';
export const THUMBNAILS_FILE = 'thumbnails.vtt';

/** The content type each file of a ladder is stored (and served) with, by its extension. */
export const LADDER_TYPES: Record<string, string> = {
  '.m3u8': 'application/vnd.apple.mpegurl',
  '.m4s': 'video/iso.segment',
  '.mp4': 'video/mp4',
  '.jpg': 'image/jpeg',
  '.vtt': 'text/vtt; charset=utf-8',
};

/** files uploaded side by side */
const UPLOADS_AT_ONCE = 4;

/** A ladder made in a local folder, not stored yet. */
export interface MadeLadder {
  dir: string;
  rungs: LadderRung[];
  sprite: SpritePlan;
  /** the content hash of every file in the folder (ladderHash) */
  hash: string;
}

/** What a stored ladder is recorded as on its video. */
export interface StoredLadder {
  hlsKey: string;
  hlsHash: string;
  hlsRungs: LadderRung[];
  sprite: SpritePlan;
}

/** Every file under `dir`, as paths relative to it with '/' between folders, sorted. */
async function filesUnder(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await filesUnder(dir, rel)));
    else out.push(rel);
  }
  return out.sort();
}

/**
 * The content hash of a ladder's folder: SHA-256 over each file's path and SHA-256, in path order, cut to 32 hex
 * digits (128 bits). It names the folder in storage and in public URLs, so that every file's URL changes whenever any
 * byte does and can be cached for ever; two encodes that write the same bytes get the same name.
 */
export async function ladderHash(dir: string): Promise<string> {
  const all = createHash('sha256');
  for (const rel of await filesUnder(dir)) {
    const one = createHash('sha256').update(await readFile(path.join(dir, rel)));
    all.update(`${rel}\0${one.digest('hex')}\n`);
  }
  return all.digest('hex').slice(0, 32);
}

/** The name of the rest of a split first segment, beside it: seg_00000.m4s then seg_00000-1.m4s. */
export const restOfFirst = (segment: string) => segment.replace(/\.m4s$/, '-1.m4s');

/**
 * Serves each playlist's first segment in two (HLS_FIRST_PART_SECONDS, then the rest), cut at the keyframe every
 * rung has there (the sound at any frame): the first picture needs its first part only. A segment of a shape the
 * splitter does not know is left whole, which plays as before.
 */
export async function splitFirstSegments(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const folder = path.join(dir, entry.name);
    const playlist = path.join(folder, 'index.m3u8');
    const text = await readFile(playlist, 'utf8').catch(() => null);
    const init = text && /#EXT-X-MAP:URI="([^"/]+)"/.exec(text)?.[1];
    const first = text && /^#EXTINF:([\d.]+),[^\n]*\n([^#\n][^\n]*)$/m.exec(text);
    if (!text || !init || !first) continue;
    const timescale = initTimescale(await readFile(path.join(folder, init)));
    const segment = first[2].trim();
    const split = timescale && splitSegment(await readFile(path.join(folder, segment)), timescale, HLS_FIRST_PART_SECONDS);
    if (!split) continue;
    await writeFile(path.join(folder, segment), split.head);
    await writeFile(path.join(folder, restOfFirst(segment)), split.tail);
    const entries = `#EXTINF:${split.headSeconds.toFixed(6)},\n${segment}\n#EXTINF:${split.tailSeconds.toFixed(6)},\n${restOfFirst(segment)}`;
    await writeFile(playlist, text.replace(first[0], entries));
  }
}

/**
 * Makes and stores a video's adaptive ladder (issue 18): the HLS rungs of its size with the shared sound, and the
 * seeking previews (a sprite and the WebVTT that maps times to its tiles). The video processor makes one for every
 * new video; the backfill (video-ladder-backfill.ts) for videos processed before.
 */
@Injectable()
export class VideoLadder {
  constructor(
    private readonly media: MediaToolkit,
    private readonly storage: StoragePort,
  ) {}

  /**
   * Encodes the ladder of `source` (a URL or path, as for the toolkit) into `workDir`/hls, and the previews from
   * `previewSource` (a local file that decodes quickly: the web rendition). `probe` is what the prober read of source.
   */
  async make(source: string, previewSource: string, workDir: string, probe: ProbeSummary, options: EncodeOptions): Promise<MadeLadder> {
    const video = probe.video;
    if (!video) throw new RangeError('a ladder needs a picture');
    const rungs = ladderFor(video.displayWidth, video.displayHeight);
    const dir = path.join(workDir, 'hls');
    await this.media.hlsLadder(source, dir, { ...options, rungs, audioChannels: probe.audio?.channels ?? null });
    await splitFirstSegments(dir);
    const duration = probe.durationSeconds && probe.durationSeconds > 0 ? probe.durationSeconds : 1;
    const sprite = spritePlan(duration, video.displayWidth, video.displayHeight);
    await this.media.thumbnailSprite(previewSource, path.join(dir, SPRITE_FILE), sprite, { signal: options.signal });
    await writeFile(path.join(dir, THUMBNAILS_FILE), thumbnailsVtt(sprite, duration, SPRITE_FILE));
    return {
      dir,
      rungs: rungs.map((r) => ({ name: r.name, width: r.width, height: r.height, videoKbps: r.videoKbps })),
      sprite,
      hash: await ladderHash(dir),
    };
  }

  /** Uploads a made ladder under its video's folder, named by its hash; what is already there is written again. */
  async store(entryId: string, assetId: string, made: MadeLadder, signal?: AbortSignal): Promise<StoredLadder> {
    const prefix = hlsPrefix(entryId, assetId, made.hash);
    const files = await filesUnder(made.dir);
    let next = 0;
    const worker = async () => {
      while (next < files.length) {
        signal?.throwIfAborted();
        const rel = files[next++];
        const full = path.join(made.dir, rel);
        const contentType = LADDER_TYPES[path.extname(rel)] ?? 'application/octet-stream';
        await this.storage.put(prefix + rel, createReadStream(full), { contentType, contentLength: (await stat(full)).size });
      }
    };
    await Promise.all(Array.from({ length: Math.min(UPLOADS_AT_ONCE, files.length) }, worker));
    return { hlsKey: prefix, hlsHash: made.hash, hlsRungs: made.rungs, sprite: made.sprite };
  }

  /** Deletes every stored file of a ladder (its video was replaced, or it was made for nothing). */
  async remove(hlsKey: string | null): Promise<void> {
    if (!hlsKey) return;
    for (const o of await this.storage.list(hlsKey)) await this.storage.delete(o.key);
  }
}
