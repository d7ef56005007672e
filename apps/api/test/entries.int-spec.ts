import { createTestApp, T0, type Client, type TestApp } from './harness/test-app.js';
import { clientAs, makeCompetition, sessionFor } from './harness/factories.js';
import type { User } from '../src/accounts/user.entity.js';
import { Subtitle, VideoAsset } from '../src/videos/video-asset.entity.js';
import { OutboxMessage } from '../src/mail/outbox-message.entity.js';
import { AuditEvent } from '../src/audit/audit-event.entity.js';
import { Consent } from '../src/consents/consent.entity.js';
import type { Competition } from '../src/competitions/competition.entity.js';
import { guardianTokenFromOutbox } from './guardian-mail.js';

let t: TestApp;
let competition: Competition;
let categoryId: string;
let student: Client;
let studentUser: User;
beforeAll(async () => {
  t = await createTestApp();
  competition = await makeCompetition(t, {
    countryCodes: ['TH', 'JP'],
    categories: [
      { minAge: 13, maxAge: 17 },
      { minAge: 18, maxAge: 25 },
    ],
  });
  categoryId = (await t.anon.get(`/api/competitions/${competition.id}`)).body.categories[0].id;
  ({ client: student, user: studentUser } = await clientAs(t, { role: 'student', countryCode: 'TH', schoolName: 'Chiang Mai Hill School' }));
});
afterAll(() => t.close());
beforeEach(() => t.clock.set(T0));

const draft = (o: Record<string, unknown> = {}) => ({
  competitionId: competition.id,
  categoryId,
  title: 'Think before you click',
  synopsisOriginal: 'เรื่องสั้นเกี่ยวกับฟิชชิง',
  synopsisEnglish: 'A short story about phishing.',
  videoLanguage: 'th',
  sources: 'Music: "Calm" by A. Artist, CC BY 4.0',
  members: [
    { fullName: 'Ananya Srisuk', role: 'director', dateOfBirth: '2011-02-01' },
    { fullName: 'Krit Boonmee', role: 'actor', dateOfBirth: '2010-03-15' },
  ],
  ...o,
});

/** Makes the entry's video ready with English subtitles, as the processing pipeline would. */
async function videoReady(entryId: string) {
  await t.db.getRepository(VideoAsset).insert({
    entryId,
    status: 'ready',
    originalKey: `entries/${entryId}/video/x/original`,
    fileName: 'film.mp4',
    uploadId: null,
    sizeBytes: 1000,
    sha256: null,
    probe: null,
    problems: null,
    webKey: null,
    posterKey: null,
    durationSeconds: 60,
    width: 1280,
    height: 720,
    progress: 1,
  });
  await t.db.getRepository(Subtitle).insert({ entryId, language: 'en', objectKey: `entries/${entryId}/subtitles/en.vtt`, cueCount: 10 });
}

/** Emails the guardian a link and reads it where the guardian would: in the email. */
async function guardianToken(client: Client, entryId: string, memberId: string, email = `parent.${memberId.slice(0, 8)}@example.org`): Promise<string> {
  await client.post(`/api/entries/${entryId}/members/${memberId}/guardian-link`).send({ guardianEmail: email }).expect(200);
  return guardianTokenFromOutbox(t, email);
}

/** A complete entry: consents, guardians, licence, video and subtitles. */
async function completeEntry(client: Client, body = draft()) {
  const entry = (await client.post('/api/entries').send(body).expect(201)).body;
  for (const m of entry.members) {
    await client.post(`/api/entries/${entry.id}/members/${m.id}/consent`).send({ agree: true }).expect(200);
    if (m.isMinor) {
      const token = await guardianToken(client, entry.id, m.id);
      await t.anon
        .post('/api/guardian-consents/give')
        .send({ token, guardianName: 'Parent of ' + m.fullName, relationship: 'mother', agree: true })
        .expect(200);
    }
  }
  const licence = (await t.anon.get(`/api/competitions/${competition.id}/licence`).expect(200)).body;
  await client.post(`/api/entries/${entry.id}/licence`).send({ licenceVersionId: licence.id }).expect(200);
  await videoReady(entry.id);
  return entry;
}

