import { createHmac, timingSafeEqual } from 'node:crypto';
import path from 'node:path';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { Repository } from 'typeorm';
import { Thing } from '@clapper/domain/refusals';
import { Clock } from '../clock/clock.js';
import { notFound } from '../common/domain-error.js';
import { StoragePort, type ObjectStream } from '../storage/storage.port.js';
import { ladderFilePath, ladderRelative, rewritePlaylist } from './hls-playlist.js';
import { VideoAsset } from './video-asset.entity.js';
import { LADDER_TYPES, SPRITE_FILE, THUMBNAILS_FILE } from './video-ladder.js';

/** How long the segment URLs in a served playlist work: a viewer who pauses longer gets a fresh playlist. */
export const SEGMENT_URL_SECONDS = 3600;
/** What a published ladder's files are served with: their names change whenever their bytes do. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a request for a ladder file is answered with. */
export type LadderReply =
  | { kind: 'stream'; object: ObjectStream; contentType: string; cacheControl: string }
  | { kind: 'text'; text: string; contentType: string; cacheControl: string }
  | { kind: 'redirect'; url: string };

/**
 * Serving the adaptive ladder (issue 18), two ways:
 * - published works (the showcase and its embed): every file from the API under a name with the ladder's content
 *   hash, with IMMUTABLE caching, so a CDN in front keeps each for a year (docs/deployment.md);
 * - anything else (the team, coordinators, organisers, judges, the ceremony): a master playlist URL signed by the
 *   API, given with the video's other playback URLs to a caller already cleared to play it. Its playlists are served
 *   `private, no-store` with each segment as a private presigned storage URL, like the web rendition.
 */
@Injectable()
export class LadderPlayback {
  private readonly key: Buffer;

  constructor(
    @InjectRepository(VideoAsset) private readonly assets: Repository<VideoAsset>,
    private readonly storage: StoragePort,
    private readonly clock: Clock,
  ) {
    this.key = storage.signingKey('ladder-url');
  }

  /**
   * The signed URL of a video's master playlist (relative to the site), working until `expiresAt` (when the video's
   * other playback URLs stop: the player then asks for fresh ones), or null when it has no ladder yet.
   */
  masterUrl(asset: Pick<VideoAsset, 'id' | 'hlsKey'>, expiresAt: Date): string | null {
    if (!asset.hlsKey) return null;
    const expires = Math.floor(expiresAt.getTime() / 1000);
    return `/api/media/ladders/${asset.id}/${expires}/${this.sign(asset.id, expires)}/master.m3u8`;
  }

  /** A file of an unpublished ladder, for the holder of a signed URL that has not expired; else not found. */
  async signedFile(assetId: string, expires: string, signature: string, folder: string | null, file: string): Promise<LadderReply> {
    const at = Number(expires);
    const valid =
      UUID.test(assetId) && /^\d{1,12}$/.test(expires) && at * 1000 >= this.clock.now().getTime() && safeEqual(signature, this.sign(assetId.toLowerCase(), at));
    if (!valid) throw notFound(Thing.Video);
    const asset = await this.assets.findOneBy({ id: assetId.toLowerCase(), status: 'ready' });
    if (!asset?.hlsKey) throw notFound(Thing.Video);
    return this.privateFile(asset.hlsKey, folder, file);
  }

  /** A file of a published ladder, as stored, for a caller who checked that its work is public. */
  async publicFile(hlsKey: string, folder: string | null, file: string): Promise<LadderReply> {
    const rel = ladderFilePath(folder, file);
    if (!rel) throw notFound(Thing.File);
    return { kind: 'stream', object: await this.get(hlsKey + rel), contentType: typeOf(rel), cacheControl: IMMUTABLE };
  }

  private async privateFile(hlsKey: string, folder: string | null, file: string): Promise<LadderReply> {
    const rel = ladderFilePath(folder, file);
    if (!rel) throw notFound(Thing.File);
    const presign = (key: string) =>
      this.storage.presignGet(key, { expiresInSeconds: SEGMENT_URL_SECONDS, cacheControl: `private, max-age=${SEGMENT_URL_SECONDS}` });
    // the master names its rungs' playlists relatively: they resolve to this same signed folder
    if (rel.endsWith('.m3u8') && folder !== null) {
      const text = await this.text(hlsKey + rel);
      const urls = new Map<string, string>();
      for (const uri of uris(text)) {
        const own = ladderRelative(folder, uri);
        if (!own) throw notFound(Thing.File);
        urls.set(uri, await presign(hlsKey + own));
      }
      return { kind: 'text', text: rewritePlaylist(text, (uri) => urls.get(uri)!), contentType: typeOf(rel), cacheControl: 'private, no-store' };
    }
    if (rel === THUMBNAILS_FILE) {
      const sprite = await presign(hlsKey + SPRITE_FILE);
      const text = (await this.text(hlsKey + rel)).replaceAll(`${SPRITE_FILE}#`, `${sprite}#`);
      return { kind: 'text', text, contentType: typeOf(rel), cacheControl: 'private, no-store' };
    }
    if (rel.endsWith('.m3u8')) return { kind: 'stream', object: await this.get(hlsKey + rel), contentType: typeOf(rel), cacheControl: 'private, no-store' };
    return { kind: 'redirect', url: await presign(hlsKey + rel) };
  }

  private sign(assetId: string, expires: number): string {
    return createHmac('sha256', this.key).update(`${assetId}.${expires}`).digest('base64url').slice(0, 22);
  }

  private async get(key: string): Promise<ObjectStream> {
    try {
      return await this.storage.get(key);
    } catch {
      throw notFound(Thing.File);
    }
  }

  private async text(key: string): Promise<string> {
    const { body } = await this.get(key);
    const chunks: Buffer[] = [];
    for await (const chunk of body as AsyncIterable<Buffer>) chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
  }
}

/** Sends a ladder reply: the bytes with their type and caching, or a redirect that is never cached. */
export function sendLadder(res: Response, reply: LadderReply): void {
  if (reply.kind === 'redirect') {
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(302, reply.url);
    return;
  }
  res.status(200);
  res.setHeader('Content-Type', reply.contentType);
  res.setHeader('Cache-Control', reply.cacheControl);
  // public ladders may be played by any site's player (they are the showcase's published works)
  if (reply.cacheControl === IMMUTABLE) res.setHeader('Access-Control-Allow-Origin', '*');
  if (reply.kind === 'text') {
    res.send(reply.text);
    return;
  }
  if (reply.object.size) res.setHeader('Content-Length', String(reply.object.size));
  reply.object.body.on('error', () => res.destroy());
  reply.object.body.pipe(res);
}

const typeOf = (rel: string) => LADDER_TYPES[path.extname(rel)] ?? 'application/octet-stream';

/** The URIs a playlist names, each once. */
function uris(text: string): string[] {
  const found = new Set<string>();
  rewritePlaylist(text, (uri) => {
    found.add(uri);
    return uri;
  });
  return [...found];
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
