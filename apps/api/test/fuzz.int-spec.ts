import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { Role } from '@clapper/domain/roles';
import { buildOpenApi } from '../src/bootstrap.js';
import { ERROR_CODES } from '../src/common/domain-error.js';
import { Entry } from '../src/entries/entry.entity.js';
import { TeamMember } from '../src/entries/team-member.entity.js';
import { clientAs, makeCompetition, makeUser } from './harness/factories.js';
import { createTestApp, type Client, type TestApp } from './harness/test-app.js';
import { eligibleEntry, school, WINDOW } from './judging-fixtures.js';

/**
 * Fuzzing the whole API from its OpenAPI document: for every operation, requests built from its parameters and body
 * schema, then broken (wrong types, missing and extra fields, huge strings, deep nesting, control characters, lone
 * surrogates, bidi text, emoji, combining marks, other people's ids, malformed bodies and headers), sent as anonymous
 * and as each role. No answer may be a 5xx, and every 4xx has the standard error body (common/error-body.dto.ts).
 * The seed is fixed, so a run is repeatable, and printed with any failure; change it here to explore further.
 */
const SEED = 20270115;
const MIN_REQUESTS = 1050;
const WHO = ['anonymous', 'student', 'teacher', 'judge', 'coordinator', 'organiser'] as const;
type Who = (typeof WHO)[number];
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
const NO = '00000000-0000-4000-8000-000000000000';

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  nullable?: boolean;
};
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  method: Method;
  path: string;
  params: Parameter[];
  body: { kind: 'json' | 'multipart'; schema: Schema } | null;
}

/** what a request carries as its body */
type Body =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  | { kind: 'raw'; contentType: string; text: string; encoding?: string }
  | { kind: 'multipart'; file: { bytes: Buffer; name: string } | null; fields: Record<string, string> };

interface FuzzRequest {
  who: Who;
  method: Method;
  url: string;
  body: Body;
}

/** Strings that have hurt servers: control characters, lone surrogates, bidi, emoji, combining marks, huge ones, injections. */
const NASTY: string[] = [
  '',
  ' ',
  'a\u0000b',
  '\u0000',
  'x\u0001\u001b[31m\u007f',
  '\u0085next line',
  '\ud800',
  'a\udfffb',
  '\udbff\udfff',
  '\u202eevil\u202c.mp4',
  'مرحبا بالعالم',
  'שלום \u200f',
  '👩🏽‍💻🎬🇹🇭',
  'e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301',
  'Z̴̡̛͙̝̪̞̲̈́̽̋a̵̛͎̿l̴̨̀g̷͎̀o̶̘̅',
  'วิดีโอของเรา',
  '動画コンテスト',
  '\ufeffbom',
  '\uffff\ufffe',
  "' OR 1=1 --",
  '%_\\',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://evil.example")',
  '__proto__',
  'constructor',
  '1e309',
  'NaN',
  '-0',
  '9007199254740993',
  'TH',
  'th',
  'ja',
  'xx',
  'x'.repeat(5_000),
  '🎬'.repeat(2_000),
  'a'.repeat(300),
];

/** Raw path and query pieces that are not valid percent-encoded UTF-8. */
const RAW_PIECES = ['%', '%zz', '%00', '%ED%A0%80', '%FF%FE', '%C0%AF', '..%2F..%2F', '%2e%2e', '%E2%80%AE'];

/** No lone surrogate (String.prototype.isWellFormed, not yet in our TypeScript lib). */
const wellFormed = (s: string) => !/(?:[\ud800-\udbff](?![\udc00-\udfff]))|(?:(?<![\ud800-\udbff])[\udc00-\udfff])/.test(s);

/** Percent-encodes a string, lone surrogates and all (as the bytes a careless client would send). */
function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return [...value]
      .map((ch) => (wellFormed(ch) ? encodeURIComponent(ch) : `%ED%${(0xa0 + ((ch.charCodeAt(0) >> 6) & 0x1f)).toString(16).toUpperCase()}%80`))
      .join('');
  }
}

const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
const deepObject = (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n);

