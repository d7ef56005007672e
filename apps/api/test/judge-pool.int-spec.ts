import { createTestApp, T0, type Client, type TestApp } from './harness/test-app.js';
import { clientAs, makeCompetition, makeUser } from './harness/factories.js';
import { eligibleEntry, school, WINDOW } from './judging-fixtures.js';
import { AuditEvent } from '../src/audit/audit-event.entity.js';
import { RoleGrant } from '../src/accounts/role-grant.entity.js';
import type { User } from '../src/accounts/user.entity.js';
import { RoundJudge } from '../src/judging/round-judge.entity.js';
import { Round } from '../src/judging/round.entity.js';
import { OutboxMessage } from '../src/mail/outbox-message.entity.js';

/**
 * Judges from the pool (issue 15): people who have been judges or staff, found by name, country and language, with
 * their past rounds; added to a panel by the manager who vouches for them. Never a student or a teacher.
 */
let t: TestApp;
let organiser: Client;
let coordinatorTH: Client;
let coordinatorJP: Client;
let competitionId: string;
let roundTH: string;
let somchai: User;
let aiko: User;
let student: User;
let teacher: User;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(T0);
  organiser = (await clientAs(t, { role: 'organiser', countryCode: null, displayName: 'Olivia Organiser' })).client;
  coordinatorTH = (await clientAs(t, { role: 'coordinator', countryCode: 'TH', displayName: 'Niran Coordinator' })).client;
  coordinatorJP = (await clientAs(t, { role: 'coordinator', countryCode: 'JP', displayName: 'Aiko Coordinator' })).client;
  competitionId = (await makeCompetition(t, { countryCodes: ['TH', 'JP'] })).id;
  roundTH = (
    await organiser
      .post('/api/rounds')
      .send({ competitionId, kind: 'national', countryCode: 'TH', ...WINDOW })
      .expect(201)
  ).body.id;
  // two eligible Thai entries in Thai, subtitled in English (the competition's rule)
  const bangkok = await school(t, 'Pool Bangkok School');
  for (const n of [1, 2]) await eligibleEntry(t, competitionId, n, { schoolId: bangkok });

  somchai = await makeUser(t, { role: 'judge', countryCode: 'TH', displayName: 'Somchai Jaidee', email: 'somchai.pool@example.org' });
  aiko = await makeUser(t, { role: 'judge', countryCode: 'JP', displayName: 'Aiko Tanaka', email: 'aiko.pool@example.org' });
  student = await makeUser(t, { role: 'student', countryCode: 'TH', displayName: 'Somchai Student' });
  teacher = await makeUser(t, { role: 'teacher', countryCode: 'TH', displayName: 'Somchai Teacher' });
  // Somchai judged last year's Thai round, and declared Thai and English there
  const past = (await makeCompetition(t, { countryCodes: ['TH'], name: { en: 'Awareness Video Competition 2026', ja: '2026' } })).id;
  const pastRound = (
    await organiser
      .post('/api/rounds')
      .send({ competitionId: past, kind: 'national', countryCode: 'TH', opensAt: '2026-07-01T00:00:00Z', closesAt: '2026-08-01T00:00:00Z' })
      .expect(201)
  ).body.id;
  await t.db.getRepository(RoleGrant).insert({ userId: somchai.id, role: 'judge', roundId: pastRound, countryCode: 'TH' });
  await t.db.getRepository(RoundJudge).insert({ roundId: pastRound, userId: somchai.id, languages: ['th', 'en'] });
});
afterAll(() => t.close());

const names = (body: { people: { displayName: string }[] }) => body.people.map((p) => p.displayName);

describe('searching the judge pool', () => {
  it('finds judges and staff by name, with their country, languages and past rounds; never a student or a teacher', async () => {
    const res = (await organiser.get(`/api/rounds/${roundTH}/judge-pool?q=somchai`).expect(200)).body;
    expect(names(res)).toEqual(['Somchai Jaidee']);
    expect(res.people[0]).toMatchObject({
      userId: somchai.id,
      countryCode: 'TH',
      languages: ['en', 'th'],
      onPanel: false,
      pastRounds: [{ kind: 'national', countryCode: 'TH', year: 2026, competitionName: { en: 'Awareness Video Competition 2026', ja: '2026' } }],
    });
    const everyone = names((await organiser.get(`/api/rounds/${roundTH}/judge-pool`).expect(200)).body);
    expect(everyone).toEqual(expect.arrayContaining(['Somchai Jaidee', 'Aiko Tanaka', 'Niran Coordinator', 'Olivia Organiser']));
    expect(everyone).not.toContain(student.displayName);
    expect(everyone).not.toContain(teacher.displayName);
  });

  it('filters by country and by language', async () => {
    expect(names((await organiser.get(`/api/rounds/${roundTH}/judge-pool?country=JP`).expect(200)).body)).toEqual(['Aiko Coordinator', 'Aiko Tanaka']);
    const thai = names((await organiser.get(`/api/rounds/${roundTH}/judge-pool?language=th`).expect(200)).body);
    expect(thai).toEqual(['Somchai Jaidee']);
  });

  it("holds a coordinator to their own country's people, and keeps another country's coordinator out", async () => {
    const own = (await coordinatorTH.get(`/api/rounds/${roundTH}/judge-pool`).expect(200)).body;
    expect(own.people.length).toBeGreaterThan(0);
    expect(own.people.every((p: { countryCode: string }) => p.countryCode === 'TH')).toBe(true);
    expect((await coordinatorTH.get(`/api/rounds/${roundTH}/judge-pool?country=JP`).expect(403)).body.reason).toBe('common.forbidden');
    expect((await coordinatorJP.get(`/api/rounds/${roundTH}/judge-pool`).expect(404)).body).toMatchObject({ params: { thing: 'round' } });
  });

  it('refuses bad filters with the field named', async () => {
    const res = await organiser.get(`/api/rounds/${roundTH}/judge-pool?country=thailand&language=Thai!`).expect(400);
    expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['country', 'language']);
    await organiser.get('/api/rounds/not-an-id/judge-pool').expect(400);
  });
});

