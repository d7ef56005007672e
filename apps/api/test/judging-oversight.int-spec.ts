import type { Client } from './harness/test-app.js';
import { OutboxMessage } from '../src/mail/outbox-message.entity.js';
import { eligibleEntry, FULL, judgeOn, judgingSuite, school, WINDOW } from './judging-fixtures.js';

/** Progress, reminders, score distributions, exports, notes, ranking and promotion to the final. */
const suite = judgingSuite();

/** A national round for TH with `n` eligible entries and `judges` judges, open and assigned. */
async function runningRound(n: number, judges: number, k = 1) {
  const s = await school(suite.t, `School ${suite.competitionId.slice(0, 6)}`);
  for (let i = 1; i <= n; i++) await eligibleEntry(suite.t, suite.competitionId, i, { schoolId: s });
  const round = (
    await suite.coordinatorTH
      .post('/api/rounds')
      .send({ competitionId: suite.competitionId, kind: 'national', countryCode: 'TH', ...WINDOW, judgesPerEntry: k })
      .expect(201)
  ).body;
  const panel = [];
  for (let j = 0; j < judges; j++) panel.push(await judgeOn(suite.t, round.id, { name: `Judge ${String.fromCharCode(65 + j)}` }));
  await suite.coordinatorTH.post(`/api/rounds/${round.id}/open`).send({ confirm: true }).expect(200);
  await suite.coordinatorTH.post(`/api/rounds/${round.id}/assignment`).expect(200);
  return { round, panel };
}

/** The judge scores every entry in their queue; `level` is given the entry's own code (the judge sees only the round's opaque code). */
async function scoreAll(roundId: string, judge: { client: Client }, level: (code: string) => number) {
  const items = (await judge.client.get(`/api/judge/rounds/${roundId}/queue`).expect(200)).body.items;
  const assigned: { roundEntryId: string; code: string }[] = (await suite.organiser.get(`/api/rounds/${roundId}/assignments`).expect(200)).body.entries;
  const codeOf = new Map(assigned.map((e) => [e.roundEntryId, e.code]));
  for (const item of items) {
    const scores = Object.fromEntries(Object.keys(FULL).map((k) => [k, level(codeOf.get(item.roundEntryId)!)]));
    await judge.client
      .post(`/api/judge/rounds/${roundId}/entries/${item.roundEntryId}/scorecard/submit`)
      .send({ version: 0, scores, teamFeedback: '=HYPERLINK("x")', privateNote: 'secret-note' })
      .expect(200);
  }
  return items;
}

