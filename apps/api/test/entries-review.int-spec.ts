import { AuditEvent } from '../src/audit/audit-event.entity.js';
import { User } from '../src/accounts/user.entity.js';
import { Category } from '../src/competitions/category.entity.js';
import { Competition } from '../src/competitions/competition.entity.js';
import { Consent } from '../src/consents/consent.entity.js';
import { Entry } from '../src/entries/entry.entity.js';
import { TeamMember } from '../src/entries/team-member.entity.js';
import { OutboxMessage } from '../src/mail/outbox-message.entity.js';
import { VideoAsset } from '../src/videos/video-asset.entity.js';
import { clientAs, makeCompetition, sessionFor } from './harness/factories.js';
import { lastMail } from './harness/outbox.js';
import type { Client } from './harness/test-app.js';
import { binary } from './campaigns-fixtures.js';
import { eligibleEntry, judgingSuite, school } from './judging-fixtures.js';

/** The central list of entries (filters, sort, paging, scope), its review queue, bulk actions and "changes requested". */
const suite = judgingSuite();

interface Row {
  id: string;
  code: string;
  title: string;
  competition: { id: string; name: Record<string, string> };
  countryCode: string;
  category: { id: string; name: Record<string, string> };
  schoolName: string;
  status: string;
  screening: string;
  consent: string;
  video: string;
  language: string;
  submittedAt: string | null;
  changesDueAt: string | null;
}

async function list(client: Client, query: Record<string, string | number>): Promise<{ items: Row[]; total: number; page: number; pageSize: number }> {
  const qs = new URLSearchParams(Object.entries({ competitionId: suite.competitionId, ...query }).map(([k, v]): [string, string] => [k, String(v)]));
  return (await client.get(`/api/review/entries?${qs.toString()}`).expect(200)).body;
}
const codes = (rows: Row[]) => rows.map((r) => r.code);

async function video(entryId: string, status: VideoAsset['status']) {
  await suite.t.db.getRepository(VideoAsset).insert({ entryId, status, originalKey: `originals/${entryId}`, fileName: 'film.mp4' });
}

async function consent(entryId: string, kind: 'participant' | 'guardian', status: Consent['status']) {
  const member = await suite.t.db.getRepository(TeamMember).findOneByOrFail({ entryId });
  await suite.t.db
    .getRepository(Consent)
    .insert({ entryId, memberId: member.id, kind, status, method: 'account', givenAt: status === 'given' ? new Date() : null });
}

/**
 * TH-0001 eligible, Thai, a ready video, consents complete; TH-0002 pending, English, "Password heroes", a rejected video,
 * the guardian refused; TH-0003 a draft in the second category; JP-0001 ineligible, processing video; and TH-0001 of
 * another edition.
 */
async function world() {
  const t = suite.t;
  const th = await school(t, `Review School ${suite.competitionId.slice(0, 6)}`);
  const jp = await school(t, `Review School JP ${suite.competitionId.slice(0, 6)}`, 'JP');
  const second = await t.db.getRepository(Category).save({ competitionId: suite.competitionId, name: { en: 'Adults' }, minAge: 18, maxAge: 99, position: 1 });
  const a = await eligibleEntry(t, suite.competitionId, 1, { schoolId: th });
  const b = await eligibleEntry(t, suite.competitionId, 2, { schoolId: th, language: 'en', eligibility: 'pending' });
  const c = await eligibleEntry(t, suite.competitionId, 3, { schoolId: th, eligibility: 'pending' });
  const d = await eligibleEntry(t, suite.competitionId, 1, { schoolId: jp, countryCode: 'JP' });
  await t.db.getRepository(Entry).update({ id: b.id }, { title: 'Password heroes', submittedAt: new Date('2027-01-12T00:00:00Z') });
  await t.db.getRepository(Entry).update({ id: c.id }, { status: 'draft', submittedAt: null, categoryId: second.id });
  await t.db.getRepository(Entry).update({ id: d.id }, { eligibility: 'ineligible', eligibilityReason: 'too long' });
  await video(a.id, 'ready');
  await video(b.id, 'rejected');
  await video(d.id, 'processing');
  await consent(a.id, 'participant', 'given');
  await consent(a.id, 'guardian', 'given');
  await consent(b.id, 'guardian', 'refused');
  const other = await makeCompetition(t, { countryCodes: ['TH'], name: { en: 'Edition 2026' } });
  const old = await eligibleEntry(t, other.id, 1, { schoolId: th });
  return { a, b, c, d, old, other, second };
}

