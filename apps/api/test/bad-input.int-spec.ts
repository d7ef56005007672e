import { gzipSync } from 'node:zlib';
import request from 'supertest';
import { Entry } from '../src/entries/entry.entity.js';
import { VideoAsset } from '../src/videos/video-asset.entity.js';
import { ACCOUNT_LIMITS, InFlightRequests } from '../src/rate-limit/account-limit.js';
import { clientAs, makeCompetition } from './harness/factories.js';
import { ORIGIN, type Client } from './harness/test-app.js';
import { leftovers, makeEntry, mp4Like, setUpVideoSuite, startUpload, tearDownVideoSuite, uploadThroughBrowser, type VideoSuite } from './videos-fixtures.js';

/** Inputs that cannot hurt the server: each bad input answers a 4xx with the standard error body, never a 5xx. */
let suite: VideoSuite;
let organiser: { user: { id: string }; client: Client };
beforeAll(async () => {
  suite = await setUpVideoSuite('bad-input-spec-');
  organiser = await clientAs(suite.t, { role: 'organiser', countryCode: null });
}, 60_000);
afterAll(() => tearDownVideoSuite(suite));

const raw = () => request(suite.t.app.getHttpServer());

describe('deeply nested JSON', () => {
  const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

  it('refuses a body nested deeper than 32 levels with 400 before it is parsed', async () => {
    const res = await suite.student.client
      .put('/api/auth/me/locale')
      .set('Content-Type', 'application/json')
      .send(`{"locale":${nested(32)}}`)
      .expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'malformed_json', reason: 'common.too_deep', params: { maxDepth: 32 } });
    // 32 levels in all is read (and then refused by validation, naming the field)
    const ok = await suite.student.client
      .put('/api/auth/me/locale')
      .set('Content-Type', 'application/json')
      .send(`{"locale":${nested(31)}}`)
      .expect(400);
    expect(ok.body.code).toBe('validation_failed');
    expect(ok.body.fields.map((f: { field: string }) => f.field)).toContain('locale');
  });

  it('answers a body nested 45,000 deep with 400 at once, and the server stays responsive', async () => {
    const body = `{"locale":${nested(45_000)}}`;
    const started = Date.now();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => suite.student.client.put('/api/auth/me/locale').set('Content-Type', 'application/json').send(body)),
    );
    for (const res of answers) expect(res.body).toMatchObject({ statusCode: 400, code: 'malformed_json', reason: 'common.too_deep' });
    expect(Date.now() - started).toBeLessThan(5_000);
    await suite.t.anon.get('/api/health').expect(200);
  });

  it('does not count brackets inside strings', async () => {
    const res = await suite.student.client
      .put('/api/auth/me/locale')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ locale: '['.repeat(100) + '{'.repeat(100) }))
      .expect(400);
    expect(res.body.code).toBe('validation_failed');
  });
});

describe('control characters in text inputs', () => {
  const refused = (res: request.Response, field: string) => {
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'validation_failed', reason: 'common.validation_failed', params: { fields: [field] } });
    expect(res.body.fields).toEqual([
      { field, messages: [expect.stringMatching(/control characters/)], problems: [{ reason: 'field.control_character', params: {} }] },
    ]);
  };

  it('refuses NUL in a query string, naming the parameter (schools search)', async () => {
    refused(await suite.t.anon.get('/api/schools?country=TH&q=Test%00'), 'q');
    await suite.t.anon.get('/api/schools?country=TH&q=Test').expect(200);
  });

  it('refuses NUL in the audit and campaign searches', async () => {
    refused(await organiser.client.get('/api/audit?subjectId=a%00b'), 'subjectId');
    const campaign = await organiser.client.post('/api/campaigns').send({ competitionId: suite.small.id, name: 'Spring' });
    expect(campaign.status).toBe(201);
    refused(await organiser.client.get(`/api/campaigns/${campaign.body.id}/candidates?q=%00`), 'q');
    await organiser.client.get(`/api/campaigns/${campaign.body.id}/candidates?q=a`).expect(200);
  });

  it('refuses NUL in a path parameter, naming it', async () => {
    refused(await suite.student.client.get('/api/entries/a%00b'), 'id');
  });

  it('refuses control characters in JSON strings at any depth and in keys, naming the field; keeps tab, CR and LF', async () => {
    const entry = await makeEntry(suite.t, suite.small, suite.student.user);
    refused(await suite.student.client.patch(`/api/entries/${entry.id}`).send({ title: 'Think\u0000 twice' }), 'title');
    refused(await suite.student.client.patch(`/api/entries/${entry.id}`).send({ title: 'Bell\u0007' }), 'title');
    refused(
      await suite.student.client.put(`/api/entries/${entry.id}/members`).send({ members: [{ fullName: 'Ok' }, { fullName: 'Nu\u0000l' }] }),
      'members.1.fullName',
    );
    refused(await suite.student.client.patch(`/api/entries/${entry.id}`).send({ ['ti\u0000tle']: 'x' }), 'ti?tle');
    expect((await suite.t.db.getRepository(Entry).findOneByOrFail({ id: entry.id })).title).toBe('Think before you click');

    const synopsis = 'Line one\r\nLine two\twith a tab\nLine three';
    await suite.student.client.patch(`/api/entries/${entry.id}`).send({ synopsisOriginal: synopsis }).expect(200);
    expect((await suite.t.db.getRepository(Entry).findOneByOrFail({ id: entry.id })).synopsisOriginal).toBe(synopsis);
  });

  it('refuses control characters in multipart text fields, keeping nothing', async () => {
    const entry = await makeEntry(suite.t, suite.small, suite.student.user);
    const res = await suite.student.client
      .post(`/api/entries/${entry.id}/video`)
      .field('note', 'a\u0000b')
      .attach('file', suite.clip, { filename: 'clip.mp4', contentType: 'video/mp4' });
    refused(res, 'note');
    expect(await leftovers(suite.t, entry.id)).toEqual({ objects: [], uploads: [] });
  });
});

