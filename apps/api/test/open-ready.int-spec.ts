import { randomUUID } from 'node:crypto';
import { createTestApp, T0, type Client, type TestApp } from './harness/test-app.js';
import { clientAs, makeCompetition } from './harness/factories.js';
import { eligibleEntry, judgeOn, school, WINDOW } from './judging-fixtures.js';
import { AuditEvent } from '../src/audit/audit-event.entity.js';
import { Competition } from '../src/competitions/competition.entity.js';
import { Round } from '../src/judging/round.entity.js';

/**
 * "Open the rounds that are ready" (issue 15): the rounds not opened yet with their judges and entries, then the
 * chosen ones opened with their assignment run in one action, all or none; refused with each unready round named.
 */
let t: TestApp;
let organiser: Client;
let coordinatorTH: Client;
let coordinatorJP: Client;
let competitionId: string;
let roundTH: string;
let roundJP: string;
let judgeTH: Awaited<ReturnType<typeof judgeOn>>;
let otherRound: string;

const national = async (competition: string, countryCode: string): Promise<string> =>
  (
    await organiser
      .post('/api/rounds')
      .send({ competitionId: competition, kind: 'national', countryCode, ...WINDOW, judgesPerEntry: 1 })
      .expect(201)
  ).body.id as string;
const statusOf = async (id: string) => (await t.db.getRepository(Round).findOneByOrFail({ id })).status;
const openReady = (who: Client, competition: string, body: object) => who.post(`/api/competitions/${competition}/rounds/open-ready`).send(body);

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(T0);
  organiser = (await clientAs(t, { role: 'organiser', countryCode: null, displayName: 'Olivia Organiser' })).client;
  coordinatorTH = (await clientAs(t, { role: 'coordinator', countryCode: 'TH', displayName: 'Niran Coordinator' })).client;
  coordinatorJP = (await clientAs(t, { role: 'coordinator', countryCode: 'JP', displayName: 'Aiko Coordinator' })).client;
  competitionId = (await makeCompetition(t, { countryCodes: ['TH', 'JP'] })).id;
  roundTH = await national(competitionId, 'TH');
  roundJP = await national(competitionId, 'JP');
  await eligibleEntry(t, competitionId, 1, { schoolId: await school(t, 'Ready Bangkok School') });
  await eligibleEntry(t, competitionId, 2, { schoolId: await school(t, 'Ready Osaka School', 'JP'), countryCode: 'JP', language: 'ja' });
  judgeTH = await judgeOn(t, roundTH, { countryCode: 'TH', name: 'Somchai Ready' });
  // another competition's round, ready too
  const other = (await makeCompetition(t, { countryCodes: ['TH'] })).id;
  otherRound = await national(other, 'TH');
  await eligibleEntry(t, other, 3, { schoolId: await school(t, 'Ready Chiang Mai School') });
  await judgeOn(t, otherRound, { countryCode: 'TH' });
});
afterAll(() => t.close());

describe('the rounds that are ready', () => {
  it('lists the rounds not opened yet with their judges and the entries each would take; a coordinator sees their own', async () => {
    const all = (await organiser.get(`/api/competitions/${competitionId}/rounds/open-ready`).expect(200)).body;
    expect(all).toEqual({
      submissionClosesAt: '2027-06-30T15:00:00.000Z',
      submissionsOpen: true,
      rounds: [
        { roundId: roundJP, kind: 'national', countryCode: 'JP', judges: 0, judgesPerEntry: 1, entries: 1, ready: false },
        { roundId: roundTH, kind: 'national', countryCode: 'TH', judges: 1, judgesPerEntry: 1, entries: 1, ready: true },
      ],
    });
    const own = (await coordinatorTH.get(`/api/competitions/${competitionId}/rounds/open-ready`).expect(200)).body;
    expect(own.rounds.map((r: { roundId: string }) => r.roundId)).toEqual([roundTH]);
    const missing = await organiser.get(`/api/competitions/${randomUUID()}/rounds/open-ready`).expect(404);
    expect(missing.body).toMatchObject({ reason: 'common.not_found', params: { thing: 'competition' } });
  });
});