describe('drafts', () => {
  it('creates a draft with a code, the team roster and ages on the reference date, and lists what is missing', async () => {
    const res = await student.post('/api/entries').send(draft()).expect(201);
    expect(res.body).toMatchObject({ status: 'draft', countryCode: 'TH', schoolName: 'Chiang Mai Hill School', viewerRelation: 'owner' });
    expect(res.body.code).toMatch(/^TH-\d{4}$/);
    expect(res.body.members.map((m: { fullName: string; age: number; isMinor: boolean }) => [m.fullName, m.age, m.isMinor])).toEqual([
      ['Ananya Srisuk', 16, true],
      ['Krit Boonmee', 17, true],
    ]);
    expect(res.body.checklist.map((p: { code: string }) => p.code)).toEqual([
      'no_video',
      'missing_subtitles',
      'participant_consent_missing',
      'guardian_consent_missing',
      'participant_consent_missing',
      'guardian_consent_missing',
      'licence_not_accepted',
    ]);
    expect(res.body.checklist[0]).toEqual({ code: 'no_video', reason: 'entries.no_video', params: {}, message: 'Upload your video.' });
  });

  it('refuses bad drafts with reasons beside the fields', async () => {
    const other = await makeCompetition(t, { countryCodes: ['JP'] });
    const r1 = await student
      .post('/api/entries')
      .send(draft({ competitionId: other.id }))
      .expect(400);
    expect(r1.body.fields).toEqual([
      {
        field: 'competitionId',
        messages: ['does not include your country'],
        problems: [{ reason: 'entries.country_not_in_competition', params: { country: 'TH' } }],
      },
    ]);
    const r2 = await student
      .post('/api/entries')
      .send(draft({ categoryId: '00000000-0000-4000-8000-000000000000' }))
      .expect(400);
    expect(r2.body.fields[0]).toMatchObject({ field: 'categoryId', problems: [{ reason: 'entries.category_not_in_competition', params: {} }] });
    const r3 = await student
      .post('/api/entries')
      .send(draft({ members: [{ fullName: '', role: 'x', dateOfBirth: '2030-01-01' }], videoLanguage: 'Thai' }))
      .expect(400);
    expect(r3.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['members.0.fullName', 'videoLanguage']);
    const r4 = await student
      .post('/api/entries')
      .send(draft({ members: [{ fullName: 'A', role: 'x', dateOfBirth: '2030-01-01' }] }))
      .expect(400);
    expect(r4.body.fields).toEqual([
      { field: 'members.0.dateOfBirth', messages: ['must be a real date in the past, like 2011-02-01'], problems: [{ reason: 'field.not_date', params: {} }] },
    ]);
  });

  it('updates fields and the roster while a draft; a changed person loses their recorded consent', async () => {
    const e = (await student.post('/api/entries').send(draft()).expect(201)).body;
    const [ana, krit] = e.members;
    await student.post(`/api/entries/${e.id}/members/${ana.id}/consent`).send({ agree: true }).expect(200);
    await student.post(`/api/entries/${e.id}/members/${krit.id}/consent`).send({ agree: true }).expect(200);
    const res = await student
      .put(`/api/entries/${e.id}/members`)
      .send({
        members: [
          { id: ana.id, fullName: ana.fullName, role: 'editor', dateOfBirth: ana.dateOfBirth },
          { id: krit.id, fullName: 'Krit B.', role: 'actor', dateOfBirth: '2010-03-15' },
          { fullName: 'Nok', role: 'sound', dateOfBirth: '2008-01-01' },
        ],
      })
      .expect(200);
    expect(res.body.members.map((m: { role: string; consent: { status: string } }) => [m.role, m.consent.status])).toEqual([
      ['editor', 'given'],
      ['actor', 'none'],
      ['sound', 'none'],
    ]);
    await student.patch(`/api/entries/${e.id}`).send({ title: 'Stop, think, click' }).expect(200);
    const bad = await student
      .put(`/api/entries/${e.id}/members`)
      .send({ members: [{ id: '00000000-0000-4000-8000-000000000000', fullName: 'X', role: 'y', dateOfBirth: '2010-01-01' }] })
      .expect(400);
    expect(bad.body.fields[0]).toMatchObject({ field: 'members.0.id', problems: [{ reason: 'entries.not_a_member', params: {} }] });
  });
});