describe('adding a judge from the pool', () => {
  it('gives the judge the round at once, audit-logged, and emails what the round asks; a second add changes nothing', async () => {
    const panel = (await coordinatorTH.post(`/api/rounds/${roundTH}/judges`).send({ userId: somchai.id }).expect(200)).body;
    expect(panel.judges).toContainEqual(expect.objectContaining({ userId: somchai.id, countryCode: 'TH', declaredAt: null }));
    expect(await t.db.getRepository(RoleGrant).findOneByOrFail({ userId: somchai.id, roundId: roundTH })).toMatchObject({ role: 'judge', countryCode: 'TH' });
    const event = await t.db.getRepository(AuditEvent).findOneByOrFail({ action: 'panel.judge_added', subjectId: roundTH });
    expect(event.after).toMatchObject({ userId: somchai.id, from: 'pool' });

    const mail = await t.db.getRepository(OutboxMessage).findOneByOrFail({ to: 'somchai.pool@example.org', kind: 'judge-added' });
    expect(mail.subject).toBe('You are on the judging panel: National round of Thailand, Test Competition');
    expect(mail.text).toContain('Niran Coordinator added you to the judging panel');
    expect(mail.text).toMatch(/Judging window: January 1, 2027.* UTC to February 1, 2027.* UTC/);
    // two entries, k = 3, one judge: the whole round
    expect(mail.text).toContain('Entries for you to score: about 2 of the 2 in the round (each entry is scored by 3 judges)');
    expect(mail.text).toContain('Languages of the videos: Thai');
    expect(mail.text).toContain('Subtitles every entry has: English');
    expect(mail.text).toContain(`/judge/rounds/${roundTH}/declaration`);

    await organiser.post(`/api/rounds/${roundTH}/judges`).send({ userId: somchai.id }).expect(200);
    expect(await t.db.getRepository(OutboxMessage).countBy({ to: 'somchai.pool@example.org', kind: 'judge-added' })).toBe(1);
    expect((await organiser.get(`/api/rounds/${roundTH}/judge-pool?q=somchai`).expect(200)).body.people[0].onPanel).toBe(true);
  });

  it('refuses a student, a teacher, another country for a coordinator, and a closed round', async () => {
    for (const who of [student, teacher]) {
      const res = await organiser.post(`/api/rounds/${roundTH}/judges`).send({ userId: who.id }).expect(404);
      expect(res.body).toMatchObject({ reason: 'common.not_found', params: { thing: 'judge' } });
    }
    await coordinatorTH.post(`/api/rounds/${roundTH}/judges`).send({ userId: aiko.id }).expect(404);
    await coordinatorJP.post(`/api/rounds/${roundTH}/judges`).send({ userId: aiko.id }).expect(404);
    expect(await t.db.getRepository(RoleGrant).existsBy({ userId: aiko.id, roundId: roundTH })).toBe(false);
    await organiser.post(`/api/rounds/${roundTH}/judges`).send({ userId: 'nobody' }).expect(400);

    const closed = (
      await organiser
        .post('/api/rounds')
        .send({ competitionId, kind: 'national', countryCode: 'JP', ...WINDOW })
        .expect(201)
    ).body.id;
    await t.db.getRepository(Round).update({ id: closed }, { status: 'closed' });
    const res = await organiser.post(`/api/rounds/${closed}/judges`).send({ userId: aiko.id }).expect(409);
    expect(res.body).toMatchObject({ reason: 'judging.round_closed', params: {} });
  });

  it('brings back a judge who had left the panel', async () => {
    const round = (
      await organiser
        .post('/api/rounds')
        .send({ competitionId: (await makeCompetition(t, { countryCodes: ['JP'] })).id, kind: 'national', countryCode: 'JP', ...WINDOW })
        .expect(201)
    ).body.id;
    await organiser.post(`/api/rounds/${round}/judges`).send({ userId: aiko.id }).expect(200);
    await organiser.delete(`/api/rounds/${round}/judges/${aiko.id}`).expect(204);
    const panel = (await organiser.post(`/api/rounds/${round}/judges`).send({ userId: aiko.id }).expect(200)).body;
    expect(panel.judges).toContainEqual(expect.objectContaining({ userId: aiko.id, droppedAt: null }));
  });
});