describe('refusals: nothing is opened', () => {
  it('refuses an unknown round, another competition’s round and another country’s round as not found', async () => {
    for (const roundIds of [
      [roundTH, randomUUID()],
      [roundTH, otherRound],
    ]) {
      const res = await openReady(organiser, competitionId, { roundIds, confirm: true }).expect(404);
      expect(res.body).toMatchObject({ code: 'not_found', reason: 'common.not_found', params: { thing: 'round' } });
    }
    const foreign = await openReady(coordinatorJP, competitionId, { roundIds: [roundTH], confirm: true }).expect(404);
    expect(foreign.body).toMatchObject({ reason: 'common.not_found', params: { thing: 'round' } });
    expect(await statusOf(roundTH)).toBe('draft');
  });

  it('refuses rounds without a judge or an entry, naming each with its facts', async () => {
    const final = (
      await organiser
        .post('/api/rounds')
        .send({ competitionId, kind: 'final', ...WINDOW })
        .expect(201)
    ).body.id as string;
    const res = await openReady(organiser, competitionId, { roundIds: [roundTH, roundJP, final], confirm: true }).expect(422);
    expect(res.body).toMatchObject({
      code: 'rule_violation',
      reason: 'judging.rounds_not_ready',
      params: {
        problems: [
          { reason: 'judging.national_round_not_ready', params: { country: 'JP', judges: 0, entries: 1 } },
          { reason: 'judging.final_not_ready', params: { judges: 0, entries: 0 } },
        ],
      },
      details: { roundIds: [roundJP, final] },
    });
    // the Thai round was ready, but nothing opens when one of the chosen rounds cannot
    expect(await statusOf(roundTH)).toBe('draft');
    await t.db.getRepository(Round).delete({ id: final });
  });

  it('asks for a confirmation while submissions are open, with the facts', async () => {
    const res = await openReady(organiser, competitionId, { roundIds: [roundTH] }).expect(409);
    expect(res.body).toMatchObject({ reason: 'judging.submissions_open', params: { closesAt: '2027-06-30T15:00:00.000Z', submitted: 1, entries: 1 } });
    expect(await statusOf(roundTH)).toBe('draft');
  });

  it('refuses bad input: no round, a round id that is no id, the same round twice', async () => {
    for (const body of [{ roundIds: [] }, { roundIds: ['TH'] }, { roundIds: [roundTH, roundTH] }, {}]) {
      const res = await openReady(organiser, competitionId, body).expect(400);
      expect(res.body).toMatchObject({ code: 'validation_failed', reason: 'common.validation_failed' });
      expect(res.body.fields.map((f: { field: string }) => f.field)).toEqual(['roundIds']);
    }
    await openReady(organiser, 'not-a-uuid', { roundIds: [roundTH] }).expect(400);
  });
});

describe('opening the rounds that are ready', () => {
  it("opens a coordinator's own round with its assignment: the judge has the entry in their queue at once", async () => {
    const res = await openReady(coordinatorTH, competitionId, { roundIds: [roundTH], confirm: true }).expect(200);
    expect(res.body.opened).toEqual([
      expect.objectContaining({
        roundId: roundTH,
        kind: 'national',
        countryCode: 'TH',
        entries: 1,
        assignment: expect.objectContaining({ total: 1, added: 1 }),
      }),
    ]);
    expect(await statusOf(roundTH)).toBe('open');
    const queue = (await judgeTH.client.get(`/api/judge/rounds/${roundTH}/queue`).expect(200)).body;
    expect(queue.items).toHaveLength(1);
    const audit = await t.db.getRepository(AuditEvent).find({ where: { subjectType: 'round', subjectId: roundTH } });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['round.opened', 'assignment.run']));
    // open now: asking again is refused, and it stays as it is
    const again = await openReady(organiser, competitionId, { roundIds: [roundTH], confirm: true }).expect(409);
    expect(again.body).toMatchObject({ reason: 'judging.round_already_open' });
  });

  it('opens without a confirmation once submissions have closed; then no round is left to open', async () => {
    const judgeJP = await judgeOn(t, roundJP, { countryCode: 'JP', name: 'Kenji Ready' });
    // the submission window closed an hour ago
    await t.db
      .getRepository(Competition)
      .update({ id: competitionId }, { submissionOpensAt: new Date('2026-12-01T00:00:00Z'), submissionClosesAt: new Date(T0.getTime() - 3600_000) });
    const preview = (await organiser.get(`/api/competitions/${competitionId}/rounds/open-ready`).expect(200)).body;
    expect(preview).toMatchObject({ submissionsOpen: false, rounds: [{ roundId: roundJP, judges: 1, entries: 1, ready: true }] });
    const res = await openReady(organiser, competitionId, { roundIds: [roundJP] }).expect(200);
    expect(res.body.opened).toEqual([expect.objectContaining({ roundId: roundJP, countryCode: 'JP', entries: 1 })]);
    expect((await judgeJP.client.get(`/api/judge/rounds/${roundJP}/queue`).expect(200)).body.items).toHaveLength(1);
    expect((await organiser.get(`/api/competitions/${competitionId}/rounds/open-ready`).expect(200)).body.rounds).toEqual([]);
  });
});