describe('guardian consent by link', () => {
  it('gives consent through the single-use link, shows only what the guardian needs, and withdraws through it', async () => {
    const e = (await student.post('/api/entries').send(draft()).expect(201)).body;
    const minor = e.members[0];
    const token = await guardianToken(student, e.id, minor.id, 'malee@example.org');
    const mail = await t.db
      .getRepository(OutboxMessage)
      .findOneOrFail({ where: { to: 'malee@example.org', kind: 'guardian-consent' }, order: { createdAt: 'DESC' } });
    expect(mail.text).toContain(`/consent/${token}`);

    const preview = (await t.anon.post('/api/guardian-consents/preview').send({ token }).expect(200)).body;
    expect(preview).toMatchObject({ memberName: 'Ananya Srisuk', entryTitle: 'Think before you click', status: 'requested', textVersion: '2027-01' });
    expect(JSON.stringify(preview)).not.toContain('2011-02-01');
    expect(JSON.stringify(preview)).not.toContain('Krit');

    const given = (
      await t.anon.post('/api/guardian-consents/give').send({ token, guardianName: 'Malee Srisuk', relationship: 'mother', agree: true }).expect(200)
    ).body;
    expect(given.status).toBe('given');
    await t.anon.post('/api/guardian-consents/give').send({ token, guardianName: 'Malee Srisuk', relationship: 'mother', agree: true }).expect(409);
    const seen = (await student.get(`/api/entries/${e.id}`).expect(200)).body.members[0].guardianConsent;
    expect(seen).toMatchObject({ status: 'given', method: 'email_link', givenByName: 'Malee Srisuk', textVersion: '2027-01', sentTo: 'm•••@example.org' });

    expect((await t.anon.post('/api/guardian-consents/withdraw').send({ token }).expect(200)).body.status).toBe('withdrawn');
    const stored = await t.db.getRepository(Consent).findOneByOrFail({ memberId: minor.id, kind: 'guardian' });
    expect(stored.withdrawnAt).not.toBeNull();
    expect(stored.givenAt).not.toBeNull();
    expect(await t.db.getRepository(AuditEvent).count({ where: { subjectId: e.id, action: 'consent.guardian_withdrawn' } })).toBe(1);
  });

  it('refuses bad, expired and adult links', async () => {
    const e = (
      await student
        .post('/api/entries')
        .send(
          draft({
            members: [
              { fullName: 'Adult', role: 'director', dateOfBirth: '2000-01-01' },
              { fullName: 'Kid', role: 'actor', dateOfBirth: '2012-01-01' },
            ],
          }),
        )
        .expect(201)
    ).body;
    await student.post(`/api/entries/${e.id}/members/${e.members[0].id}/guardian-link`).send({ guardianEmail: 'parent.adult@example.org' }).expect(422);
    const token = await guardianToken(student, e.id, e.members[1].id);
    await t.anon.post('/api/guardian-consents/give').send({ token, guardianName: 'P', relationship: 'father', agree: true }).expect(400);
    await t.anon.post('/api/guardian-consents/give').send({ token, guardianName: 'Papa', relationship: 'father', agree: false }).expect(400);
    await t.anon
      .post('/api/guardian-consents/preview')
      .send({ token: 'x'.repeat(43) })
      .expect(404);
    t.clock.advance(31 * 24 * 3600_000);
    expect((await t.anon.post('/api/guardian-consents/preview').send({ token }).expect(410)).body.message).toMatch(/expired/);
  });
});