describe('watching a round', () => {
  it('shows progress per judge and per entry, and reminds the judges who are behind (once in 12 hours)', async () => {
    const { round, panel } = await runningRound(4, 2);
    await scoreAll(round.id, panel[0], () => 4);
    suite.t.clock.set('2027-01-20T00:00:00Z'); // 19 of the window's 31 days gone
    const progress = (await suite.coordinatorTH.get(`/api/rounds/${round.id}/progress`).expect(200)).body;
    expect(progress).toMatchObject({ assigned: 4, submitted: 2 });
    expect(progress.elapsed).toBeCloseTo(19 / 31, 2);
    const byName = Object.fromEntries(progress.judges.map((j: { displayName: string }) => [j.displayName, j]));
    expect(byName['Judge A']).toMatchObject({ assigned: 2, submitted: 2, behind: false });
    expect(byName['Judge B']).toMatchObject({ assigned: 2, submitted: 0, behind: true });
    expect(progress.entries.map((e: { submitted: number }) => e.submitted).sort()).toEqual([0, 0, 1, 1]);

    const sent = (await suite.coordinatorTH.post(`/api/rounds/${round.id}/reminders`).send({}).expect(200)).body;
    expect(sent).toEqual({ reminded: [panel[1].user.id], skipped: [] });
    const mail = await suite.t.db.getRepository(OutboxMessage).findOneByOrFail({ to: panel[1].user.email, kind: 'judge.reminder' });
    expect(mail.subject).toBe('Clapper: 2 videos left to score');
    expect(mail.text).toContain(`/judge/rounds/${round.id}`);
    expect(
      (
        await suite.coordinatorTH
          .post(`/api/rounds/${round.id}/reminders`)
          .send({ judgeIds: [panel[1].user.id, panel[0].user.id] })
          .expect(200)
      ).body,
    ).toEqual({ reminded: [], skipped: [panel[1].user.id, panel[0].user.id] });
    await suite.coordinatorJP.get(`/api/rounds/${round.id}/progress`).expect(404);
    await suite.coordinatorJP.post(`/api/rounds/${round.id}/reminders`).send({}).expect(404);
    // once the round is closed, nobody is behind any more
    await suite.coordinatorTH.post(`/api/rounds/${round.id}/close`).send({ force: true }).expect(200);
    expect((await suite.coordinatorTH.get(`/api/rounds/${round.id}/progress`).expect(200)).body.judges.map((j: { behind: boolean }) => j.behind)).toEqual([
      false,
      false,
    ]);
  });

  it("charts each judge's distribution and flags the judge who gives the same score to everything", async () => {
    const { round, panel } = await runningRound(12, 2);
    const levels = [1, 2, 3, 4, 5];
    await scoreAll(round.id, panel[0], (code) => levels[Number(code.slice(-2)) % 5]);
    await scoreAll(round.id, panel[1], () => 3);
    const stats = (await suite.organiser.get(`/api/rounds/${round.id}/judge-stats`).expect(200)).body;
    const a = stats.judges.find((j: { displayName: string }) => j.displayName === 'Judge A');
    const b = stats.judges.find((j: { displayName: string }) => j.displayName === 'Judge B');
    expect(b).toMatchObject({ count: 6, mean: 50, sd: 0, flags: ['flat'] });
    // the facts behind the flag, for the page to word: the distance from the panel's mean, the spread and range, to one decimal
    expect(b.flagNotes).toEqual([{ flag: 'flat', count: 6, points: Math.round(Math.abs(50 - stats.panelMean) * 10) / 10, sd: 0, min: 50, max: 50 }]);
    expect(a.flags).toEqual([]);
    expect(a.histogram.reduce((x: number, y: number) => x + y, 0)).toBe(6);
  });

  it('exports the scorecards as CSV with a byte-order mark, formulas neutralised and private notes left out', async () => {
    const { round, panel } = await runningRound(2, 1);
    await scoreAll(round.id, panel[0], () => 5);
    const res = await suite.coordinatorTH
      .get(`/api/rounds/${round.id}/scorecards/export`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename=scorecards-national-TH-[0-9a-f]{8}\.csv$/);
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('entry,title,judge,status,message,creativity,impact,production,rules,weighted_total,submitted_at,overall_comment,team_feedback');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^TH-0001,Phish story 1,Judge A,submitted,5,5,5,5,5,100\.00,2027-01-15T03:00:00\.000Z,,"'=HYPERLINK\(""x""\)"$/);
    expect(body.toString('utf8')).not.toContain('secret-note');
  });

  it('keeps deliberation notes per entry, for the round managers only', async () => {
    const { round, panel } = await runningRound(1, 1);
    const [item] = (await panel[0].client.get(`/api/judge/rounds/${round.id}/queue`).expect(200)).body.items;
    const notes = (
      await suite.coordinatorTH
        .post(`/api/rounds/${round.id}/entries/${item.roundEntryId}/notes`)
        .send({ text: 'Strong message; check the music licence.' })
        .expect(201)
    ).body;
    expect(notes).toEqual([expect.objectContaining({ text: 'Strong message; check the music licence.', authorName: 'Test coordinator' })]);
    await suite.coordinatorTH.post(`/api/rounds/${round.id}/entries/${item.roundEntryId}/notes`).send({ text: '' }).expect(400);
    await suite.coordinatorJP.get(`/api/rounds/${round.id}/entries/${item.roundEntryId}/notes`).expect(404);
    await panel[0].client.get(`/api/rounds/${round.id}/entries/${item.roundEntryId}/notes`).expect(403);
  });
});

