import { In } from 'typeorm';
import { judgingSuite } from './judging-fixtures.js';
import { scoredFinal } from './results-fixtures.js';
import { clientAs } from './harness/factories.js';
import { AuditEvent } from '../src/audit/audit-event.entity.js';
import { RoleGrant } from '../src/accounts/role-grant.entity.js';
import { Competition } from '../src/competitions/competition.entity.js';
import { Assignment } from '../src/judging/assignment.entity.js';
import { Round } from '../src/judging/round.entity.js';
import { User } from '../src/accounts/user.entity.js';

const s = judgingSuite();

/**
 * An open final of six entries, three judges each of four, panels that differ (so the default calibrates): A leads,
 * B and C have the same levels from panels of the same judges' mix, D to F trail. A Grand Prize and a Runner-up (one
 * place each) draw lines after places 1 and 2. The judges are on the final's panel.
 */
async function openFinal() {
  const { round, entries, judgeIds } = await scoredFinal(
    s.t,
    s.competitionId,
    [
      { countryCode: 'TH', scores: [5, 5, null, 5] },
      { countryCode: 'JP', scores: [4, null, 4, 4] },
      { countryCode: 'SG', scores: [null, 4, 4, 4] },
      { countryCode: 'TH', scores: [2, 3, 2, null] },
      { countryCode: 'JP', scores: [2, null, 1, 2] },
      { countryCode: 'SG', scores: [1, 2, null, 1] },
    ],
    { status: 'open' },
  );
  await s.t.db.getRepository(RoleGrant).insert(judgeIds.map((userId) => ({ userId, role: 'judge' as const, roundId: round.id })));
  const base = `/api/competitions/${s.competitionId}/awards`;
  await s.organiser
    .post(base)
    .send({ kind: 'grand_prize', name: { en: 'Grand Prize', ja: 'グランプリ' }, position: 1 })
    .expect(201);
  await s.organiser
    .post(base)
    .send({ kind: 'runner_up', name: { en: 'Runner-up' }, position: 2 })
    .expect(201);
  return { round, entries, judgeIds };
}

describe('how sure the ranking is', () => {
  it('gives organisers the figures at each award line, the pairs too close to call and the judges’ effects, and audits the look', async () => {
    const { round, entries, judgeIds } = await openFinal();
    const body = (await s.organiser.get(`/api/rounds/${round.id}/results/confidence`).expect(200)).body;
    expect(body).toMatchObject({ roundId: round.id, resamples: 1000, aggregation: 'calibrated', tooCloseBelow: 0.7 });
    expect(body.cutoffs.map((c: { position: number; reason: string; awards: Record<string, string>[] }) => [c.position, c.reason, c.awards])).toEqual([
      [1, 'awards', [{ en: 'Grand Prize', ja: 'グランプリ' }]],
      [2, 'awards', [{ en: 'Runner-up' }]],
    ]);
    const [first, second] = body.cutoffs;
    expect(first.entries[0]).toMatchObject({ code: 'TH-0100', position: 1, title: 'Phish story 100' });
    expect(first.entries[0].above).toBeGreaterThan(0.9);
    // B and C: the same levels, so the line after place 2 cannot be drawn between them with any confidence
    const bc = second.pairs.find((p: { higherCode: string; lowerCode: string }) => [p.higherCode, p.lowerCode].sort().join() === 'JP-0101,SG-0102');
    expect(bc.tooClose).toBe(true);
    expect(body.judges.map((j: { judgeId: string }) => j.judgeId).sort()).toEqual([...judgeIds].sort());
    const names = await s.t.db.getRepository(User).findBy({ id: In(judgeIds) });
    for (const j of body.judges) {
      expect(j.displayName).toBe(names.find((u) => u.id === j.judgeId)!.displayName);
      expect(j.offsetInterval[0]).toBeLessThanOrEqual(j.offset);
      expect(j.offsetInterval[1]).toBeGreaterThanOrEqual(j.offset);
    }
    const audited = await s.t.db.getRepository(AuditEvent).findBy({ action: 'results.confidence_viewed', subjectId: round.id });
    expect(audited).toHaveLength(1);
    expect(audited[0].after).toMatchObject({ cutoffs: [1, 2] });
    expect(entries).toHaveLength(6);
  });

  it('keeps the figures from coordinators of the final, judges and teams, and stops auditing once the results are sealed', async () => {
    const { round, judgeIds } = await openFinal();
    await s.coordinatorTH.get(`/api/rounds/${round.id}/results/confidence`).expect(404);
    const judge = await s.t.db.getRepository(User).findOneByOrFail({ id: judgeIds[0] });
    const { client } = await clientAs(s.t, { role: 'judge', countryCode: judge.countryCode });
    await client.get(`/api/rounds/${round.id}/results/confidence`).expect(403);
    const team = (await clientAs(s.t, { role: 'student', countryCode: 'TH' })).client;
    await team.get(`/api/rounds/${round.id}/results/confidence`).expect(403);
    await s.t.db.getRepository(Competition).update({ id: s.competitionId }, { resultsSealedAt: new Date('2027-01-15T00:00:00Z') });
    await s.organiser.get(`/api/rounds/${round.id}/results/confidence`).expect(200);
    expect(await s.t.db.getRepository(AuditEvent).countBy({ action: 'results.confidence_viewed', subjectId: round.id })).toBe(0);
  });

  it('draws no line where the round has neither award places nor a quota', async () => {
    const { round } = await scoredFinal(s.t, s.competitionId, [
      { countryCode: 'TH', scores: [5, 4] },
      { countryCode: 'JP', scores: [3, 3] },
    ]);
    expect((await s.organiser.get(`/api/rounds/${round.id}/results/confidence`).expect(200)).body.cutoffs).toEqual([]);
  });
});

