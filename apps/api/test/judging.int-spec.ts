import { randomUUID } from 'node:crypto';
import { DEFAULT_RUBRIC } from '@clapper/domain/rubric';
import { makeCompetition } from './harness/factories.js';
import { AuditEvent } from '../src/audit/audit-event.entity.js';
import { Scorecard } from '../src/judging/scorecard.entity.js';
import { rubricIn } from '@clapper/domain/content-languages';
import { eligibleEntry, FULL, judgeOn, judgingSuite, school, WINDOW } from './judging-fixtures.js';

/** Rounds, panels, assignment and scoring against the real API and Postgres. */
const suite = judgingSuite();

async function nationalRound(o: Record<string, unknown> = {}): Promise<{ id: string }> {
  return (
    await suite.organiser
      .post('/api/rounds')
      .send({ competitionId: suite.competitionId, kind: 'national', countryCode: 'TH', ...WINDOW, judgesPerEntry: 2, ...o })
      .expect(201)
  ).body;
}

describe('rounds', () => {
  it('sets up a national round with the default rubric, reachable by its own coordinator only', async () => {
    const round = (
      await suite.coordinatorTH
        .post('/api/rounds')
        .send({ competitionId: suite.competitionId, kind: 'national', countryCode: 'TH', ...WINDOW })
        .expect(201)
    ).body;
    expect(round).toMatchObject({
      kind: 'national',
      countryCode: 'TH',
      status: 'draft',
      judgesPerEntry: 3,
      blind: true,
      showOtherScores: false,
      rubricFrozen: false,
    });
    expect(round.rubric.criteria.map((c: { key: string }) => c.key)).toEqual(['message', 'creativity', 'impact', 'production', 'rules']);
    expect(Object.values(round.weights as Record<string, number>).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    await suite.organiser.get(`/api/rounds/${round.id}`).expect(200);
    expect((await suite.coordinatorJP.get(`/api/rounds/${round.id}`).expect(404)).body.code).toBe('not_found');
    expect((await suite.coordinatorJP.get(`/api/rounds?competitionId=${suite.competitionId}`).expect(200)).body).toEqual([]);
    // one national round per country; the final is the organisers'
    expect(
      (
        await suite.organiser
          .post('/api/rounds')
          .send({ competitionId: suite.competitionId, kind: 'national', countryCode: 'TH', ...WINDOW })
          .expect(409)
      ).body,
    ).toMatchObject({ code: 'conflict', reason: 'judging.national_round_exists', params: { country: 'TH' }, message: expect.stringMatching(/for TH/) });
    expect(
      (
        await suite.coordinatorTH
          .post('/api/rounds')
          .send({ competitionId: suite.competitionId, kind: 'final', ...WINDOW })
          .expect(403)
      ).body,
    ).toMatchObject({ code: 'forbidden', reason: 'judging.final_organisers_only', params: {} });
    expect(
      (
        await suite.coordinatorTH
          .post('/api/rounds')
          .send({ competitionId: suite.competitionId, kind: 'national', countryCode: 'JP', ...WINDOW })
          .expect(403)
      ).body,
    ).toMatchObject({ code: 'forbidden', reason: 'judging.own_country_only', params: { country: 'JP' } });
  });

  it('refuses bad settings with reasons: a window that ends first, weights that are not positive, levels that do not match the scale', async () => {
    const bad = await suite.organiser
      .post('/api/rounds')
      .send({ competitionId: suite.competitionId, kind: 'national', countryCode: 'TH', opensAt: WINDOW.closesAt, closesAt: WINDOW.opensAt })
      .expect(400);
    expect(bad.body).toMatchObject({ code: 'validation_failed', reason: 'common.validation_failed', params: { fields: ['closesAt'] } });
    expect(bad.body.fields).toEqual([
      {
        field: 'closesAt',
        messages: ['The round must close after it opens.'],
        problems: [{ reason: 'judging.closes_before_opens', params: { opensAt: new Date(WINDOW.closesAt).toISOString() } }],
      },
    ]);
    const zeroWeight = structuredClone(DEFAULT_RUBRIC);
    zeroWeight.criteria[0].weight = 0;
    expect(
      (
        await suite.organiser
          .post('/api/rounds')
          .send({ competitionId: suite.competitionId, kind: 'national', countryCode: 'TH', ...WINDOW, rubric: zeroWeight })
          .expect(400)
      ).body.fields[0].field,
    ).toBe('rubric.criteria.0.weight');
    const levels = structuredClone(DEFAULT_RUBRIC);
    levels.criteria[1].scaleMax = 10;
    const res = await suite.organiser
      .post('/api/rounds')
      .send({ competitionId: suite.competitionId, kind: 'national', countryCode: 'TH', ...WINDOW, rubric: levels })
      .expect(400);
    expect(res.body.fields.map((f: { field: string }) => f.field)).toContain('rubric.criteria.1.levels');
    const vn = await suite.organiser
      .post('/api/rounds')
      .send({ competitionId: suite.competitionId, kind: 'national', countryCode: 'VN', ...WINDOW })
      .expect(400);
    expect(vn.body.fields).toEqual([
      {
        field: 'countryCode',
        messages: ['VN does not take part in this competition.'],
        problems: [{ reason: 'judging.country_not_participating', params: { country: 'VN' } }],
      },
    ]);
    await suite.organiser
      .post('/api/rounds')
      .send({ competitionId: suite.competitionId, kind: 'semi', ...WINDOW })
      .expect(400);
  });
});

describe('assignment and scoring', () => {
  it('assigns k judges per entry with balanced loads, never a judge to their own school, and lists what cannot be covered', async () => {
    const a = await school(suite.t, 'Alpha School');
    const b = await school(suite.t, 'Beta School');
    const entries = [];
    for (let i = 1; i <= 6; i++) entries.push(await eligibleEntry(suite.t, suite.competitionId, i, { schoolId: i <= 3 ? a : b }));
    await eligibleEntry(suite.t, suite.competitionId, 7, { schoolId: a, eligibility: 'pending' });
    const round = await nationalRound();
    const j1 = await judgeOn(suite.t, round.id, { schoolId: a, name: 'Judge One' });
    await judgeOn(suite.t, round.id, { name: 'Judge Two' });
    await judgeOn(suite.t, round.id, { name: 'Judge Three' });
    await suite.organiser.post(`/api/rounds/${round.id}/open`).send({ confirm: true }).expect(200);
    const run = (await suite.organiser.post(`/api/rounds/${round.id}/assignment`).expect(200)).body;
    expect(run).toMatchObject({ total: 12, added: 12, removed: 0, kept: 0, uncovered: [] });
    // Judge One may take only the three Beta entries, so the other two must share the other nine: 3, 4 and 5 is the
    // most even split the rules allow
    expect(run.loads.map((l: { assigned: number }) => l.assigned).sort()).toEqual([3, 4, 5]);
    const list = (await suite.coordinatorTH.get(`/api/rounds/${round.id}/assignments`).expect(200)).body;
    expect(list.entries.map((e: { code: string }) => e.code)).toEqual(['TH-0001', 'TH-0002', 'TH-0003', 'TH-0004', 'TH-0005', 'TH-0006']);
    for (const e of list.entries) {
      expect(e.judges).toHaveLength(2);
      if (['TH-0001', 'TH-0002', 'TH-0003'].includes(e.code)) expect(e.judges.map((j: { judgeId: string }) => j.judgeId)).not.toContain(j1.user.id);
    }
    // by hand, the same rule: Judge One may not take an Alpha School entry
    const alphaEntry = list.entries.find((e: { code: string }) => e.code === 'TH-0001');
    const refused = await suite.organiser
      .post(`/api/rounds/${round.id}/assignments`)
      .send({ roundEntryId: alphaEntry.roundEntryId, judgeId: j1.user.id })
      .expect(422);
    expect(refused.body).toMatchObject({
      code: 'rule_violation',
      reason: 'judging.own_school',
      params: { judge: 'Judge One', code: 'TH-0001' },
      message: expect.stringMatching(/Judge One cannot judge TH-0001: The judge belongs to one of this entry's schools/),
    });
    // k = 3 with three judges: Judge One can never cover the Alpha entries, and the answer says so
    await suite.organiser.patch(`/api/rounds/${round.id}`).send({ judgesPerEntry: 3 }).expect(200);
    const again = (await suite.organiser.post(`/api/rounds/${round.id}/assignment`).expect(200)).body;
    expect(again.uncovered.map((u: { code: string }) => u.code).sort()).toEqual(['TH-0001', 'TH-0002', 'TH-0003']);
    expect(again.uncovered[0]).toEqual({
      roundEntryId: expect.any(String),
      code: 'TH-0001',
      assigned: 2,
      needed: 3,
      reason: 'blocked',
      judges: 3,
      blocked: { declared: 0, sameSchool: 1, sameCountry: 0 },
    });
    // the coordinator of another country reaches none of it
    await suite.coordinatorJP.post(`/api/rounds/${round.id}/assignment`).expect(404);
    await suite.coordinatorJP.get(`/api/rounds/${round.id}/assignments`).expect(404);
  });

  it('shows a judge only their assigned entries, blind: no names, school, roster or contacts reach them', async () => {
    const a = await school(suite.t, 'Gamma School');
    for (let i = 1; i <= 4; i++) await eligibleEntry(suite.t, suite.competitionId, i, { schoolId: a });
    const round = await nationalRound({ judgesPerEntry: 1 });
    const judgeA = await judgeOn(suite.t, round.id, { name: 'Judge A' });
    const judgeB = await judgeOn(suite.t, round.id, { name: 'Judge B' });
    await suite.organiser.post(`/api/rounds/${round.id}/open`).send({ confirm: true }).expect(200);
    await suite.organiser.post(`/api/rounds/${round.id}/assignment`).expect(200);
    const queueA = (await judgeA.client.get(`/api/judge/rounds/${round.id}/queue`).expect(200)).body;
    const queueB = (await judgeB.client.get(`/api/judge/rounds/${round.id}/queue`).expect(200)).body;
    expect(queueA.items).toHaveLength(2);
    expect(queueB.items).toHaveLength(2);
    expect(queueA.round).toMatchObject({ assigned: 2, submitted: 0, status: 'open' });
    const mine = queueA.items[0].roundEntryId;
    const view = await judgeA.client.get(`/api/judge/rounds/${round.id}/entries/${mine}`).expect(200);
    expect(view.body).toMatchObject({
      code: queueA.items[0].code,
      entryCode: null,
      synopsisEnglish: 'A story about phishing.',
      countryCode: null,
      teamNames: [],
      lockedReason: null,
    });
    expect(view.body.code).toMatch(/^R1-\d{3}$/);
    expect(view.body.round).toMatchObject({ blind: true, showOtherScores: false, declared: false });
    // the queue follows the judge's declared languages
    expect(queueA.items.map((i: { languageMatch: boolean; hasEnglishSubtitles: boolean }) => [i.languageMatch, i.hasEnglishSubtitles])).toEqual([
      [false, false],
      [false, false],
    ]);
    await judgeA.client
      .put(`/api/judge/rounds/${round.id}/declaration`)
      .send({ languages: ['th', 'en'], conflictEntryCodes: [], conflictSchoolIds: [], conflictCountryCodes: [], note: '' })
      .expect(200);
    expect(
      (await judgeA.client.get(`/api/judge/rounds/${round.id}/queue`).expect(200)).body.items.map((i: { languageMatch: boolean }) => i.languageMatch),
    ).toEqual([true, true]);
    const text = JSON.stringify(view.body);
    for (const secret of ['Niran', 'Gamma School', 'Bangkok School', 'Somchai', 'somchai@example.org', '2011-03-04', 'ownerId', 'schoolId'])
      expect(text).not.toContain(secret);
    // judge B cannot reach judge A's entry, nor its scorecard
    await judgeB.client.get(`/api/judge/rounds/${round.id}/entries/${mine}`).expect(404);
    await judgeB.client.put(`/api/judge/rounds/${round.id}/entries/${mine}/scorecard`).send({ version: 0, scores: {} }).expect(404);
    // a judge of another round, and any other role, are kept out
    const other = await makeCompetition(suite.t, { countryCodes: ['SG'] });
    const otherRound = (
      await suite.organiser
        .post('/api/rounds')
        .send({ competitionId: other.id, kind: 'national', countryCode: 'SG', ...WINDOW })
        .expect(201)
    ).body;
    const outsider = await judgeOn(suite.t, otherRound.id);
    await outsider.client.get(`/api/judge/rounds/${round.id}/queue`).expect(404);
    await suite.coordinatorTH.get(`/api/judge/rounds/${round.id}/queue`).expect(403);
  });

  it('saves drafts with a version check, submits once per Idempotency-Key, freezes the rubric and locks at close', async () => {
    const s = await school(suite.t, 'Delta School');
    await eligibleEntry(suite.t, suite.competitionId, 1, { schoolId: s });
    await eligibleEntry(suite.t, suite.competitionId, 2, { schoolId: s });
    const round = await nationalRound({ judgesPerEntry: 1, showOtherScores: true });
    const judge = await judgeOn(suite.t, round.id);
    await suite.organiser.post(`/api/rounds/${round.id}/open`).send({ confirm: true }).expect(200);
    await suite.organiser.post(`/api/rounds/${round.id}/assignment`).expect(200);
    const [first, second] = (await judge.client.get(`/api/judge/rounds/${round.id}/queue`).expect(200)).body.items;
    const url = `/api/judge/rounds/${round.id}/entries/${first.roundEntryId}/scorecard`;

    const draft = (
      await judge.client
        .put(url)
        .send({ version: 0, scores: { message: 4 }, privateNote: 'strong start' })
        .expect(200)
    ).body;
    expect(draft).toMatchObject({ status: 'draft', version: 1, scores: { message: 4 }, total: null, editable: true });
    // a second tab still on version 0 loses, and is told the current values
    const stale = await judge.client
      .put(url)
      .send({ version: 0, scores: { message: 1 } })
      .expect(409);
    expect(stale.body).toMatchObject({ reason: 'scoring.stale_version', params: {}, details: { current: { version: 1, scores: { message: 4 } } } });
    // out of scale, unknown criterion
    const bad = await judge.client
      .put(url)
      .send({ version: 1, scores: { message: 9, colour: 2 } })
      .expect(400);
    expect(bad.body).toMatchObject({
      code: 'validation_failed',
      reason: 'scoring.scores_invalid',
      params: {
        problems: [
          { reason: 'scoring.score_out_of_scale', params: { criterion: 'message', min: 1, max: 5 } },
          { reason: 'scoring.unknown_criterion', params: { criterion: 'colour' } },
        ],
      },
    });
    // submitting with criteria missing names every one of them
    const incomplete = await judge.client
      .post(`${url}/submit`)
      .send({ version: 1, scores: { message: 4 } })
      .expect(400);
    expect(incomplete.body.reason).toBe('scoring.submit_incomplete');
    expect(incomplete.body.params.problems).toEqual(
      ['creativity', 'impact', 'production', 'rules'].map((criterion) => ({ reason: 'scoring.score_missing', params: { criterion } })),
    );

    const key = `submit-${randomUUID()}`;
    const body = { version: 1, scores: FULL, teamFeedback: 'Clear and memorable.' };
    const once = (await judge.client.post(`${url}/submit`).set('Idempotency-Key', key).send(body).expect(200)).body;
    const twice = (await judge.client.post(`${url}/submit`).set('Idempotency-Key', key).send(body).expect(200)).body;
    expect(once).toMatchObject({ status: 'submitted', version: 2, total: 100 });
    expect(twice).toEqual(once);
    const cardId = (await suite.t.db.getRepository(Scorecard).findOneByOrFail({ roundEntryId: first.roundEntryId })).id;
    const events = await suite.t.db.getRepository(AuditEvent).find({ where: { subjectType: 'scorecard', subjectId: cardId }, order: { id: 'ASC' } });
    expect(events.map((e) => e.action)).toEqual(['scorecard.saved', 'scorecard.submitted']);
    const reused = await judge.client
      .post(`${url}/submit`)
      .set('Idempotency-Key', key)
      .send({ ...body, teamFeedback: 'Other' })
      .expect(422);
    expect(reused.body).toMatchObject({ code: 'rule_violation', reason: 'scoring.idempotency_key_reused', params: {} });

    // stored exactly as entered
    const stored = await suite.t.db.getRepository(Scorecard).findOneByOrFail({ roundEntryId: first.roundEntryId, judgeId: judge.user.id });
    expect(stored.scores).toEqual(FULL);
    // the rubric is frozen now
    expect(
      (
        await suite.organiser
          .patch(`/api/rounds/${round.id}`)
          .send({ rubric: rubricIn(DEFAULT_RUBRIC, ['en', 'ja']) })
          .expect(409)
      ).body,
    ).toMatchObject({
      code: 'conflict',
      reason: 'judging.rubric_frozen',
      params: {},
    });
    // other judges' scores: only after one's own submission (none other here)
    expect((await judge.client.get(`/api/judge/rounds/${round.id}/entries/${first.roundEntryId}/other-scores`).expect(200)).body.items).toEqual([]);
    expect((await judge.client.get(`/api/judge/rounds/${round.id}/entries/${second.roundEntryId}/other-scores`).expect(403)).body).toMatchObject({
      code: 'forbidden',
      reason: 'scoring.own_scorecard_first',
    });

    // closing: refused while a scorecard is missing, unless forced; then everything is locked
    expect((await suite.organiser.post(`/api/rounds/${round.id}/close`).send({}).expect(409)).body).toMatchObject({
      code: 'conflict',
      reason: 'judging.scorecards_missing',
      params: { assigned: 2, submitted: 1, missing: 1, count: 1 },
      message: expect.stringMatching(/1 of 2 assigned scorecards are not submitted/),
    });
    const closed = (await suite.organiser.post(`/api/rounds/${round.id}/close`).send({ force: true }).expect(200)).body;
    expect(closed.status).toBe('closed');
    // a closed round stays closed: no change, no reopening, no new assignment
    for (const refused of [
      await suite.organiser.patch(`/api/rounds/${round.id}`).send({ judgesPerEntry: 2 }).expect(409),
      await suite.organiser.post(`/api/rounds/${round.id}/open`).send({ confirm: true }).expect(409),
      await suite.organiser.post(`/api/rounds/${round.id}/close`).send({ force: true }).expect(409),
      await suite.organiser.post(`/api/rounds/${round.id}/assignment`).expect(409),
    ])
      expect(refused.body).toMatchObject({ code: 'conflict', reason: 'judging.round_closed', params: {} });
    const locked = await judge.client.put(url).send({ version: 2, scores: FULL }).expect(409);
    expect(locked.body).toMatchObject({ code: 'conflict', reason: 'scoring.round_closed', params: { closesAt: WINDOW.closesAt.replace('Z', '.000Z') } });
    expect((await judge.client.get(`/api/judge/rounds/${round.id}/entries/${first.roundEntryId}`).expect(200)).body).toMatchObject({
      lockedReason: 'closed',
      scorecard: { editable: false, status: 'locked' },
    });
    expect((await suite.t.db.getRepository(Scorecard).findOneByOrFail({ roundEntryId: first.roundEntryId })).status).toBe('locked');
  });

  it('keeps submitted scorecards when a judge drops out and the assignment runs again', async () => {
    const s = await school(suite.t, 'Epsilon School');
    for (let i = 1; i <= 4; i++) await eligibleEntry(suite.t, suite.competitionId, i, { schoolId: s });
    const round = await nationalRound({ judgesPerEntry: 1 });
    const leaving = await judgeOn(suite.t, round.id, { name: 'Leaving' });
    const staying = await judgeOn(suite.t, round.id, { name: 'Staying' });
    await suite.organiser.post(`/api/rounds/${round.id}/open`).send({ confirm: true }).expect(200);
    await suite.organiser.post(`/api/rounds/${round.id}/assignment`).expect(200);
    const [done, open] = (await leaving.client.get(`/api/judge/rounds/${round.id}/queue`).expect(200)).body.items;
    await leaving.client.post(`/api/judge/rounds/${round.id}/entries/${done.roundEntryId}/scorecard/submit`).send({ version: 0, scores: FULL }).expect(200);
    await suite.organiser.delete(`/api/rounds/${round.id}/judges/${leaving.user.id}`).expect(204);
    await leaving.client.get(`/api/judge/rounds/${round.id}/queue`).expect(404);
    const run = (await suite.organiser.post(`/api/rounds/${round.id}/assignment`).expect(200)).body;
    expect(run.uncovered).toEqual([]);
    const list = (await suite.organiser.get(`/api/rounds/${round.id}/assignments`).expect(200)).body;
    const byId = new Map(list.entries.map((e: { roundEntryId: string }) => [e.roundEntryId, e]));
    expect((byId.get(done.roundEntryId) as { judges: { judgeId: string; scorecard: string }[] }).judges).toContainEqual(
      expect.objectContaining({ judgeId: leaving.user.id, scorecard: 'submitted' }),
    );
    expect((byId.get(open.roundEntryId) as { judges: { judgeId: string }[] }).judges.map((j) => j.judgeId)).toEqual([staying.user.id]);
  });
});
