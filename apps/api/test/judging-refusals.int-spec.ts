import { randomUUID } from 'node:crypto';
import { RoundEntry } from '../src/judging/round-entry.entity.js';
import { eligibleEntry, FULL, judgeOn, judgingSuite, school, WINDOW } from './judging-fixtures.js';

/**
 * The refusals of setting up and running rounds, each with its reason and the facts its message needs (the web words
 * them in the reader's language). Promotion's are in judging-oversight.int-spec.ts.
 */
const suite = judgingSuite();

const declare = (over: Record<string, unknown> = {}) => ({
  languages: ['en'],
  conflictEntryCodes: [],
  conflictSchoolIds: [],
  conflictCountryCodes: [],
  note: '',
  ...over,
});

describe("a round's setup and life cycle", () => {
  it('refuses a round for no competition, a final that names a country, a second final, and a quota on a national round', async () => {
    const unknown = await suite.organiser
      .post('/api/rounds')
      .send({ competitionId: randomUUID(), kind: 'final', ...WINDOW })
      .expect(400);
    expect(unknown.body.fields).toEqual([
      { field: 'competitionId', messages: ['Choose an existing competition.'], problems: [{ reason: 'judging.competition_unknown', params: {} }] },
    ]);
    const named = await suite.organiser
      .post('/api/rounds')
      .send({ competitionId: suite.competitionId, kind: 'final', countryCode: 'TH', ...WINDOW })
      .expect(400);
    expect(named.body.fields).toEqual([expect.objectContaining({ field: 'countryCode', problems: [{ reason: 'judging.final_has_no_country', params: {} }] })]);
    const noCountry = await suite.organiser
      .post('/api/rounds')
      .send({ competitionId: suite.competitionId, kind: 'national', ...WINDOW })
      .expect(400);
    expect(noCountry.body.fields).toEqual([expect.objectContaining({ field: 'countryCode', problems: [{ reason: 'field.required', params: {} }] })]);
    await suite.organiser
      .post('/api/rounds')
      .send({ competitionId: suite.competitionId, kind: 'final', ...WINDOW })
      .expect(201);
    expect(
      (
        await suite.organiser
          .post('/api/rounds')
          .send({ competitionId: suite.competitionId, kind: 'final', ...WINDOW })
          .expect(409)
      ).body,
    ).toMatchObject({ code: 'conflict', reason: 'judging.final_exists', params: {} });
    const national = (
      await suite.coordinatorTH
        .post('/api/rounds')
        .send({ competitionId: suite.competitionId, kind: 'national', countryCode: 'TH', ...WINDOW })
        .expect(201)
    ).body;
    const quota = await suite.coordinatorTH.patch(`/api/rounds/${national.id}`).send({ countryQuota: 2 }).expect(400);
    expect(quota.body.fields).toEqual([expect.objectContaining({ field: 'countryQuota', problems: [{ reason: 'judging.quota_final_only', params: {} }] })]);
  });

  it('opens a draft round once and closes an open one only', async () => {
    const round = (
      await suite.coordinatorTH
        .post('/api/rounds')
        .send({ competitionId: suite.competitionId, kind: 'national', countryCode: 'TH', ...WINDOW })
        .expect(201)
    ).body;
    expect((await suite.coordinatorTH.post(`/api/rounds/${round.id}/close`).send({}).expect(409)).body).toMatchObject({
      code: 'conflict',
      reason: 'judging.round_not_open',
      params: {},
    });
    await eligibleEntry(suite.t, suite.competitionId, 1, { schoolId: await school(suite.t, 'Opening School') });
    await judgeOn(suite.t, round.id);
    await suite.coordinatorTH.post(`/api/rounds/${round.id}/open`).send({ confirm: true }).expect(200);
    expect((await suite.coordinatorTH.post(`/api/rounds/${round.id}/open`).send({ confirm: true }).expect(409)).body).toMatchObject({
      code: 'conflict',
      reason: 'judging.round_already_open',
      params: {},
    });
  });
});

