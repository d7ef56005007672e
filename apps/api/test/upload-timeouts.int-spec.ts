import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { connect, type Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_ENTRY_RULES } from '@clapper/domain/entry-rules';
import type { User } from '../src/accounts/user.entity.js';
import type { Competition } from '../src/competitions/competition.entity.js';
import { Entry } from '../src/entries/entry.entity.js';
import { VideoAsset } from '../src/videos/video-asset.entity.js';
import { clientAs, makeCompetition } from './harness/factories.js';
import { ORIGIN, createTestApp, type TestApp } from './harness/test-app.js';
import { makeTestVideo } from './harness/videos.js';
import { leftovers, makeEntry, MIB, mp4Like } from './videos-fixtures.js';

/**
 * Slow and stalled clients on a real HTTP server (a real port, raw sockets), with the timeouts set short:
 * headers must be in within 1 s, a connection idle for 2 s while a request is under way is closed, and a request
 * must be all in within 6 s. A streamed upload cut off this way keeps nothing: no object, no multipart upload,
 * no video row; the entry stays a draft the student uploads to again.
 */
const HEADERS_S = 1;
const IDLE_S = 2;
const REQUEST_S = 6;

let t: TestApp;
let dir: string;
let clip: Buffer;
let competition: Competition;
let student: { user: User; token: string };
let port: number;

beforeAll(async () => {
  t = await createTestApp({
    HTTP_HEADERS_TIMEOUT_SECONDS: String(HEADERS_S),
    HTTP_IDLE_TIMEOUT_SECONDS: String(IDLE_S),
    HTTP_REQUEST_TIMEOUT_SECONDS: String(REQUEST_S),
  });
  await t.app.listen(0, '127.0.0.1');
  port = (t.app.getHttpServer().address() as AddressInfo).port;
  dir = await mkdtemp(path.join(os.tmpdir(), 'upload-timeouts-spec-'));
  clip = await readFile(await makeTestVideo(dir, { width: 320, height: 240, seconds: 1 }));
  competition = await makeCompetition(t, { countryCodes: ['TH'], rules: { ...DEFAULT_ENTRY_RULES, maxFileSizeBytes: 40 * MIB } });
  student = await clientAs(t, { role: 'student', countryCode: 'TH' });
});
afterAll(async () => {
  await t?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** A raw connection that records what the server sends and when it closes. */
interface Conn {
  socket: Socket;
  received: () => string;
  closed: Promise<number>;
}

async function open(): Promise<Conn> {
  const socket = connect(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  let data = '';
  socket.on('data', (d: Buffer) => (data += d.toString('latin1')));
  socket.on('error', () => undefined);
  const closed = new Promise<number>((resolve) => socket.once('close', () => resolve(Date.now())));
  return { socket, received: () => data, closed };
}

/** Resolves when the connection closes, or rejects when it is still open `seconds` later. */
function closedWithin(conn: Conn, seconds: number): Promise<number> {
  let timer: NodeJS.Timeout;
  const late = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`the connection was still open after ${seconds} s`)), seconds * 1000)),
  );
  return Promise.race([conn.closed, late]).finally(() => clearTimeout(timer));
}