/** Anything of another type than asked for. */
const wrongType = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constant(null),
    fc.integer(),
    fc.double(),
    fc.constantFrom(1e308, -1, 0, 2 ** 53 + 1, -(2 ** 31)),
    fc.boolean(),
    fc.constantFrom(...NASTY),
    fc.constant([]),
    fc.constant({}),
    fc.array(fc.constantFrom(...NASTY), { maxLength: 3 }),
    fc.jsonValue({ maxDepth: 3 }),
  );

function fuzzRequests(doc: OpenAPIObject, ids: string[], seed: number, minTotal: number): FuzzRequest[] {
  const schemas = (doc.components?.schemas ?? {}) as Record<string, Schema>;
  const resolve = (s: Schema | undefined): Schema => {
    let cur = s ?? {};
    for (let i = 0; cur.$ref && i < 10; i++) cur = schemas[cur.$ref.split('/').pop()!] ?? {};
    return cur;
  };

  const idArb = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: fc.uuid() });
  const nastyArb = fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }));

  /** A value for a schema: mostly of the right shape, now and then of any other. */
  const valueFor = (schema: Schema | undefined, depth: number): fc.Arbitrary<unknown> => {
    const s = resolve(schema);
    const sub = s.allOf?.[0] ?? s.oneOf?.[0] ?? s.anyOf?.[0];
    if (sub && !s.type && !s.properties) return valueFor(sub, depth);
    let right: fc.Arbitrary<unknown>;
    if (s.enum?.length) right = fc.oneof(fc.constantFrom(...s.enum), nastyArb);
    else if (s.type === 'string' && s.format === 'uuid') right = fc.oneof(idArb, nastyArb);
    else if (s.type === 'string' && (s.format === 'date-time' || s.format === 'date'))
      right = fc.oneof(
        fc
          .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
          .map((d) => (s.format === 'date' ? d.toISOString().slice(0, 10) : d.toISOString())),
        nastyArb,
      );
    else if (s.type === 'string') right = fc.oneof(fc.string({ maxLength: 30 }), nastyArb, idArb);
    else if (s.type === 'integer' || s.type === 'number')
      right = fc.oneof(fc.integer({ min: -5, max: 200 }), fc.integer(), fc.double(), fc.constantFrom(1e308, 2 ** 53 + 1, -1));
    else if (s.type === 'boolean') right = fc.boolean();
    else if (s.type === 'array') right = depth > 4 ? fc.constant([]) : fc.array(valueFor(s.items, depth + 1), { maxLength: 4 });
    else if (s.properties && depth <= 4) {
      const props = Object.entries(s.properties);
      right = fc
        .tuple(
          ...props.map(([key, p]) => fc.option(valueFor(p, depth + 1), { nil: undefined, freq: 5 }).map((v) => [key, v] as const)),
          fc.option(fc.tuple(fc.constantFrom('extra', '__proto__', 'constructor', 'a\u0000b', '\ud800', 'x'.repeat(200)), wrongType()), {
            nil: undefined,
            freq: 3,
          }),
        )
        .map((pairs) => {
          const out: Record<string, unknown> = {};
          for (const pair of pairs)
            if (pair && pair[1] !== undefined) Object.defineProperty(out, pair[0], { value: pair[1], enumerable: true, writable: true, configurable: true });
          return out;
        });
    } else if (s.type === 'object' || s.additionalProperties) {
      const values = typeof s.additionalProperties === 'object' ? valueFor(s.additionalProperties, depth + 1) : fc.jsonValue({ maxDepth: 2 });
      right = fc.dictionary(fc.oneof(fc.constantFrom('en', 'ja', 'th', 'pt-BR', 'zh-Hans', 'xx', ''), nastyArb), values, { maxKeys: 4 });
    } else right = fc.jsonValue({ maxDepth: 3 });
    return fc.oneof({ weight: 6, arbitrary: right }, { weight: 1, arbitrary: wrongType() });
  };

  const jsonBody = (schema: Schema): fc.Arbitrary<Body> =>
    fc.oneof(
      { weight: 8, arbitrary: valueFor(schema, 0).map((value): Body => ({ kind: 'json', value })) },
      { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 5 }).map((value): Body => ({ kind: 'json', value })) },
      {
        weight: 3,
        arbitrary: fc
          .constantFrom(
            deep(33),
            deep(45_000),
            deepObject(40),
            deepObject(20_000),
            '{"a":',
            '{"a":"\\ud800"}',
            '{"a":"\\u0000"}',
            'null',
            '"string"',
            '[]',
            '',
            `{"t":"${'x'.repeat(110_000)}"}`,
            '\u0000',
          )
          .map((text): Body => ({ kind: 'raw', contentType: 'application/json', text })),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.constantFrom('gzip', 'br', 'deflate', 'zstd', 'x-unknown'), fc.constantFrom('application/json', 'application/x-www-form-urlencoded'))
          .map(([encoding, contentType]): Body => ({ kind: 'raw', contentType, text: '{"a":1}', encoding })),
      },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom(
            ['text/plain', 'hello'],
            ['application/json; charset=utf-16', '{"a":1}'],
            ['application/json; charset=latin1', '{"a":1}'],
            ['application/x-www-form-urlencoded', 'a=%00&b=%ED%A0%80&c[d]=1'],
            ['multipart/form-data', 'no boundary here'],
            ['application/xml', '<a/>'],
          )
          .map(([contentType, text]): Body => ({ kind: 'raw', contentType, text })),
      },
      { weight: 1, arbitrary: fc.constant<Body>({ kind: 'none' }) },
    );

  const fileName = fc
    .oneof(fc.constantFrom('วิดีโอของเรา.mp4', '動画.webm', 'a.vtt', 'form.pdf', '\u202eevil.mp4', '../x.mp4', 'e\u0301.mp4', ''), fc.string({ maxLength: 30 }))
    .filter(wellFormed);
  const fileBytes = fc.oneof(
    fc.constant(Buffer.alloc(0)),
    fc.uint8Array({ maxLength: 2_000 }).map((a) => Buffer.from(a)),
    fc.constantFrom(Buffer.from('WEBVTT\n\n00:00.000 --> 00:01.000\nhello\n'), Buffer.from('%PDF-1.4\n'), Buffer.from([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70])),
  );
  const multipartBody: fc.Arbitrary<Body> = fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .tuple(
          fc.option(fc.tuple(fileBytes, fileName), { freq: 6 }),
          fc.dictionary(fc.constantFrom('note', 'file2', 'x\u0000'), nastyArb.filter(wellFormed), { maxKeys: 2 }),
        )
        .map(([file, fields]): Body => ({ kind: 'multipart', file: file ? { bytes: file[0], name: file[1] } : null, fields })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom<Body>(
        { kind: 'raw', contentType: 'multipart/form-data', text: 'no boundary' },
        { kind: 'raw', contentType: 'multipart/form-data; boundary=zzz', text: '--zzz\r\nbroken' },
      ),
    },
    { weight: 1, arbitrary: jsonBody({}) },
  );

  const requestFor = (op: Operation): fc.Arbitrary<FuzzRequest> => {
    const pathParams = op.params.filter((p) => p.in === 'path');
    const queryParams = op.params.filter((p) => p.in === 'query');
    const pathValue = (p: Parameter): fc.Arbitrary<string> => {
      const s = resolve(p.schema);
      const likely = s.format === 'uuid' || /id$/i.test(p.name) ? idArb : fc.constantFrom('TH', 'th', 'en', 'ja', 'JP', 'comp-1', ...ids);
      return fc.oneof(
        { weight: 6, arbitrary: likely.map(encode) },
        { weight: 2, arbitrary: nastyArb.map(encode) },
        { weight: 1, arbitrary: fc.constantFrom(...RAW_PIECES) },
      );
    };
    const queryValue = (p: Parameter): fc.Arbitrary<string | undefined> =>
      fc.option(
        fc.oneof(
          { weight: 4, arbitrary: valueFor(p.schema, 3).map((v) => encode(typeof v === 'string' ? v : (JSON.stringify(v) ?? ''))) },
          { weight: 2, arbitrary: nastyArb.map(encode) },
          { weight: 1, arbitrary: fc.constantFrom(...RAW_PIECES) },
        ),
        { nil: undefined, freq: 4 },
      );
    return fc
      .record({
        who: fc.constantFrom(...WHO),
        path: fc.tuple(...pathParams.map(pathValue)).map((values) => pathParams.reduce((path, p, i) => path.replace(`{${p.name}}`, values[i]), op.path)),
        query: fc
          .tuple(
            fc.tuple(...queryParams.map(queryValue)),
            fc.option(fc.tuple(fc.constantFrom('extra', 'q[]', 'a\u0000'), nastyArb), { nil: undefined, freq: 4 }),
          )
          .map(([values, extra]) => {
            const pairs = queryParams.flatMap((p, i) => (values[i] === undefined ? [] : [`${encodeURIComponent(p.name)}=${values[i]}`]));
            if (extra) pairs.push(`${encode(extra[0])}=${encode(extra[1])}`);
            return pairs.length ? `?${pairs.join('&')}` : '';
          }),
        body:
          op.body?.kind === 'multipart'
            ? multipartBody
            : op.body
              ? jsonBody(op.body.schema)
              : fc.oneof({ weight: 4, arbitrary: fc.constant<Body>({ kind: 'none' }) }, { weight: 1, arbitrary: jsonBody({}) }),
      })
      .map(({ who, path, query, body }) => ({ who, method: op.method, url: path + query, body }));
  };

  const ops = operations(doc);
  const perOp = Math.max(5, Math.ceil(minTotal / ops.length));
  return ops.flatMap((op, i) => fc.sample(requestFor(op), { seed: seed + i, numRuns: perOp }));
}

