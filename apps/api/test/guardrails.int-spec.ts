import { AuditEvent } from '../src/audit/audit-event.entity.js';
import { Competition } from '../src/competitions/competition.entity.js';
import { Category } from '../src/competitions/category.entity.js';
import { Round } from '../src/judging/round.entity.js';
import { eligibleEntry, FULL, judgeOn, judgingSuite, school, WINDOW } from './judging-fixtures.js';
import { scoredFinal } from './results-fixtures.js';

/**
 * The organisers' guardrails (issue 15 §3): each wrong step is refused with a reason and its facts, or goes ahead
 * only when the request confirms it.
 */
const suite = judgingSuite();
/** The fixtures' competition takes submissions until then (the suite's clock is at 2027-01-15). */
const SUBMISSIONS_CLOSE = '2027-06-30T15:00:00.000Z';

async function nationalRound(countryCode = 'TH') {
  return (
    await suite.organiser
      .post('/api/rounds')
      .send({ competitionId: suite.competitionId, kind: 'national', countryCode, ...WINDOW, judgesPerEntry: 1 })
      .expect(201)
  ).body as { id: string };
}

describe('opening a round', () => {
  it('is refused without judges, then without eligible entries, naming the country', async () => {
    const round = await nationalRound();
    const open = () => suite.organiser.post(`/api/rounds/${round.id}/open`).send({ confirm: true });
    expect((await open().expect(422)).body).toMatchObject({ code: 'rule_violation', reason: 'judging.no_judges', params: {} });
    await judgeOn(suite.t, round.id);
    // a submitted entry that screening has not found eligible yet does not count
    await eligibleEntry(suite.t, suite.competitionId, 1, { schoolId: await school(suite.t, 'Pending School'), eligibility: 'pending' });
    expect((await open().expect(422)).body).toMatchObject({ reason: 'judging.no_eligible_entries', params: { country: 'TH' } });
    expect((await suite.t.db.getRepository(Round).findOneByOrFail({ id: round.id })).status).toBe('draft');
  });

  it('refuses the final before any entry is promoted to it', async () => {
    const final = (
      await suite.organiser
        .post('/api/rounds')
        .send({ competitionId: suite.competitionId, kind: 'final', ...WINDOW })
        .expect(201)
    ).body as { id: string };
    await judgeOn(suite.t, final.id, { countryCode: 'SG' });
    expect((await suite.organiser.post(`/api/rounds/${final.id}/open`).send({ confirm: true }).expect(422)).body).toMatchObject({
      reason: 'judging.no_finalists',
      params: {},
    });
  });

  it('asks to confirm while submissions are open, saying when they close and how many entries are in, and opens when confirmed', async () => {
    const s = await school(suite.t, 'Early School');
    await eligibleEntry(suite.t, suite.competitionId, 1, { schoolId: s });
    await eligibleEntry(suite.t, suite.competitionId, 2, { schoolId: s });
    await eligibleEntry(suite.t, suite.competitionId, 3, { schoolId: s, eligibility: 'pending' });
    // a Japanese entry is not the Thai round's
    await eligibleEntry(suite.t, suite.competitionId, 4, { schoolId: await school(suite.t, 'Tokyo School', 'JP'), countryCode: 'JP' });
    const round = await nationalRound();
    await judgeOn(suite.t, round.id);
    for (const body of [{}, { confirm: false }]) {
      const asked = await suite.coordinatorTH.post(`/api/rounds/${round.id}/open`).send(body).expect(409);
      expect(asked.body).toMatchObject({
        code: 'conflict',
        reason: 'judging.submissions_open',
        params: { closesAt: SUBMISSIONS_CLOSE, submitted: 3, entries: 2, count: 2 },
      });
    }
    // nothing changed: still a draft, with no entries taken in
    const draft = (await suite.organiser.get(`/api/rounds/${round.id}`).expect(200)).body;
    expect(draft).toMatchObject({ status: 'draft', counts: { entries: 0 } });

    const opened = (await suite.coordinatorTH.post(`/api/rounds/${round.id}/open`).send({ confirm: true }).expect(200)).body;
    expect(opened).toMatchObject({ status: 'open', counts: { entries: 2 } });
    const audit = await suite.t.db.getRepository(AuditEvent).findOneByOrFail({ subjectId: round.id, action: 'round.opened' });
    expect(audit.after).toEqual({ status: 'open', entries: 2, confirmed: true });
  });

  it('opens without asking once submissions have closed', async () => {
    await eligibleEntry(suite.t, suite.competitionId, 1, { schoolId: await school(suite.t, 'Late School') });
    const round = await nationalRound();
    await judgeOn(suite.t, round.id);
    await suite.t.db.getRepository(Competition).update({ id: suite.competitionId }, { submissionClosesAt: new Date('2027-01-14T15:00:00Z') });
    expect((await suite.organiser.post(`/api/rounds/${round.id}/open`).expect(200)).body.status).toBe('open');
  });

  it('rejects a confirmation that is not a boolean', async () => {
    const round = await nationalRound();
    const bad = await suite.organiser.post(`/api/rounds/${round.id}/open`).send({ confirm: 'yes' }).expect(400);
    expect(bad.body.fields).toEqual([expect.objectContaining({ field: 'confirm' })]);
  });
});