describe('malformed requests', () => {
  it('refuses a multipart request without a boundary with 400', async () => {
    const entry = await makeEntry(suite.t, suite.small, suite.student.user);
    const res = await suite.student.client
      .post(`/api/entries/${entry.id}/video`)
      .set('Content-Type', 'multipart/form-data')
      .send('--x\r\n\r\nhello')
      .expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'validation_failed', reason: 'common.validation_failed' });
    expect(res.body.fields).toEqual([
      { field: 'file', messages: [expect.stringMatching(/boundary/)], problems: [{ reason: 'videos.not_multipart', params: { field: 'file' } }] },
    ]);
  });

  it.each(['gzip', 'br', 'deflate'])('refuses a JSON body falsely marked Content-Encoding: %s with 400', async (encoding) => {
    const res = await raw()
      .post('/api/auth/sign-in')
      .set('Origin', ORIGIN)
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', encoding)
      .send('{"email":"a@example.org","password":"x"}')
      .expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'bad_request', reason: 'common.invalid_encoding' });
    expect(res.body.message).toMatch(/Content-Encoding/);
  });

  it('refuses a content encoding it does not read with 415, and reads a body that really is gzipped', async () => {
    const res = await raw()
      .post('/api/auth/sign-in')
      .set('Origin', ORIGIN)
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'x-unknown')
      .send('{}')
      .expect(415);
    expect(res.body).toMatchObject({
      statusCode: 415,
      code: 'unsupported_media_type',
      reason: 'common.unsupported_encoding',
      params: { encoding: expect.any(String) },
    });
    // (superagent would serialise a Buffer as JSON for this content type: send the bytes as they are)
    await suite.student.client
      .put('/api/auth/me/locale')
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'gzip')
      .serialize((bytes: Buffer) => bytes as unknown as string)
      .send(gzipSync('{"locale":"th"}'))
      .expect(200);
  });

  it('answers a URL longer than Node reads with 431 and the error body', async () => {
    const res = await raw()
      .get(`/api/schools?country=TH&q=${'x'.repeat(40_000)}`)
      .expect(431);
    expect(res.body).toEqual({
      statusCode: 431,
      code: 'headers_too_large',
      reason: 'common.headers_too_large',
      params: {},
      message: expect.stringMatching(/too long/),
    });
  });
});

describe('file names in every script', () => {
  const NAMES = ['วิดีโอของเรา.mp4', '私たちの動画.mp4'];

  it.each(NAMES)('keeps %s on the streaming path', async (name) => {
    const entry = await makeEntry(suite.t, suite.small, suite.student.user);
    const res = await suite.student.client
      .post(`/api/entries/${entry.id}/video`)
      .attach('file', suite.clip, { filename: name, contentType: 'video/mp4' })
      .expect(200);
    expect(res.body.fileName).toBe(name);
    expect((await suite.student.client.get(`/api/entries/${entry.id}/video`).expect(200)).body.fileName).toBe(name);
  });

  it.each(NAMES)('keeps %s on the presigned multipart path', async (name) => {
    const entry = await makeEntry(suite.t, suite.small, suite.student.user);
    const { res } = await uploadThroughBrowser(suite.student.client, entry.id, suite.clip, { fileName: name });
    expect(res.status).toBe(200);
    expect((await suite.student.client.get(`/api/entries/${entry.id}/video`).expect(200)).body.fileName).toBe(name);
  });
});

