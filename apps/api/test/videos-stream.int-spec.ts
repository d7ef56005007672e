import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Client, TestApp } from './harness/test-app.js';
import { clientAs } from './harness/factories.js';
import { makeNotAVideo, makeSrt } from './harness/videos.js';
import { Subtitle, VideoAsset } from '../src/videos/video-asset.entity.js';
import type { Competition } from '../src/competitions/competition.entity.js';
import type { User } from '../src/accounts/user.entity.js';
import { leftovers, makeEntry, MIB, mp4Like, setUpVideoSuite, tearDownVideoSuite, type VideoSuite } from './videos-fixtures.js';

/** The server path: multipart/form-data streamed through the API to S3, and subtitles the same way. */
let t: TestApp;
let dir: string;
let clip: Buffer;
let small: Competition;
let student: { user: User; client: Client };

let suite: VideoSuite;
beforeAll(async () => {
  suite = await setUpVideoSuite('videos-stream-spec-');
  ({ t, dir, clip, small, student } = suite);
});
afterAll(() => tearDownVideoSuite(suite));

const rows = (entryId: string) => t.db.getRepository(VideoAsset).find({ where: { entryId } });
const send = (client: Client, entryId: string, bytes: Buffer, filename = 'clip.mp4', contentType = 'video/mp4') =>
  client.post(`/api/entries/${entryId}/video`).attach('file', bytes, { filename, contentType });

