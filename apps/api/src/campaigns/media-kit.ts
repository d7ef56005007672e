import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import yazl from 'yazl';
import type { ProbeSummary } from '@clapper/domain/video-rules';
import { CampaignsReason } from '@clapper/domain/refusals';
import { DomainError } from '../common/domain-error.js';
import type { MediaToolkit } from '../media/media-toolkit.js';
import type { StoragePort } from '../storage/storage.port.js';
import { originalExtension, workFolder } from './kit-names.js';
import type { WorkFacts } from './work-facts.js';

/**
 * One file in a kit: an object streamed from storage as it is; the original video, copied without its metadata
 * (`strip`: the container to write) when the writer reaches it; or a text written here.
 */
export type KitItem = { path: string; key: string; size: number; mtime: Date; strip?: { container: string | null } } | { path: string; text: string };

/** What a kit is made from: stored objects, and ffmpeg for the originals' metadata-free copies. */
export interface KitSources {
  storage: StoragePort;
  media: MediaToolkit;
}

/** how long ffmpeg's presigned read of an original stays valid: the copy reads it once, from start to end */
const ORIGINAL_URL_SECONDS = 60 * 60;
/** above this, a ZIP entry whose size is only known once written needs ZIP64 fields from the start */
const ZIP64_FROM_BYTES = 0xf0000000;

const day = (d: Date) => d.toISOString().slice(0, 10);
const stamp = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** CREDITS.txt: the credits as the team consented to them, and the attribution the licence asks for. */
export function creditsText(w: WorkFacts): string {
  const lines = [
    w.entry.title,
    '',
    `Made by: ${w.credits.byline}`,
    ...(w.credits.schools.length ? [`School: ${w.credits.schools.join(', ')}`] : []),
    `Country: ${w.countryName}`,
    `Category: ${w.categoryName}`,
    `Competition: ${w.competitionName}`,
    `Entry code: ${w.entry.code}`,
    '',
    'Attribution (use it wherever the work is shown):',
    w.attribution,
  ];
  if (w.entry.sources.trim()) lines.push('', 'Music and footage in the work, as the team declared them:', w.entry.sources.trim());
  return lines.join('\n') + '\n';
}

/**
 * LICENCE.txt: the text version the team accepted, and when. The team is named as its public credits name it (the
 * account that clicked "accept" may carry a minor's full name, so it is never written here).
 */
export function licenceText(w: WorkFacts): string {
  const l = w.licence!;
  return (
    [
      `${l.title} (version ${l.version})`,
      '',
      `Accepted for “${w.entry.title}” (${w.entry.code}) on behalf of its team, credited as ${w.credits.byline}, on ${stamp(l.acceptedAt)}.`,
      '',
      l.body.trim(),
    ].join('\n') + '\n'
  );
}

/**
 * The files of one work's kit, under its folder: original.<ext> (copied without its metadata: no location, device,
 * author or dates), web.mp4, poster.jpg, subtitles/<lang>.vtt, CREDITS.txt and LICENCE.txt. Every stored object is
 * looked up first, so a missing one is a clear error before any byte is sent, and its size is known (the ZIP writer
 * checks it).
 */
export async function kitItems(storage: StoragePort, w: WorkFacts): Promise<KitItem[]> {
  const video = w.video;
  if (!video || !w.licence)
    throw new DomainError(
      'conflict',
      CampaignsReason.VideoNotReady,
      `${w.entry.code} is not ready for a media kit.`,
      { code: w.entry.code },
      { details: { entryId: w.entry.id } },
    );
  const folder = workFolder(w.entry.code, w.entry.title);
  const container = (video.probe as ProbeSummary | null)?.containerFormat ?? null;
  const extension = originalExtension(video.fileName, container);
  const wanted: { path: string; key: string; what: string; strip?: { container: string | null } }[] = [
    { path: `${folder}/original.${extension}`, key: video.originalKey, what: 'original file', strip: { container: extension } },
    { path: `${folder}/web.mp4`, key: video.webKey!, what: 'web rendition' },
    ...(video.posterKey ? [{ path: `${folder}/poster.jpg`, key: video.posterKey, what: 'poster' }] : []),
    ...w.subtitles.map((s) => ({ path: `${folder}/subtitles/${s.language}.vtt`, key: s.objectKey, what: `${s.language} subtitles` })),
  ];
  const heads = await Promise.all(wanted.map((x) => storage.head(x.key)));
  const items: KitItem[] = [];
  wanted.forEach((x, i) => {
    const head = heads[i];
    if (!head)
      throw new DomainError(
        'conflict',
        CampaignsReason.FileMissing,
        `The ${x.what} of ${w.entry.code} is missing from storage, so its kit cannot be made. Ask the team to upload the video again.`,
        { code: w.entry.code },
        { details: { entryId: w.entry.id, file: x.what } },
      );
    items.push({ path: x.path, key: x.key, size: head.size, mtime: head.lastModified ?? video.updatedAt, ...(x.strip ? { strip: x.strip } : {}) });
  });
  items.push({ path: `${folder}/CREDITS.txt`, text: creditsText(w) }, { path: `${folder}/LICENCE.txt`, text: licenceText(w) });
  return items;
}