describe('empty files', () => {
  const empty = (res: request.Response) => {
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'validation_failed', reason: 'common.validation_failed' });
    expect(res.body.fields[0].problems).toEqual([{ reason: 'videos.empty_file', params: {} }]);
  };

  it('refuses a zero-byte video on the streaming path with reason empty_file, keeping nothing', async () => {
    const entry = await makeEntry(suite.t, suite.small, suite.student.user);
    empty(
      await suite.student.client.post(`/api/entries/${entry.id}/video`).attach('file', Buffer.alloc(0), { filename: 'empty.mp4', contentType: 'video/mp4' }),
    );
    expect(await leftovers(suite.t, entry.id)).toEqual({ objects: [], uploads: [] });
    expect(await suite.t.db.getRepository(VideoAsset).findBy({ entryId: entry.id })).toEqual([]);
  });

  it('refuses a zero-byte video on the presigned path with reason empty_file, before opening an upload', async () => {
    const entry = await makeEntry(suite.t, suite.small, suite.student.user);
    empty(await suite.student.client.post(`/api/entries/${entry.id}/video/uploads`).send({ fileName: 'empty.mp4', sizeBytes: 0, contentType: 'video/mp4' }));
    expect(await leftovers(suite.t, entry.id)).toEqual({ objects: [], uploads: [] });
    // a real one still starts
    await startUpload(suite.student.client, entry.id, mp4Like(suite.clip, 1000));
  });

  it('refuses a zero-byte subtitle file with reason empty_file', async () => {
    const entry = await makeEntry(suite.t, suite.small, suite.student.user);
    empty(
      await suite.student.client.post(`/api/entries/${entry.id}/subtitles/th`).attach('file', Buffer.alloc(0), { filename: 'th.vtt', contentType: 'text/vtt' }),
    );
  });
});

describe('heavy endpoints, limited per account', () => {
  it(`answers 429 with retryAfterSeconds past ${ACCOUNT_LIMITS.export.perMinute} exports a minute, per account`, async () => {
    const { client } = await clientAs(suite.t, { role: 'organiser', countryCode: null });
    const url = `/api/competitions/${suite.small.id}/exports/entries.csv`;
    for (let i = 0; i < ACCOUNT_LIMITS.export.perMinute; i++) await client.get(url).expect(200);
    const res = await client.get(url).expect(429);
    expect(res.body).toMatchObject({
      statusCode: 429,
      code: 'too_many_attempts',
      reason: 'common.too_many_attempts',
      params: { retryAfterSeconds: expect.any(Number) },
    });
    expect(Number(res.headers['retry-after'])).toBe(res.body.params.retryAfterSeconds);
    // another organiser is not held back
    await organiser.client.get(url).expect(200);
    // the next minute, it goes again
    suite.t.clock.advance(60_000);
    await client.get(url).expect(200);
  });

  it(`answers 429 past ${ACCOUNT_LIMITS.certificate.perMinute} certificates a minute`, async () => {
    const { client } = await clientAs(suite.t, { role: 'student', countryCode: 'TH' });
    const url = `/api/entries/00000000-0000-4000-8000-000000000000/certificates/participation`;
    for (let i = 0; i < ACCOUNT_LIMITS.certificate.perMinute; i++) await client.get(url).expect(404);
    const res = await client.get(url).expect(429);
    expect(res.body).toMatchObject({ code: 'too_many_attempts', reason: 'common.too_many_attempts', params: { retryAfterSeconds: expect.any(Number) } });
  });

  it(`answers 429 while an account has ${ACCOUNT_LIMITS.export.concurrent} exports in progress, and goes on once one ends`, async () => {
    const made = await clientAs(suite.t, { role: 'organiser', countryCode: null });
    const inFlight = suite.t.app.get(InFlightRequests);
    const key = `export:${made.user.id}`;
    // two exports of this account still streaming
    const releases = Array.from({ length: ACCOUNT_LIMITS.export.concurrent }, () => inFlight.tryAcquire(key, ACCOUNT_LIMITS.export.concurrent)!);
    const url = `/api/competitions/${suite.small.id}/exports/scores.csv`;
    const res = await made.client.get(url).expect(429);
    expect(res.body).toMatchObject({ code: 'too_many_attempts', reason: 'common.too_many_attempts', params: { retryAfterSeconds: 5 } });
    expect(res.headers['retry-after']).toBe('5');
    releases[0]();
    await made.client.get(url).expect(200);
    // the finished request gave its slot back
    expect(inFlight.inFlight(key)).toBe(ACCOUNT_LIMITS.export.concurrent - 1);
    releases[1]();
  });

  it('streams entries.csv in batches: every entry once, in code order', async () => {
    const competition = await makeCompetition(suite.t, { countryCodes: ['TH'] });
    const first = await makeEntry(suite.t, competition, suite.student.user);
    const columns: string[] = (
      await suite.t.db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'entries' AND table_schema = current_schema()`)
    ).map((c: { column_name: string }) => c.column_name);
    const values = columns.map((c) => (c === 'id' ? 'gen_random_uuid()' : c === 'code' ? `'TH-' || lpad(g::text, 5, '0')` : c));
    // 1,234 entries: more than two batches (ExportsService ENTRY_BATCH is 500), in an order unlike their codes
    await suite.t.db.query(
      `INSERT INTO entries (${columns.join(', ')}) SELECT ${values.join(', ')} FROM entries, generate_series(1, 1233) g WHERE id = $1 ORDER BY random()`,
      [first.id],
    );
    const res = await organiser.client
      .get(`/api/competitions/${competition.id}/exports/entries.csv`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const text = (res.body as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFFcode,country,')).toBe(true);
    const codes = text
      .slice(1, -2)
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(',')[0]);
    expect(codes).toHaveLength(1234);
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(1234);
  });
});
