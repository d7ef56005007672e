import type { Readable, Writable } from 'node:stream';
import yazl from 'yazl';
import { DomainError } from '../common/domain-error.js';
import type { StoragePort } from '../storage/storage.port.js';
import { originalExtension, workFolder } from './kit-names.js';
import type { WorkFacts } from './work-facts.js';

/** One file in a kit: an object streamed from storage, or a text written here. */
export type KitItem = { path: string; key: string; size: number; mtime: Date } | { path: string; text: string };

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

/** LICENCE.txt: the text version the team accepted, who accepted it and when. */
export function licenceText(w: WorkFacts): string {
  const l = w.licence!;
  return [
    `${l.title} (version ${l.version})`,
    '',
    `Accepted for “${w.entry.title}” (${w.entry.code}) by ${l.acceptedByName} on ${stamp(l.acceptedAt)}.`,
    '',
    l.body.trim(),
  ].join('\n') + '\n';
}

/**
 * The files of one work's kit, under its folder: original.<ext>, web.mp4, poster.jpg, subtitles/<lang>.vtt,
 * CREDITS.txt and LICENCE.txt. Every stored object is looked up first, so a missing one is a clear error before
 * any byte is sent, and its size is known (the ZIP writer checks it).
 */
export async function kitItems(storage: StoragePort, w: WorkFacts): Promise<KitItem[]> {
  const video = w.video;
  if (!video || !w.licence) throw new DomainError('conflict', `${w.entry.code} is not ready for a media kit.`, undefined, { reason: 'video_not_ready', entryId: w.entry.id });
  const folder = workFolder(w.entry.code, w.entry.title);
  const wanted: { path: string; key: string; what: string }[] = [
    { path: `${folder}/original.${originalExtension(video.fileName)}`, key: video.originalKey, what: 'original file' },
    { path: `${folder}/web.mp4`, key: video.webKey!, what: 'web rendition' },
    ...(video.posterKey ? [{ path: `${folder}/poster.jpg`, key: video.posterKey, what: 'poster' }] : []),
    ...w.subtitles.map((s) => ({ path: `${folder}/subtitles/${s.language}.vtt`, key: s.objectKey, what: `${s.language} subtitles` })),
  ];
  const heads = await Promise.all(wanted.map((x) => storage.head(x.key)));
  const items: KitItem[] = [];
  wanted.forEach((x, i) => {
    const head = heads[i];
    if (!head)
      throw new DomainError('conflict', `The ${x.what} of ${w.entry.code} is missing from storage, so its kit cannot be made. Ask the team to upload the video again.`, undefined, {
        reason: 'file_missing',
        entryId: w.entry.id,
      });
    items.push({ path: x.path, key: x.key, size: head.size, mtime: head.lastModified ?? video.updatedAt });
  });
  items.push({ path: `${folder}/CREDITS.txt`, text: creditsText(w) }, { path: `${folder}/LICENCE.txt`, text: licenceText(w) });
  return items;
}

/** WITHHELD.txt of a collection kit: the works left out, and why. */
export function withheldText(campaignName: string, withheld: WorkFacts[], now: Date): string {
  return [
    `Works of “${campaignName}” left out of this media kit (${stamp(now)}):`,
    '',
    ...withheld.map((w) => `${w.entry.code} ${w.entry.title}: ${w.flag?.message ?? 'not available'}${w.flag?.since ? ` (since ${day(w.flag.since)})` : ''}`),
    '',
    'Do not use these works. They come back to the kit by themselves once they are cleared again.',
  ].join('\n') + '\n';
}

/**
 * Streams a ZIP of the items into `out` (an HTTP response): stored objects are read one at a time, only when the
 * writer reaches them, and never held in memory; videos are stored as they are, texts deflated.
 * Resolves when the ZIP is written or the client went away; rejects on a storage failure mid-way
 * (the response is then cut off, so the client sees an incomplete download rather than a broken file).
 */
export function streamZip(storage: StoragePort, items: KitItem[], out: Writable, now: Date): Promise<void> {
  const zip = new yazl.ZipFile();
  let current: Readable | null = null;
  for (const item of items) {
    if ('text' in item) {
      zip.addBuffer(Buffer.from(item.text, 'utf8'), item.path, { mtime: now, compress: true });
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