function operations(doc: OpenAPIObject): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const op = (item as Record<string, { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: Schema }> } } | undefined>)[method];
      if (!op) continue;
      const content = op.requestBody?.content ?? {};
      const body = content['multipart/form-data']
        ? { kind: 'multipart' as const, schema: content['multipart/form-data'].schema ?? {} }
        : content['application/json']
          ? { kind: 'json' as const, schema: content['application/json'].schema ?? {} }
          : null;
      ops.push({ method, path, params: op.parameters ?? [], body });
    }
  }
  return ops;
}

let t: TestApp;
let clients: Record<Who, Client>;
const roleUsers: Partial<Record<Role, string>> = {};
let ids: string[];

beforeAll(async () => {
  t = await createTestApp();
  clients = { anonymous: t.anon } as Record<Who, Client>;
  for (const role of ['student', 'teacher', 'judge', 'coordinator', 'organiser'] as const) {
    const made = await clientAs(t, { role, countryCode: role === 'organiser' ? null : 'TH' });
    clients[role] = made.client;
    roleUsers[role] = made.user.id;
  }
  const competition = await makeCompetition(t, { countryCodes: ['TH', 'JP'] });
  const schoolId = await school(t, 'Fuzz School');
  // someone else's submitted entry, and a draft of the student's own
  const other = await eligibleEntry(t, competition.id, 1, { schoolId });
  const own = await eligibleEntry(t, competition.id, 2, { schoolId });
  await t.db.getRepository(Entry).update({ id: own.id }, { status: 'draft', submittedAt: null, ownerId: roleUsers.student });
  const member = await t.db.getRepository(TeamMember).findOneByOrFail({ entryId: other.id });
  const round = (
    await clients.organiser
      .post('/api/rounds')
      .send({ competitionId: competition.id, kind: 'national', countryCode: 'TH', ...WINDOW, judgesPerEntry: 1 })
      .expect(201)
  ).body as { id: string };
  const stranger = await makeUser(t, { role: 'student', countryCode: 'JP' });
  const category = (await clients.organiser.get(`/api/competitions/${competition.id}`).expect(200)).body.categories[0] as { id: string };
  ids = [competition.id, category.id, other.id, own.id, member.id, round.id, stranger.id, schoolId, NO, randomUUID()];
}, 60_000);
afterAll(() => t.close());

