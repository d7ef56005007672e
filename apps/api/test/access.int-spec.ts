import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants.js';
import { RequestMethod } from '@nestjs/common';
import type { Role } from '@clapper/domain/roles';
import { createTestApp, type Client, type TestApp } from './harness/test-app.js';
import { clientAs, makeCompetition } from './harness/factories.js';
import { buildOpenApi } from '../src/bootstrap.js';
import { ACCESS_KEY } from '../src/auth/access.decorator.js';

/**
 * The access matrix: every endpoint, who may call it, and proof for every role.
 * A new endpoint that is missing here fails the inventory test below.
 */
import { EVERYONE, SIGNED_IN, type Row, type Who } from './access-rows/row.js';
import { resultsRows } from './access-rows/results.js';
import { showcaseRows } from './access-rows/showcase.js';
import { campaignsRows } from './access-rows/campaigns.js';
import { votingRows } from './access-rows/voting.js';

let t: TestApp;
let clients: Record<Who, Client>;
let ids: { competition: string; category: string };

const NO = '00000000-0000-4000-8000-000000000000';

const matrix = (): Row[] => [
  { method: 'get', path: '/api/health', allowed: EVERYONE },
  { method: 'post', path: '/api/auth/sign-up', allowed: EVERYONE, body: {} },
  { method: 'post', path: '/api/auth/sign-in', allowed: EVERYONE, body: {} },
  { method: 'get', path: '/api/auth/me', allowed: SIGNED_IN },
  { method: 'put', path: '/api/auth/me/locale', allowed: SIGNED_IN, body: { locale: 'ja' } },
  { method: 'post', path: '/api/invitations', allowed: ['coordinator', 'organiser'], body: {} },
  { method: 'get', path: '/api/invitations', allowed: ['coordinator', 'organiser'] },
  { method: 'delete', path: '/api/invitations/00000000-0000-4000-8000-000000000000', allowed: ['coordinator', 'organiser'] },
  { method: 'post', path: '/api/invitations/preview', allowed: EVERYONE, body: {} },
  { method: 'post', path: '/api/invitations/accept', allowed: EVERYONE, body: {} },
  { method: 'get', path: '/api/admin/outbox', allowed: ['organiser'] },
  { method: 'get', path: '/api/users', allowed: ['coordinator', 'organiser'] },
  { method: 'get', path: '/api/countries', allowed: EVERYONE },
  { method: 'post', path: '/api/countries', allowed: ['organiser'], body: {} },
  { method: 'patch', path: '/api/countries/TH', allowed: ['organiser'], body: {} },
  { method: 'get', path: '/api/countries/TH/overview', allowed: ['coordinator', 'organiser'] },
  { method: 'get', path: '/api/schools?country=TH', allowed: EVERYONE },
  { method: 'get', path: '/api/competitions', allowed: EVERYONE },
  { method: 'get', path: `/api/competitions/${ids.competition}`, allowed: EVERYONE },
  { method: 'post', path: '/api/competitions', allowed: ['organiser'], body: {} },
  { method: 'patch', path: `/api/competitions/${ids.competition}`, allowed: ['organiser'], body: {} },
  { method: 'put', path: `/api/competitions/${ids.competition}/rules`, allowed: ['organiser'], body: {} },
  { method: 'put', path: `/api/competitions/${ids.competition}/countries`, allowed: ['organiser'], body: {} },
  { method: 'post', path: `/api/competitions/${ids.competition}/categories`, allowed: ['organiser'], body: {} },
  { method: 'put', path: `/api/competitions/${ids.competition}/categories`, allowed: ['organiser'], body: {} },
  { method: 'patch', path: `/api/competitions/${ids.competition}/categories/${ids.category}`, allowed: ['organiser'], body: {} },
  { method: 'delete', path: `/api/competitions/${ids.competition}/categories/00000000-0000-4000-8000-000000000000`, allowed: ['organiser'] },
  { method: 'post', path: '/api/entries', allowed: ['student', 'teacher'], body: {} },
  { method: 'get', path: '/api/entries', allowed: ['student', 'teacher', 'coordinator', 'organiser'] },
  { method: 'get', path: `/api/entries/${NO}`, allowed: ['student', 'teacher', 'coordinator', 'organiser'] },
  { method: 'patch', path: `/api/entries/${NO}`, allowed: ['student', 'teacher', 'organiser'], body: {} },
  { method: 'put', path: `/api/entries/${NO}/members`, allowed: ['student', 'teacher', 'organiser'], body: {} },
  { method: 'post', path: `/api/entries/${NO}/licence`, allowed: ['student', 'teacher', 'organiser'], body: {} },
  { method: 'post', path: `/api/entries/${NO}/submit`, allowed: ['student', 'teacher', 'organiser'] },
  { method: 'post', path: `/api/entries/${NO}/withdraw`, allowed: ['student', 'teacher', 'organiser'] },
  { method: 'post', path: `/api/entries/${NO}/screening`, allowed: ['coordinator', 'organiser'], body: {} },
  { method: 'get', path: `/api/competitions/${ids.competition}/licence`, allowed: EVERYONE },
  { method: 'post', path: `/api/entries/${NO}/members/${NO}/consent`, allowed: ['student', 'teacher', 'organiser'], body: {} },
  { method: 'delete', path: `/api/entries/${NO}/members/${NO}/consent`, allowed: ['student', 'teacher', 'organiser'] },
  { method: 'post', path: `/api/entries/${NO}/members/${NO}/guardian-link`, allowed: ['student', 'teacher', 'organiser'], body: {} },
  { method: 'post', path: `/api/entries/${NO}/consents/${NO}/verify`, allowed: ['coordinator', 'organiser'], body: {} },
  { method: 'post', path: `/api/entries/${NO}/members/${NO}/guardian-form`, allowed: ['student', 'teacher', 'organiser'] },
  { method: 'get', path: `/api/entries/${NO}/consents/${NO}/form`, allowed: ['student', 'teacher', 'coordinator', 'organiser'] },
  { method: 'post', path: '/api/guardian-consents/preview', allowed: EVERYONE, body: {} },
  { method: 'post', path: '/api/guardian-consents/give', allowed: EVERYONE, body: {} },
  { method: 'post', path: '/api/guardian-consents/withdraw', allowed: EVERYONE, body: {} },
  { method: 'post', path: `/api/entries/${NO}/video/uploads`, allowed: ['student', 'teacher', 'organiser'], body: {} },
  { method: 'post', path: `/api/entries/${NO}/video/uploads/${NO}/parts`, allowed: ['student', 'teacher', 'organiser'], body: {} },
  { method: 'get', path: `/api/entries/${NO}/video/uploads/${NO}/parts`, allowed: ['student', 'teacher', 'organiser'] },
  { method: 'post', path: `/api/entries/${NO}/video/uploads/${NO}/complete`, allowed: ['student', 'teacher', 'organiser'], body: {} },
  { method: 'delete', path: `/api/entries/${NO}/video/uploads/${NO}`, allowed: ['student', 'teacher', 'organiser'] },
  { method: 'post', path: `/api/entries/${NO}/video`, allowed: ['student', 'teacher', 'organiser'] },
  // reads answer 404 (not 403) to judges and everyone outside the entry
  { method: 'get', path: `/api/entries/${NO}/video`, allowed: SIGNED_IN },
  { method: 'get', path: `/api/entries/${NO}/subtitles`, allowed: SIGNED_IN },
  // TH is Thai here (the inventory reads TH as a path parameter)
  { method: 'post', path: `/api/entries/${NO}/subtitles/TH`, allowed: ['student', 'teacher', 'organiser'] },
  { method: 'delete', path: `/api/entries/${NO}/subtitles/TH`, allowed: ['student', 'teacher', 'organiser'] },
  // judging: managers (organisers; coordinators for their own country's national round, 404 for others)
  { method: 'post', path: '/api/rounds', allowed: ['coordinator', 'organiser'], body: {} },
  { method: 'get', path: `/api/rounds?competitionId=${NO}`, allowed: ['coordinator', 'organiser'] },
  { method: 'get', path: `/api/rounds/${NO}`, allowed: ['coordinator', 'organiser'] },
  { method: 'patch', path: `/api/rounds/${NO}`, allowed: ['coordinator', 'organiser'], body: {} },
  { method: 'post', path: `/api/rounds/${NO}/open`, allowed: ['coordinator', 'organiser'] },
  { method: 'post', path: `/api/rounds/${NO}/close`, allowed: ['coordinator', 'organiser'], body: {} },
  { method: 'get', path: `/api/rounds/${NO}/judges`, allowed: ['coordinator', 'organiser'] },
  { method: 'delete', path: `/api/rounds/${NO}/judges/${NO}`, allowed: ['coordinator', 'organiser'] },
  { method: 'post', path: `/api/rounds/${NO}/assignment`, allowed: ['coordinator', 'organiser'] },
  { method: 'get', path: `/api/rounds/${NO}/assignments`, allowed: ['coordinator', 'organiser'] },
  { method: 'post', path: `/api/rounds/${NO}/assignments`, allowed: ['coordinator', 'organiser'], body: {} },
  { method: 'delete', path: `/api/rounds/${NO}/assignments/${NO}`, allowed: ['coordinator', 'organiser'] },
  { method: 'get', path: `/api/rounds/${NO}/progress`, allowed: ['coordinator', 'organiser'] },
  { method: 'post', path: `/api/rounds/${NO}/reminders`, allowed: ['coordinator', 'organiser'], body: {} },
  { method: 'get', path: `/api/rounds/${NO}/judge-stats`, allowed: ['coordinator', 'organiser'] },
  { method: 'get', path: `/api/rounds/${NO}/scorecards/export`, allowed: ['coordinator', 'organiser'] },
  { method: 'get', path: `/api/rounds/${NO}/entries/${NO}/notes`, allowed: ['coordinator', 'organiser'] },
  { method: 'post', path: `/api/rounds/${NO}/entries/${NO}/notes`, allowed: ['coordinator', 'organiser'], body: {} },
  { method: 'get', path: `/api/rounds/${NO}/ranking`, allowed: ['coordinator', 'organiser'] },
  { method: 'post', path: `/api/rounds/${NO}/promotions`, allowed: ['coordinator', 'organiser'], body: {} },
  { method: 'delete', path: `/api/rounds/${NO}/promotions/${NO}`, allowed: ['coordinator', 'organiser'] },
  { method: 'get', path: '/api/audit', allowed: ['organiser'] },
  // judges only, on their own rounds and assigned entries (404 otherwise)
  { method: 'get', path: '/api/judge/rounds', allowed: ['judge'] },
  { method: 'get', path: `/api/judge/rounds/${NO}/declaration`, allowed: ['judge'] },
  { method: 'put', path: `/api/judge/rounds/${NO}/declaration`, allowed: ['judge'], body: {} },
  { method: 'get', path: `/api/judge/rounds/${NO}/queue`, allowed: ['judge'] },
  { method: 'get', path: `/api/judge/rounds/${NO}/entries/${NO}`, allowed: ['judge'] },
  { method: 'put', path: `/api/judge/rounds/${NO}/entries/${NO}/scorecard`, allowed: ['judge'], body: {} },
  { method: 'post', path: `/api/judge/rounds/${NO}/entries/${NO}/scorecard/submit`, allowed: ['judge'], body: {} },
  { method: 'get', path: `/api/judge/rounds/${NO}/entries/${NO}/other-scores`, allowed: ['judge'] },
  ...votingRows(ids),
  ...resultsRows(ids),
  ...showcaseRows(ids),
  ...campaignsRows(ids),
  // last: it ends the session the rows above use
  { method: 'post', path: '/api/auth/sign-out', allowed: SIGNED_IN },
];

