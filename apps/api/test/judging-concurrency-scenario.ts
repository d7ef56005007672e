import { randomUUID } from 'node:crypto';
import type { Client, TestApp } from './harness/test-app.js';
import { AuditEvent } from '../src/audit/audit-event.entity.js';
import { roundEntryCode } from '../src/judging/blind-code.js';
import { Scorecard } from '../src/judging/scorecard.entity.js';
import { eligibleEntry, judgeOn, school, WINDOW } from './judging-fixtures.js';

/**
 * 20 judges score 50 entries at once, each scorecard edited from two tabs at the same time (each tab changes its
 * own criteria and retries on 409), then submitted twice at once with one Idempotency-Key. Nothing may be lost or
 * doubled, and the stored scores must equal a replay of the accepted writes in version order.
 * Shared by judging-concurrency.int-spec.ts (one in-process app) and scale-out.int-spec.ts (requests spread over
 * two API processes).
 */
export interface JudgingConcurrencyOptions {
  /** data is made and checked through this app's database */
  t: TestApp;
  organiser: Client;
  /** a competition with TH among its countries */
  competitionId: string;
  /** the client a signed-in judge uses; default t.as(token) */
  clientFor?: (sessionToken: string) => Client;
  /** the round's window: it must hold the clock of the app that serves the requests; default WINDOW */
  window?: { opensAt: string; closesAt: string };
}

const TAB_A = ['message', 'creativity'];
const TAB_B = ['impact', 'production', 'rules'];

/** Read, change one criterion, save with the version read; on 409 read again and retry. Returns the 409s met. */
async function edit(client: Client, base: string, key: string, value: number): Promise<number> {
  for (let conflicts = 0; conflicts < 100; conflicts++) {
    const current = (await client.get(base).expect(200)).body.scorecard;
    const res = await client.put(`${base}/scorecard`).send({ version: current.version, scores: { ...current.scores, [key]: value } });
    if (res.status === 200) return conflicts;
    if (res.status !== 409) throw new Error(`save answered ${res.status}: ${JSON.stringify(res.body)}`);
  }
  throw new Error('gave up after 100 conflicts');
}

const wanted = (code: string, key: string) => ((Number(code.slice(-2)) + key.length) % 5) + 1;

/** Runs the scenario and asserts its outcome: 0 lost updates, 0 duplicates, an audit log that replays to the stored state. */
export async function runJudgingConcurrency(o: JudgingConcurrencyOptions): Promise<void> {
  const { t, organiser, competitionId } = o;
  const clientFor = o.clientFor ?? ((token: string) => t.as(token));
  const schools = [await school(t, 'Concurrency North'), await school(t, 'Concurrency South')];
  for (let i = 1; i <= 50; i++) await eligibleEntry(t, competitionId, i, { schoolId: schools[i % 2] });
  const round = (
    await organiser
      .post('/api/rounds')
      .send({ competitionId, kind: 'national', countryCode: 'TH', ...(o.window ?? WINDOW), judgesPerEntry: 2 })
      .expect(201)
  ).body;
  const judges = [];
  for (let j = 0; j < 20; j++) judges.push(await judgeOn(t, round.id));
  await organiser.post(`/api/rounds/${round.id}/open`).send({ confirm: true }).expect(200);
  const run = (await organiser.post(`/api/rounds/${round.id}/assignment`).expect(200)).body;
  expect(run).toMatchObject({ total: 100, uncovered: [], spread: 0 });

  let conflicts = 0;
  await Promise.all(
    judges.map(async (judge) => {
      const client = clientFor(judge.token);
      const items: { roundEntryId: string; code: string }[] = (await client.get(`/api/judge/rounds/${round.id}/queue`).expect(200)).body.items;
      await Promise.all(
        items.map(async (item) => {
          const base = `/api/judge/rounds/${round.id}/entries/${item.roundEntryId}`;
          // two tabs on the same scorecard, at the same time
          const tab = async (keys: string[]) => {
            for (const key of keys) conflicts += await edit(client, base, key, wanted(item.code, key));
          };
          await Promise.all([tab(TAB_A), tab(TAB_B)]);
          // a double click on submit: the same request twice at once, one key
          const card = (await client.get(base).expect(200)).body.scorecard;
          const key = randomUUID();
          const submit = () => client.post(`${base}/scorecard/submit`).set('Idempotency-Key', key).send({ version: card.version, scores: card.scores });
          const [a, b] = await Promise.all([submit(), submit()]);
          expect([a.status, b.status]).toEqual([200, 200]);
          expect(a.body).toEqual(b.body);
        }),
      );
    }),
  );

  const stored = await t.db.getRepository(Scorecard).find({ where: { roundId: round.id }, relations: { roundEntry: { entry: true } } });
  // no duplicates: one scorecard per assignment
  expect(stored).toHaveLength(100);
  expect(new Set(stored.map((c) => `${c.roundEntryId}:${c.judgeId}`)).size).toBe(100);
  // no lost update: every tab's change is there
  for (const c of stored) {
    const code = roundEntryCode('national', c.roundEntry!.blindNumber); // the code the judge saw in the queue
    expect(c.scores).toEqual(Object.fromEntries([...TAB_A, ...TAB_B].map((k) => [k, wanted(code, k)])));
    expect(c.status).toBe('submitted');
    // five accepted edits and one submission, each one version
    expect(c.version).toBe(6);
  }
  // the audit log is the serial history: versions 1..6 without gaps, and replaying it ends at the stored state
  const events = await t.db.getRepository(AuditEvent).find({ where: { subjectType: 'scorecard' }, order: { id: 'ASC' } });
  for (const c of stored) {
    const history = events.filter((e) => e.subjectId === c.id).map((e) => e.after as { scores: Record<string, number>; version: number; status: string });
    expect(history.map((h) => h.version)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(history.at(-1)).toEqual({ scores: c.scores, status: 'submitted', version: 6 });
  }
  // the race was real: some saves met a newer version and retried
  expect(conflicts).toBeGreaterThan(0);
}