async function send(r: FuzzRequest): Promise<{ status: number; body: unknown; contentType: string }> {
  // signing out would end the session the other requests of this role use: that one gets a session of its own
  const client = r.who !== 'anonymous' && /sign-out/.test(r.url) ? (await clientAs(t, { role: r.who })).client : clients[r.who];
  let req = client[r.method](r.url).timeout(20_000);
  const b = r.body;
  if (b.kind === 'json') req = req.set('Content-Type', 'application/json').send(JSON.stringify(b.value ?? null));
  else if (b.kind === 'raw') {
    req = req.set('Content-Type', b.contentType);
    if (b.encoding) req = req.set('Content-Encoding', b.encoding);
    req = req.send(b.text);
  } else if (b.kind === 'multipart') {
    for (const [k, v] of Object.entries(b.fields)) req = req.field(k, v);
    if (b.file) req = req.attach('file', b.file.bytes, { filename: b.file.name || 'x', contentType: 'application/octet-stream' });
    else if (!Object.keys(b.fields).length) req = req.field('note', '');
  }
  const res = await req;
  return { status: res.status, body: res.body as unknown, contentType: String(res.headers['content-type'] ?? '') };
}

/**
 * What is wrong with an answer, or null: a 5xx, or an API 4xx without the standard error body (the showcase, outside
 * /api, answers its refusals as HTML pages).
 */
