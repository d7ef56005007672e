// Shared by the videos-*.int-spec.ts files: entries to upload to, and a browser's side of the multipart upload.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_ENTRY_RULES } from '@clapper/domain/entry-rules';
import { Category } from '../src/competitions/category.entity.js';
import type { Competition } from '../src/competitions/competition.entity.js';
import { Entry, type EntryStatus } from '../src/entries/entry.entity.js';
import type { User } from '../src/accounts/user.entity.js';
import { createTestApp, type Client, type TestApp } from './harness/test-app.js';
import { clientAs, makeCompetition } from './harness/factories.js';
import { makeTestVideo } from './harness/videos.js';
import { VideoAsset } from '../src/videos/video-asset.entity.js';

export const MIB = 1024 * 1024;

export interface VideoSuite {
  t: TestApp;
  dir: string;
  /** a real 1 s clip */
  clip: Buffer;
  /** a competition allowing 40 MiB files, and one allowing 2 MiB */
  big: Competition;
  small: Competition;
  student: { user: User; client: Client };
}

/** What every videos test file starts from: the app, a scratch folder, a real clip, two competitions and a student. */
export async function setUpVideoSuite(prefix: string): Promise<VideoSuite> {
  const t = await createTestApp();
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  const clip = await readFile(await makeTestVideo(dir, { width: 640, height: 360, seconds: 1 }));
  const big = await makeCompetition(t, { countryCodes: ['TH'], rules: { ...DEFAULT_ENTRY_RULES, maxFileSizeBytes: 40 * MIB } });
  const small = await makeCompetition(t, { countryCodes: ['TH'], rules: { ...DEFAULT_ENTRY_RULES, maxFileSizeBytes: 2 * MIB } });
  const student = await clientAs(t, { role: 'student', countryCode: 'TH' });
  return { t, dir, clip, big, small, student };
}

export async function tearDownVideoSuite(suite: VideoSuite | undefined): Promise<void> {
  if (!suite) return;
  await suite.t.close();
  await rm(suite.dir, { recursive: true, force: true });
}

/** A draft entry owned by `owner`, stored directly (the entries API is not what these tests are about). */
export async function makeEntry(t: TestApp, competition: Competition, owner: User, o: { status?: EntryStatus } = {}): Promise<Entry> {
  const category = await t.db.getRepository(Category).findOneByOrFail({ competitionId: competition.id });
  return t.db.getRepository(Entry).save({
    code: `${owner.countryCode ?? 'TH'}-${randomBytes(3).toString('hex')}`,
    competitionId: competition.id,
    categoryId: category.id,
    countryCode: owner.countryCode ?? 'TH',
    schoolId: owner.schoolId!,
    ownerId: owner.id,
    title: 'Think before you click',
    videoLanguage: 'en',
    status: o.status ?? 'draft',
    submittedAt: o.status === 'submitted' ? new Date() : null,
  });
}

/** What storage still holds for an entry: object keys and unfinished multipart uploads. */
export async function leftovers(t: TestApp, entryId: string): Promise<{ objects: string[]; uploads: string[] }> {
  const prefix = `entries/${entryId}/`;
  return {
    objects: (await t.storage.list(prefix)).map((o) => o.key).sort(),
    uploads: (await t.storage.listMultipartUploads(prefix)).map((u) => u.key),
  };
}

/**
 * An entry's stored objects, the ladder's (named relative to its folder) apart from the others: the original, the web
 * rendition and the poster of a processed video.
 */
export async function storedObjects(t: TestApp, entryId: string, asset: Pick<VideoAsset, 'hlsKey'>): Promise<{ others: string[]; ladder: string[] }> {
  const { objects } = await leftovers(t, entryId);
  const inLadder = (k: string) => asset.hlsKey !== null && k.startsWith(asset.hlsKey);
  return { others: objects.filter((k) => !inLadder(k)), ladder: objects.filter(inLadder).map((k) => k.slice(asset.hlsKey!.length)) };
}

/** PUTs one part to a presigned URL, as a browser does; returns the ETag header. */
export async function putPart(url: string, bytes: Uint8Array): Promise<string> {
  const res = await fetch(url, { method: 'PUT', body: bytes });
  if (res.status !== 200) throw new Error(`part upload answered ${res.status}: ${await res.text()}`);
  const etag = res.headers.get('etag');
  if (!etag) throw new Error('no ETag on the part upload');
  return etag;
}

export interface Started {
  assetId: string;
  uploadId: string;
  key: string;
  partSize: number;
  partCount: number;
}

export async function startUpload(client: Client, entryId: string, bytes: Uint8Array, o: { fileName?: string; contentType?: string } = {}): Promise<Started> {
  const res = await client
    .post(`/api/entries/${entryId}/video/uploads`)
    .send({ fileName: o.fileName ?? 'our-video.mp4', sizeBytes: bytes.length, contentType: o.contentType ?? 'video/mp4' })
    .expect(201);
  return res.body as Started;
}

/** Uploads the given parts (all by default) through presigned URLs; returns their numbers and ETags. */
export async function sendParts(
  client: Client,
  entryId: string,
  started: Started,
  bytes: Uint8Array,
  numbers?: number[],
): Promise<{ partNumber: number; etag: string }[]> {
  const wanted = numbers ?? Array.from({ length: started.partCount }, (_, i) => i + 1);
  const { body } = await client.post(`/api/entries/${entryId}/video/uploads/${started.assetId}/parts`).send({ partNumbers: wanted }).expect(200);
  const out: { partNumber: number; etag: string }[] = [];
  for (const { partNumber, url } of body.parts as { partNumber: number; url: string }[]) {
    const slice = bytes.subarray((partNumber - 1) * started.partSize, partNumber * started.partSize);
    out.push({ partNumber, etag: await putPart(url, slice) });
  }
  return out;
}

/** The whole browser path: start, every part, complete. Returns the response of complete. */
export async function uploadThroughBrowser(client: Client, entryId: string, bytes: Uint8Array, o: { fileName?: string } = {}) {
  const started = await startUpload(client, entryId, bytes, o);
  const parts = await sendParts(client, entryId, started, bytes);
  const res = await client.post(`/api/entries/${entryId}/video/uploads/${started.assetId}/complete`).send({ parts });
  return { started, res };
}

/** Bytes that start like an MP4 (a real clip's head) and go on with noise, `size` long. */
export function mp4Like(head: Uint8Array, size: number): Buffer {
  const out = randomBytes(size);
  out.set(head.subarray(0, Math.min(head.length, size)), 0);
  return out;
}

/** The video asset once its processing has ended (ready or rejected), or null while it has not: a check for `waitFor`. */
export async function settledAsset(t: TestApp, assetId: string): Promise<VideoAsset | null> {
  const row = await t.db.getRepository(VideoAsset).findOneByOrFail({ id: assetId });
  return row.status === 'ready' || row.status === 'rejected' ? row : null;
}
