import { DEFAULT_RUBRIC } from '@clapper/domain/rubric';
import { eligibleEntry, FULL, judgeOn, judgingSuite, school, WINDOW } from './judging-fixtures.js';

/**
 * The scoring refusals not reached by judging.int-spec.ts, each with its reason and the facts its message needs: a
 * round not open yet, a score that is not one of the levels, other judges' scores in a round that hides them, a
 * malformed Idempotency-Key, and a rubric's problems naming the criterion by its place in the list.
 */
const suite = judgingSuite();

async function assignedRound(o: Record<string, unknown> = {}) {
  const s = await school(suite.t, 'Scoring School');
  await eligibleEntry(suite.t, suite.competitionId, 1, { schoolId: s });
  const round = (
    await suite.organiser
      .post('/api/rounds')
      .send({ competitionId: suite.competitionId, kind: 'national', countryCode: 'TH', ...WINDOW, judgesPerEntry: 1, ...o })
      .expect(201)
  ).body as { id: string };
  const judge = await judgeOn(suite.t, round.id);
  await suite.organiser.post(`/api/rounds/${round.id}/open`).send({ confirm: true }).expect(200);
  await suite.organiser.post(`/api/rounds/${round.id}/assignment`).expect(200);
  const [item] = (await judge.client.get(`/api/judge/rounds/${round.id}/queue`).expect(200)).body.items as { roundEntryId: string }[];
  return { round, judge, base: `/api/judge/rounds/${round.id}/entries/${item.roundEntryId}` };
}

describe('scoring refusals', () => {
  it('refuses a score that is not one of the levels, naming the criterion by its key and the scale', async () => {
    const { judge, base } = await assignedRound();
    const res = await judge.client
      .put(`${base}/scorecard`)
      .send({ version: 0, scores: { impact: 2.5 } })
      .expect(400);
    expect(res.body).toMatchObject({
      code: 'validation_failed',
      reason: 'scoring.scores_invalid',
      params: { problems: [{ reason: 'scoring.score_not_integer', params: { criterion: 'impact', min: 1, max: 5 } }] },
    });
  });

  it('refuses scores before judging opens, with the time it opens', async () => {
    const { judge, base } = await assignedRound();
    suite.t.clock.set('2026-12-31T00:00:00Z');
    const res = await judge.client.put(`${base}/scorecard`).send({ version: 0, scores: FULL }).expect(409);
    expect(res.body).toMatchObject({ code: 'conflict', reason: 'scoring.round_not_open', params: { opensAt: '2027-01-01T00:00:00.000Z' } });
  });

  it("refuses other judges' scores in a round that does not show them, even after the judge's own submission", async () => {
    const { judge, base } = await assignedRound({ showOtherScores: false });
    await judge.client.post(`${base}/scorecard/submit`).send({ version: 0, scores: FULL }).expect(200);
    const res = await judge.client.get(`${base}/other-scores`).expect(403);
    expect(res.body).toMatchObject({ code: 'forbidden', reason: 'scoring.other_scores_hidden', params: {} });
  });

  it('refuses a malformed Idempotency-Key as a problem of that header, and saves nothing', async () => {
    const { judge, base } = await assignedRound();
    const res = await judge.client.post(`${base}/scorecard/submit`).set('Idempotency-Key', 'short').send({ version: 0, scores: FULL }).expect(400);
    expect(res.body).toMatchObject({
      code: 'validation_failed',
      reason: 'common.validation_failed',
      fields: [{ field: 'Idempotency-Key', problems: [{ reason: 'field.bad_format', params: {} }] }],
    });
    expect((await judge.client.get(base).expect(200)).body.scorecard).toMatchObject({ status: 'none', version: 0 });
  });

  it("refuses a rubric's problems field by field, naming each criterion by its place in the list", async () => {
    const rubric = structuredClone(DEFAULT_RUBRIC);
    rubric.criteria[0].scaleMax = 4;
    rubric.criteria[1].key = rubric.criteria[0].key;
    const res = await suite.organiser
      .post('/api/rounds')
      .send({ competitionId: suite.competitionId, kind: 'national', countryCode: 'TH', ...WINDOW, rubric })
      .expect(400);
    expect(res.body).toMatchObject({ code: 'validation_failed', reason: 'common.validation_failed' });
    expect(res.body.fields).toEqual([
      { field: 'rubric.criteria.0.levels', messages: [expect.any(String)], problems: [{ reason: 'scoring.rubric_levels_mismatch', params: { position: 1 } }] },
      { field: 'rubric.criteria.1.key', messages: [expect.any(String)], problems: [{ reason: 'scoring.rubric_duplicate_key', params: { position: 2 } }] },
    ]);
  });
});
