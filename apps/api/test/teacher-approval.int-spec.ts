import { DataSource } from 'typeorm';
import { createTestApp, type Client, type TestApp } from './harness/test-app.js';
import { clientAs, makeCompetition, sessionFor } from './harness/factories.js';
import { buildOpenApi } from '../src/bootstrap.js';
import { User } from '../src/accounts/user.entity.js';
import { RoleGrant } from '../src/accounts/role-grant.entity.js';
import { School } from '../src/accounts/school.entity.js';
import { schoolKey } from '@clapper/domain/schools';
import { OutboxMessage } from '../src/mail/outbox-message.entity.js';
import { AuditEvent } from '../src/audit/audit-event.entity.js';
import type { Competition } from '../src/competitions/competition.entity.js';

/**
 * Nobody becomes a teacher of a school by saying so: a self-declared link is a request that the country's
 * coordinator (or an organiser) approves, and until then the account sees and changes nothing of the school's entries.
 */
let t: TestApp;
let competition: Competition;
let student: Client;
let coordinatorTH: Client;
let coordinatorJP: Client;
let organiser: Client;
let entryId: string;
let memberIds: string[];

const SCHOOL = 'Bangkok Wittaya School';
const TITLE = 'Phish Fry';
const MINOR = 'Ananya Srisuk';
const NO = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  t = await createTestApp();
  competition = await makeCompetition(t, { countryCodes: ['TH', 'JP'] });
  student = (await clientAs(t, { role: 'student', countryCode: 'TH', schoolName: SCHOOL })).client;
  coordinatorTH = (await clientAs(t, { role: 'coordinator', countryCode: 'TH' })).client;
  coordinatorJP = (await clientAs(t, { role: 'coordinator', countryCode: 'JP' })).client;
  organiser = (await clientAs(t, { role: 'organiser', countryCode: null })).client;
  const categoryId = (await t.anon.get(`/api/competitions/${competition.id}`).expect(200)).body.categories[0].id;
  const entry = await student
    .post('/api/entries')
    .send({
      competitionId: competition.id,
      categoryId,
      title: TITLE,
      videoLanguage: 'th',
      members: [{ fullName: MINOR, role: 'director', dateOfBirth: '2011-02-01' }],
    })
    .expect(201);
  entryId = entry.body.id;
  memberIds = entry.body.members.map((m: { id: string }) => m.id);
});
afterAll(() => t.close());

/** Signs up through the API as anyone can, confirms the address as the mailed link would, and opens a session. */
async function signUpTeacher(email: string, schoolName = SCHOOL, countryCode = 'TH'): Promise<{ client: Client; user: User }> {
  await t.anon
    .post('/api/auth/sign-up')
    .send({
      email,
      password: 'correct horse battery staple 9',
      displayName: `Teacher ${email.split('@')[0].split('.')[0].toUpperCase()}`,
      role: 'teacher',
      countryCode,
      schoolName,
    })
    .expect((r) => {
      if (r.status >= 300) throw new Error(`sign-up answered ${r.status}: ${JSON.stringify(r.body)}`);
    });
  const user = await t.db.getRepository(User).findOneByOrFail({ email });
  await t.db.getRepository(User).update({ id: user.id }, { emailVerifiedAt: new Date(), signUpPending: false });
  return { client: t.as(await sessionFor(t, user)), user };
}

const requestOf = async (userId: string) => t.db.getRepository(RoleGrant).findOneByOrFail({ userId, role: 'teacher' });
const mailTo = (email: string) => t.db.getRepository(OutboxMessage).find({ where: { to: email }, order: { createdAt: 'ASC' } });

/** Every documented operation on an entry, with the ids of this test's entry filled in. */
function entryOperations(): { method: 'get' | 'post' | 'put' | 'patch' | 'delete'; path: string }[] {
  const doc = buildOpenApi(t.app) as unknown as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(doc.paths)
    .filter(([path]) => path === '/api/entries' || path.startsWith('/api/entries/'))
    .flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => ({
        method: method as 'get' | 'post' | 'put' | 'patch' | 'delete',
        path: path
          .replace('{id}', entryId)
          .replace('{memberId}', memberIds[0])
          .replace('{language}', 'th')
          .replace(/\{[^}]+\}/g, NO),
      })),
    );
}