describe('assignment by hand', () => {
  it('names the rule a judge added by hand would break, the judge and the entry; keeps submitted work; and locks all of it once closed', async () => {
    const s = await school(suite.t, 'Rules School');
    const other = await school(suite.t, 'Other School');
    const entries = [];
    for (let i = 1; i <= 4; i++) entries.push(await eligibleEntry(suite.t, suite.competitionId, i, { schoolId: i === 2 ? other : s }));
    const round = (
      await suite.organiser
        .post('/api/rounds')
        .send({ competitionId: suite.competitionId, kind: 'national', countryCode: 'TH', ...WINDOW, judgesPerEntry: 1 })
        .expect(201)
    ).body;
    const scorer = await judgeOn(suite.t, round.id, { name: 'Judge Scorer' });
    const declarer = await judgeOn(suite.t, round.id, { name: 'Judge Declarer' });
    await suite.organiser.post(`/api/rounds/${round.id}/open`).send({ confirm: true }).expect(200);
    await declarer.client
      .put(`/api/judge/rounds/${round.id}/declaration`)
      .send(declare({ conflictEntryCodes: ['TH-0001'], conflictSchoolIds: [other] }))
      .expect(200);
    await suite.organiser.post(`/api/rounds/${round.id}/assignment`).expect(200);
    const list = (await suite.organiser.get(`/api/rounds/${round.id}/assignments`).expect(200)).body;
    const byCode = new Map<string, { roundEntryId: string; judges: { assignmentId: string; judgeId: string }[] }>(
      list.entries.map((e: { code: string }) => [e.code, e]),
    );
    const add = (code: string, judgeId: string) =>
      suite.organiser.post(`/api/rounds/${round.id}/assignments`).send({ roundEntryId: byCode.get(code)!.roundEntryId, judgeId });

    expect((await add('TH-0001', declarer.user.id).expect(422)).body).toMatchObject({
      code: 'rule_violation',
      reason: 'judging.declared_conflict_entry',
      params: { judge: 'Judge Declarer', code: 'TH-0001' },
    });
    expect((await add('TH-0002', declarer.user.id).expect(422)).body).toMatchObject({
      reason: 'judging.declared_conflict_school',
      params: { judge: 'Judge Declarer', code: 'TH-0002' },
    });
    const th1 = byCode.get('TH-0001')!;
    const onTh1 = th1.judges[0];
    expect(onTh1.judgeId).toBe(scorer.user.id);
    expect((await add('TH-0001', scorer.user.id).expect(409)).body).toMatchObject({
      code: 'conflict',
      reason: 'judging.already_assigned',
      params: { judge: 'Judge Scorer', code: 'TH-0001' },
    });
    // the scorer submits TH-0001: that assignment stays
    await scorer.client.post(`/api/judge/rounds/${round.id}/entries/${th1.roundEntryId}/scorecard/submit`).send({ version: 0, scores: FULL }).expect(200);
    expect((await suite.organiser.delete(`/api/rounds/${round.id}/assignments/${onTh1.assignmentId}`).expect(409)).body).toMatchObject({
      code: 'conflict',
      reason: 'judging.scorecard_submitted',
      params: { judge: 'Judge Scorer', code: 'TH-0001' },
    });

    // the declaration of a country keeps the judge off all its entries
    await declarer.client
      .put(`/api/judge/rounds/${round.id}/declaration`)
      .send(declare({ conflictCountryCodes: ['TH'] }))
      .expect(200);
    expect((await add('TH-0003', declarer.user.id).expect(422)).body).toMatchObject({
      reason: 'judging.declared_conflict_country',
      params: { judge: 'Judge Declarer', code: 'TH-0003' },
    });

    // once closed: the panel, the declarations and the assignments are locked
    await suite.organiser.post(`/api/rounds/${round.id}/close`).send({ force: true }).expect(200);
    const closed = [
      await add('TH-0004', scorer.user.id).expect(409),
      await suite.organiser.delete(`/api/rounds/${round.id}/assignments/${onTh1.assignmentId}`).expect(409),
      await suite.organiser.delete(`/api/rounds/${round.id}/judges/${declarer.user.id}`).expect(409),
      await declarer.client.put(`/api/judge/rounds/${round.id}/declaration`).send(declare()).expect(409),
    ];
    for (const res of closed) expect(res.body).toMatchObject({ code: 'conflict', reason: 'judging.round_closed', params: {} });
  });

  it("refuses a judge from the entry's own school, and in the final a judge from the entry's own country", async () => {
    const own = await school(suite.t, 'Own School');
    const entry = await eligibleEntry(suite.t, suite.competitionId, 1, { schoolId: own });
    const addTo = async (roundId: string, judgeId: string) => {
      const list = (await suite.organiser.get(`/api/rounds/${roundId}/assignments`).expect(200)).body;
      const { roundEntryId } = list.entries.find((e: { code: string }) => e.code === 'TH-0001');
      return suite.organiser.post(`/api/rounds/${roundId}/assignments`).send({ roundEntryId, judgeId });
    };

    const national = (
      await suite.organiser
        .post('/api/rounds')
        .send({ competitionId: suite.competitionId, kind: 'national', countryCode: 'TH', ...WINDOW, judgesPerEntry: 1 })
        .expect(201)
    ).body;
    const colleague = await judgeOn(suite.t, national.id, { name: 'Judge Colleague', schoolId: own });
    const thaiOnNational = await judgeOn(suite.t, national.id, { name: 'Judge Thai National' });
    await suite.organiser.post(`/api/rounds/${national.id}/open`).send({ confirm: true }).expect(200);
    await suite.organiser.post(`/api/rounds/${national.id}/assignment`).expect(200);
    expect((await addTo(national.id, colleague.user.id)).body).toMatchObject({
      statusCode: 422,
      code: 'rule_violation',
      reason: 'judging.own_school',
      params: { judge: 'Judge Colleague', code: 'TH-0001' },
    });
    // a national round has judges of its own country: that is no rule broken (the judge already holds the entry)
    expect((await addTo(national.id, thaiOnNational.user.id)).body).toMatchObject({ reason: 'judging.already_assigned' });

    const final = (
      await suite.organiser
        .post('/api/rounds')
        .send({ competitionId: suite.competitionId, kind: 'final', ...WINDOW, judgesPerEntry: 1, countryQuota: 1 })
        .expect(201)
    ).body;
    await suite.t.db.getRepository(RoundEntry).insert({ roundId: final.id, entryId: entry.id });
    const thai = await judgeOn(suite.t, final.id, { name: 'Judge Thai', countryCode: 'TH' });
    await judgeOn(suite.t, final.id, { name: 'Judge Singapore', countryCode: 'SG' });
    await suite.organiser.post(`/api/rounds/${final.id}/open`).send({ confirm: true }).expect(200);
    await suite.organiser.post(`/api/rounds/${final.id}/assignment`).expect(200);
    expect((await addTo(final.id, thai.user.id)).body).toMatchObject({
      statusCode: 422,
      code: 'rule_violation',
      reason: 'judging.own_country',
      params: { judge: 'Judge Thai', code: 'TH-0001' },
    });
  });
});