describe('guardian consent by signed form', () => {
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

  it('stores the form, waits for the coordinator, who sees it and accepts or rejects it', async () => {
    const e = (await student.post('/api/entries').send(draft()).expect(201)).body;
    const [ana, krit] = e.members;
    const up = await student
      .post(`/api/entries/${e.id}/members/${ana.id}/guardian-form`)
      .attach('file', PDF, { filename: 'consent.pdf', contentType: 'application/pdf' })
      .expect(200);
    const pending = up.body.members[0].guardianConsent;
    expect(pending).toMatchObject({ status: 'pending_verification', method: 'signed_form' });
    expect(up.body.checklist.map((p: { code: string }) => p.code)).toContain('guardian_consent_pending');

    const coordinator = (await clientAs(t, { role: 'coordinator', countryCode: 'TH' })).client;
    const { url } = (await coordinator.get(`/api/entries/${e.id}/consents/${pending.id}/form`).expect(200)).body;
    expect(Buffer.from(await (await fetch(url)).arrayBuffer()).equals(PDF)).toBe(true);
    const verified = (await coordinator.post(`/api/entries/${e.id}/consents/${pending.id}/verify`).send({ decision: 'accept' }).expect(200)).body;
    expect(verified.members[0].guardianConsent.status).toBe('given');

    await student
      .post(`/api/entries/${e.id}/members/${krit.id}/guardian-form`)
      .attach('file', PDF, { filename: 'k.pdf', contentType: 'application/pdf' })
      .expect(200);
    const kritConsent = (await student.get(`/api/entries/${e.id}`)).body.members[1].guardianConsent;
    await coordinator.post(`/api/entries/${e.id}/consents/${kritConsent.id}/verify`).send({ decision: 'reject' }).expect(400);
    const rejected = (
      await coordinator
        .post(`/api/entries/${e.id}/consents/${kritConsent.id}/verify`)
        .send({ decision: 'reject', reason: 'The signature is missing.' })
        .expect(200)
    ).body;
    expect(rejected.members[1].guardianConsent).toMatchObject({ status: 'rejected', rejectionReason: 'The signature is missing.' });
    const otherCoordinator = (await clientAs(t, { role: 'coordinator', countryCode: 'JP' })).client;
    await otherCoordinator.get(`/api/entries/${e.id}/consents/${kritConsent.id}/form`).expect(404);
  });

  it('refuses a file that is not a PDF or image, judged by its bytes, and keeps nothing', async () => {
    const e = (await student.post('/api/entries').send(draft()).expect(201)).body;
    const before = (await t.storage.list(`entries/${e.id}/`)).length;
    const res = await student
      .post(`/api/entries/${e.id}/members/${e.members[0].id}/guardian-form`)
      .attach('file', Buffer.from('MZ this is really a program'), { filename: 'consent.pdf', contentType: 'application/pdf' })
      .expect(415);
    expect(res.body.message).toMatch(/PDF/);
    expect((await t.storage.list(`entries/${e.id}/`)).length).toBe(before);
    expect((await student.get(`/api/entries/${e.id}`)).body.members[0].guardianConsent.status).toBe('none');
  });
});

describe('submission', () => {
  it('submits a complete entry; the team can no longer edit it', async () => {
    const e = await completeEntry(student);
    const submitted = (await student.post(`/api/entries/${e.id}/submit`).expect(200)).body;
    expect(submitted).toMatchObject({ status: 'submitted', checklist: [] });
    const locked = await student.patch(`/api/entries/${e.id}`).send({ title: 'Changed' }).expect(409);
    expect(locked.body).toMatchObject({ code: 'conflict', reason: 'entries.submitted_locked', params: {} });
    expect(locked.body.message).toMatch(/submitted/);
    await student.put(`/api/entries/${e.id}/members`).send({ members: [] }).expect(409);
  });

  it('lists every unmet requirement at once', async () => {
    const e = (await student.post('/api/entries').send(draft()).expect(201)).body;
    const res = await student.post(`/api/entries/${e.id}/submit`).expect(422);
    expect(res.body).toMatchObject({ code: 'rule_violation', reason: 'entries.not_ready' });
    expect(res.body.params.problems).toContainEqual({ reason: 'entries.no_video', params: {} });
    expect(res.body.params.problems).toContainEqual({ reason: 'entries.missing_subtitles', params: { languages: ['en'] } });
  });

  it('refuses submission after the window closes, by server time', async () => {
    const e = await completeEntry(student, draft({ title: 'Late one' }));
    t.clock.set(competition.submissionClosesAt);
    const later = t.as(await sessionFor(t, studentUser)); // the old session expired meanwhile
    const res = await later.post(`/api/entries/${e.id}/submit`).expect(422);
    // (this school has already used its one entry in an earlier test, so that is listed too)
    expect(res.body.params.problems).toEqual([
      { reason: 'entries.window_closed', params: { closedAt: competition.submissionClosesAt.toISOString() } },
      { reason: 'entries.school_limit_reached', params: { limit: 1 } },
    ]);
  });

  it('keeps to the entries-per-school limit', async () => {
    const teacher = (await clientAs(t, { role: 'teacher', countryCode: 'TH', schoolName: 'One Entry School' })).client;
    const first = await completeEntry(teacher, draft({ title: 'First' }));
    const second = await completeEntry(teacher, draft({ title: 'Second' }));
    await teacher.post(`/api/entries/${first.id}/submit`).expect(200);
    const res = await teacher.post(`/api/entries/${second.id}/submit`).expect(422);
    expect(res.body.params.problems).toEqual([{ reason: 'entries.school_limit_reached', params: { limit: 1 } }]);
    await teacher.post(`/api/entries/${first.id}/withdraw`).expect(200);
    await teacher.post(`/api/entries/${second.id}/submit`).expect(200);
  });
});

