import { DEFAULT_RUBRIC } from '@clapper/domain/rubric';
import { createTestApp, T0, type Client, type TestApp } from './harness/test-app.js';
import { clientAs, makeCompetition } from './harness/factories.js';
import { AuditEvent } from '../src/audit/audit-event.entity.js';
import { Round } from '../src/judging/round.entity.js';
import { rubricIn } from '@clapper/domain/content-languages';

/** The round templates (issue 15): the national rounds of every participating country in one action, and the final. */
let t: TestApp;
let organiser: Client;
let coordinatorTH: Client;
const DAY = 24 * 3600_000;
const CLOSES = new Date('2027-06-30T15:00:00Z');
beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(T0);
  organiser = (await clientAs(t, { role: 'organiser', countryCode: null })).client;
  coordinatorTH = (await clientAs(t, { role: 'coordinator', countryCode: 'TH' })).client;
});
afterAll(() => t.close());

/** The default rubric as a new round of these competitions (in English and Japanese) gets it. */
const DEFAULT_HERE = rubricIn(DEFAULT_RUBRIC, ['en', 'ja']);
const competition = async () => (await makeCompetition(t, { countryCodes: ['TH', 'JP', 'KH'], submissionClosesAt: CLOSES })).id;

describe('national rounds for every participating country', () => {
  it('previews, then creates one round per country with the defaults, and names the countries without a coordinator', async () => {
    const competitionId = await competition();
    const preview = (await organiser.get(`/api/round-templates?competitionId=${competitionId}`).expect(200)).body;
    expect(preview.national).toMatchObject({
      create: ['JP', 'KH', 'TH'],
      existing: [],
      withoutCoordinator: ['JP', 'KH'],
      judgesPerEntry: 3,
      blind: true,
      rubricCopied: false,
      criteria: DEFAULT_RUBRIC.criteria.length,
      opensAt: new Date(CLOSES.getTime() + 7 * DAY).toISOString(),
    });
    expect(preview.final).toMatchObject({ available: true, countryQuota: 3, countries: 3 });

    const res = (await organiser.post('/api/round-templates/national').send({ competitionId }).expect(200)).body;
    expect(res.created.map((r: Round) => [r.kind, r.countryCode, r.status, r.judgesPerEntry, r.blind])).toEqual([
      ['national', 'JP', 'draft', 3, true],
      ['national', 'KH', 'draft', 3, true],
      ['national', 'TH', 'draft', 3, true],
    ]);
    expect(res.created[0]).toMatchObject({ opensAt: new Date(CLOSES.getTime() + 7 * DAY).toISOString(), rubric: DEFAULT_HERE });
    expect(new Date(res.created[0].opensAt) > CLOSES).toBe(true);
    expect(res).toMatchObject({ existing: [], withoutCoordinator: ['JP', 'KH'] });
    // each round is made as any round is: audit-logged
    expect(await t.db.getRepository(AuditEvent).countBy({ action: 'round.created', subjectId: res.created[0].id })).toBe(1);
    // the Thai coordinator runs the Thai round, by their grant
    expect((await coordinatorTH.get(`/api/rounds?competitionId=${competitionId}`).expect(200)).body.map((r: Round) => r.countryCode)).toEqual(['TH']);
  });

  it('creates nothing the second time', async () => {
    const competitionId = await competition();
    await organiser.post('/api/round-templates/national').send({ competitionId }).expect(200);
    const again = (await organiser.post('/api/round-templates/national').send({ competitionId }).expect(200)).body;
    expect(again).toMatchObject({ created: [], existing: ['JP', 'KH', 'TH'] });
    expect(await t.db.getRepository(Round).countBy({ competitionId })).toBe(3);
    expect((await organiser.get(`/api/round-templates?competitionId=${competitionId}`).expect(200)).body.national.create).toEqual([]);
  });

  it("fills in the countries that lack a round, with the competition's latest rubric", async () => {
    const competitionId = await competition();
    const rubric = { ...DEFAULT_HERE, criteria: DEFAULT_HERE.criteria.slice(0, 2) };
    await organiser
      .post('/api/rounds')
      .send({ competitionId, kind: 'national', countryCode: 'TH', opensAt: '2027-07-10T00:00:00Z', closesAt: '2027-08-01T00:00:00Z', rubric })
      .expect(201);
    const res = (await organiser.post('/api/round-templates/national').send({ competitionId }).expect(200)).body;
    expect(res.created.map((r: Round) => r.countryCode)).toEqual(['JP', 'KH']);
    expect(res.created[0].rubric).toEqual(rubric);
    expect(res.existing).toEqual(['TH']);
  });

  it('is for organisers only, and answers 404 for a competition that does not exist', async () => {
    const competitionId = await competition();
    expect((await coordinatorTH.post('/api/round-templates/national').send({ competitionId }).expect(403)).body.code).toBe('forbidden');
    const missing = await organiser.post('/api/round-templates/national').send({ competitionId: '00000000-0000-4000-8000-000000000000' }).expect(404);
    expect(missing.body).toMatchObject({ reason: 'common.not_found', params: { thing: 'competition' } });
    const bad = await organiser.post('/api/round-templates/national').send({ competitionId: 'TH' }).expect(400);
    expect(bad.body.fields[0].field).toBe('competitionId');
  });
});

describe('regional final with a quota per country', () => {
  it('creates the final after the national rounds, with the quota asked for, and refuses a second', async () => {
    const competitionId = await competition();
    const national = (await organiser.post('/api/round-templates/national').send({ competitionId }).expect(200)).body.created;
    const final = (await organiser.post('/api/round-templates/final').send({ competitionId, countryQuota: 2 }).expect(201)).body;
    expect(final).toMatchObject({ kind: 'final', countryCode: null, countryQuota: 2, judgesPerEntry: 3, blind: true, status: 'draft' });
    expect(new Date(final.opensAt).getTime()).toBe(new Date(national[0].closesAt).getTime() + 7 * DAY);
    const again = await organiser.post('/api/round-templates/final').send({ competitionId }).expect(409);
    expect(again.body).toMatchObject({ code: 'conflict', reason: 'judging.final_exists', params: {} });
    expect((await organiser.get(`/api/round-templates?competitionId=${competitionId}`).expect(200)).body.final).toMatchObject({
      available: false,
      countryQuota: 2,
    });
  });

  it('refuses a coordinator and a quota out of range', async () => {
    const competitionId = await competition();
    await coordinatorTH.post('/api/round-templates/final').send({ competitionId }).expect(403);
    const bad = await organiser.post('/api/round-templates/final').send({ competitionId, countryQuota: 0 }).expect(400);
    expect(bad.body.fields[0].field).toBe('countryQuota');
    expect(await t.db.getRepository(Round).countBy({ competitionId })).toBe(0);
  });
});
