import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants.js';
import { RequestMethod } from '@nestjs/common';
import { clientAs } from './harness/factories.js';
import { ACCESS_KEY } from '../src/auth/access.decorator.js';
import { documentedOperations, documentedSuccess, rowName, rowTests } from './access-matrix/check.js';
import { SIGNED_IN, type Row } from './access-matrix/row.js';
import { buildWorld, outsider, type World } from './access-matrix/world.js';
import { accountsRows } from './access-matrix/rows-accounts.js';
import { competitionsRows } from './access-matrix/rows-competitions.js';
import { entriesRows } from './access-matrix/rows-entries.js';
import { judgingRows } from './access-matrix/rows-judging.js';
import { resultsRows } from './access-matrix/rows-results.js';
import { notificationsRows } from './access-matrix/rows-notifications.js';
import { legalTextsRows } from './access-matrix/rows-legal-texts.js';

/**
 * The access matrix: every operation, who may call it, and proof for every persona (access-matrix/row.ts). An allowed
 * persona makes a real, valid request and gets the documented success status; everyone else is refused (401, 403, or
 * 404 where the row says the record is outside their scope). A new operation without a row fails the inventory test.
 * This file runs the accounts, competitions, entries and notifications rows; access-judging.int-spec.ts the judging, results,
 * showcase and campaigns rows (two files, so they run side by side).
 */
const ROWS: Row[] = [...accountsRows, ...competitionsRows, ...entriesRows, ...notificationsRows, ...legalTextsRows];
const ALL_ROWS: Row[] = [...ROWS, ...judgingRows, ...resultsRows];

let w: World;
beforeAll(async () => {
  w = await buildWorld();
}, 120_000);
afterAll(() => w?.close());

describe('access matrix', () => {
  it('covers every documented operation, once', () => {
    const rows = ALL_ROWS.map(rowName);
    expect(rows.filter((r, i) => rows.indexOf(r) !== i)).toEqual([]);
    expect([...rows].sort()).toEqual(documentedOperations(w.doc).sort());
  });

  it('documents a success response for every operation', () => {
    expect(ALL_ROWS.filter((r) => documentedSuccess(w.doc, r) === null).map(rowName)).toEqual([]);
  });

  it('has an access declaration on every handler', () => {
    const discovery = w.t.app.get(DiscoveryService);
    const scanner = w.t.app.get(MetadataScanner);
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

  it('gives a teacher whose link to the school is pending or refused nothing beyond what anyone signed in has', () => {
    const beyond = ALL_ROWS.filter(
      (r) => (r.allowed.includes('pendingTeacher') || r.allowed.includes('refusedTeacher')) && !SIGNED_IN.every((who) => r.allowed.includes(who)),
    );
    expect(beyond.map(rowName)).toEqual([]);
  });

  rowTests(ROWS, () => w);
});

describe("other people's records by id", () => {
  it("answers 404 to a student and a teacher of another school on the student's entry, consents, video, result and certificates", async () => {
    const entry = w.entry.id;
    const work = w.published.work.entry.id;
    const calls: [method: 'get' | 'patch' | 'put' | 'post', path: string, body?: object][] = [
      ['get', `/api/entries/${entry}`],
      ['patch', `/api/entries/${entry}`, { title: 'Taken over' }],
      ['put', `/api/entries/${entry}/members`, { members: [] }],
      ['put', `/api/entries/${entry}/credits`, { creditStyle: 'first_names', creditSchool: false }],
      ['post', `/api/entries/${entry}/members/${w.entry.adultId}/consent`, { agree: true }],
      ['post', `/api/entries/${entry}/members/${w.entry.minorId}/guardian-link`, { guardianEmail: 'intruder@example.org' }],
      ['get', `/api/entries/${entry}/consents/${w.entry.formConsentId}/form`],
      ['post', `/api/entries/${entry}/video/uploads`, { fileName: 'x.mp4', sizeBytes: 1000, contentType: 'video/mp4' }],
      ['get', `/api/entries/${work}/video`],
      ['get', `/api/entries/${work}/subtitles`],
      ['get', `/api/entries/${work}/result`],
      ['get', `/api/entries/${work}/certificates/participation`],
      ['get', `/api/entries/${work}/certificates/awards/${w.published.awardId}`],
    ];
    const strangers = { student: await outsider(w.t, { role: 'student' }), teacher: await outsider(w.t, { role: 'teacher' }) };
    const seen: string[] = [];
    for (const [who, client] of Object.entries(strangers))
      for (const [method, path, body] of calls) {
        const res = await (body ? client[method](path).send(body) : client[method](path));
        if (res.status !== 404 || res.body.code !== 'not_found') seen.push(`${who} ${method.toUpperCase()} ${path} → ${res.status} ${res.body.code}`);
      }
    expect(seen).toEqual([]);
    // and nothing changed
    expect((await w.clients.student.get(`/api/entries/${entry}`).expect(200)).body).toMatchObject({
      title: 'Think before you click',
      members: [{ fullName: 'Krit Boonmee' }, { fullName: 'Ananya Srisuk' }],
    });
  });
});

describe('scopes beyond roles', () => {
  it("keeps coordinators to their own country's overview and accounts", async () => {
    await w.clients.coordinator.get('/api/countries/TH/overview').expect(200);
    expect((await w.clients.coordinator.get('/api/countries/JP/overview').expect(403)).body.code).toBe('forbidden');
    await w.clients.coordinator.get('/api/users?country=JP').expect(403);
    const own = (await w.clients.coordinator.get('/api/users').expect(200)).body.items;
    expect(own.every((u: { countryCode: string }) => u.countryCode === 'TH')).toBe(true);
    await w.clients.organiser.get('/api/countries/JP/overview').expect(200);
  });

  it('gives each signed-in user their own record only', async () => {
    const a = await clientAs(w.t, { role: 'student', email: 'a-student@example.org' });
    const b = await clientAs(w.t, { role: 'student', email: 'b-student@example.org' });
    expect((await a.client.get('/api/auth/me').expect(200)).body.email).toBe('a-student@example.org');
    expect((await b.client.get('/api/auth/me').expect(200)).body.email).toBe('b-student@example.org');
    // there is no endpoint that reads another user's account by id for students
    await a.client.get(`/api/users?country=TH`).expect(403);
  });
});