/** WITHHELD.txt of a collection kit: the works left out, and why. */
export function withheldText(campaignName: string, withheld: WorkFacts[], now: Date): string {
  return (
    [
      `Works of “${campaignName}” left out of this media kit (${stamp(now)}):`,
      '',
      ...withheld.map((w) => `${w.entry.code} ${w.entry.title}: ${w.flag?.message ?? 'not available'}${w.flag?.since ? ` (since ${day(w.flag.since)})` : ''}`),
      '',
      'Do not use these works. They come back to the kit by themselves once they are cleared again.',
    ].join('\n') + '\n'
  );
}

/**
 * The original copied without its metadata into a temporary file (ffmpeg reads the object through a presigned URL,
 * never into memory), opened for reading; the file and its folder are removed once the stream closes.
 */
async function strippedOriginal(sources: KitSources, key: string, container: string | null, signal: AbortSignal): Promise<Readable> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'clapper-kit-'));
  try {
    const file = path.join(dir, `original.${container ?? 'mp4'}`);
    const source = await sources.storage.presignGet(key, { expiresInSeconds: ORIGINAL_URL_SECONDS, internal: true });
    await sources.media.stripMetadata(source, file, { container, signal });
    const stream = createReadStream(file);
    stream.once('close', () => void rm(dir, { recursive: true, force: true }));
    return stream;
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
}

/**
 * Streams a ZIP of the items into `out` (an HTTP response): stored objects are read one at a time, only when the
 * writer reaches them, and never held in memory; videos are stored as they are (originals first copied without
 * their metadata into a temporary file), texts deflated.
 * Resolves when the ZIP is written or the client went away; rejects on a storage or ffmpeg failure mid-way
 * (the response is then cut off, so the client sees an incomplete download rather than a broken file).
 */
export function streamZip(sources: KitSources, items: KitItem[], out: Writable, now: Date): Promise<void> {
  const { storage } = sources;
  const zip = new yazl.ZipFile();
  // stops a copy under way when the client goes away or the ZIP fails
  const abort = new AbortController();
  let current: Readable | null = null;
  for (const item of items) {
    if ('text' in item) {
      zip.addBuffer(Buffer.from(item.text, 'utf8'), item.path, { mtime: now, compress: true });
      continue;
    }
    if (item.strip) {
      const container = item.strip.container;
      // the copy's size is known only once written: no size here (yazl then writes it after the data)
      zip.addReadStreamLazy(item.path, { mtime: item.mtime, compress: false, forceZip64Format: item.size >= ZIP64_FROM_BYTES }, (cb) => {
        strippedOriginal(sources, item.key, container, abort.signal).then(
          (stream) => {
            // the client left while the copy was made: nobody will read it
            if (abort.signal.aborted) return void stream.destroy();
            current = stream;
            cb(null, stream);
          },
          (err: unknown) => cb(err, undefined as unknown as NodeJS.ReadableStream),
        );
      });
      continue;
    }
    zip.addReadStreamLazy(item.path, { size: item.size, mtime: item.mtime, compress: false }, (cb) => {
      storage.get(item.key).then(
        (object) => {
          current = object.body;
          cb(null, object.body);
        },
        (err: unknown) => cb(err, undefined as unknown as NodeJS.ReadableStream),
      );
    });
  }
  zip.end();
  const output = zip.outputStream as Readable;
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const stop = () => {
      abort.abort();
      current?.destroy();
      output.unpipe(out);
      output.destroy();
    };
    zip.on('error', (err: unknown) => {
      if (settled) return;
      settled = true;
      stop();
      out.destroy();
      reject(err);
    });
    out.on('finish', () => {
      if (settled) return;
      settled = true;
      resolve();
    });
    out.on('close', () => {
      if (settled) return;
      settled = true;
      if (!out.writableFinished) stop();
      resolve();
    });
    output.pipe(out);
  });
}