describe('the ranking a coordinator promotes from', () => {
  it('uses the aggregation of the round’s results: calibrated where panels differ, with the same scores as the results', async () => {
    const { round, panel } = await runningRound(4, 3, 2);
    // the first judge is lenient: a level more than the others on everything they score
    for (const [n, judge] of panel.entries()) await scoreAll(round.id, judge, (code) => Math.min(5, Number(code.slice(-1)) + (n === 0 ? 1 : 0)));
    const ranking = (await suite.coordinatorTH.get(`/api/rounds/${round.id}/ranking`).expect(200)).body;
    expect(ranking.method).toBe('calibrated_weighted_totals');
    const results = (await suite.organiser.get(`/api/rounds/${round.id}/results`).expect(200)).body;
    expect(results.method.aggregation).toBe('calibrated');
    const scoreOf = new Map(results.entries.map((e: { code: string; score: number }) => [e.code, e.score]));
    for (const e of ranking.entries) expect(e.mean).toBe(scoreOf.get(e.code));
    expect(ranking.entries.map((e: { code: string }) => e.code)).toEqual(results.entries.map((e: { code: string }) => e.code));
  });
});

describe('promotion to the regional final', () => {
  it('promotes the confirmed top entries within the quota, records it, can undo it until the final opens, and keeps own-country judges off them', async () => {
    const { round, panel } = await runningRound(4, 2, 2);
    for (const judge of panel) await scoreAll(round.id, judge, (code) => Number(code.slice(-1)) + 1);
    const early = (await suite.coordinatorTH.get(`/api/rounds/${round.id}/ranking`).expect(200)).body.entries;
    // nothing to promote into before the organisers set up the final
    const noFinal = await suite.coordinatorTH
      .post(`/api/rounds/${round.id}/promotions`)
      .send({ roundEntryIds: [early[0].roundEntryId] })
      .expect(409);
    expect(noFinal.body).toMatchObject({ code: 'conflict', reason: 'judging.no_final', params: {} });
    const final = (
      await suite.organiser
        .post('/api/rounds')
        .send({ competitionId: suite.competitionId, kind: 'final', ...WINDOW, countryQuota: 2, judgesPerEntry: 1 })
        .expect(201)
    ).body;
    const ranking = (await suite.coordinatorTH.get(`/api/rounds/${round.id}/ranking`).expect(200)).body;
    expect(ranking.entries.map((e: { code: string; rank: number }) => `${e.rank}:${e.code}`)).toEqual(['1:TH-0004', '2:TH-0003', '3:TH-0002', '4:TH-0001']);
    expect(ranking).toMatchObject({ quota: 2, finalRoundId: final.id });
    expect(ranking.method).toBe('mean_of_weighted_totals');
    const [first, second, third] = ranking.entries;

    // only once the national round is closed
    const open = await suite.coordinatorTH
      .post(`/api/rounds/${round.id}/promotions`)
      .send({ roundEntryIds: [first.roundEntryId] })
      .expect(409);
    expect(open.body).toMatchObject({ reason: 'judging.round_not_closed', params: {}, message: expect.stringMatching(/Close the national round first/) });
    // promotion is from a national round, never from the final
    expect(
      (
        await suite.organiser
          .post(`/api/rounds/${final.id}/promotions`)
          .send({ roundEntryIds: [first.roundEntryId] })
          .expect(409)
      ).body,
    ).toMatchObject({
      reason: 'judging.not_national',
      params: {},
    });
    // an entry that came in late and has no submitted scorecard has no rank to promote from; closing says it is missing
    await eligibleEntry(suite.t, suite.competitionId, 5, { schoolId: await school(suite.t, 'Late School') });
    await suite.coordinatorTH.post(`/api/rounds/${round.id}/assignment`).expect(200);
    const missing = await suite.coordinatorTH.post(`/api/rounds/${round.id}/close`).send({}).expect(409);
    expect(missing.body).toMatchObject({ reason: 'judging.scorecards_missing', params: { assigned: 10, submitted: 8, missing: 2, count: 2 } });
    await suite.coordinatorTH.post(`/api/rounds/${round.id}/close`).send({ force: true }).expect(200);
    const late = (await suite.coordinatorTH.get(`/api/rounds/${round.id}/ranking`).expect(200)).body.entries.find(
      (e: { code: string }) => e.code === 'TH-0005',
    );
    const unscored = await suite.coordinatorTH
      .post(`/api/rounds/${round.id}/promotions`)
      .send({ roundEntryIds: [late.roundEntryId] })
      .expect(422);
    expect(unscored.body).toMatchObject({ code: 'rule_violation', reason: 'judging.unscored', params: { codes: ['TH-0005'], count: 1 } });
    const overQuota = await suite.coordinatorTH
      .post(`/api/rounds/${round.id}/promotions`)
      .send({ roundEntryIds: [first.roundEntryId, second.roundEntryId, third.roundEntryId] })
      .expect(422);
    expect(overQuota.body).toMatchObject({
      code: 'rule_violation',
      reason: 'judging.quota_exceeded',
      params: { country: 'TH', quota: 2, promoted: 0, remaining: 2, count: 2 },
      message: expect.stringMatching(/TH may send 2 entries to the final; 0 already are there/),
    });
    const promoted = (
      await suite.coordinatorTH
        .post(`/api/rounds/${round.id}/promotions`)
        .send({ roundEntryIds: [first.roundEntryId, second.roundEntryId] })
        .expect(200)
    ).body;
    expect(promoted.entries.filter((e: { promoted: boolean }) => e.promoted).map((e: { code: string }) => e.code)).toEqual(['TH-0004', 'TH-0003']);
    const again = await suite.coordinatorTH
      .post(`/api/rounds/${round.id}/promotions`)
      .send({ roundEntryIds: [first.roundEntryId] })
      .expect(409);
    expect(again.body).toMatchObject({ reason: 'judging.already_promoted', params: { codes: ['TH-0004'] } });
    await suite.coordinatorJP
      .post(`/api/rounds/${round.id}/promotions`)
      .send({ roundEntryIds: [third.roundEntryId] })
      .expect(404);

    // undo, then promote again
    const undone = (await suite.coordinatorTH.delete(`/api/rounds/${round.id}/promotions/${second.roundEntryId}`).expect(200)).body;
    expect(undone.entries.filter((e: { promoted: boolean }) => e.promoted).map((e: { code: string }) => e.code)).toEqual(['TH-0004']);
    await suite.coordinatorTH
      .post(`/api/rounds/${round.id}/promotions`)
      .send({ roundEntryIds: [second.roundEntryId] })
      .expect(200);
    const audit = (await suite.organiser.get(`/api/audit?subjectType=round&subjectId=${round.id}`).expect(200)).body.map((e: { action: string }) => e.action);
    expect(audit.filter((a: string) => a.startsWith('promotion.'))).toEqual(['promotion.confirmed', 'promotion.undone', 'promotion.confirmed']);
    await suite.coordinatorTH.get('/api/audit').expect(403);

    // the final: a Thai judge and a Japanese judge; the Thai entries go to the Japanese judge only
    const thai = await judgeOn(suite.t, final.id, { countryCode: 'TH', name: 'Thai judge' });
    const japanese = await judgeOn(suite.t, final.id, { countryCode: 'JP', name: 'Japanese judge' });
    const run = (await suite.organiser.post(`/api/rounds/${final.id}/assignment`).expect(200)).body;
    expect(run.uncovered).toEqual([]);
    expect(run.loads.find((l: { judgeId: string }) => l.judgeId === thai.user.id).assigned).toBe(0);
    expect(run.loads.find((l: { judgeId: string }) => l.judgeId === japanese.user.id).assigned).toBe(2);
    const entries = (await suite.organiser.get(`/api/rounds/${final.id}/assignments`).expect(200)).body.entries;
    const refused = await suite.organiser
      .post(`/api/rounds/${final.id}/assignments`)
      .send({ roundEntryId: entries[0].roundEntryId, judgeId: thai.user.id })
      .expect(422);
    expect(refused.body).toMatchObject({
      code: 'rule_violation',
      reason: 'judging.own_country',
      params: { judge: 'Thai judge', code: expect.stringMatching(/^TH-000\d$/) },
      message: expect.stringMatching(/Thai judge cannot judge TH-000\d/),
    });
    // in the final, a blind judge does not even see the country
    await suite.organiser.post(`/api/rounds/${final.id}/open`).send({ confirm: true }).expect(200);
    const view = (await japanese.client.get(`/api/judge/rounds/${final.id}/entries/${entries[0].roundEntryId}`).expect(200)).body;
    expect(view).toMatchObject({ countryCode: null, entryCode: null, code: entries[0].roundCode });
    expect(view.code).toMatch(/^R2-\d{3}$/);
    // once the final is open, promotions are fixed
    const fixed = await suite.coordinatorTH.delete(`/api/rounds/${round.id}/promotions/${first.roundEntryId}`).expect(409);
    expect(fixed.body).toMatchObject({ code: 'conflict', reason: 'judging.final_open', params: {}, message: expect.stringMatching(/final has opened/) });
  });
});
