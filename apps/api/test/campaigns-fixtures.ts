// Works for the campaigns tests, made the way teams make them: through the entries, consents and videos APIs,
// with a real clip processed by the real ffmpeg worker. Nothing is written around the rules.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type request from 'supertest';
import { Category } from '../src/competitions/category.entity.js';
import { VideoAsset } from '../src/videos/video-asset.entity.js';
import { VideosProcessor } from '../src/videos/video-processor.js';
import type { User } from '../src/accounts/user.entity.js';
import type { Client, TestApp } from './harness/test-app.js';
import { clientAs } from './harness/factories.js';
import { makeSrt } from './harness/videos.js';
import { guardianTokenFromOutbox } from './guardian-mail.js';

const run = promisify(execFile);

export interface Work {
  id: string;
  code: string;
  title: string;
  countryCode: string;
  members: { id: string; fullName: string; dateOfBirth: string }[];
  owner: { user: User; client: Client };
  asset: VideoAsset;
  /** guardian link tokens by member id */
  guardianTokens: Map<string, string>;
}

export interface WorkOptions {
  countryCode: string;
  title: string;
  clip: Buffer;
  /** the owner's display name (they accept the licence) */
  ownerName?: string;
  members?: { fullName: string; role: string; dateOfBirth: string }[];
  subtitles?: string[];
  sources?: string;
}

let schools = 0;

/** A submitted entry with every consent, the licence and a ready video with subtitles: a work cleared for reuse. */
export async function clearedWork(t: TestApp, competitionId: string, o: WorkOptions): Promise<Work> {
  // one entry per school is the default rule: each work gets its own school
  const owner = await clientAs(t, {
    role: 'student',
    countryCode: o.countryCode,
    schoolName: `Campaign School ${++schools}`,
    displayName: o.ownerName ?? `Owner ${schools}`,
  });
  const category = await t.db.getRepository(Category).findOneByOrFail({ competitionId });
  const members = o.members ?? [
    { fullName: 'Ananya Srisuk', role: 'director', dateOfBirth: '2011-02-01' },
    { fullName: 'Krit Boonmee', role: 'actor', dateOfBirth: '2010-03-15' },
  ];
  const entry = (
    await owner.client
      .post('/api/entries')
      .send({
        competitionId,
        categoryId: category.id,
        title: o.title,
        synopsisOriginal: 'เรื่องสั้นเกี่ยวกับฟิชชิง',
        synopsisEnglish: 'A short story about phishing.',
        videoLanguage: 'th',
        sources: o.sources ?? 'Music: "Calm" by A. Artist, CC BY 4.0',
        members,
      })
      .expect(201)
  ).body as { id: string; code: string; members: { id: string; fullName: string; dateOfBirth: string; isMinor: boolean }[] };

  const guardianTokens = new Map<string, string>();
  for (const m of entry.members) {
    await owner.client.post(`/api/entries/${entry.id}/members/${m.id}/consent`).send({ agree: true }).expect(200);
    if (m.isMinor) {
      // the link goes only to the guardian's inbox: read it there
      const guardianEmail = `guardian.${m.id.slice(0, 8)}@family.example.org`;
      await owner.client.post(`/api/entries/${entry.id}/members/${m.id}/guardian-link`).send({ guardianEmail }).expect(200);
      const token = await guardianTokenFromOutbox(t, guardianEmail);
      await t.anon
        .post('/api/guardian-consents/give')
        .send({ token, guardianName: `Parent of ${m.fullName}`, relationship: 'mother', agree: true })
        .expect(200);
      guardianTokens.set(m.id, token);
    }
  }
  const licence = (await t.anon.get(`/api/competitions/${competitionId}/licence`).expect(200)).body;
  await owner.client.post(`/api/entries/${entry.id}/licence`).send({ licenceVersionId: licence.id }).expect(200);

  await owner.client.post(`/api/entries/${entry.id}/video`).attach('file', o.clip, { filename: 'Our film.mp4', contentType: 'video/mp4' }).expect(200);
  const { assetId } = (await owner.client.get(`/api/entries/${entry.id}/video`).expect(200)).body;
  // the worker's job, run here so the test waits for nothing
  expect(await t.app.get(VideosProcessor).process(assetId)).toBe('ready');
  for (const language of o.subtitles ?? ['en', 'th'])
    await owner.client
      .post(`/api/entries/${entry.id}/subtitles/${language}`)
      .attach('file', Buffer.from(makeSrt([{ start: 0, end: 1.5, text: language === 'th' ? 'อย่าคลิกลิงก์แปลก ๆ' : 'Do not click strange links' }])), {
        filename: `${language}.srt`,
        contentType: 'application/x-subrip',
      })
      .expect(200);
  await owner.client.post(`/api/entries/${entry.id}/submit`).expect(200);
  const asset = await t.db.getRepository(VideoAsset).findOneByOrFail({ id: assetId });
  return { id: entry.id, code: entry.code, title: o.title, countryCode: o.countryCode, members: entry.members, owner, asset, guardianTokens };
}

/** Reads a binary response body (a ZIP) as a Buffer. */
export function binary(res: request.Response, callback: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
  res.on('error', (err: Error) => callback(err, Buffer.alloc(0)));
}

export interface Unzipped {
  /** every file's path inside the ZIP, sorted */
  names: string[];
  dir: string;
  read(name: string): Promise<Buffer>;
}

/** The folders unzip made in the test file that imports this one: removed when it ends. */
const unzipped: string[] = [];
afterAll(() => Promise.all(unzipped.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))));

/** Unzips with Info-ZIP's unzip, as a person would, after `unzip -t` checked every CRC. */
export async function unzip(zip: Buffer): Promise<Unzipped> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'campaign-kit-'));
  unzipped.push(dir);
  const file = path.join(dir, 'kit.zip');
  await writeFile(file, zip);
  // a UTF-8 locale, or unzip escapes non-ASCII names as #Uxxxx
  const env = { PATH: '/usr/local/bin:/usr/bin:/bin', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
  await run('unzip', ['-tq', file], { env });
  const out = path.join(dir, 'out');
  await run('unzip', ['-q', file, '-d', out], { env });
  const names = (await readdir(out, { recursive: true, withFileTypes: true }))
    .filter((d) => d.isFile())
    .map((d) => path.relative(out, path.join(d.parentPath, d.name)))
    .sort();
  return { names, dir, read: (name) => readFile(path.join(out, name)) };
}

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** The bytes of a stored object. */
export async function stored(t: TestApp, key: string): Promise<Buffer> {
  const object = await t.storage.get(key);
  const chunks: Buffer[] = [];
  for await (const c of object.body) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** A stored object written to a file in `dir`, for ffmpeg. */
export async function storedFile(t: TestApp, key: string, dir: string, name: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, await stored(t, key));
  return file;
}

export async function ffprobeStreams(file: string): Promise<{ codec_type: string; codec_name: string }[]> {
  const { stdout } = await run('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_streams', file]);
  return (JSON.parse(stdout) as { streams: { codec_type: string; codec_name: string }[] }).streams;
}