async function ownerClient(entry: Entry): Promise<Client> {
  const owner = await suite.t.db.getRepository(User).findOneByOrFail({ id: entry.ownerId });
  return suite.t.as(await sessionFor(suite.t, owner));
}

describe('the central list of entries', () => {
  it('shows each row with its competition, category, school, screening, consents, video and language', async () => {
    const { a, old, other } = await world();
    const page = await list(suite.organiser, { sort: 'code' });
    expect(page.total).toBe(4);
    expect(codes(page.items)).toEqual(['JP-0001', 'TH-0001', 'TH-0002', 'TH-0003']);
    const row = page.items.find((r) => r.id === a.id)!;
    expect(row).toMatchObject({
      code: 'TH-0001',
      title: 'Phish story 1',
      competition: { id: suite.competitionId, name: { en: 'Test Competition', ja: 'テストコンテスト' } },
      countryCode: 'TH',
      category: { name: { en: 'Ages 13–17' } },
      schoolName: `Review School ${suite.competitionId.slice(0, 6)}`,
      status: 'submitted',
      screening: 'eligible',
      consent: 'complete',
      video: 'ready',
      language: 'th',
      submittedAt: '2027-01-10T00:00:00.000Z',
    });
    // two editions' TH-0001 are told apart by their competition
    const all = (await suite.organiser.get('/api/review/entries?q=TH-0001').expect(200)).body as { items: Row[] };
    const ours = all.items.filter((r) => r.id === a.id || r.id === old.id);
    expect(ours.map((r) => r.competition.id).sort()).toEqual([suite.competitionId, other.id].sort());
    expect(ours.find((r) => r.id === old.id)!.competition.name).toEqual({ en: 'Edition 2026' });
  });

  it('filters by each filter', async () => {
    const { second } = await world();
    expect(codes((await list(suite.organiser, { country: 'JP' })).items)).toEqual(['JP-0001']);
    expect(codes((await list(suite.organiser, { categoryId: second.id })).items)).toEqual(['TH-0003']);
    expect(codes((await list(suite.organiser, { status: 'draft' })).items)).toEqual(['TH-0003']);
    expect(codes((await list(suite.organiser, { status: 'submitted' })).items)).toEqual(['JP-0001', 'TH-0001', 'TH-0002']);
    expect(codes((await list(suite.organiser, { consent: 'complete' })).items)).toEqual(['TH-0001']);
    expect(codes((await list(suite.organiser, { consent: 'refused' })).items)).toEqual(['TH-0002']);
    expect(codes((await list(suite.organiser, { consent: 'waiting' })).items)).toEqual(['JP-0001', 'TH-0003']);
    expect(codes((await list(suite.organiser, { video: 'ready' })).items)).toEqual(['TH-0001']);
    expect(codes((await list(suite.organiser, { video: 'rejected' })).items)).toEqual(['TH-0002']);
    expect(codes((await list(suite.organiser, { video: 'processing' })).items)).toEqual(['JP-0001']);
    expect(codes((await list(suite.organiser, { video: 'none' })).items)).toEqual(['TH-0003']);
    expect(codes((await list(suite.organiser, { screening: 'eligible' })).items)).toEqual(['TH-0001']);
    expect(codes((await list(suite.organiser, { screening: 'ineligible' })).items)).toEqual(['JP-0001']);
    expect(codes((await list(suite.organiser, { screening: 'pending' })).items)).toEqual(['TH-0002', 'TH-0003']);
    expect(codes((await list(suite.organiser, { language: 'en' })).items)).toEqual(['TH-0002']);
    // filters combine
    expect(codes((await list(suite.organiser, { country: 'TH', screening: 'pending', video: 'rejected' })).items)).toEqual(['TH-0002']);
  });

  it('searches code and title in any case, with % and _ as plain text', async () => {
    await world();
    expect(codes((await list(suite.organiser, { q: 'password HER' })).items)).toEqual(['TH-0002']);
    expect(codes((await list(suite.organiser, { q: 'jp-00' })).items)).toEqual(['JP-0001']);
    expect((await list(suite.organiser, { q: '%' })).total).toBe(0);
    expect((await list(suite.organiser, { q: 'no such film' })).items).toEqual([]);
  });

  it('sorts by each column both ways, ties broken by id, and pages with the total', async () => {
    const { a, b, c, d } = await world();
    expect(codes((await list(suite.organiser, { sort: 'code', dir: 'desc' })).items)).toEqual(['TH-0003', 'TH-0002', 'TH-0001', 'JP-0001']);
    // JP-0001 and TH-0001 share a title: the tie goes by id
    const byId = [a, d].sort((x, y) => x.id.localeCompare(y.id)).map((e) => e.code);
    expect(codes((await list(suite.organiser, { sort: 'title' })).items)).toEqual(['TH-0002', ...byId, 'TH-0003']);
    // categories by name: "Adults" before "Ages 13–17"
    expect(codes((await list(suite.organiser, { sort: 'category' })).items)[0]).toBe('TH-0003');
    expect(codes((await list(suite.organiser, { sort: 'category', dir: 'desc' })).items)[3]).toBe('TH-0003');
    // submitted last: drafts have no submission, and sort last either way
    expect(codes((await list(suite.organiser, { sort: 'submittedAt', dir: 'desc' })).items)).toEqual(['TH-0002', ...byId, 'TH-0003']);
    expect(codes((await list(suite.organiser, { sort: 'country' })).items)[0]).toBe('JP-0001');
    expect(codes((await list(suite.organiser, { sort: 'status' })).items)[0]).toBe('TH-0003');
    expect((await list(suite.organiser, { sort: 'updatedAt' })).total).toBe(4);
    const first = await list(suite.organiser, { sort: 'code', pageSize: 3 });
    const second = await list(suite.organiser, { sort: 'code', pageSize: 3, page: 2 });
    expect(first).toMatchObject({ total: 4, page: 1, pageSize: 3 });
    expect(codes(first.items)).toEqual(['JP-0001', 'TH-0001', 'TH-0002']);
    expect(codes(second.items)).toEqual(['TH-0003']);
    expect((await list(suite.organiser, { page: 9 })).items).toEqual([]);
    expect([b.code, c.code]).toEqual(['TH-0002', 'TH-0003']);
  });

  it('refuses bad filters, sorts and page sizes with a 400 naming the field', async () => {
    for (const [query, field] of [
      ['pageSize=101', 'pageSize'],
      ['pageSize=0', 'pageSize'],
      ['page=0', 'page'],
      ['page=x', 'page'],
      ['sort=password', 'sort'],
      ['dir=up', 'dir'],
      ['status=gone', 'status'],
      ['consent=maybe', 'consent'],
      ['video=lost', 'video'],
      ['screening=done', 'screening'],
      ['country=tha', 'country'],
      ['competitionId=1', 'competitionId'],
      [`q=${'x'.repeat(101)}`, 'q'],
    ]) {
      const res = await suite.organiser.get(`/api/review/entries?${query}`).expect(400);
      expect(res.body.reason).toBe('common.validation_failed');
      expect(res.body.fields.map((f: { field: string }) => f.field)).toContain(field);
    }
  });

  it("gives a coordinator their country's entries only: another country's filter yields nothing", async () => {
    await world();
    expect(codes((await list(suite.coordinatorTH, {})).items)).toEqual(['TH-0001', 'TH-0002', 'TH-0003']);
    expect(await list(suite.coordinatorTH, { country: 'JP' })).toMatchObject({ total: 0, items: [] });
    expect(codes((await list(suite.coordinatorJP, {})).items)).toEqual(['JP-0001']);
    const student = (await clientAs(suite.t, { role: 'student', countryCode: 'TH' })).client;
    await student.get('/api/review/entries').expect(403);
  });
});

