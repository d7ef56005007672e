import { readFile } from 'node:fs/promises';
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { S3Client, UploadPartCommand } from '@aws-sdk/client-s3';
import type { Client, TestApp } from './harness/test-app.js';
import { clientAs } from './harness/factories.js';
import { readServices } from './harness/services-file.js';
import { makeNotAVideo } from './harness/videos.js';
import { VideoAsset } from '../src/videos/video-asset.entity.js';
import type { Competition } from '../src/competitions/competition.entity.js';
import type { User } from '../src/accounts/user.entity.js';
import {
  leftovers,
  makeEntry,
  MIB,
  mp4Like,
  putPart,
  sendParts,
  startUpload,
  uploadThroughBrowser,
  setUpVideoSuite,
  tearDownVideoSuite,
  type Started,
  type VideoSuite,
} from './videos-fixtures.js';

/** The browser path: the video goes from the browser straight to S3 in presigned parts; the API only checks. */
let t: TestApp;
let dir: string;
let clip: Buffer;
let big: Competition;
let small: Competition;
let student: { user: User; client: Client };

let suite: VideoSuite;
beforeAll(async () => {
  suite = await setUpVideoSuite('videos-spec-');
  ({ t, dir, clip, big, small, student } = suite);
});
afterAll(() => tearDownVideoSuite(suite));

const rows = (entryId: string) => t.db.getRepository(VideoAsset).find({ where: { entryId } });

/** A PUT that announces all of `bytes` (Content-Length) but sends only `sent` of them, then drops the connection. */
async function cutOffPut(url: string, bytes: Uint8Array, sent: number): Promise<void> {
  const req = http.request(url, { method: 'PUT', headers: { 'content-length': String(bytes.length) } });
  req.on('error', () => undefined);
  await new Promise<void>((resolve) => req.write(bytes.subarray(0, sent), () => resolve()));
  await sleep(200);
  req.destroy();
  await sleep(200);
}

/**
 * A part stored with the endpoint's own key pair (header-signed, no length in any URL): what a storage server that
 * did not check a presigned URL's signed length would let a browser do.
 */
async function partPastTheSignedLength(started: Started, partNumber: number, body: Uint8Array): Promise<string> {
  const services = readServices();
  const client = new S3Client({
    endpoint: t.s3.endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: services.s3Credentials,
    requestChecksumCalculation: 'WHEN_REQUIRED',
  });
  try {
    return (await client.send(new UploadPartCommand({ Bucket: t.s3.bucket, Key: started.key, UploadId: started.uploadId, PartNumber: partNumber, Body: body })))
      .ETag!;
  } finally {
    client.destroy();
  }
}

