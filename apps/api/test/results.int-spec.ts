import { clientAs } from './harness/factories.js';
import { judgingSuite } from './judging-fixtures.js';
import { scoredFinal } from './results-fixtures.js';
import { AuditEvent } from '../src/audit/audit-event.entity.js';
import { Category } from '../src/competitions/category.entity.js';
import { Competition } from '../src/competitions/competition.entity.js';
import { Round } from '../src/judging/round.entity.js';
import { User } from '../src/accounts/user.entity.js';
import { sessionFor } from './harness/factories.js';
import { execFileSync } from 'node:child_process';
import { In } from 'typeorm';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const binary = (r: import('superagent').Response & { body: unknown }, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  (r as unknown as NodeJS.ReadableStream).on('data', (c: Buffer) => chunks.push(c));
  (r as unknown as NodeJS.ReadableStream).on('end', () => cb(null, Buffer.concat(chunks)));
};
const pdfText = (pdf: Buffer): string => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'cert-')), 'c.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-']).toString('utf8');
};

const s = judgingSuite();

/** The request is refused with this status and reason. */
async function expectReason(req: import('supertest').Test, status: number, reason: string) {
  const res = await req.expect(status);
  expect(res.body.reason).toBe(reason);
  return res.body as { reason: string; params: Record<string, unknown>; fields?: { field: string; problems: unknown[] }[] };
}

/** TH-0100 (5,5,4) > JP-0101 (4,4,4) = SG-0102 (4,4,4) > TH-0103 (3,3,2) */
async function standardFinal(o: { status?: 'open' | 'closed' } = {}) {
  return scoredFinal(
    s.t,
    s.competitionId,
    [
      { countryCode: 'TH', scores: [5, 5, 4], feedback: 'Strong message' },
      { countryCode: 'JP', scores: [4, 4, 4] },
      { countryCode: 'SG', scores: [4, 4, 4] },
      { countryCode: 'TH', scores: [3, 3, 2] },
    ],
    o,
  );
}

const ownerOf = async (entryOwnerId: string) => s.t.as(await sessionFor(s.t, await s.t.db.getRepository(User).findOneByOrFail({ id: entryOwnerId })));

/**
 * The organisers settle the standard final's tie (JP-0101 before SG-0102, the order the results already show), so
 * the runner-up is decided and the results can be sealed.
 */
async function settleTie(roundId: string, entries: { id: string }[]) {
  await s.organiser
    .post(`/api/rounds/${roundId}/tie-decisions`)
    .send({ entryIds: [entries[1].id, entries[2].id], reason: 'The jury preferred its message.' })
    .expect(200);
}

async function defineAwards() {
  const post = (body: object) => s.organiser.post(`/api/competitions/${s.competitionId}/awards`).send(body).expect(201);
  await post({ kind: 'grand_prize', name: { en: 'Grand Prize', ja: 'グランプリ' }, position: 1 });
  await post({ kind: 'runner_up', name: { en: 'Runner-up' }, position: 2 });
  await post({ kind: 'country_best', name: { en: 'Best of the country' }, position: 3 });
  return (await s.organiser.get(`/api/competitions/${s.competitionId}/awards`).expect(200)).body;
}