describe('the review queue', () => {
  it("gives an entry's previous and next in the same filtered, sorted list", async () => {
    const { a, b, c, d } = await world();
    const at = async (client: Client, id: string, query: string) => (await client.get(`/api/review/entries/${id}/neighbours?${query}`).expect(200)).body;
    const q = `competitionId=${suite.competitionId}&sort=code`;
    expect(await at(suite.organiser, d.id, q)).toEqual({ position: 1, total: 4, previousId: null, nextId: a.id });
    expect(await at(suite.organiser, a.id, q)).toEqual({ position: 2, total: 4, previousId: d.id, nextId: b.id });
    expect(await at(suite.organiser, c.id, q)).toEqual({ position: 4, total: 4, previousId: b.id, nextId: null });
    expect(await at(suite.organiser, b.id, `${q}&dir=desc&status=submitted`)).toEqual({ position: 1, total: 3, previousId: null, nextId: a.id });
    // an entry outside the list (or the coordinator's country) has no place in it
    expect(await at(suite.coordinatorTH, d.id, q)).toEqual({ position: null, total: 3, previousId: null, nextId: null });
    await suite.organiser.get(`/api/review/entries/not-an-id/neighbours`).expect(400);
  });
});

describe('bulk actions', () => {
  it('screens many entries eligible at once, audit-logged', async () => {
    const { b } = await world();
    const fresh = await eligibleEntry(suite.t, suite.competitionId, 9, { schoolId: b.schoolId, eligibility: 'pending' });
    const res = await suite.coordinatorTH
      .post('/api/review/entries/bulk')
      .send({ entryIds: [b.id, fresh.id], action: 'eligible' })
      .expect(200);
    expect(res.body).toEqual({ action: 'eligible', count: 2 });
    for (const id of [b.id, fresh.id]) {
      expect((await suite.t.db.getRepository(Entry).findOneByOrFail({ id })).eligibility).toBe('eligible');
      expect(await suite.t.db.getRepository(AuditEvent).countBy({ subjectId: id, action: 'entry.screened' })).toBe(1);
    }
  });

  it("refuses a coordinator's bulk naming another country's entry, and changes nothing", async () => {
    const { b, d } = await world();
    const res = await suite.coordinatorTH
      .post('/api/review/entries/bulk')
      .send({ entryIds: [b.id, d.id], action: 'eligible' })
      .expect(404);
    expect(res.body).toMatchObject({ reason: 'common.not_found', params: { thing: 'entry' }, details: { entryIds: [d.id] } });
    expect((await suite.t.db.getRepository(Entry).findOneByOrFail({ id: b.id })).eligibility).toBe('pending');
    expect((await suite.t.db.getRepository(Entry).findOneByOrFail({ id: d.id })).eligibility).toBe('ineligible');
    expect(await suite.t.db.getRepository(AuditEvent).countBy({ subjectId: b.id })).toBe(0);
    // the same for an export of the selection
    await suite.coordinatorTH
      .post('/api/review/entries/export.csv')
      .send({ entryIds: [b.id, d.id] })
      .expect(404);
  });

  it('refuses to screen a selection with a draft in it, naming its code, and changes nothing', async () => {
    const { b, c } = await world();
    const res = await suite.organiser
      .post('/api/review/entries/bulk')
      .send({ entryIds: [b.id, c.id], action: 'eligible' })
      .expect(409);
    expect(res.body).toMatchObject({ reason: 'entries.bulk_not_submitted', params: { codes: ['TH-0003'] } });
    expect((await suite.t.db.getRepository(Entry).findOneByOrFail({ id: b.id })).eligibility).toBe('pending');
  });

  it('refuses bad bulk requests', async () => {
    const { b } = await world();
    const post = (body: object) => suite.organiser.post('/api/review/entries/bulk').send(body);
    const fieldOf = (res: { body: { fields: { field: string }[] } }) => res.body.fields.map((f) => f.field);
    expect(fieldOf(await post({ entryIds: [], action: 'eligible' }).expect(400))).toContain('entryIds');
    expect(fieldOf(await post({ entryIds: Array.from({ length: 501 }, () => b.id), action: 'eligible' }).expect(400))).toContain('entryIds');
    expect(fieldOf(await post({ entryIds: [b.id, b.id], action: 'eligible' }).expect(400))).toContain('entryIds');
    expect(fieldOf(await post({ entryIds: ['x'], action: 'eligible' }).expect(400))).toContain('entryIds');
    expect(fieldOf(await post({ entryIds: [b.id], action: 'delete' }).expect(400))).toContain('action');
    expect(fieldOf(await post({ entryIds: [b.id], action: 'message', body: 'Hi' }).expect(400))).toEqual(['subject']);
    expect(fieldOf(await post({ entryIds: [b.id], action: 'message', subject: 'Hi' }).expect(400))).toEqual(['body']);
    expect(fieldOf(await post({ entryIds: [b.id], action: 'request_changes', dueAt: '2027-02-01T00:00:00Z' }).expect(400))).toEqual(['message']);
    const past = await post({ entryIds: [b.id], action: 'request_changes', message: 'Add subtitles', dueAt: '2027-01-14T00:00:00Z' }).expect(400);
    expect(past.body.fields[0]).toMatchObject({ field: 'dueAt', problems: [{ reason: 'entries.due_not_in_future' }] });
    expect((await suite.t.db.getRepository(Entry).findOneByOrFail({ id: b.id })).status).toBe('submitted');
  });

  it("emails each team the organiser's message as written, in the team's language", async () => {
    const { a, b } = await world();
    await suite.t.db.getRepository(User).update({ id: a.ownerId }, { locale: 'th' });
    await suite.organiser
      .post('/api/review/entries/bulk')
      .send({ entryIds: [a.id, b.id], action: 'message', subject: 'Ceremony rehearsal', body: 'Please be at the hall at 9:00.' })
      .expect(200);
    for (const e of [a, b]) {
      const owner = await suite.t.db.getRepository(User).findOneByOrFail({ id: e.ownerId });
      const mail = await lastMail(suite.t, owner.email, 'entry_message');
      expect(mail.subject).toBe('Ceremony rehearsal');
      expect(mail.text).toContain('Please be at the hall at 9:00.');
      expect(mail.text).toContain(`/me/entries/${e.id}`);
      expect(mail.text).toContain(e.code);
    }
    const thai = await lastMail(suite.t, (await suite.t.db.getRepository(User).findOneByOrFail({ id: a.ownerId })).email, 'entry_message');
    expect(thai.text).toContain('ข้อความจากผู้จัดงาน Test Competition');
    expect(await suite.t.db.getRepository(AuditEvent).countBy({ subjectId: a.id, action: 'entry.team_messaged' })).toBe(1);
  });

  it('exports the selection with the rows of entries.csv, the country named in the language of the reader', async () => {
    const { a, b } = await world();
    await suite.coordinatorTH.put('/api/auth/me/locale').send({ locale: 'th' }).expect(200);
    const res = await suite.coordinatorTH
      .post('/api/review/entries/export.csv')
      .send({ entryIds: [b.id, a.id] })
      .buffer(true)
      .parse(binary)
      .expect(200);
    const lines = (res.body as Buffer).toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'code,country,country_name,category,school,title,status,eligibility,submitted_at,team_size,team,video_status,licence_accepted_at,consents_complete',
    );
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 3))).toEqual([
      ['TH-0001', 'TH', 'ไทย'],
      ['TH-0002', 'TH', 'ไทย'],
    ]);
    expect(lines[2]).toContain(',Password heroes,submitted,pending,');
  });
});