describe('closing a round with scorecards not submitted', () => {
  it('names how many are missing and the judges behind, and closes only when forced', async () => {
    const s = await school(suite.t, 'Closing School');
    for (let i = 1; i <= 3; i++) await eligibleEntry(suite.t, suite.competitionId, i, { schoolId: s });
    const round = await nationalRound();
    const done = await judgeOn(suite.t, round.id, { name: 'Anong Done' });
    await judgeOn(suite.t, round.id, { name: 'Somchai Behind' });
    await judgeOn(suite.t, round.id, { name: 'Malee Behind' });
    await suite.organiser.post(`/api/rounds/${round.id}/open`).send({ confirm: true }).expect(200);
    await suite.organiser.post(`/api/rounds/${round.id}/assignment`).expect(200);
    for (const item of (await done.client.get(`/api/judge/rounds/${round.id}/queue`).expect(200)).body.items as { roundEntryId: string }[])
      await done.client.post(`/api/judge/rounds/${round.id}/entries/${item.roundEntryId}/scorecard/submit`).send({ version: 0, scores: FULL }).expect(200);

    const refused = await suite.organiser.post(`/api/rounds/${round.id}/close`).send({}).expect(409);
    expect(refused.body).toMatchObject({
      reason: 'judging.scorecards_missing',
      params: { assigned: 3, submitted: 1, missing: 2, count: 2, judges: ['Malee Behind', 'Somchai Behind'], judgesBehind: 2 },
    });
    expect((await suite.organiser.post(`/api/rounds/${round.id}/close`).send({ force: true }).expect(200)).body.status).toBe('closed');
  });
});

describe('setting a competition back to draft', () => {
  it('is refused while it has entries, with the counts, and allowed while it has none', async () => {
    const patch = () => suite.organiser.patch(`/api/competitions/${suite.competitionId}`).send({ status: 'draft' });
    // no entry, no round: nothing to hide from anyone
    expect((await patch().expect(200)).body.status).toBe('draft');
    await suite.organiser.patch(`/api/competitions/${suite.competitionId}`).send({ status: 'published', confirmGaps: true }).expect(200);

    await eligibleEntry(suite.t, suite.competitionId, 1, { schoolId: await school(suite.t, 'Draft School') });
    const round = await nationalRound();
    await judgeOn(suite.t, round.id);
    await suite.organiser.post(`/api/rounds/${round.id}/open`).send({ confirm: true }).expect(200);
    const refused = await patch().expect(409);
    expect(refused.body).toMatchObject({ code: 'conflict', reason: 'competitions.draft_not_allowed', params: { entries: 1, openRounds: 1 } });
    expect((await suite.t.db.getRepository(Competition).findOneByOrFail({ id: suite.competitionId })).status).toBe('published');
    // other changes in the same request do not slip through
    await suite.organiser
      .patch(`/api/competitions/${suite.competitionId}`)
      .send({ status: 'draft', name: { en: 'Renamed' } })
      .expect(409);
    expect((await suite.t.db.getRepository(Competition).findOneByOrFail({ id: suite.competitionId })).name.en).toBe('Test Competition');
  });
});

describe('removing a category', () => {
  it('is refused while entries belong to it, alone or in the whole list', async () => {
    const category = await suite.t.db.getRepository(Category).findOneByOrFail({ competitionId: suite.competitionId });
    await eligibleEntry(suite.t, suite.competitionId, 1, { schoolId: await school(suite.t, 'Category School') });
    const one = await suite.organiser.delete(`/api/competitions/${suite.competitionId}/categories/${category.id}`).expect(409);
    expect(one.body).toMatchObject({ reason: 'competitions.category_has_entries', params: { count: 1 } });
    const all = await suite.organiser
      .put(`/api/competitions/${suite.competitionId}/categories`)
      .send({ categories: [{ name: { en: 'Ages 18–25' }, minAge: 18, maxAge: 25 }] })
      .expect(409);
    expect(all.body).toMatchObject({ reason: 'competitions.category_has_entries', params: { count: 1 } });
    expect(await suite.t.db.getRepository(Category).countBy({ competitionId: suite.competitionId })).toBe(1);
  });
});