describe('round results', () => {
  it('ranks by the mean of weighted totals, shows the options used, and ranks per country and category', async () => {
    const { round, entries } = await standardFinal();
    const body = (await s.organiser.get(`/api/rounds/${round.id}/results`).expect(200)).body;
    expect(body.options).toEqual({ aggregation: 'auto', trimmed: false, tieBreaks: [{ kind: 'first_places' }, { kind: 'organiser' }], audienceWeight: 0 });
    // every judge scored every entry: the default is the mean, and the method says why
    expect(body.method).toEqual({
      aggregation: 'mean',
      aggregationReason: 'complete_panels',
      parts: [],
      trimmedFrom: null,
      audienceShare: 0,
      tieBreaks: [{ kind: 'first_places' }, { kind: 'organiser' }],
    });
    expect(body.judges).toEqual([]);
    expect(body.entries.map((e: { code: string; rank: number }) => [e.code, e.rank])).toEqual([
      ['TH-0100', 1],
      ['JP-0101', 2],
      ['SG-0102', 2],
      ['TH-0103', 4],
    ]);
    expect(body.entries[0].score).toBeCloseTo((100 + 100 + 75) / 3, 6);
    expect(body.entries[1]).toMatchObject({ decidedBy: 'unresolved', tiedWith: ['SG-0102'], title: 'Phish story 101' });
    const th = body.byCountry.find((g: { key: string }) => g.key === 'TH');
    expect(th.entries.map((e: { entryId: string; rank: number }) => [e.entryId, e.rank])).toEqual([
      [entries[0].id, 1],
      [entries[3].id, 2],
    ]);
    expect(body.byCategory).toHaveLength(1);
  });

  it('lets organisers set the aggregation (confirmed once scorecards are in) and a tie-break chain, and refuses each bad step of the chain with its reason', async () => {
    const { round } = await standardFinal();
    const bad = await s.organiser
      .put(`/api/rounds/${round.id}/result-options`)
      .send({ aggregation: 'zscore', trimmed: false, tieBreaks: [{ kind: 'criterion', criterion: 'nope' }] })
      .expect(400);
    expect(bad.body.message).toMatch(/nope/);
    expect(bad.body).toMatchObject({ reason: 'common.validation_failed', params: { fields: ['tieBreaks.0'] } });
    expect(bad.body.fields[0].problems).toEqual([
      { reason: 'field.not_one_of', params: { allowed: ['message', 'creativity', 'impact', 'production', 'rules'] } },
    ]);
    const chain = await s.organiser
      .put(`/api/rounds/${round.id}/result-options`)
      .send({ aggregation: 'mean', trimmed: false, tieBreaks: [{ kind: 'organiser' }, { kind: 'first_places' }, { kind: 'first_places' }] })
      .expect(400);
    expect(chain.body.fields).toEqual([
      {
        field: 'tieBreaks.0',
        messages: [expect.stringMatching(/must come last/)],
        problems: [{ reason: 'results.organiser_not_last', params: { position: 1 } }],
      },
      {
        field: 'tieBreaks.2',
        messages: [expect.stringMatching(/repeats tie-break 2/)],
        problems: [{ reason: 'results.tie_break_repeated', params: { position: 3, earlier: 2 } }],
      },
    ]);
    // the judges have submitted their scorecards: changing the aggregation needs a confirmation
    const wanted = { aggregation: 'zscore', trimmed: true, tieBreaks: [{ kind: 'criterion', criterion: 'creativity' }, { kind: 'organiser' }] };
    const unconfirmed = await expectReason(s.organiser.put(`/api/rounds/${round.id}/result-options`).send(wanted), 409, 'results.aggregation_unconfirmed');
    expect(unconfirmed.params).toEqual({ scorecards: 12 });
    expect((await s.t.db.getRepository(Round).findOneByOrFail({ id: round.id })).aggregation).toBe('auto');
    const ok = (
      await s.organiser
        .put(`/api/rounds/${round.id}/result-options`)
        .send({ ...wanted, confirmAggregationChange: true })
        .expect(200)
    ).body;
    expect(ok.options).toMatchObject({ aggregation: 'zscore', trimmed: true });
    const audit = await s.t.db.getRepository(AuditEvent).findOneByOrFail({ action: 'results.options_set', subjectId: round.id });
    expect(audit.before).toMatchObject({ aggregation: 'auto' });
    expect(audit.after).toMatchObject({ aggregation: 'zscore', aggregationChangedAfterScorecards: 12 });
    expect(ok.method).toEqual({
      aggregation: 'zscore',
      aggregationReason: 'chosen',
      parts: [],
      trimmedFrom: 5,
      audienceShare: 0,
      tieBreaks: [{ kind: 'criterion', criterion: 'creativity', criterionName: expect.objectContaining({ en: 'Creativity' }) }, { kind: 'organiser' }],
    });
    const stored = await s.t.db.getRepository(Round).findOneByOrFail({ id: round.id });
    expect(stored.tieBreaks).toEqual([{ kind: 'criterion', criterion: 'creativity' }, { kind: 'organiser' }]);
    const unknown = await s.organiser
      .put(`/api/rounds/${round.id}/result-options`)
      .send({ ...wanted, aggregation: 'median' })
      .expect(400);
    expect(unknown.body).toMatchObject({ reason: 'common.validation_failed', params: { fields: ['aggregation'] } });
    expect(unknown.body.fields[0].problems).toEqual([{ reason: 'field.not_one_of', params: { allowed: ['auto', 'mean', 'zscore', 'calibrated'] } }]);
    await s.organiser
      .put(`/api/rounds/${round.id}/result-options`)
      .send({ ...wanted, confirmAggregationChange: 'yes' })
      .expect(400);
    // the same aggregation again needs no confirmation
    await s.organiser
      .put(`/api/rounds/${round.id}/result-options`)
      .send({ ...wanted, trimmed: false })
      .expect(200);
  });

  it('calibrates by default where panels differ, says so, and names the parts of panels that never meet', async () => {
    // judge 1 gives a level more than judge 2 on the entries both scored; judge 3 scores apart from both
    const { round, entries, judgeIds } = await scoredFinal(s.t, s.competitionId, [
      { countryCode: 'TH', scores: [5, 4, null] },
      { countryCode: 'JP', scores: [4, 3, null] },
      { countryCode: 'SG', scores: [null, 4, null] },
      { countryCode: 'TH', scores: [5, null, null] },
      { countryCode: 'JP', scores: [null, null, 3] },
    ]);
    const body = (await s.organiser.get(`/api/rounds/${round.id}/results`).expect(200)).body;
    expect(body.options.aggregation).toBe('auto');
    expect(body.method).toMatchObject({ aggregation: 'calibrated', aggregationReason: 'incomplete_panels' });
    expect(body.method.parts).toEqual([
      { judgeIds: [judgeIds[0], judgeIds[1]].sort(), entryIds: [entries[0].id, entries[1].id, entries[2].id, entries[3].id].sort() },
      { judgeIds: [judgeIds[2]], entryIds: [entries[4].id] },
    ]);
    const users = await s.t.db.getRepository(User).findBy({ id: In(judgeIds) });
    expect(body.judges).toEqual(users.map((u) => ({ id: u.id, displayName: u.displayName })).sort((a, b) => (a.id < b.id ? -1 : 1)));
    // SG-0102, scored only by the severe judge 2, is lifted above its raw mean; TH-0103 (only the lenient judge 1) lowered
    const sg = body.entries.find((e: { code: string }) => e.code === 'SG-0102');
    const th = body.entries.find((e: { code: string }) => e.code === 'TH-0103');
    expect(sg.score).toBeGreaterThan(sg.rawMean);
    expect(th.score).toBeLessThan(th.rawMean);
    // the CSV's method line says it in English
    const csv = (await s.organiser.get(`/api/competitions/${s.competitionId}/exports/results.csv`).expect(200)).text;
    expect(csv).toContain('calibrated per judge');
  });

  it("records an organisers' tie decision with its reason, and refuses entries that are not tied", async () => {
    const { round, entries } = await standardFinal();
    const [, jp, sg, low] = entries;
    const notTied = await s.organiser
      .post(`/api/rounds/${round.id}/tie-decisions`)
      .send({ entryIds: [jp.id, low.id], reason: 'Not a tie at all' })
      .expect(409);
    expect(notTied.body).toMatchObject({ code: 'conflict', reason: 'results.not_tied', params: {} });
    const outside = await s.organiser
      .post(`/api/rounds/${round.id}/tie-decisions`)
      .send({ entryIds: [jp.id, '00000000-0000-4000-8000-000000000000'], reason: 'Not in this round' })
      .expect(400);
    expect(outside.body).toMatchObject({ code: 'bad_request', reason: 'results.tie_outside_round' });
    await s.organiser
      .post(`/api/rounds/${round.id}/tie-decisions`)
      .send({ entryIds: [sg.id, jp.id], reason: '' })
      .expect(400);
    const body = (
      await s.organiser
        .post(`/api/rounds/${round.id}/tie-decisions`)
        .send({ entryIds: [sg.id, jp.id], reason: 'Jury vote 4–3 for SG' })
        .expect(200)
    ).body;
    expect(body.entries.slice(1, 3).map((e: { code: string; rank: number; decidedBy: string }) => [e.code, e.rank, e.decidedBy])).toEqual([
      ['SG-0102', 2, 'organiser'],
      ['JP-0101', 3, 'organiser'],
    ]);
    expect(body.decisions[0]).toMatchObject({ codes: ['SG-0102', 'JP-0101'], reason: 'Jury vote 4–3 for SG' });
    const event = await s.t.db.getRepository(AuditEvent).findOneByOrFail({ action: 'results.tie_decided', subjectId: round.id });
    expect(event.after).toMatchObject({ reason: 'Jury vote 4–3 for SG' });
  });

  it('keeps coordinators out of the final and judges and teams out of every round', async () => {
    const { round } = await standardFinal();
    await s.coordinatorTH.get(`/api/rounds/${round.id}/results`).expect(404);
    await s.coordinatorTH.put(`/api/rounds/${round.id}/result-options`).send({ aggregation: 'zscore', trimmed: false, tieBreaks: [] }).expect(403);
    const judge = (await clientAs(s.t, { role: 'judge' })).client;
    await judge.get(`/api/rounds/${round.id}/results`).expect(403);
  });
});