describe('changes requested', () => {
  it('returns the entry to the team with a message until a deadline, past the window, and no later', async () => {
    const { b } = await world();
    // after the submission window closed (sessions are fresh: the clock moves on by days)
    await suite.t.db.getRepository(Competition).update({ id: suite.competitionId }, { submissionClosesAt: new Date('2027-01-14T00:00:00Z') });
    const team = await ownerClient(b);
    const coordinator = (await clientAs(suite.t, { role: 'coordinator', countryCode: 'TH' })).client;
    const organiser = (await clientAs(suite.t, { role: 'organiser', countryCode: null })).client;
    const dueAt = '2027-01-20T12:00:00.000Z';
    const screened = await coordinator
      .post(`/api/entries/${b.id}/screening`)
      .send({ decision: 'changes_requested', message: 'Please add English subtitles.', dueAt })
      .expect(200);
    expect(screened.body).toMatchObject({
      status: 'draft',
      eligibility: 'pending',
      changesMessage: 'Please add English subtitles.',
      changesDueAt: dueAt,
      changesRequested: true,
    });
    expect(codes((await list(organiser, { screening: 'changes_requested' })).items)).toEqual(['TH-0002']);
    expect((await list(organiser, { screening: 'changes_requested' })).items[0].changesDueAt).toBe(dueAt);
    const owner = await suite.t.db.getRepository(User).findOneByOrFail({ id: b.ownerId });
    const mail = await lastMail(suite.t, owner.email, 'entry.screened');
    expect(mail.text).toContain('Please add English subtitles.');
    expect(await suite.t.db.getRepository(AuditEvent).countBy({ subjectId: b.id, action: 'entry.changes_requested' })).toBe(1);

    // the team sees the message and may edit after the window closed
    const seen = (await team.get(`/api/entries/${b.id}`).expect(200)).body;
    expect(seen).toMatchObject({ changesMessage: 'Please add English subtitles.', changesDueAt: dueAt, changesRequested: true });
    await team.patch(`/api/entries/${b.id}`).send({ title: 'Password heroes (subtitled)' }).expect(200);
    // before the deadline the window does not stand in the way (the rest of the checklist does)
    suite.t.clock.set('2027-01-18T00:00:00Z');
    const early = await team.post(`/api/entries/${b.id}/submit`).expect(422);
    expect(early.body.reason).toBe('entries.not_ready');
    expect(early.body.params.problems.map((p: { reason: string }) => p.reason)).not.toContain('entries.window_closed');
    // after the deadline: refused, with the deadline
    suite.t.clock.set('2027-01-20T12:00:01Z');
    const late = await team.post(`/api/entries/${b.id}/submit`).expect(422);
    expect(late.body).toMatchObject({ reason: 'entries.changes_deadline_passed', params: { dueAt } });
    expect(await suite.t.db.getRepository(OutboxMessage).countBy({ to: owner.email, kind: 'entry.screened' })).toBe(1);
  });

  it('refuses changes requested on a draft, without a message, or with a deadline in the past', async () => {
    const { b, c } = await world();
    const screen = (id: string, body: object) => suite.coordinatorTH.post(`/api/entries/${id}/screening`).send(body);
    const draft = await screen(c.id, { decision: 'changes_requested', message: 'Fix the audio', dueAt: '2027-02-01T00:00:00Z' }).expect(409);
    expect(draft.body.reason).toBe('entries.not_submitted');
    const noMessage = await screen(b.id, { decision: 'changes_requested', dueAt: '2027-02-01T00:00:00Z' }).expect(400);
    expect(noMessage.body.fields[0]).toMatchObject({ field: 'message', problems: [{ reason: 'field.required' }] });
    const noDue = await screen(b.id, { decision: 'changes_requested', message: 'Fix the audio' }).expect(400);
    expect(noDue.body.fields[0]).toMatchObject({ field: 'dueAt', problems: [{ reason: 'field.required' }] });
    const past = await screen(b.id, { decision: 'changes_requested', message: 'Fix the audio', dueAt: '2027-01-15T02:59:59Z' }).expect(400);
    expect(past.body.fields[0]).toMatchObject({ field: 'dueAt', problems: [{ reason: 'entries.due_not_in_future' }] });
    await screen(b.id, { decision: 'changes_requested', message: 'Fix the audio', dueAt: 'next week' }).expect(400);
    expect((await suite.t.db.getRepository(Entry).findOneByOrFail({ id: b.id })).status).toBe('submitted');
  });
});