describe('a teacher who signs up for an existing school', () => {
  let pending: { client: Client; user: User };
  beforeAll(async () => {
    pending = await signUpTeacher('mallory@freemail.example');
  });

  it('holds a pending request, not a role', async () => {
    expect((await requestOf(pending.user.id)).status).toBe('pending');
    const me = (await pending.client.get('/api/auth/me').expect(200)).body;
    expect(me.roles).toEqual([]);
    expect(me.teacherRequest).toMatchObject({ status: 'pending', schoolName: SCHOOL, countryCode: 'TH', decidedAt: null });
  });

  it('sees and changes nothing of the school’s entries, on every entry endpoint', async () => {
    const ops = entryOperations();
    expect(ops.length).toBeGreaterThan(25);
    const leaks: string[] = [];
    for (const op of ops) {
      const res = await pending.client[op.method](op.path).send(op.method === 'get' || op.method === 'delete' ? undefined : {});
      const text = JSON.stringify(res.body ?? '') + (res.text ?? '');
      if (![403, 404].includes(res.status) || text.includes(TITLE) || text.includes(MINOR)) leaks.push(`${op.method.toUpperCase()} ${op.path} → ${res.status}`);
    }
    expect(leaks).toEqual([]);
    // nothing was changed either: the entry is as the team left it
    const entry = (await student.get(`/api/entries/${entryId}`).expect(200)).body;
    expect(entry).toMatchObject({ title: TITLE, status: 'draft' });
    expect(entry.members.map((m: { fullName: string }) => m.fullName)).toEqual([MINOR]);
  });

  it("is listed for the country's coordinator with the email's domain only", async () => {
    const list = (await coordinatorTH.get('/api/teacher-requests').expect(200)).body;
    const row = list.find((r: { displayName: string }) => r.displayName === 'Teacher MALLORY');
    expect(row).toMatchObject({ emailDomain: 'freemail.example', schoolName: SCHOOL, countryCode: 'TH', status: 'pending', schoolTeachers: 0 });
    expect(JSON.stringify(list)).not.toContain('mallory@');
    // another country's coordinator neither sees it nor can decide it
    expect((await coordinatorJP.get('/api/teacher-requests').expect(200)).body).toEqual([]);
    await coordinatorJP.get('/api/teacher-requests?country=TH').expect(403);
    await coordinatorJP.post(`/api/teacher-requests/${row.id}/approve`).expect(404);
    await coordinatorJP.post(`/api/teacher-requests/${row.id}/refuse`).expect(404);
    expect((await requestOf(pending.user.id)).status).toBe('pending');
    // organisers see every country's requests
    expect((await organiser.get('/api/teacher-requests').expect(200)).body.map((r: { id: string }) => r.id)).toContain(row.id);
  });

  it('is not listed while the address is unconfirmed', async () => {
    await t.anon
      .post('/api/auth/sign-up')
      .send({
        email: 'unconfirmed@freemail.example',
        password: 'correct horse battery staple 9',
        displayName: 'Teacher UNCONFIRMED',
        role: 'teacher',
        countryCode: 'TH',
        schoolName: SCHOOL,
      })
      .expect(202);
    const names = (await coordinatorTH.get('/api/teacher-requests').expect(200)).body.map((r: { displayName: string }) => r.displayName);
    expect(names).toContain('Teacher MALLORY');
    expect(names).not.toContain('Teacher UNCONFIRMED');
  });

  it('refuses bad input with a 400 naming it', async () => {
    expect((await coordinatorTH.get('/api/teacher-requests?status=maybe').expect(400)).body.code).toBe('validation_failed');
    expect((await coordinatorTH.get('/api/teacher-requests?country=Thailand').expect(400)).body.code).toBe('validation_failed');
    await coordinatorTH.post('/api/teacher-requests/not-an-id/approve').expect(400);
    await coordinatorTH.post(`/api/teacher-requests/${NO}/approve`).expect(404);
  });
});