describe('awards, sealing and publication', () => {
  it('assigns awards by rank, and an override needs a reason that the audit log keeps', async () => {
    const { entries } = await standardFinal();
    const defined = await defineAwards();
    const [gp, ru, cb] = defined.awards;
    expect(gp.suggested.map((w: { code: string }) => w.code)).toEqual(['TH-0100']);
    expect(ru.undecided[0]).toMatchObject({ reason: 'tie_at_cut' });

    const assigned = (await s.organiser.post(`/api/competitions/${s.competitionId}/awards/assign`).expect(200)).body;
    expect(assigned.awards[0].winners).toEqual([expect.objectContaining({ code: 'TH-0100', place: 1, source: 'rank', reason: null })]);
    // JP's only finalist won the runner-up place, so the best-of-country award goes to the other countries
    expect(assigned.awards[1].winners.map((w: { code: string }) => w.code)).toEqual(['JP-0101']);
    expect(assigned.awards[2].winners.map((w: { code: string; forCountry: string }) => [w.forCountry, w.code])).toEqual([
      ['SG', 'SG-0102'],
      ['TH', 'TH-0103'],
    ]);

    const noReason = await s.organiser
      .put(`/api/awards/${ru.id}/winners`)
      .send({ winners: [{ entryId: entries[2].id, place: 1 }] })
      .expect(400);
    expect(noReason.body.message).toMatch(/reason/i);
    const problemOf = async (awardId: string, body: object) => {
      const res = await s.organiser.put(`/api/awards/${awardId}/winners`).send(body).expect(400);
      expect(res.body.reason).toBe('common.validation_failed');
      return res.body.fields[0];
    };
    expect(
      await problemOf(ru.id, {
        winners: [
          { entryId: entries[2].id, place: 1 },
          { entryId: entries[1].id, place: 1 },
        ],
        reason: 'Two at once',
      }),
    ).toMatchObject({ field: 'winners', problems: [{ reason: 'results.too_many_winners', params: { places: 1, winners: 2 } }] });
    expect(await problemOf(ru.id, { winners: [{ entryId: entries[2].id, place: 2 }], reason: 'Second place of one' })).toMatchObject({
      problems: [{ reason: 'results.places_not_distinct', params: { places: 1 } }],
    });
    expect(await problemOf(ru.id, { winners: [{ entryId: '00000000-0000-4000-8000-000000000000', place: 1 }], reason: 'Not a finalist' })).toMatchObject({
      problems: [{ reason: 'results.winner_not_in_final', params: {} }],
    });
    expect(await problemOf(cb.id, { winners: [{ entryId: entries[2].id, place: 1 }], reason: 'No country given' })).toMatchObject({
      field: 'countryCode',
      problems: [{ reason: 'field.required', params: {} }],
    });
    expect(await problemOf(cb.id, { winners: [{ entryId: entries[2].id, place: 1 }], countryCode: 'TH', reason: 'SG is not TH' })).toMatchObject({
      problems: [{ reason: 'results.winner_other_country', params: { code: 'SG-0102', country: 'TH' } }],
    });
    const overridden = (
      await s.organiser
        .put(`/api/awards/${ru.id}/winners`)
        .send({ winners: [{ entryId: entries[2].id, place: 1 }], reason: 'Jury preferred the SG message' })
        .expect(200)
    ).body;
    expect(overridden.awards[1].winners).toEqual([expect.objectContaining({ code: 'SG-0102', source: 'override', reason: 'Jury preferred the SG message' })]);
    const event = await s.t.db.getRepository(AuditEvent).findOneByOrFail({ action: 'award.overridden', subjectId: ru.id });
    expect(event.after).toMatchObject({ reason: 'Jury preferred the SG message' });

    // re-running the assignment keeps the override
    const again = (await s.organiser.post(`/api/competitions/${s.competitionId}/awards/assign`).expect(200)).body;
    expect(again.awards[1].winners.map((w: { code: string; source: string }) => [w.code, w.source])).toEqual([['SG-0102', 'override']]);
  });

  it('refuses to assign without a final or awards, and award definitions the competition cannot hold', async () => {
    const awardsUrl = `/api/competitions/${s.competitionId}/awards`;
    await expectReason(s.organiser.post(`${awardsUrl}/assign`), 409, 'results.no_final');
    const { entries } = await standardFinal();
    await expectReason(s.organiser.post(`${awardsUrl}/assign`), 409, 'results.no_awards');
    const category = await expectReason(
      s.organiser.post(awardsUrl).send({ kind: 'grand_prize', name: { en: 'Prize' }, categoryId: '00000000-0000-4000-8000-000000000000' }),
      400,
      'common.validation_failed',
    );
    expect(category.fields).toEqual([expect.objectContaining({ field: 'categoryId', problems: [{ reason: 'results.unknown_category', params: {} }] })]);
    const audience = await expectReason(s.organiser.post(awardsUrl).send({ kind: 'audience', name: { en: 'Audience' } }), 400, 'common.validation_failed');
    expect(audience.fields).toEqual([expect.objectContaining({ field: 'kind', problems: [{ reason: 'results.no_audience_vote', params: {} }] })]);
    const criterion = await expectReason(
      s.organiser.post(awardsUrl).send({ kind: 'special', name: { en: 'Special' }, criterion: 'nope' }),
      400,
      'common.validation_failed',
    );
    expect(criterion.fields).toEqual([
      expect.objectContaining({
        field: 'criterion',
        problems: [{ reason: 'field.not_one_of', params: { allowed: ['message', 'creativity', 'impact', 'production', 'rules'] } }],
      }),
    ]);
    // an award for another category than the finalists'
    const juniors = await s.t.db.getRepository(Category).save({ competitionId: s.competitionId, name: { en: 'Juniors' }, minAge: 8, maxAge: 12, position: 9 });
    const junior = (
      await s.organiser
        .post(awardsUrl)
        .send({ kind: 'special', name: { en: 'Junior prize' }, categoryId: juniors.id })
        .expect(201)
    ).body.awards.find((a: { name: { en: string } }) => a.name.en === 'Junior prize');
    const other = await expectReason(
      s.organiser.put(`/api/awards/${junior.id}/winners`).send({ winners: [{ entryId: entries[0].id, place: 1 }], reason: 'Not a junior entry' }),
      400,
      'common.validation_failed',
    );
    expect(other.fields).toEqual([
      expect.objectContaining({ field: 'winners', problems: [{ reason: 'results.winner_other_category', params: { code: 'TH-0100' } }] }),
    ]);
  });

  it('refuses to seal until the final is closed and every award has winners, then freezes the awards', async () => {
    const { round, entries } = await standardFinal({ status: 'open' });
    await defineAwards();
    const refused = await s.organiser.post(`/api/competitions/${s.competitionId}/results/seal`).expect(409);
    // the awards' names in every language they have, for the reader's to be picked (not English only)
    const names = [{ en: 'Grand Prize', ja: 'グランプリ' }, { en: 'Runner-up' }, { en: 'Best of the country' }];
    expect(refused.body).toMatchObject({ code: 'conflict', reason: 'results.not_ready' });
    expect(refused.body.params.problems).toEqual([
      { reason: 'results.final_not_closed', params: {} },
      { reason: 'results.awards_without_winners', params: { awards: names, awardIds: expect.any(Array) } },
    ]);
    expect(refused.body.message).toMatch(/Close the final round first.*Assign winners to: Grand Prize, Runner-up, Best of the country/);
    const overview = (await s.organiser.get(`/api/competitions/${s.competitionId}/awards`).expect(200)).body;
    expect(overview.publication.blockers).toEqual(refused.body.params.problems);
    expect(overview.awards[1].undecided).toEqual([{ countryCode: null, reason: 'tie_at_cut', params: { place: 1, codes: ['JP-0101', 'SG-0102'] } }]);
    await expectReason(s.organiser.post(`/api/competitions/${s.competitionId}/results/unseal`), 409, 'results.not_sealed');
    await expectReason(s.organiser.post(`/api/competitions/${s.competitionId}/results/publish`), 409, 'results.not_sealed');
    await s.t.db.getRepository(Round).update({ id: round.id }, { status: 'closed' });
    await settleTie(round.id, entries);
    await s.organiser.post(`/api/competitions/${s.competitionId}/awards/assign`).expect(200);
    const sealed = (await s.organiser.post(`/api/competitions/${s.competitionId}/results/seal`).expect(200)).body;
    expect(sealed.publication.state).toBe('sealed');
    const awardId = sealed.awards[0].id;
    expect(
      (
        await s.organiser
          .post(`/api/competitions/${s.competitionId}/awards`)
          .send({ kind: 'special', name: { en: 'Late' } })
          .expect(409)
      ).body.reason,
    ).toBe('results.sealed');
    await expectReason(s.organiser.delete(`/api/awards/${awardId}`), 409, 'results.sealed');
    await expectReason(
      s.organiser.put(`/api/rounds/${round.id}/result-options`).send({ aggregation: 'zscore', trimmed: false, tieBreaks: [] }),
      409,
      'results.sealed',
    );
    await s.organiser.post(`/api/competitions/${s.competitionId}/results/unseal`).expect(200);
    await s.organiser
      .post(`/api/competitions/${s.competitionId}/awards`)
      .send({ kind: 'special', name: { en: 'Late' } })
      .expect(201);
  });

  it('keeps sealed results from the team, and shows rank, awards and feedback (never private notes) once published', async () => {
    const { entries, round: final } = await standardFinal();
    await settleTie(final.id, entries);
    await defineAwards();
    await s.organiser.post(`/api/competitions/${s.competitionId}/awards/assign`).expect(200);
    await s.organiser.post(`/api/competitions/${s.competitionId}/results/seal`).expect(200);
    const team = await ownerOf(entries[0].ownerId);
    const sealed = (await team.get(`/api/entries/${entries[0].id}/result`).expect(200)).body;
    expect(sealed).toEqual({ state: 'sealed', published: false, publishedAt: null, rounds: [], awards: [], feedback: [], certificates: [] });
    // another team cannot look, sealed or not
    await (await ownerOf(entries[1].ownerId)).get(`/api/entries/${entries[0].id}/result`).expect(404);

    await s.organiser.post(`/api/competitions/${s.competitionId}/results/publish`).send({ confirmGaps: true }).expect(200);
    const body = (await team.get(`/api/entries/${entries[0].id}/result`).expect(200)).body;
    expect(body).toMatchObject({ state: 'published', published: true, publishedAt: '2027-01-15T03:00:00.000Z' });
    expect(body.rounds).toEqual([expect.objectContaining({ kind: 'final', rank: 1, of: 4, categoryRank: 1, ofInCategory: 4, judges: 3 })]);
    expect(body.awards).toEqual([expect.objectContaining({ name: { en: 'Grand Prize', ja: 'グランプリ' }, place: 1 })]);
    expect(body.feedback.map((f: { text: string }) => f.text).sort()).toEqual([
      'Strong message (judge 1)',
      'Strong message (judge 2)',
      'Strong message (judge 3)',
    ]);
    expect(body.feedback.map((f: { judge: number }) => f.judge)).toEqual([1, 2, 3]);
    expect(JSON.stringify(body)).not.toContain('PRIVATE NOTE');
    expect(body.certificates.map((c: { kind: string }) => c.kind)).toEqual(['award', 'participation']);
    await expectReason(s.organiser.post(`/api/competitions/${s.competitionId}/results/publish`), 409, 'results.published');
    await expectReason(s.organiser.post(`/api/competitions/${s.competitionId}/results/unseal`), 409, 'results.published');
    await expectReason(s.organiser.post(`/api/competitions/${s.competitionId}/awards/assign`), 409, 'results.published');
  });

  it('publishes by itself when the ceremony time passes after sealing', async () => {
    const { entries, round } = await standardFinal();
    await settleTie(round.id, entries);
    await s.t.db.getRepository(Competition).update({ id: s.competitionId }, { ceremonyAt: new Date('2027-01-20T12:00:00Z') });
    await defineAwards();
    await s.organiser.post(`/api/competitions/${s.competitionId}/awards/assign`).expect(200);
    await s.organiser.post(`/api/competitions/${s.competitionId}/results/seal`).expect(200);
    const team = await ownerOf(entries[0].ownerId);
    expect((await team.get(`/api/entries/${entries[0].id}/result`).expect(200)).body.published).toBe(false);
    s.t.clock.set('2027-01-20T12:00:00Z');
    const body = (await team.get(`/api/entries/${entries[0].id}/result`).expect(200)).body;
    expect(body).toMatchObject({ state: 'published', publishedAt: '2027-01-20T12:00:00.000Z' });
  });

  it('gives the organiser a ceremony deck once sealed: nominees in code order, then the winners', async () => {
    const { round, entries } = await standardFinal();
    await settleTie(round.id, entries);
    await defineAwards();
    await s.organiser.post(`/api/competitions/${s.competitionId}/awards/assign`).expect(200);
    expect((await s.organiser.get(`/api/competitions/${s.competitionId}/ceremony`).expect(409)).body.reason).toBe('results.ceremony_not_sealed');
    await s.organiser.post(`/api/competitions/${s.competitionId}/results/seal`).expect(200);
    const deck = (await s.organiser.get(`/api/competitions/${s.competitionId}/ceremony`).expect(200)).body;
    expect(
      deck.reveals.map((r: { awardName: { en: string }; countryCode: string | null }) => `${r.awardName.en}${r.countryCode ? ` ${r.countryCode}` : ''}`),
    ).toEqual(['Grand Prize', 'Runner-up', 'Best of the country SG', 'Best of the country TH']);
    expect(deck.reveals[0].nominees.map((n: { code: string }) => n.code)).toEqual(['JP-0101', 'SG-0102', 'TH-0100']);
    expect(deck.reveals[0].winners).toEqual([
      expect.objectContaining({ code: 'TH-0100', credits: 'Niran', countryName: expect.objectContaining({ en: 'Thailand' }) }),
    ]);
    expect(JSON.stringify(deck)).not.toMatch(/Member100|2011-03-04|somchai@example.org/);
    await s.coordinatorTH.get(`/api/competitions/${s.competitionId}/ceremony`).expect(403);
  });

  it('exports every round’s results with the awards as CSV', async () => {
    await standardFinal();
    await defineAwards();
    await s.organiser.post(`/api/competitions/${s.competitionId}/awards/assign`).expect(200);
    const res = await s.organiser
      .get(`/api/competitions/${s.competitionId}/exports/results.csv`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks).toString('utf8')));
      })
      .expect(200);
    const text = res.body as string;
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(
      'round,country,rank,code,title,category,entry country,score,raw mean,judges,first places,audience votes,decided by,tied with,awards,method',
    );
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^final,,1,TH-0100,Phish story 100,/);
    expect(lines[1]).toContain('Grand Prize #1');
    expect(res.headers['content-disposition']).toMatch(/results\.csv/);
  });

  it('lets the team download its certificates once published, in English and the competition’s languages', async () => {
    const { entries, round } = await standardFinal();
    await settleTie(round.id, entries);
    const defined = await defineAwards();
    await s.organiser.post(`/api/competitions/${s.competitionId}/awards/assign`).expect(200);
    await s.organiser.post(`/api/competitions/${s.competitionId}/results/seal`).expect(200);
    const team = await ownerOf(entries[0].ownerId);
    const base = `/api/entries/${entries[0].id}/certificates`;
    const grandPrize = defined.awards[0].id;
    expect((await team.get(`${base}/participation`).expect(404)).body.reason).toBe('results.certificates_not_published');
    // organisers print them before the ceremony
    const early = await s.organiser.get(`${base}/awards/${grandPrize}?lang=en`).buffer(true).parse(binary).expect(200);
    expect(early.headers['content-type']).toBe('application/pdf');

    await s.organiser.post(`/api/competitions/${s.competitionId}/results/publish`).send({ confirmGaps: true }).expect(200);
    const award = await team.get(`${base}/awards/${grandPrize}?lang=ja`).buffer(true).parse(binary).expect(200);
    expect((award.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const ja = pdfText(award.body as Buffer);
    expect(ja).toContain('Niran Member100');
    expect(ja).toContain('グランプリ');
    expect(ja).toContain('Phish story 100');
    const participation = await team.get(`${base}/participation`).buffer(true).parse(binary).expect(200);
    expect(pdfText(participation.body as Buffer)).toContain('Niran Member100');
    expect(participation.headers['content-disposition']).toMatch(/certificate-TH-0100-participation-en\.pdf/);

    const lang = (await team.get(`${base}/participation?lang=xx`).expect(400)).body;
    expect(lang.fields).toEqual([
      { field: 'lang', messages: [expect.stringMatching(/en, ja/)], problems: [{ reason: 'field.not_one_of', params: { allowed: ['en', 'ja'] } }] },
    ]);
    await team.get(`${base}/awards/${defined.awards[1].id}`).expect(404);
    await (await ownerOf(entries[1].ownerId)).get(`${base}/participation`).expect(404);
  });
});