describe('screening and access', () => {
  it("lets the country's coordinator see and screen a submitted entry; the reason reaches the team", async () => {
    const team = (await clientAs(t, { role: 'student', countryCode: 'TH', schoolName: 'Screening School' })).client;
    const e = await completeEntry(team, draft({ title: 'Screen me' }));
    await team.post(`/api/entries/${e.id}/submit`).expect(200);
    const coordinator = (await clientAs(t, { role: 'coordinator', countryCode: 'TH' })).client;
    expect((await coordinator.get('/api/entries').expect(200)).body.map((x: { id: string }) => x.id)).toContain(e.id);
    const noReason = await coordinator.post(`/api/entries/${e.id}/screening`).send({ decision: 'ineligible' }).expect(400);
    expect(noReason.body.fields[0]).toMatchObject({ field: 'reason', problems: [{ reason: 'field.required', params: {} }] });
    await coordinator.post(`/api/entries/${e.id}/screening`).send({ decision: 'ineligible', reason: 'The video shows a real phone number.' }).expect(200);
    const seen = (await team.get(`/api/entries/${e.id}`).expect(200)).body;
    expect(seen).toMatchObject({ eligibility: 'ineligible', eligibilityReason: 'The video shows a real phone number.' });
    await coordinator.post(`/api/entries/${e.id}/screening`).send({ decision: 'eligible' }).expect(200);
    await coordinator.patch(`/api/entries/${e.id}`).send({ title: 'x' }).expect(403);
  });

  it("hides an entry from other students, other countries' coordinators and judges (404), and anonymous callers (401)", async () => {
    const e = (await student.post('/api/entries').send(draft()).expect(201)).body;
    for (const who of [
      { role: 'student' as const, countryCode: 'TH', schoolName: 'Chiang Mai Hill School' },
      { role: 'teacher' as const, countryCode: 'TH', schoolName: 'Another School' },
      { role: 'coordinator' as const, countryCode: 'JP' },
    ]) {
      const { client } = await clientAs(t, who);
      await client.get(`/api/entries/${e.id}`).expect(404);
      // coordinators never edit entries: refused by role before the entry is looked up
      await client
        .patch(`/api/entries/${e.id}`)
        .send({ title: 'hijack' })
        .expect(who.role === 'coordinator' ? 403 : 404);
      expect((await client.get('/api/entries').expect(200)).body.map((x: { id: string }) => x.id)).not.toContain(e.id);
    }
    const judge = (await clientAs(t, { role: 'judge', countryCode: 'JP' })).client;
    await judge.get(`/api/entries/${e.id}`).expect(403);
    await t.anon.get(`/api/entries/${e.id}`).expect(401);
    const sameSchoolTeacher = (await clientAs(t, { role: 'teacher', countryCode: 'TH', schoolName: 'Chiang Mai Hill School' })).client;
    expect((await sameSchoolTeacher.get(`/api/entries/${e.id}`).expect(200)).body.viewerRelation).toBe('teacher');
    await sameSchoolTeacher.patch(`/api/entries/${e.id}`).send({ title: 'Fixed by the teacher' }).expect(200);
  });
});
