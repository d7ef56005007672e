import { randomUUID } from 'node:crypto';
import { DEFAULT_RUBRIC } from '@clapper/domain/rubric';
import { createTestApp, type Client, type TestApp } from './harness/test-app.js';
import { clientAs, makeCompetition, makeUser, sessionFor } from './harness/factories.js';
import { RoleGrant } from '../src/accounts/role-grant.entity.js';
import { School } from '../src/accounts/school.entity.js';
import { User } from '../src/accounts/user.entity.js';
import { schoolKey } from '../src/accounts/accounts.service.js';
import { Category } from '../src/competitions/category.entity.js';
import { Entry } from '../src/entries/entry.entity.js';
import { TeamMember } from '../src/entries/team-member.entity.js';
import { AuditEvent } from '../src/audit/audit-event.entity.js';
import { Scorecard } from '../src/judging/scorecard.entity.js';

/** Rounds, panels, assignment and scoring against the real API and Postgres. */
let t: TestApp;
let organiser: Client;
let coordinatorTH: Client;
let coordinatorJP: Client;
let competitionId: string;

const WINDOW = { opensAt: '2027-01-01T00:00:00Z', closesAt: '2027-02-01T00:00:00Z' };
const FULL = Object.fromEntries(DEFAULT_RUBRIC.criteria.map((c) => [c.key, c.scaleMax]));

async function school(name: string, countryCode = 'TH'): Promise<string> {
  await t.db.createQueryBuilder().insert().into(School).values({ name, nameKey: schoolKey(name), countryCode }).orIgnore().execute();
  return (await t.db.getRepository(School).findOneByOrFail({ countryCode, nameKey: schoolKey(name) })).id;
}

/** An entry that went through submission and screening: submitted and eligible, with a named team. */
async function eligibleEntry(n: number, o: { schoolId: string; countryCode?: string; language?: string; eligibility?: 'eligible' | 'pending' }): Promise<Entry> {
  const owner = await makeUser(t, { role: 'student', countryCode: o.countryCode ?? 'TH' });
  const category = await t.db.getRepository(Category).findOneByOrFail({ competitionId });
  const entry = await t.db.getRepository(Entry).save({
    code: `${o.countryCode ?? 'TH'}-${String(n).padStart(4, '0')}`,
    competitionId,
    categoryId: category.id,
    countryCode: o.countryCode ?? 'TH',
    schoolId: o.schoolId,
    ownerId: owner.id,
    title: `Phish story ${n}`,
    synopsisOriginal: 'เรื่องย่อ',
    synopsisEnglish: 'A story about phishing.',
    videoLanguage: o.language ?? 'th',
    supervisingTeacherName: 'Teacher Somchai',
    supervisingTeacherEmail: 'somchai@example.org',
    status: 'submitted',
    submittedAt: new Date('2027-01-10T00:00:00Z'),
    eligibility: o.eligibility ?? 'eligible',
  });
  await t.db.getRepository(TeamMember).save({ entryId: entry.id, fullName: `Niran Member${n}`, role: 'director', dateOfBirth: '2011-03-04', schoolName: 'Bangkok School', position: 0 });
  return entry;
}

/** A judge on a round's panel (the role granted for that round), with a school and languages as given. */
async function judgeOn(roundId: string, o: { countryCode?: string; schoolId?: string | null; name?: string } = {}): Promise<{ user: User; client: Client }> {
  const user = await makeUser(t, { role: 'judge', countryCode: o.countryCode ?? 'TH', displayName: o.name ?? `Judge ${randomUUID().slice(0, 4)}` });
  if (o.schoolId) await t.db.getRepository(User).update({ id: user.id }, { schoolId: o.schoolId });
  await t.db.getRepository(RoleGrant).insert({ userId: user.id, role: 'judge', roundId });
  return { user, client: t.as(await sessionFor(t, user)) };
}