async function until<T>(what: () => Promise<T>, ok: (v: T) => boolean, seconds = 10): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const v = await what();
    if (ok(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The head of a streamed upload (request headers and the file part's header) and its tail, for `size` file bytes. */
function uploadRequest(entryId: string, size: number): { head: Buffer; tail: Buffer } {
  const boundary = '----clapper-timeouts';
  const partHead = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="clip.mp4"\r\nContent-Type: video/mp4\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const headers =
    `POST /api/entries/${entryId}/video HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: ${ORIGIN}\r\n` +
    `Cookie: ${t.config.session.cookieName}=${student.token}\r\nContent-Type: multipart/form-data; boundary=${boundary}\r\n` +
    `Content-Length: ${partHead.length + size + tail.length}\r\n\r\n`;
  return { head: Buffer.concat([Buffer.from(headers), partHead]), tail };
}

const rows = (entryId: string) => t.db.getRepository(VideoAsset).find({ where: { entryId } });
const nothingLeft = { objects: [], uploads: [] };

/** The upload on `conn` is answered 200, and the clip is the entry's video, uploaded. */
async function expectUploaded(conn: Conn, entryId: string): Promise<void> {
  await until(
    async () => conn.received(),
    (r) => r.includes('\r\n\r\n{'),
  );
  conn.socket.end();
  expect(conn.received()).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
  expect((await rows(entryId)).map((r) => [r.status, r.sizeBytes])).toEqual([['uploaded', clip.length]]);
}

describe('slow and stalled clients', () => {
  it('closes a connection whose headers never finish (slowloris) with a 408', async () => {
    const conn = await open();
    conn.socket.write(`GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: a`);
    // a header byte every 300 ms: never idle, but the headers are never complete
    const drip = setInterval(() => conn.socket.writable && conn.socket.write('a'), 300);
    try {
      await closedWithin(conn, HEADERS_S + 3);
    } finally {
      clearInterval(drip);
    }
    expect(conn.received()).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(JSON.parse(conn.received().split('\r\n\r\n')[1])).toEqual({
      statusCode: 408,
      code: 'request_timeout',
      reason: 'common.request_timeout',
      params: {},
      message: expect.stringMatching(/too long/),
    });
  });

  it('closes a streamed upload whose body stops short of its Content-Length, aborting the multipart upload and removing the row', async () => {
    const entry = await makeEntry(t, competition, student.user);
    const file = mp4Like(clip, 20 * MIB);
    const { head } = uploadRequest(entry.id, file.length);
    const conn = await open();
    conn.socket.write(head);
    // more than one 5 MiB part, so that storage holds a multipart upload when the body stalls
    conn.socket.write(file.subarray(0, 7 * MIB));
    const during = await until(
      () => leftovers(t, entry.id),
      (l) => l.uploads.length === 1,
    );
    expect(during.uploads).toEqual([`entries/${entry.id}/video/${(await rows(entry.id))[0].id}/original`]);
    expect((await rows(entry.id)).map((r) => r.status)).toEqual(['uploading']);

    // and then nothing more: the connection is closed once it has been idle for IDLE_S
    await closedWithin(conn, IDLE_S + 3);
    expect(
      await until(
        () => leftovers(t, entry.id),
        (l) => l.uploads.length === 0 && l.objects.length === 0,
      ),
    ).toEqual(nothingLeft);
    expect(
      await until(
        () => rows(entry.id),
        (r) => r.length === 0,
      ),
    ).toEqual([]);

    // the entry is still a draft with no video, and the student can upload again
    expect((await t.db.getRepository(Entry).findOneByOrFail({ id: entry.id })).status).toBe('draft');
    const again = await t
      .as(student.token)
      .post(`/api/entries/${entry.id}/video`)
      .attach('file', clip, { filename: 'clip.mp4', contentType: 'video/mp4' })
      .expect(200);
    expect(again.body).toMatchObject({ status: 'uploaded', sizeBytes: clip.length });
  });

  it('answers 408 and closes a streamed upload that trickles on past the request timeout, keeping nothing', async () => {
    const entry = await makeEntry(t, competition, student.user);
    const file = mp4Like(clip, 20 * MIB);
    const { head } = uploadRequest(entry.id, file.length);
    const conn = await open();
    conn.socket.write(head);
    conn.socket.write(file.subarray(0, 6 * MIB));
    // 64 kB every 500 ms: never idle for IDLE_S, but never done within REQUEST_S
    let sent = 6 * MIB;
    const drip = setInterval(() => {
      if (!conn.socket.writable) return;
      conn.socket.write(file.subarray(sent, sent + 65536));
      sent += 65536;
    }, 500);
    try {
      await closedWithin(conn, REQUEST_S + 4);
    } finally {
      clearInterval(drip);
    }
    expect(conn.received()).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(
      await until(
        () => leftovers(t, entry.id),
        (l) => l.uploads.length === 0 && l.objects.length === 0,
      ),
    ).toEqual(nothingLeft);
    expect(
      await until(
        () => rows(entry.id),
        (r) => r.length === 0,
      ),
    ).toEqual([]);
  });

  it('leaves an upload that is merely slow, but never idle, to finish', async () => {
    const entry = await makeEntry(t, competition, student.user);
    const { head, tail } = uploadRequest(entry.id, clip.length);
    const conn = await open();
    conn.socket.write(head);
    // the clip in four pieces, 1 s apart: slower than the idle timeout overall, but never idle for it
    const piece = Math.ceil(clip.length / 4);
    for (let i = 0; i < 4; i++) {
      conn.socket.write(clip.subarray(i * piece, (i + 1) * piece));
      await new Promise((r) => setTimeout(r, 1000));
    }
    conn.socket.write(tail);
    await expectUploaded(conn, entry.id);
  });
});

describe("the server's own time", () => {
  it('is not the client idling: an upload all in, whose storing takes longer than the idle timeout, is answered', async () => {
    const entry = await makeEntry(t, competition, student.user);
    const { head, tail } = uploadRequest(entry.id, clip.length);
    const conn = await open();
    conn.socket.write(head);
    conn.socket.write(clip);
    const [row] = await until(
      () => rows(entry.id),
      (r) => r.length === 1,
    );
    // another transaction holds the upload's row: the server, once the request is all in, waits on it past IDLE_S
    const holder = t.db.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    try {
      await holder.query('SELECT id FROM video_assets WHERE id = $1 FOR UPDATE', [row.id]);
      conn.socket.write(tail);
      await new Promise((r) => setTimeout(r, (IDLE_S + 1.5) * 1000));
      expect(conn.socket.destroyed || conn.socket.readyState !== 'open').toBe(false);
      expect(conn.received()).toBe('');
    } finally {
      await holder.commitTransaction();
      await holder.release();
    }
    await expectUploaded(conn, entry.id);
  });
});