describe('approval', () => {
  it("gives the school's entries once the coordinator approves, and tells the teacher by email", async () => {
    const teacher = await signUpTeacher('somchai@school.ac.th');
    await teacher.client.get(`/api/entries/${entryId}`).expect(403);
    const id = (await requestOf(teacher.user.id)).id;
    const approved = (await coordinatorTH.post(`/api/teacher-requests/${id}/approve`).expect(200)).body;
    expect(approved).toMatchObject({ id, status: 'active', emailDomain: 'school.ac.th' });
    expect(approved.decidedAt).not.toBeNull();

    const entry = (await teacher.client.get(`/api/entries/${entryId}`).expect(200)).body;
    expect(entry.title).toBe(TITLE);
    const me = (await teacher.client.get('/api/auth/me').expect(200)).body;
    expect(me.roles).toEqual([expect.objectContaining({ role: 'teacher', countryCode: 'TH' })]);
    expect(me.teacherRequest).toBeNull();

    const mails = await mailTo('somchai@school.ac.th');
    const notice = mails.find((m) => m.kind === 'teacher-approved');
    expect(notice?.subject).toContain(SCHOOL);
    expect(notice?.text).toContain('/me/entries');
    const audit = await t.db.getRepository(AuditEvent).findOneBy({ action: 'teacher.approved', subjectId: teacher.user.id });
    expect(audit).not.toBeNull();
    // deciding again is a no-op for the same decision, and a conflict for the other one
    await coordinatorTH.post(`/api/teacher-requests/${id}/approve`).expect(200);
    expect((await coordinatorTH.post(`/api/teacher-requests/${id}/refuse`).expect(409)).body).toMatchObject({
      code: 'conflict',
      reason: 'accounts.teacher_request_already_approved',
      params: {},
    });
    expect((await mailTo('somchai@school.ac.th')).filter((m) => m.kind === 'teacher-approved')).toHaveLength(1);
  });

  it('keeps a refused teacher out, tells them, and shows them where they stand', async () => {
    const teacher = await signUpTeacher('eve@another.example');
    const id = (await requestOf(teacher.user.id)).id;
    expect((await coordinatorTH.post(`/api/teacher-requests/${id}/refuse`).expect(200)).body.status).toBe('refused');
    await teacher.client.get(`/api/entries/${entryId}`).expect(403);
    await teacher.client.post('/api/entries').send({}).expect(403);
    const me = (await teacher.client.get('/api/auth/me').expect(200)).body;
    expect(me.roles).toEqual([]);
    expect(me.teacherRequest).toMatchObject({ status: 'refused', schoolName: SCHOOL });
    expect((await mailTo('eve@another.example')).map((m) => m.kind)).toContain('teacher-refused');
    expect((await coordinatorTH.post(`/api/teacher-requests/${id}/approve`).expect(409)).body).toMatchObject({
      code: 'conflict',
      reason: 'accounts.teacher_request_already_refused',
      params: {},
    });
    expect((await coordinatorTH.get('/api/teacher-requests?status=refused').expect(200)).body.map((r: { id: string }) => r.id)).toContain(id);
  });
});