describe('browser upload in presigned parts', () => {
  it('uploads in parts, resumes after a reload without re-sending parts, completes and queues processing', async () => {
    const entry = await makeEntry(t, big, student.user);
    const bytes = mp4Like(clip, 17 * MIB + 12_345);
    const started = await startUpload(student.client, entry.id, bytes, { fileName: 'Our Video.mp4' });
    expect(started).toMatchObject({ partSize: 8 * MIB, partCount: 3, key: `entries/${entry.id}/video/${started.assetId}/original` });

    const first = await sendParts(student.client, entry.id, started, bytes, [1]);
    // the page reloads: it asks what is already there and sends only the rest
    const { body: resumed } = await student.client.get(`/api/entries/${entry.id}/video/uploads/${started.assetId}/parts`).expect(200);
    expect(resumed.parts).toEqual([{ partNumber: 1, etag: first[0].etag, size: 8 * MIB }]);
    const rest = await sendParts(student.client, entry.id, started, bytes, [2, 3]);

    const { body: status } = await student.client
      .post(`/api/entries/${entry.id}/video/uploads/${started.assetId}/complete`)
      .send({ parts: [...first, ...rest] })
      .expect(200);
    expect(status).toMatchObject({ assetId: started.assetId, status: 'uploaded', fileName: 'Our Video.mp4', sizeBytes: bytes.length, playback: null });
    const head = await t.storage.head(started.key);
    expect(head?.size).toBe(bytes.length);
    expect(await leftovers(t, entry.id)).toEqual({ objects: [started.key], uploads: [] });
    const jobs: { data: { assetId: string } }[] = await t.db.query(`SELECT data FROM pgboss.job WHERE name = 'video.process'`);
    expect(jobs.map((j) => j.data.assetId)).toContain(started.assetId);

    // the status endpoint tells the same
    expect((await student.client.get(`/api/entries/${entry.id}/video`).expect(200)).body.status).toBe('uploaded');
  });

  it('does not count a part cut off mid-transfer: resume lists only whole parts, and completing without it is refused', async () => {
    const entry = await makeEntry(t, big, student.user);
    const bytes = mp4Like(clip, 17 * MIB + 12_345);
    const started = await startUpload(student.client, entry.id, bytes);
    const [one] = await sendParts(student.client, entry.id, started, bytes, [1]);
    // part 2 is paused after 1 MiB: the browser announced the whole part, sent 1 MiB and dropped the connection
    const { body } = await student.client
      .post(`/api/entries/${entry.id}/video/uploads/${started.assetId}/parts`)
      .send({ partNumbers: [2] })
      .expect(200);
    await cutOffPut(body.parts[0].url, bytes.subarray(8 * MIB, 16 * MIB), MIB);
    const { body: resumed } = await student.client.get(`/api/entries/${entry.id}/video/uploads/${started.assetId}/parts`).expect(200);
    expect(resumed.parts.map((p: { partNumber: number }) => p.partNumber)).toEqual([1]);
    const rest = await sendParts(student.client, entry.id, started, bytes, [3]);
    const refused = await student.client
      .post(`/api/entries/${entry.id}/video/uploads/${started.assetId}/complete`)
      .send({ parts: [one, { partNumber: 2, etag: '"0123456789abcdef0123456789abcdef"' }, ...rest] })
      .expect(400);
    expect(refused.body).toMatchObject({ reason: 'videos.parts_missing', params: { parts: [2] }, details: { missingParts: [2] } });
    // sending part 2 again, whole, lets the upload finish
    const [two] = await sendParts(student.client, entry.id, started, bytes, [2]);
    await student.client
      .post(`/api/entries/${entry.id}/video/uploads/${started.assetId}/complete`)
      .send({ parts: [one, two, ...rest] })
      .expect(200);
  });

  it('replaces the previous video and deletes its objects', async () => {
    const entry = await makeEntry(t, small, student.user);
    const one = await uploadThroughBrowser(student.client, entry.id, mp4Like(clip, 300_000));
    expect(one.res.status).toBe(200);
    const two = await uploadThroughBrowser(student.client, entry.id, mp4Like(clip, 200_000));
    expect(two.res.status).toBe(200);
    const all = await rows(entry.id);
    expect(Object.fromEntries(all.map((a) => [a.id, a.status]))).toEqual({ [one.started.assetId]: 'replaced', [two.started.assetId]: 'uploaded' });
    expect((await leftovers(t, entry.id)).objects).toEqual([two.started.key]);
  });

  it('cancels an upload: the parts and the row go', async () => {
    const entry = await makeEntry(t, small, student.user);
    const bytes = mp4Like(clip, 100_000);
    const started = await startUpload(student.client, entry.id, bytes);
    await sendParts(student.client, entry.id, started, bytes);
    await student.client.delete(`/api/entries/${entry.id}/video/uploads/${started.assetId}`).expect(204);
    expect(await leftovers(t, entry.id)).toEqual({ objects: [], uploads: [] });
    expect(await rows(entry.id)).toEqual([]);
    expect((await student.client.get(`/api/entries/${entry.id}/video`).expect(200)).body.status).toBe('none');
  });
});