describe('streamed upload through the API', () => {
  it('streams a video to storage, hashing it on the way, and queues processing', async () => {
    const entry = await makeEntry(t, small, student.user);
    const res = await send(student.client, entry.id, clip, '../../Our clip.mp4').expect(200);
    expect(res.body).toMatchObject({ status: 'uploaded', fileName: 'Our clip.mp4', sizeBytes: clip.length });
    const asset = await t.db.getRepository(VideoAsset).findOneByOrFail({ id: res.body.assetId });
    expect(asset.sha256).toBe(createHash('sha256').update(clip).digest('hex'));
    expect(asset.originalKey).toBe(`entries/${entry.id}/video/${asset.id}/original`);
    const { body } = await t.storage.get(asset.originalKey);
    const chunks: Buffer[] = [];
    for await (const c of body as AsyncIterable<Buffer>) chunks.push(c);
    expect(Buffer.concat(chunks).equals(clip)).toBe(true);
    const jobs: { data: { assetId: string } }[] = await t.db.query(`SELECT data FROM pgboss.job WHERE name = 'video.process'`);
    expect(jobs.map((j) => j.data.assetId)).toContain(asset.id);
  });

  it('refuses a file that is not a video, renamed .mp4, before storing anything (422)', async () => {
    const entry = await makeEntry(t, small, student.user);
    const res = await send(student.client, entry.id, await readFile(await makeNotAVideo(dir))).expect(422);
    expect(res.body).toMatchObject({ code: 'rule_violation', reason: 'videos.not_a_video', params: { detected: expect.any(String) } });
    expect(await leftovers(t, entry.id)).toEqual({ objects: [], uploads: [] });
    expect(await rows(entry.id)).toEqual([]);
  });

  it('refuses an empty file (400), keeping nothing', async () => {
    const entry = await makeEntry(t, small, student.user);
    const res = await send(student.client, entry.id, Buffer.alloc(0)).expect(400);
    expect(res.body.fields).toEqual([{ field: 'file', messages: [expect.stringMatching(/empty/)], problems: [{ reason: 'videos.empty_file', params: {} }] }]);
    expect(await leftovers(t, entry.id)).toEqual({ objects: [], uploads: [] });
    expect(await rows(entry.id)).toEqual([]);
  });

  it("stops at the competition's limit (413) and deletes what was stored", async () => {
    const entry = await makeEntry(t, small, student.user);
    const res = await send(student.client, entry.id, mp4Like(clip, 3 * MIB)).expect(413);
    expect(res.body).toMatchObject({ code: 'payload_too_large', reason: 'videos.file_too_large', params: { maxBytes: expect.any(Number) } });
    expect(await leftovers(t, entry.id)).toEqual({ objects: [], uploads: [] });
    expect(await rows(entry.id)).toEqual([]);
    // exactly at the limit is fine
    await send(student.client, entry.id, mp4Like(clip, 2 * MIB)).expect(200);
  });

  it('refuses a request without a file, or with two (400)', async () => {
    const entry = await makeEntry(t, small, student.user);
    await student.client.post(`/api/entries/${entry.id}/video`).send({}).expect(400);
    await student.client.post(`/api/entries/${entry.id}/video`).field('note', 'hi').expect(400);
    await student.client
      .post(`/api/entries/${entry.id}/video`)
      .attach('file', clip, { filename: 'a.mp4', contentType: 'video/mp4' })
      .attach('file', clip, { filename: 'b.mp4', contentType: 'video/mp4' })
      .expect(400);
    // two files smaller than the type check needs: the second is refused while the first is still held back unsniffed
    const both = await student.client
      .post(`/api/entries/${entry.id}/video`)
      .attach('file', mp4Like(clip, 1000), { filename: 'a.mp4', contentType: 'video/mp4' })
      .attach('file', mp4Like(clip, 1000), { filename: 'b.mp4', contentType: 'video/mp4' })
      .expect(400);
    expect(both.body.fields[0]).toMatchObject({ field: 'file', problems: [{ reason: 'videos.one_file_only', params: { field: 'file' } }] });
    expect(await leftovers(t, entry.id)).toEqual({ objects: [], uploads: [] });
    expect(await rows(entry.id)).toEqual([]);
  });

  it("answers 404 for someone else's entry and 409 for a submitted one", async () => {
    const entry = await makeEntry(t, small, student.user);
    const other = (await clientAs(t, { role: 'student', countryCode: 'TH' })).client;
    await send(other, entry.id, clip).expect(404);
    await t.anon.post(`/api/entries/${entry.id}/video`).attach('file', clip, { filename: 'a.mp4', contentType: 'video/mp4' }).expect(401);
    const submitted = await makeEntry(t, small, student.user, { status: 'submitted' });
    await send(student.client, submitted.id, clip).expect(409);
    expect(await rows(entry.id)).toEqual([]);
    expect(await rows(submitted.id)).toEqual([]);
    expect(await leftovers(t, submitted.id)).toEqual({ objects: [], uploads: [] });
  });
});