describe('sealing and publishing with an award left undecided', () => {
  /** TH-0100 (5,5,4) > JP-0101 (4,4,4) = SG-0102 (4,4,4) > TH-0103 (3,3,2): the runner-up's cut falls inside the tie */
  async function tiedFinal() {
    const final = await scoredFinal(suite.t, suite.competitionId, [
      { countryCode: 'TH', scores: [5, 5, 4] },
      { countryCode: 'JP', scores: [4, 4, 4] },
      { countryCode: 'SG', scores: [4, 4, 4] },
      { countryCode: 'TH', scores: [3, 3, 2] },
    ]);
    const post = (body: object) => suite.organiser.post(`/api/competitions/${suite.competitionId}/awards`).send(body).expect(201);
    await post({ kind: 'grand_prize', name: { en: 'Grand Prize', ja: 'グランプリ' }, position: 1 });
    await post({ kind: 'runner_up', name: { en: 'Runner-up', ja: '準グランプリ' }, position: 2 });
    await post({ kind: 'country_best', name: { en: 'Best of the country' }, position: 3 });
    return final;
  }

  it('says in words why each award is undecided: the tied entries, and the country whose only finalist already won', async () => {
    await tiedFinal();
    const overview = (await suite.organiser.get(`/api/competitions/${suite.competitionId}/awards`).expect(200)).body;
    const [, runnerUp, countryBest] = overview.awards;
    expect(runnerUp.undecided).toEqual([{ countryCode: null, reason: 'tie_at_cut', params: { place: 1, codes: ['JP-0101', 'SG-0102'] } }]);
    // JP's only finalist takes the runner-up place (JP-0101 comes first in the unresolved tie)
    expect(countryBest.undecided).toEqual([{ countryCode: 'JP', reason: 'already_won', params: { codes: ['JP-0101'], count: 1, awardIds: [runnerUp.id] } }]);
  });

  it('refuses to seal, naming the award, until the tie is decided by hand; and refuses to publish results sealed with it', async () => {
    await tiedFinal();
    const url = `/api/competitions/${suite.competitionId}`;
    const assigned = (await suite.organiser.post(`${url}/awards/assign`).expect(200)).body;
    const runnerUp = assigned.awards[1];
    const refused = await suite.organiser.post(`${url}/results/seal`).expect(409);
    expect(refused.body).toMatchObject({ reason: 'results.not_ready' });
    expect(refused.body.params.problems).toEqual([
      { reason: 'results.awards_undecided', params: { awards: [{ en: 'Runner-up', ja: '準グランプリ' }], awardIds: [runnerUp.id] } },
    ]);
    expect(assigned.publication.blockers).toEqual(refused.body.params.problems);

    // results sealed before this check existed: publishing asks the same
    await suite.t.db.getRepository(Competition).update({ id: suite.competitionId }, { resultsSealedAt: new Date('2027-01-15T00:00:00Z') });
    const publish = await suite.organiser.post(`${url}/results/publish`).expect(409);
    expect(publish.body).toMatchObject({
      code: 'conflict',
      reason: 'results.awards_undecided',
      params: { awards: [{ en: 'Runner-up', ja: '準グランプリ' }], awardIds: [runnerUp.id] },
    });
    expect((await suite.t.db.getRepository(Competition).findOneByOrFail({ id: suite.competitionId })).resultsPublishedAt).toBeNull();
    await suite.organiser.post(`${url}/results/unseal`).expect(200);

    // the organisers choose the runner-up by hand: decided, so sealing and publishing go ahead
    const final = (await suite.organiser.get(`/api/rounds/${assigned.publication.finalRoundId}/results`).expect(200)).body;
    const sgEntry = final.entries.find((e: { code: string }) => e.code === 'SG-0102');
    await suite.organiser
      .put(`/api/awards/${runnerUp.id}/winners`)
      .send({ winners: [{ entryId: sgEntry.entryId, place: 1 }], reason: 'The jury preferred its message.' })
      .expect(200);
    expect((await suite.organiser.post(`${url}/results/seal`).expect(200)).body.publication.state).toBe('sealed');
    expect((await suite.organiser.post(`${url}/results/publish`).send({ confirmGaps: true }).expect(200)).body.publication.state).toBe('published');
  });
});