describe('what the browser path refuses', () => {
  it('refuses a file that is not a video, renamed .mp4, after checking its bytes (422), keeping nothing', async () => {
    const entry = await makeEntry(t, small, student.user);
    const text = await readFile(await makeNotAVideo(dir));
    const { started, res } = await uploadThroughBrowser(student.client, entry.id, text, { fileName: 'video.mp4' });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'rule_violation', reason: 'videos.not_a_video', params: { detected: expect.any(String) } });
    expect(await leftovers(t, entry.id)).toEqual({ objects: [], uploads: [] });
    // the one row left says why, and the student sees it
    const { body } = await student.client.get(`/api/entries/${entry.id}/video`).expect(200);
    expect(body).toMatchObject({ assetId: started.assetId, status: 'rejected', playback: null });
    expect(body.problems[0]).toMatchObject({ code: 'not_a_video', params: { detected: expect.any(String) }, blocking: true });
    expect(body.problems[0].message).toMatch(/not a video/);
  });

  it('refuses an empty file (400)', async () => {
    const entry = await makeEntry(t, small, student.user);
    const res = await student.client
      .post(`/api/entries/${entry.id}/video/uploads`)
      .send({ fileName: 'a.mp4', sizeBytes: 0, contentType: 'video/mp4' })
      .expect(400);
    expect(res.body.fields).toEqual([
      { field: 'sizeBytes', messages: [expect.stringMatching(/empty/)], problems: [{ reason: 'videos.empty_file', params: {} }] },
    ]);
    expect(await rows(entry.id)).toEqual([]);
  });

  it("refuses a declared size over the competition's limit (413)", async () => {
    const entry = await makeEntry(t, small, student.user);
    const res = await student.client
      .post(`/api/entries/${entry.id}/video/uploads`)
      .send({ fileName: 'a.mp4', sizeBytes: 2 * MIB + 1, contentType: 'video/mp4' })
      .expect(413);
    expect(res.body).toMatchObject({ code: 'payload_too_large', reason: 'videos.file_too_large', params: { maxBytes: 2 * MIB } });
    expect(await rows(entry.id)).toEqual([]);
    expect(await leftovers(t, entry.id)).toEqual({ objects: [], uploads: [] });
  });

  it('signs each part URL for that part’s length: a PUT of more or fewer bytes is refused by storage (403), nothing stored', async () => {
    const entry = await makeEntry(t, small, student.user);
    const declared = mp4Like(clip, 2 * MIB);
    const started = await startUpload(student.client, entry.id, declared);
    const { body } = await student.client
      .post(`/api/entries/${entry.id}/video/uploads/${started.assetId}/parts`)
      .send({ partNumbers: [1] })
      .expect(200);
    const url = new URL(body.parts[0].url);
    expect(url.searchParams.get('X-Amz-SignedHeaders')?.split(';')).toContain('content-length');
    for (const size of [3 * MIB, 2 * MIB + 1, 2 * MIB - 1]) {
      const res = await fetch(url, { method: 'PUT', body: mp4Like(clip, size) });
      expect(res.status).toBe(403);
      expect(await res.text()).toContain('<Code>SignatureDoesNotMatch</Code>');
    }
    expect((await student.client.get(`/api/entries/${entry.id}/video/uploads/${started.assetId}/parts`).expect(200)).body.parts).toEqual([]);
    // the exact bytes go in
    const etag = await putPart(body.parts[0].url, declared);
    await student.client
      .post(`/api/entries/${entry.id}/video/uploads/${started.assetId}/complete`)
      .send({ parts: [{ partNumber: 1, etag }] })
      .expect(200);
  });

  it('signs the last part for the rest of the file, not a whole part', async () => {
    const entry = await makeEntry(t, big, student.user);
    const bytes = mp4Like(clip, 8 * MIB + 1000);
    const started = await startUpload(student.client, entry.id, bytes);
    expect(started).toMatchObject({ partSize: 8 * MIB, partCount: 2 });
    const { body } = await student.client
      .post(`/api/entries/${entry.id}/video/uploads/${started.assetId}/parts`)
      .send({ partNumbers: [2] })
      .expect(200);
    expect((await fetch(body.parts[0].url, { method: 'PUT', body: bytes.subarray(0, 8 * MIB) })).status).toBe(403);
    expect((await fetch(body.parts[0].url, { method: 'PUT', body: bytes.subarray(8 * MIB) })).status).toBe(200);
    await student.client.delete(`/api/entries/${entry.id}/video/uploads/${started.assetId}`).expect(204);
  });

  // Storage that did not check a signed length would let other sizes in: the API counts the stored parts itself.
  it('refuses parts that add up to more than the limit, whatever was declared (413), keeping nothing', async () => {
    const entry = await makeEntry(t, small, student.user);
    const declared = mp4Like(clip, 2 * MIB);
    const started = await startUpload(student.client, entry.id, declared);
    const etag = await partPastTheSignedLength(started, 1, mp4Like(clip, 3 * MIB));
    const res = await student.client
      .post(`/api/entries/${entry.id}/video/uploads/${started.assetId}/complete`)
      .send({ parts: [{ partNumber: 1, etag }] })
      .expect(413);
    expect(res.body.code).toBe('payload_too_large');
    expect(await leftovers(t, entry.id)).toEqual({ objects: [], uploads: [] });
    expect(await rows(entry.id)).toEqual([]);
  });

  it('refuses parts that do not add up to the declared size (400)', async () => {
    const entry = await makeEntry(t, small, student.user);
    const started = await startUpload(student.client, entry.id, mp4Like(clip, MIB));
    const etag = await partPastTheSignedLength(started, 1, mp4Like(clip, MIB - 10));
    const res = await student.client
      .post(`/api/entries/${entry.id}/video/uploads/${started.assetId}/complete`)
      .send({ parts: [{ partNumber: 1, etag }] })
      .expect(400);
    expect(res.body.fields[0].problems).toEqual([{ reason: 'videos.size_mismatch', params: { total: MIB - 10, expected: MIB } }]);
    expect(res.body.message).toMatch(/Please correct: parts/);
    await student.client.delete(`/api/entries/${entry.id}/video/uploads/${started.assetId}`).expect(204);
    expect(await leftovers(t, entry.id)).toEqual({ objects: [], uploads: [] });
  });

  it('cleans file names: no path parts, no line breaks or bidi controls, at most 120 characters; refuses names with nothing left', async () => {
    const entry = await makeEntry(t, small, student.user);
    const start = (fileName: string) =>
      student.client.post(`/api/entries/${entry.id}/video/uploads`).send({ fileName, sizeBytes: 1000, contentType: 'video/mp4' });
    const names: string[] = [];
    for (const raw of ['../../etc/passwd.mp4', 'my\tvi\u202edeo\n.mp4', `${'x'.repeat(300)}.mp4`]) {
      const res = await start(raw).expect(201);
      names.push((await t.db.getRepository(VideoAsset).findOneByOrFail({ id: res.body.assetId })).fileName);
      expect(res.body.key).toBe(`entries/${entry.id}/video/${res.body.assetId}/original`);
    }
    expect(names[0]).toBe('passwd.mp4');
    expect(names[1]).toBe('myvideo.mp4');
    expect(names[2]).toHaveLength(120);
    expect(names[2].endsWith('.mp4')).toBe(true);
    for (const raw of ['../', '\t\n', '..']) {
      const res = await start(raw).expect(400);
      expect(res.body.fields[0]).toMatchObject({ field: 'fileName', problems: [{ reason: 'videos.file_name_empty', params: {} }] });
    }
    // other control characters (NUL, ESC) are refused like in every text input, naming the field
    for (const raw of ['my\u0000video.mp4', 'my\u001bvideo.mp4']) {
      const res = await start(raw).expect(400);
      expect(res.body.fields[0].field).toBe('fileName');
      expect(res.body.fields[0].problems[0].reason).toBe('field.control_character');
    }
  });

  it('refuses a type that is not a video (415)', async () => {
    const entry = await makeEntry(t, small, student.user);
    for (const contentType of ['application/pdf', 'image/png', 'text/plain', 'video/x-msvideo']) {
      const res = await student.client.post(`/api/entries/${entry.id}/video/uploads`).send({ fileName: 'a.mp4', sizeBytes: 1000, contentType }).expect(415);
      expect(res.body).toMatchObject({
        code: 'unsupported_media_type',
        reason: 'videos.not_video_type',
        params: { accepted: expect.arrayContaining(['video/mp4']) },
      });
    }
    expect(await rows(entry.id)).toEqual([]);
  });

  it("answers 404 for someone else's entry, at every step", async () => {
    const entry = await makeEntry(t, small, student.user);
    const bytes = mp4Like(clip, 50_000);
    const started = await startUpload(student.client, entry.id, bytes);
    const other = (await clientAs(t, { role: 'student', countryCode: 'TH' })).client;
    const base = `/api/entries/${entry.id}/video/uploads`;
    expect((await other.post(base).send({ fileName: 'a.mp4', sizeBytes: 1000, contentType: 'video/mp4' })).status).toBe(404);
    expect((await other.post(`${base}/${started.assetId}/parts`).send({ partNumbers: [1] })).status).toBe(404);
    expect((await other.get(`${base}/${started.assetId}/parts`)).status).toBe(404);
    expect((await other.post(`${base}/${started.assetId}/complete`).send({ parts: [{ partNumber: 1, etag: 'x' }] })).status).toBe(404);
    expect((await other.delete(`${base}/${started.assetId}`)).status).toBe(404);
    expect((await other.get(`/api/entries/${entry.id}/video`)).status).toBe(404);
    // an upload id of another entry is not found under this one
    const mine = await makeEntry(t, small, (await clientAs(t, { role: 'student' })).user);
    expect((await student.client.get(`/api/entries/${mine.id}/video/uploads/${started.assetId}/parts`)).status).toBe(404);
  });

  it('refuses to complete with missing parts or with parts of another upload (400), naming the parts', async () => {
    const entry = await makeEntry(t, big, student.user);
    const bytes = mp4Like(clip, 17 * MIB);
    const a = await startUpload(student.client, entry.id, bytes);
    const aParts = await sendParts(student.client, entry.id, a, bytes, [1, 3]);
    const missing = await student.client.post(`/api/entries/${entry.id}/video/uploads/${a.assetId}/complete`).send({ parts: aParts }).expect(400);
    expect(missing.body).toMatchObject({ reason: 'videos.parts_missing', params: { parts: [2] }, details: { missingParts: [2] } });
    expect(missing.body.message).toMatch(/2/);

    // claimed but never sent
    const claimed = await student.client
      .post(`/api/entries/${entry.id}/video/uploads/${a.assetId}/complete`)
      .send({ parts: [...aParts, { partNumber: 2, etag: '"0123456789abcdef0123456789abcdef"' }] })
      .expect(400);
    expect(claimed.body.params.parts).toEqual([2]);

    // ETags of another upload (to another entry: a new start on this one would replace this upload) of different bytes
    const otherEntry = await makeEntry(t, big, student.user);
    const otherBytes = mp4Like(clip, 17 * MIB);
    const b = await startUpload(student.client, otherEntry.id, otherBytes);
    const bParts = await sendParts(student.client, otherEntry.id, b, otherBytes);
    const mixed = await student.client.post(`/api/entries/${entry.id}/video/uploads/${a.assetId}/complete`).send({ parts: bParts }).expect(400);
    expect(mixed.body.params.parts).toEqual([1, 2, 3]);
    expect(await t.storage.head(a.key)).toBeNull();

    await student.client.delete(`/api/entries/${entry.id}/video/uploads/${a.assetId}`).expect(204);
    await student.client.delete(`/api/entries/${otherEntry.id}/video/uploads/${b.assetId}`).expect(204);
    for (const id of [entry.id, otherEntry.id]) {
      expect(await leftovers(t, id)).toEqual({ objects: [], uploads: [] });
      expect(await rows(id)).toEqual([]);
    }
  });

  it('refuses part numbers out of range and too many at once (400)', async () => {
    const entry = await makeEntry(t, small, student.user);
    const started = await startUpload(student.client, entry.id, mp4Like(clip, 1000));
    const url = `/api/entries/${entry.id}/video/uploads/${started.assetId}/parts`;
    await student.client
      .post(url)
      .send({ partNumbers: [0] })
      .expect(400);
    await student.client
      .post(url)
      .send({ partNumbers: [10_001] })
      .expect(400);
    await student.client
      .post(url)
      .send({ partNumbers: [2] })
      .expect(400);
    await student.client
      .post(url)
      .send({ partNumbers: Array.from({ length: 101 }, (_, i) => i + 1) })
      .expect(400);
    await student.client.delete(`/api/entries/${entry.id}/video/uploads/${started.assetId}`).expect(204);
  });

  it('refuses uploads to a submitted entry (409), and a coordinator may not upload (403)', async () => {
    const entry = await makeEntry(t, small, student.user, { status: 'submitted' });
    const res = await student.client
      .post(`/api/entries/${entry.id}/video/uploads`)
      .send({ fileName: 'a.mp4', sizeBytes: 1000, contentType: 'video/mp4' })
      .expect(409);
    expect(res.body.code).toBe('conflict');
    const draft = await makeEntry(t, small, student.user);
    const coordinator = (await clientAs(t, { role: 'coordinator', countryCode: 'TH' })).client;
    await coordinator.post(`/api/entries/${draft.id}/video/uploads`).send({ fileName: 'a.mp4', sizeBytes: 1000, contentType: 'video/mp4' }).expect(403);
    expect(await rows(entry.id)).toEqual([]);
    expect(await rows(draft.id)).toEqual([]);
  });

  it('refuses to complete when the entry was submitted while the parts travelled (409), keeping nothing', async () => {
    const entry = await makeEntry(t, small, student.user);
    const bytes = mp4Like(clip, 100_000);
    const started = await startUpload(student.client, entry.id, bytes);
    const parts = await sendParts(student.client, entry.id, started, bytes);
    await t.db.query(`UPDATE entries SET status = 'submitted', submitted_at = now() WHERE id = $1`, [entry.id]);
    await student.client.post(`/api/entries/${entry.id}/video/uploads/${started.assetId}/complete`).send({ parts }).expect(409);
    // the multipart upload stays until the clean-up job: the entry's owner can no longer touch it
    expect((await leftovers(t, entry.id)).objects).toEqual([]);
  });
});