beforeAll(async () => {
  t = await createTestApp();
  clients = { anonymous: t.anon } as Record<Who, Client>;
  for (const role of ['student', 'teacher', 'judge', 'coordinator', 'organiser'] as const) clients[role] = (await clientAs(t, { role, countryCode: 'TH' })).client;
  const c = await makeCompetition(t, { countryCodes: ['TH'] });
  const category = (await clients.organiser.get(`/api/competitions/${c.id}`).expect(200)).body.categories[0];
  ids = { competition: c.id, category: category.id };
});
afterAll(() => t.close());

describe('access matrix', () => {
  it('covers every endpoint the API has', () => {
    const doc = buildOpenApi(t.app);
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops as object).map((m) => `${m.toUpperCase()} ${path.replace(/\{[^}]+\}/g, '{}')}`),
    );
    const rows = matrix().map((r) => `${r.method.toUpperCase()} ${r.path.split('?')[0].replace(/\/(?:[0-9a-f-]{36}|TH)(?=\/|$)/g, '/{}')}`);
    expect(new Set(rows)).toEqual(new Set(documented));
  });

  it('has an access declaration on every handler', () => {
    const discovery = t.app.get(DiscoveryService);
    const scanner = t.app.get(MetadataScanner);
    const undeclared: string[] = [];
    for (const wrapper of discovery.getControllers()) {
      const proto = Object.getPrototypeOf(wrapper.instance);
      for (const name of scanner.getAllMethodNames(proto)) {
        const handler = proto[name];
        if (Reflect.getMetadata(PATH_METADATA, handler) === undefined || Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
        if (!Reflect.getMetadata(ACCESS_KEY, handler) && !Reflect.getMetadata(ACCESS_KEY, wrapper.metatype as object))
          undeclared.push(`${wrapper.name}.${name} ${RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler)]}`);
      }
    }
    expect(undeclared).toEqual([]);
  });

  it.each(EVERYONE)('lets %s call exactly the endpoints meant for them', async (who) => {
    const outcomes: string[] = [];
    const client = who === 'anonymous' ? t.anon : (await clientAs(t, { role: who, countryCode: 'TH' })).client;
    for (const row of matrix()) {
      const req = client[row.method](row.path);
      const res = await (row.body ? req.send(row.body) : req);
      const refused = res.status === 401 || res.status === 403;
      const expected = row.allowed.includes(who);
      if (expected === refused || res.status >= 500) outcomes.push(`${row.method.toUpperCase()} ${row.path} → ${res.status} ${res.body?.code ?? ''}`);
      if (!expected) expect(res.status).toBe(who === 'anonymous' ? 401 : 403);
    }
    expect(outcomes).toEqual([]);
  });
});

describe('scopes beyond roles', () => {
  it("keeps coordinators to their own country's overview and accounts", async () => {
    await clients.coordinator.get('/api/countries/TH/overview').expect(200);
    expect((await clients.coordinator.get('/api/countries/JP/overview').expect(403)).body.code).toBe('forbidden');
    await clients.coordinator.get('/api/users?country=JP').expect(403);
    const own = (await clients.coordinator.get('/api/users').expect(200)).body.items;
    expect(own.every((u: { countryCode: string }) => u.countryCode === 'TH')).toBe(true);
    await clients.organiser.get('/api/countries/JP/overview').expect(200);
  });

  it('gives each signed-in user their own record only', async () => {
    const a = await clientAs(t, { role: 'student', email: 'a-student@example.org' });
    const b = await clientAs(t, { role: 'student', email: 'b-student@example.org' });
    expect((await a.client.get('/api/auth/me').expect(200)).body.email).toBe('a-student@example.org');
    expect((await b.client.get('/api/auth/me').expect(200)).body.email).toBe('b-student@example.org');
    // there is no endpoint that reads another user's account by id for students
    await a.client.get(`/api/users?country=TH`).expect(403);
  });
});