describe('subtitles', () => {
  const srt = makeSrt([
    { start: 0.5, end: 2, text: 'Never share your password.' },
    { start: 2.5, end: 4, text: 'Not even with friends.' },
  ]);
  const upload = (client: Client, entryId: string, language: string, text: string | Buffer, filename = 'subs.srt') =>
    client.post(`/api/entries/${entryId}/subtitles/${language}`).attach('file', Buffer.from(text), { filename, contentType: 'application/x-subrip' });

  it('stores SRT as WebVTT, replaces a language, lists with playable URLs, deletes', async () => {
    const entry = await makeEntry(t, small, student.user);
    const res = await upload(student.client, entry.id, 'pt-br', srt).expect(200);
    expect(res.body).toMatchObject({ language: 'pt-BR', cueCount: 2 });
    const vtt = await (await fetch(res.body.url)).text();
    expect(vtt.startsWith('WEBVTT')).toBe(true);
    expect(vtt).toContain('00:00:00.500 --> 00:00:02.000');

    await upload(student.client, entry.id, 'en', 'WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n', 'subs.vtt').expect(200);
    const replaced = await upload(
      student.client,
      entry.id,
      'en',
      makeSrt([
        { start: 0, end: 1, text: 'Hi' },
        { start: 1, end: 2, text: 'There' },
        { start: 2, end: 3, text: 'Bye' },
      ]),
    ).expect(200);
    expect(replaced.body.cueCount).toBe(3);
    expect(await t.db.getRepository(Subtitle).count({ where: { entryId: entry.id } })).toBe(2);

    const { body: list } = await student.client.get(`/api/entries/${entry.id}/subtitles`).expect(200);
    expect(list.items.map((s: { language: string; cueCount: number }) => [s.language, s.cueCount])).toEqual([
      ['en', 3],
      ['pt-BR', 2],
    ]);
    expect(await (await fetch(list.items[0].url)).text()).toContain('There');
    expect((await leftovers(t, entry.id)).objects).toEqual([`entries/${entry.id}/subtitles/en.vtt`, `entries/${entry.id}/subtitles/pt-BR.vtt`]);

    const coordinator = (await clientAs(t, { role: 'coordinator', countryCode: 'TH' })).client;
    expect((await coordinator.get(`/api/entries/${entry.id}/subtitles`).expect(200)).body.items).toHaveLength(2);
    await coordinator.delete(`/api/entries/${entry.id}/subtitles/en`).expect(403);
    const other = (await clientAs(t, { role: 'student', countryCode: 'TH' })).client;
    await other.get(`/api/entries/${entry.id}/subtitles`).expect(404);
    await upload(other, entry.id, 'en', srt).expect(404);

    await student.client.delete(`/api/entries/${entry.id}/subtitles/pt-BR`).expect(204);
    await student.client.delete(`/api/entries/${entry.id}/subtitles/pt-BR`).expect(404);
    expect((await leftovers(t, entry.id)).objects).toEqual([`entries/${entry.id}/subtitles/en.vtt`]);
  });

  it('refuses files that are not subtitles, broken timings and bad language codes, keeping nothing', async () => {
    const entry = await makeEntry(t, small, student.user);
    const notSubs = await upload(student.client, entry.id, 'en', 'Dear diary, today we filmed.\n', 'subs.srt').expect(422);
    expect(notSubs.body).toMatchObject({
      reason: 'videos.subtitles_refused',
      params: { problems: [{ reason: 'videos.subtitles_not_subtitles', params: { line: 1 } }] },
    });
    await upload(student.client, entry.id, 'en', clip.subarray(0, 5000), 'subs.vtt').expect(422);
    const broken = await upload(student.client, entry.id, 'en', 'WEBVTT\n\n00:00:05.000 --> 00:00:01.000\nBackwards\n', 'subs.vtt').expect(422);
    expect(broken.body.params.problems).toEqual([{ reason: 'videos.subtitles_end_before_start', params: { line: 3 } }]);
    expect(broken.body.message).toMatch(/ends before/);
    const badLanguage = await upload(student.client, entry.id, 'english', srt).expect(400);
    expect(badLanguage.body.fields[0]).toMatchObject({ field: 'language', problems: [{ reason: 'field.bad_format', params: {} }] });
    await upload(student.client, entry.id, 'e1', srt).expect(400);
    const huge = await upload(student.client, entry.id, 'en', `WEBVTT\n\n${'00:00.000 --> 00:01.000\nline\n\n'.repeat(30_000)}`, 'big.vtt').expect(413);
    expect(huge.body).toMatchObject({ code: 'payload_too_large', reason: 'videos.file_too_large', params: { maxBytes: 512 * 1024 } });
    expect(await leftovers(t, entry.id)).toEqual({ objects: [], uploads: [] });
    expect(await t.db.getRepository(Subtitle).count({ where: { entryId: entry.id } })).toBe(0);
  });

  it('refuses subtitles for a submitted entry (409)', async () => {
    const entry = await makeEntry(t, small, student.user, { status: 'submitted' });
    await upload(student.client, entry.id, 'en', srt).expect(409);
    expect(await leftovers(t, entry.id)).toEqual({ objects: [], uploads: [] });
  });
});