describe("a coordinator's invitation", () => {
  it('links the teacher to the school at once: the coordinator vouches for them', async () => {
    await coordinatorTH.post('/api/invitations').send({ email: 'kru.nok@school.ac.th', role: 'teacher', countryCode: 'TH', schoolName: SCHOOL }).expect(201);
    const mail = (await mailTo('kru.nok@school.ac.th')).find((m) => m.kind === 'invitation');
    expect(mail?.text).toContain(SCHOOL);
    const token = /\/invite\/([A-Za-z0-9_-]+)/.exec(mail!.text)![1];
    const preview = (await t.anon.post('/api/invitations/preview').send({ token }).expect(200)).body;
    expect(preview).toMatchObject({ role: 'teacher', countryCode: 'TH', schoolName: SCHOOL });
    await t.anon
      .post('/api/invitations/accept')
      .send({ token, displayName: 'Kru Nok', password: 'correct horse battery staple 9' })
      .expect((r) => expect(r.status).toBeLessThan(300));
    const user = await t.db.getRepository(User).findOneByOrFail({ email: 'kru.nok@school.ac.th' });
    expect(await requestOf(user.id)).toMatchObject({ status: 'active' });
    const client = t.as(await sessionFor(t, user));
    expect((await client.get(`/api/entries/${entryId}`).expect(200)).body.title).toBe(TITLE);
  });

  it('turns a pending request for the same school into an approved link', async () => {
    const teacher = await signUpTeacher('waiting@school.ac.th');
    await coordinatorTH.post('/api/invitations').send({ email: 'waiting@school.ac.th', role: 'teacher', countryCode: 'TH', schoolName: SCHOOL }).expect(201);
    const token = /\/invite\/([A-Za-z0-9_-]+)/.exec((await mailTo('waiting@school.ac.th')).find((m) => m.kind === 'invitation')!.text)![1];
    await teacher.client
      .post('/api/invitations/accept')
      .send({ token })
      .expect((r) => expect(r.status).toBeLessThan(300));
    expect(await t.db.getRepository(RoleGrant).findBy({ userId: teacher.user.id, role: 'teacher' })).toEqual([expect.objectContaining({ status: 'active' })]);
    // accepting rotates the session: a fresh one sees the entry
    await t
      .as(await sessionFor(t, teacher.user))
      .get(`/api/entries/${entryId}`)
      .expect(200);
  });

  it("stays within the coordinator's own country and needs a school", async () => {
    await coordinatorJP.post('/api/invitations').send({ email: 'x@school.ac.th', role: 'teacher', countryCode: 'TH', schoolName: SCHOOL }).expect(403);
    const noSchool = await coordinatorTH.post('/api/invitations').send({ email: 'x@school.ac.th', role: 'teacher', countryCode: 'TH' }).expect(400);
    expect(noSchool.body.fields).toEqual([expect.objectContaining({ field: 'schoolName' })]);
    await coordinatorTH.post('/api/invitations').send({ email: 'x@school.ac.th', role: 'organiser' }).expect(403);
  });
});

describe('the school directory', () => {
  beforeAll(async () => {
    const db: DataSource = t.db;
    for (let i = 0; i < 30; i++) {
      const name = `Alpha Academy ${String(i).padStart(2, '0')}`;
      await db.getRepository(School).insert({ name, nameKey: schoolKey(name), countryCode: 'TH' });
    }
  });

  it('never serves the whole list: a search needs three characters', async () => {
    for (const url of ['/api/schools?country=TH', '/api/schools?country=TH&q=', '/api/schools?country=TH&q=al', '/api/schools?country=TH&q=%20%20al%20']) {
      const res = await t.anon.get(url).expect(400);
      expect(res.body.code).toBe('validation_failed');
    }
  });

  it('answers at most 20 names, those starting with the search first', async () => {
    const res = (await t.anon.get('/api/schools?country=TH&q=alp').expect(200)).body;
    expect(res).toHaveLength(20);
    expect(res.every((s: { name: string; countryCode: string }) => s.name.startsWith('Alpha Academy') && s.countryCode === 'TH')).toBe(true);
    expect((await t.anon.get('/api/schools?country=TH&q=wittaya').expect(200)).body).toEqual([expect.objectContaining({ name: SCHOOL })]);
    expect((await t.anon.get('/api/schools?country=JP&q=wittaya').expect(200)).body).toEqual([]);
    // every country when none is given (judges declare links to schools anywhere)
    expect((await t.anon.get('/api/schools?q=wittaya').expect(200)).body).toHaveLength(1);
  });
});