describe('one more judge where the results need one', () => {
  it('proposes one judge for both entries of a pair too close to call, and adds them when asked, in the audit log', async () => {
    const { round, entries, judgeIds } = await openFinal();
    const [, jp, sg] = entries;
    // JP-0101 has judges 1, 3 and 4; SG-0102 has 2, 3 and 4: no judge of the panel is free for both
    const none = (
      await s.organiser
        .post(`/api/rounds/${round.id}/assignments/extra`)
        .send({ entryIds: [jp.id, sg.id] })
        .expect(200)
    ).body;
    expect(none).toEqual({
      applied: false,
      added: [
        { entryId: jp.id, code: 'JP-0101', judgeId: judgeIds[1], displayName: expect.any(String), languageMatch: expect.any(Boolean) },
        { entryId: sg.id, code: 'SG-0102', judgeId: judgeIds[0], displayName: expect.any(String), languageMatch: expect.any(Boolean) },
      ],
      unplaced: [],
    });
    // a fifth judge joins the panel: now one judge can compare both
    const fifth = (await clientAs(s.t, { role: 'judge', countryCode: null })).user;
    await s.t.db.getRepository(RoleGrant).insert({ userId: fifth.id, role: 'judge', roundId: round.id });
    const proposed = (
      await s.organiser
        .post(`/api/rounds/${round.id}/assignments/extra`)
        .send({ entryIds: [jp.id, sg.id] })
        .expect(200)
    ).body;
    expect(proposed.added.map((a: { judgeId: string; code: string }) => [a.judgeId, a.code])).toEqual([
      [fifth.id, 'JP-0101'],
      [fifth.id, 'SG-0102'],
    ]);
    expect(await s.t.db.getRepository(Assignment).countBy({ roundId: round.id, judgeId: fifth.id })).toBe(0);
    const applied = (
      await s.organiser
        .post(`/api/rounds/${round.id}/assignments/extra`)
        .send({ entryIds: [jp.id, sg.id], apply: true })
        .expect(200)
    ).body;
    expect(applied.applied).toBe(true);
    expect(await s.t.db.getRepository(Assignment).countBy({ roundId: round.id, judgeId: fifth.id, source: 'manual' })).toBe(2);
    const audit = await s.t.db.getRepository(AuditEvent).findBy({ action: 'assignment.added' });
    expect(audit.filter((a) => (a.after as { judgeId: string }).judgeId === fifth.id).map((a) => (a.after as { why: string }).why)).toEqual([
      'too_close',
      'too_close',
    ]);
  });

  it('connects parts of the round whose judges share no entry, with a judge of the largest part', async () => {
    const { round, entries, judgeIds } = await scoredFinal(
      s.t,
      s.competitionId,
      [
        { countryCode: 'TH', scores: [5, 4, null] },
        { countryCode: 'JP', scores: [4, 3, null] },
        { countryCode: 'SG', scores: [null, null, 3] },
      ],
      { status: 'open' },
    );
    await s.t.db.getRepository(RoleGrant).insert(judgeIds.map((userId) => ({ userId, role: 'judge' as const, roundId: round.id })));
    // the assignments the scorecards came from
    const res = await s.t.db.query(`SELECT id, entry_id FROM round_entries WHERE round_id = $1`, [round.id]);
    const reOf = new Map<string, string>(res.map((r: { id: string; entry_id: string }) => [r.entry_id, r.id]));
    const pairs: [number, number][] = [
      [0, 0],
      [1, 0],
      [0, 1],
      [1, 1],
      [2, 2],
    ];
    await s.t.db.getRepository(Assignment).insert(
      pairs.map(([j, e]) => ({
        roundId: round.id,
        roundEntryId: reOf.get(entries[e].id)!,
        judgeId: judgeIds[j],
        languageMatch: true,
        source: 'auto' as const,
      })),
    );
    const results = (await s.organiser.get(`/api/rounds/${round.id}/results`).expect(200)).body;
    expect(results.method.parts).toHaveLength(2);
    const body = (await s.organiser.post(`/api/rounds/${round.id}/assignments/extra`).send({ connectParts: true, apply: true }).expect(200)).body;
    expect(body.added).toHaveLength(1);
    expect(body.added[0]).toMatchObject({ entryId: entries[2].id, code: 'SG-0102' });
    expect([judgeIds[0], judgeIds[1]]).toContain(body.added[0].judgeId);
    // once that judge has scored it, the round is one part
    expect((await s.organiser.post(`/api/rounds/${round.id}/assignments/extra`).send({ connectParts: true }).expect(200)).body.added).toEqual([]);
  });

  it('refuses what it cannot act on, with a reason', async () => {
    const { round, entries } = await openFinal();
    const empty = await s.organiser.post(`/api/rounds/${round.id}/assignments/extra`).send({}).expect(400);
    expect(empty.body).toMatchObject({ reason: 'common.validation_failed', params: { fields: ['entryIds'] } });
    const three = await s.organiser
      .post(`/api/rounds/${round.id}/assignments/extra`)
      .send({ entryIds: entries.slice(0, 3).map((e) => e.id) })
      .expect(400);
    expect(three.body.params.fields).toEqual(['entryIds']);
    await s.organiser
      .post(`/api/rounds/${round.id}/assignments/extra`)
      .send({ entryIds: ['not-an-id'] })
      .expect(400);
    await s.organiser
      .post(`/api/rounds/${round.id}/assignments/extra`)
      .send({ entryIds: ['6f1c2a64-3c1e-4f53-9d1c-3b0b3e2f4a11'] })
      .expect(404);
    await s.coordinatorTH
      .post(`/api/rounds/${round.id}/assignments/extra`)
      .send({ entryIds: [entries[0].id] })
      .expect(404);
    await s.t.db.getRepository(Round).update({ id: round.id }, { status: 'closed' });
    const closed = await s.organiser
      .post(`/api/rounds/${round.id}/assignments/extra`)
      .send({ entryIds: [entries[0].id] })
      .expect(409);
    expect(closed.body.reason).toBe('judging.round_closed');
  });
});