function problemWith(url: string, res: { status: number; body: unknown; contentType: string }): string | null {
  if (res.status >= 500) return `answered ${res.status}: ${JSON.stringify(res.body).slice(0, 200)}`;
  if (res.status < 400 || !url.startsWith('/api/')) return null;
  const body = res.body as { statusCode?: unknown; code?: unknown; message?: unknown; fields?: unknown };
  if (!res.contentType.startsWith('application/json')) return `answered ${res.status} as ${res.contentType || 'no content type'}`;
  if (body?.statusCode !== res.status) return `answered ${res.status} with statusCode ${String(body?.statusCode)}`;
  if (typeof body.code !== 'string' || !(body.code in ERROR_CODES)) return `answered ${res.status} with code ${String(body.code)}`;
  if (typeof body.message !== 'string' || !body.message) return `answered ${res.status} without a message`;
  if (
    body.fields !== undefined &&
    !(Array.isArray(body.fields) && body.fields.every((f: { field?: unknown; messages?: unknown }) => typeof f.field === 'string' && Array.isArray(f.messages)))
  )
    return `answered ${res.status} with malformed fields`;
  return null;
}

const describeBody = (b: Body): string =>
  b.kind === 'none'
    ? ''
    : b.kind === 'json'
      ? ` json ${JSON.stringify(b.value)?.slice(0, 300)}`
      : b.kind === 'raw'
        ? ` ${b.contentType}${b.encoding ? ` (${b.encoding})` : ''} ${JSON.stringify(b.text.slice(0, 120))}`
        : ` multipart file=${b.file ? `${JSON.stringify(b.file.name)} ${b.file.bytes.length} B` : 'none'} fields=${JSON.stringify(b.fields)}`;

describe('fuzzing every operation of the OpenAPI document', () => {
  it(`answers no 5xx and only standard error bodies, as anonymous and every role (seed ${SEED})`, async () => {
    const requests = fuzzRequests(buildOpenApi(t.app), ids, SEED, MIN_REQUESTS);
    expect(requests.length).toBeGreaterThanOrEqual(1_000);
    const failures: string[] = [];
    let sent = 0;
    const statuses = new Map<number, number>();
    for (const r of requests) {
      let res: Awaited<ReturnType<typeof send>>;
      try {
        res = await send(r);
      } catch (err) {
        failures.push(`${r.who} ${r.method.toUpperCase()} ${r.url}${describeBody(r.body)} → no answer: ${(err as Error).message}`);
        continue;
      }
      sent++;
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const problem = problemWith(r.url, res);
      if (problem) failures.push(`${r.who} ${r.method.toUpperCase()} ${r.url.slice(0, 300)}${describeBody(r.body)} → ${problem}`);
    }
    if (failures.length) console.error(`fuzz seed ${SEED}: ${failures.length} failures of ${requests.length}\n${failures.slice(0, 60).join('\n')}`);
    expect({ seed: SEED, failures: failures.slice(0, 40) }).toEqual({ seed: SEED, failures: [] });
    expect(sent).toBeGreaterThanOrEqual(1_000);
    // the run reached past the front door: some requests were accepted, some refused for their content
    expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(0);
  }, 240_000);
});