async function nationalRound(o: Record<string, unknown> = {}): Promise<{ id: string }> {
  return (await organiser.post('/api/rounds').send({ competitionId, kind: 'national', countryCode: 'TH', ...WINDOW, judgesPerEntry: 2, ...o }).expect(201)).body;
}

beforeAll(async () => {
  t = await createTestApp();
  organiser = (await clientAs(t, { role: 'organiser', countryCode: null })).client;
  coordinatorTH = (await clientAs(t, { role: 'coordinator', countryCode: 'TH' })).client;
  coordinatorJP = (await clientAs(t, { role: 'coordinator', countryCode: 'JP' })).client;
});
afterAll(() => t.close());
beforeEach(async () => {
  competitionId = (await makeCompetition(t, { countryCodes: ['TH', 'JP', 'SG'] })).id;
});

describe('rounds', () => {
  it('sets up a national round with the default rubric, reachable by its own coordinator only', async () => {
    const round = (await coordinatorTH.post('/api/rounds').send({ competitionId, kind: 'national', countryCode: 'TH', ...WINDOW }).expect(201)).body;
    expect(round).toMatchObject({ kind: 'national', countryCode: 'TH', status: 'draft', judgesPerEntry: 3, blind: true, showOtherScores: false, rubricFrozen: false });
    expect(round.rubric.criteria.map((c: { key: string }) => c.key)).toEqual(['message', 'creativity', 'impact', 'production', 'rules']);
    expect(Object.values(round.weights as Record<string, number>).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    await organiser.get(`/api/rounds/${round.id}`).expect(200);
    expect((await coordinatorJP.get(`/api/rounds/${round.id}`).expect(404)).body.code).toBe('not_found');
    expect((await coordinatorJP.get(`/api/rounds?competitionId=${competitionId}`).expect(200)).body).toEqual([]);
    // one national round per country; the final is the organisers'
    expect((await organiser.post('/api/rounds').send({ competitionId, kind: 'national', countryCode: 'TH', ...WINDOW }).expect(409)).body.message).toMatch(/already has a national round for TH/);
    expect((await coordinatorTH.post('/api/rounds').send({ competitionId, kind: 'final', ...WINDOW }).expect(403)).body.code).toBe('forbidden');
    await coordinatorTH.post('/api/rounds').send({ competitionId, kind: 'national', countryCode: 'JP', ...WINDOW }).expect(403);
  });

  it('refuses bad settings with reasons: a window that ends first, weights that are not positive, levels that do not match the scale', async () => {
    const bad = await organiser.post('/api/rounds').send({ competitionId, kind: 'national', countryCode: 'TH', opensAt: WINDOW.closesAt, closesAt: WINDOW.opensAt }).expect(400);
    expect(bad.body.fields).toEqual([{ field: 'closesAt', messages: ['must be after opensAt'] }]);
    const zeroWeight = structuredClone(DEFAULT_RUBRIC);
    zeroWeight.criteria[0].weight = 0;
    expect((await organiser.post('/api/rounds').send({ competitionId, kind: 'national', countryCode: 'TH', ...WINDOW, rubric: zeroWeight }).expect(400)).body.fields[0].field).toBe('rubric.criteria.0.weight');
    const levels = structuredClone(DEFAULT_RUBRIC);
    levels.criteria[1].scaleMax = 10;
    const res = await organiser.post('/api/rounds').send({ competitionId, kind: 'national', countryCode: 'TH', ...WINDOW, rubric: levels }).expect(400);
    expect(res.body.fields.map((f: { field: string }) => f.field)).toContain('rubric.criteria.1.levels');
    await organiser.post('/api/rounds').send({ competitionId, kind: 'national', countryCode: 'VN', ...WINDOW }).expect(400);
    await organiser.post('/api/rounds').send({ competitionId, kind: 'semi', ...WINDOW }).expect(400);
  });
});

describe('assignment and scoring', () => {
  it('assigns k judges per entry with balanced loads, never a judge to their own school, and lists what cannot be covered', async () => {
    const a = await school('Alpha School');
    const b = await school('Beta School');
    const entries = [];
    for (let i = 1; i <= 6; i++) entries.push(await eligibleEntry(i, { schoolId: i <= 3 ? a : b }));
    await eligibleEntry(7, { schoolId: a, eligibility: 'pending' });
    const round = await nationalRound();
    const j1 = await judgeOn(round.id, { schoolId: a, name: 'Judge One' });
    await judgeOn(round.id, { name: 'Judge Two' });
    await judgeOn(round.id, { name: 'Judge Three' });
    await organiser.post(`/api/rounds/${round.id}/open`).expect(200);
    const run = (await organiser.post(`/api/rounds/${round.id}/assignment`).expect(200)).body;
    expect(run).toMatchObject({ total: 12, added: 12, removed: 0, kept: 0, uncovered: [] });
    // Judge One may take only the three Beta entries, so the other two must share the other nine: 3, 4 and 5 is the
    // most even split the rules allow
    expect(run.loads.map((l: { assigned: number }) => l.assigned).sort()).toEqual([3, 4, 5]);
    const list = (await coordinatorTH.get(`/api/rounds/${round.id}/assignments`).expect(200)).body;
    expect(list.entries.map((e: { code: string }) => e.code)).toEqual(['TH-0001', 'TH-0002', 'TH-0003', 'TH-0004', 'TH-0005', 'TH-0006']);
    for (const e of list.entries) {
      expect(e.judges).toHaveLength(2);
      if (['TH-0001', 'TH-0002', 'TH-0003'].includes(e.code)) expect(e.judges.map((j: { judgeId: string }) => j.judgeId)).not.toContain(j1.user.id);
    }
    // by hand, the same rule: Judge One may not take an Alpha School entry
    const alphaEntry = list.entries.find((e: { code: string }) => e.code === 'TH-0001');
    const refused = await organiser.post(`/api/rounds/${round.id}/assignments`).send({ roundEntryId: alphaEntry.roundEntryId, judgeId: j1.user.id }).expect(422);
    expect(refused.body.message).toMatch(/Judge One cannot judge TH-0001: The judge belongs to one of this entry's schools/);
    // k = 3 with three judges: Judge One can never cover the Alpha entries, and the answer says so
    await organiser.patch(`/api/rounds/${round.id}`).send({ judgesPerEntry: 3 }).expect(200);
    const again = (await organiser.post(`/api/rounds/${round.id}/assignment`).expect(200)).body;
    expect(again.uncovered.map((u: { code: string }) => u.code).sort()).toEqual(['TH-0001', 'TH-0002', 'TH-0003']);
    expect(again.uncovered[0]).toMatchObject({ assigned: 2, needed: 3 });
    expect(again.uncovered[0].reason).toMatch(/school/i);
    // the coordinator of another country reaches none of it
    await coordinatorJP.post(`/api/rounds/${round.id}/assignment`).expect(404);
    await coordinatorJP.get(`/api/rounds/${round.id}/assignments`).expect(404);
  });

  it('shows a judge only their assigned entries, blind: no names, school, roster or contacts reach them', async () => {
    const a = await school('Gamma School');
    for (let i = 1; i <= 4; i++) await eligibleEntry(i, { schoolId: a });
    const round = await nationalRound({ judgesPerEntry: 1 });
    const judgeA = await judgeOn(round.id, { name: 'Judge A' });
    const judgeB = await judgeOn(round.id, { name: 'Judge B' });
    await organiser.post(`/api/rounds/${round.id}/open`).expect(200);
    await organiser.post(`/api/rounds/${round.id}/assignment`).expect(200);
    const queueA = (await judgeA.client.get(`/api/judge/rounds/${round.id}/queue`).expect(200)).body;
    const queueB = (await judgeB.client.get(`/api/judge/rounds/${round.id}/queue`).expect(200)).body;
    expect(queueA.items).toHaveLength(2);
    expect(queueB.items).toHaveLength(2);
    expect(queueA.round).toMatchObject({ assigned: 2, submitted: 0, status: 'open' });
    const mine = queueA.items[0].roundEntryId;
    const view = await judgeA.client.get(`/api/judge/rounds/${round.id}/entries/${mine}`).expect(200);
    expect(view.body).toMatchObject({ code: expect.stringMatching(/^TH-000\d$/), synopsisEnglish: 'A story about phishing.', countryCode: null, teamNames: [] });
    const text = JSON.stringify(view.body);
    for (const secret of ['Niran', 'Gamma School', 'Bangkok School', 'Somchai', 'somchai@example.org', '2011-03-04', 'ownerId', 'schoolId']) expect(text).not.toContain(secret);
    // judge B cannot reach judge A's entry, nor its scorecard
    await judgeB.client.get(`/api/judge/rounds/${round.id}/entries/${mine}`).expect(404);
    await judgeB.client.put(`/api/judge/rounds/${round.id}/entries/${mine}/scorecard`).send({ version: 0, scores: {} }).expect(404);
    // a judge of another round, and any other role, are kept out
    const other = await makeCompetition(t, { countryCodes: ['SG'] });
    const otherRound = (await organiser.post('/api/rounds').send({ competitionId: other.id, kind: 'national', countryCode: 'SG', ...WINDOW }).expect(201)).body;
    const outsider = await judgeOn(otherRound.id);
    await outsider.client.get(`/api/judge/rounds/${round.id}/queue`).expect(404);
    await coordinatorTH.get(`/api/judge/rounds/${round.id}/queue`).expect(403);
  });

  it('saves drafts with a version check, submits once per Idempotency-Key, freezes the rubric and locks at close', async () => {
    const s = await school('Delta School');
    await eligibleEntry(1, { schoolId: s });
    await eligibleEntry(2, { schoolId: s });
    const round = await nationalRound({ judgesPerEntry: 1, showOtherScores: true });
    const judge = await judgeOn(round.id);
    await organiser.post(`/api/rounds/${round.id}/open`).expect(200);
    await organiser.post(`/api/rounds/${round.id}/assignment`).expect(200);
    const [first, second] = (await judge.client.get(`/api/judge/rounds/${round.id}/queue`).expect(200)).body.items;
    const url = `/api/judge/rounds/${round.id}/entries/${first.roundEntryId}/scorecard`;

    const draft = (await judge.client.put(url).send({ version: 0, scores: { message: 4 }, privateNote: 'strong start' }).expect(200)).body;
    expect(draft).toMatchObject({ status: 'draft', version: 1, scores: { message: 4 }, total: null, editable: true });
    // a second tab still on version 0 loses, and is told the current values
    const stale = await judge.client.put(url).send({ version: 0, scores: { message: 1 } }).expect(409);
    expect(stale.body.details.current).toMatchObject({ version: 1, scores: { message: 4 } });
    // out of scale, unknown criterion
    const bad = await judge.client.put(url).send({ version: 1, scores: { message: 9, colour: 2 } }).expect(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['scores.colour', 'scores.message']);
    // submitting with criteria missing names every one of them
    const incomplete = await judge.client.post(`${url}/submit`).send({ version: 1, scores: { message: 4 } }).expect(400);
    expect(incomplete.body.fields.map((f: { field: string }) => f.field)).toEqual(['scores.creativity', 'scores.impact', 'scores.production', 'scores.rules']);

    const key = `submit-${randomUUID()}`;
    const body = { version: 1, scores: FULL, teamFeedback: 'Clear and memorable.' };
    const once = (await judge.client.post(`${url}/submit`).set('Idempotency-Key', key).send(body).expect(200)).body;
    const twice = (await judge.client.post(`${url}/submit`).set('Idempotency-Key', key).send(body).expect(200)).body;
    expect(once).toMatchObject({ status: 'submitted', version: 2, total: 100 });
    expect(twice).toEqual(once);
    const cardId = (await t.db.getRepository(Scorecard).findOneByOrFail({ roundEntryId: first.roundEntryId })).id;
    const events = await t.db.getRepository(AuditEvent).find({ where: { subjectType: 'scorecard', subjectId: cardId }, order: { id: 'ASC' } });
    expect(events.map((e) => e.action)).toEqual(['scorecard.saved', 'scorecard.submitted']);
    await judge.client.post(`${url}/submit`).set('Idempotency-Key', key).send({ ...body, teamFeedback: 'Other' }).expect(422);

    // stored exactly as entered
    const stored = await t.db.getRepository(Scorecard).findOneByOrFail({ roundEntryId: first.roundEntryId, judgeId: judge.user.id });
    expect(stored.scores).toEqual(FULL);
    // the rubric is frozen now
    expect((await organiser.patch(`/api/rounds/${round.id}`).send({ rubric: DEFAULT_RUBRIC }).expect(409)).body.message).toMatch(/rubric can no longer change/);
    // other judges' scores: only after one's own submission (none other here)
    expect((await judge.client.get(`/api/judge/rounds/${round.id}/entries/${first.roundEntryId}/other-scores`).expect(200)).body.items).toEqual([]);
    expect((await judge.client.get(`/api/judge/rounds/${round.id}/entries/${second.roundEntryId}/other-scores`).expect(403)).body.message).toMatch(/Submit your own scorecard/);

    // closing: refused while a scorecard is missing, unless forced; then everything is locked
    expect((await organiser.post(`/api/rounds/${round.id}/close`).send({}).expect(409)).body.message).toMatch(/1 of 2 assigned scorecards are not submitted/);
    const closed = (await organiser.post(`/api/rounds/${round.id}/close`).send({ force: true }).expect(200)).body;
    expect(closed.status).toBe('closed');
    expect((await judge.client.put(url).send({ version: 2, scores: FULL }).expect(409)).body.message).toMatch(/scores are locked/);
    expect((await t.db.getRepository(Scorecard).findOneByOrFail({ roundEntryId: first.roundEntryId })).status).toBe('locked');
  });

  it('keeps submitted scorecards when a judge drops out and the assignment runs again', async () => {
    const s = await school('Epsilon School');
    for (let i = 1; i <= 4; i++) await eligibleEntry(i, { schoolId: s });
    const round = await nationalRound({ judgesPerEntry: 1 });
    const leaving = await judgeOn(round.id, { name: 'Leaving' });
    const staying = await judgeOn(round.id, { name: 'Staying' });
    await organiser.post(`/api/rounds/${round.id}/open`).expect(200);
    await organiser.post(`/api/rounds/${round.id}/assignment`).expect(200);
    const [done, open] = (await leaving.client.get(`/api/judge/rounds/${round.id}/queue`).expect(200)).body.items;
    await leaving.client.post(`/api/judge/rounds/${round.id}/entries/${done.roundEntryId}/scorecard/submit`).send({ version: 0, scores: FULL }).expect(200);
    await organiser.delete(`/api/rounds/${round.id}/judges/${leaving.user.id}`).expect(204);
    await leaving.client.get(`/api/judge/rounds/${round.id}/queue`).expect(404);
    const run = (await organiser.post(`/api/rounds/${round.id}/assignment`).expect(200)).body;
    expect(run.uncovered).toEqual([]);
    const list = (await organiser.get(`/api/rounds/${round.id}/assignments`).expect(200)).body;
    const byId = new Map(list.entries.map((e: { roundEntryId: string }) => [e.roundEntryId, e]));
    expect((byId.get(done.roundEntryId) as { judges: { judgeId: string; scorecard: string }[] }).judges).toContainEqual(expect.objectContaining({ judgeId: leaving.user.id, scorecard: 'submitted' }));
    expect((byId.get(open.roundEntryId) as { judges: { judgeId: string }[] }).judges.map((j) => j.judgeId)).toEqual([staying.user.id]);
  });
});