describe('parts after the end of an upload', () => {
  it('hands out no part URLs, parts list or completion once an upload is completed (409 upload_finished) or cancelled (404)', async () => {
    const entry = await makeEntry(t, small, student.user);
    const { started, res } = await uploadThroughBrowser(student.client, entry.id, mp4Like(clip, 1000));
    expect(res.status).toBe(200);
    const base = `/api/entries/${entry.id}/video/uploads/${started.assetId}`;
    const afterComplete = await student.client
      .post(`${base}/parts`)
      .send({ partNumbers: [1] })
      .expect(409);
    expect(afterComplete.body).toMatchObject({ code: 'conflict', reason: 'videos.upload_finished', params: {} });
    expect((await student.client.get(`${base}/parts`).expect(409)).body.reason).toBe('videos.upload_finished');
    expect(
      (
        await student.client
          .post(`${base}/complete`)
          .send({ parts: [{ partNumber: 1, etag: 'x' }] })
          .expect(409)
      ).body.reason,
    ).toBe('videos.upload_finished');

    const cancelled = await makeEntry(t, small, student.user);
    const open = await startUpload(student.client, cancelled.id, mp4Like(clip, 1000));
    const { body } = await student.client
      .post(`/api/entries/${cancelled.id}/video/uploads/${open.assetId}/parts`)
      .send({ partNumbers: [1] })
      .expect(200);
    await student.client.delete(`/api/entries/${cancelled.id}/video/uploads/${open.assetId}`).expect(204);
    await student.client
      .post(`/api/entries/${cancelled.id}/video/uploads/${open.assetId}/parts`)
      .send({ partNumbers: [1] })
      .expect(404);
    // a part URL handed out before the cancel no longer stores anything
    const late = await fetch(body.parts[0].url, { method: 'PUT', body: mp4Like(clip, 1000) });
    expect(late.status).toBe(404);
    expect(await late.text()).toContain('<Code>NoSuchUpload</Code>');
    expect(await leftovers(t, cancelled.id)).toEqual({ objects: [], uploads: [] });
  });
});
