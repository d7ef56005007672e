import type { Client } from './harness/test-app.js';
import { RoundEntry } from '../src/judging/round-entry.entity.js';
import type { Entry } from '../src/entries/entry.entity.js';
import { eligibleEntry, FULL, judgeOn, judgingSuite, school, WINDOW } from './judging-fixtures.js';

/**
 * Blind judging is blind: judges know entries by an opaque code per round, never the entry's own code, country,
 * school or team; and declaring conflicts tells them nothing of which entry belongs to whom.
 */
const suite = judgingSuite();

/** Thai and Japanese entries, three each, from one school per country (the school names share "Wittaya"). */
async function entries(): Promise<{ thai: Entry[]; japanese: Entry[]; schools: { th: string; jp: string } }> {
  const th = await school(suite.t, 'Chiang Mai Wittaya', 'TH');
  const jp = await school(suite.t, 'Osaka Wittaya Gakuen', 'JP');
  const thai = [];
  const japanese = [];
  for (let i = 1; i <= 3; i++) thai.push(await eligibleEntry(suite.t, suite.competitionId, i, { schoolId: th, countryCode: 'TH' }));
  for (let i = 1; i <= 3; i++) japanese.push(await eligibleEntry(suite.t, suite.competitionId, i, { schoolId: jp, countryCode: 'JP', language: 'ja' }));
  return { thai, japanese, schools: { th, jp } };
}

/**
 * A blind final holding these entries, with `judges` Singaporean judges, open and assigned one judge per entry (a final
 * without entries cannot open: it stays a draft).
 */
async function final(inFinal: Entry[], judges = 1, o: Record<string, unknown> = {}) {
  const round = (
    await suite.organiser
      .post('/api/rounds')
      .send({ competitionId: suite.competitionId, kind: 'final', ...WINDOW, judgesPerEntry: 1, countryQuota: 3, ...o })
      .expect(201)
  ).body;
  for (const e of inFinal) await suite.t.db.getRepository(RoundEntry).insert({ roundId: round.id, entryId: e.id });
  const panel = [];
  for (let j = 0; j < judges; j++) panel.push(await judgeOn(suite.t, round.id, { countryCode: 'SG', name: `Final judge ${j + 1}` }));
  if (!inFinal.length) return { round, panel };
  await suite.organiser.post(`/api/rounds/${round.id}/open`).send({ confirm: true }).expect(200);
  await suite.organiser.post(`/api/rounds/${round.id}/assignment`).expect(200);
  return { round, panel };
}

/** The entries' own codes by round entry id, as the organisers see them. */
async function realCodes(roundId: string): Promise<Map<string, { code: string; roundCode: string }>> {
  const list: { roundEntryId: string; code: string; roundCode: string }[] = (await suite.organiser.get(`/api/rounds/${roundId}/assignments`).expect(200)).body
    .entries;
  return new Map(list.map((e) => [e.roundEntryId, { code: e.code, roundCode: e.roundCode }]));
}

const queueOf = async (judge: Client, roundId: string): Promise<{ roundEntryId: string; code: string }[]> =>
  (await judge.get(`/api/judge/rounds/${roundId}/queue`).expect(200)).body.items;

const DECLARATION_KEYS = ['conflictCountryCodes', 'conflictEntryCodes', 'conflictSchools', 'countries', 'declaredAt', 'languages', 'note'];
const declare = (over: Record<string, unknown> = {}) => ({
  languages: ['en'],
  conflictEntryCodes: [],
  conflictSchoolIds: [],
  conflictCountryCodes: [],
  note: '',
  ...over,
});

describe('opaque codes', () => {
  it('never sends a judge of a blind round the entry code, country, school, team or entry id, in any judge endpoint', async () => {
    const { thai, japanese } = await entries();
    const { round, panel } = await final([...thai, ...japanese], 1, { showOtherScores: true });
    const judge = panel[0].client;
    const base = `/api/judge/rounds/${round.id}`;
    const texts: string[] = [];
    const keep = (path: string, body: unknown) => texts.push(`${path} ${JSON.stringify(body)}`);
    keep('rounds', (await judge.get('/api/judge/rounds').expect(200)).body);
    // `countries` lists the competition's participating countries to declare links with: the same for every judge
    // and every round of the competition, nothing about the entries
    const { countries, ...declaration } = (await judge.get(`${base}/declaration`).expect(200)).body;
    expect(countries).toEqual(['JP', 'SG', 'TH']);
    keep('declaration', declaration);
    const { countries: _, ...declared } = (
      await judge
        .put(`${base}/declaration`)
        .send(declare({ languages: ['en', 'th', 'ja'] }))
        .expect(200)
    ).body;
    keep('declare', declared);
    const queue = (await judge.get(`${base}/queue`).expect(200)).body;
    expect(queue.items).toHaveLength(6);
    keep('queue', queue);
    for (const item of queue.items) {
      const url = `${base}/entries/${item.roundEntryId}`;
      keep('entry', (await judge.get(url).expect(200)).body);
      keep(
        'save',
        (
          await judge
            .put(`${url}/scorecard`)
            .send({ version: 0, scores: { message: 3 } })
            .expect(200)
        ).body,
      );
      keep('submit', (await judge.post(`${url}/scorecard/submit`).send({ version: 1, scores: FULL }).expect(200)).body);
      keep('others', (await judge.get(`${url}/other-scores`).expect(200)).body);
      // and what the errors say
      keep('stale', (await judge.put(`${url}/scorecard`).send({ version: 0, scores: FULL }).expect(409)).body);
    }
    keep('entry after', (await judge.get(`${base}/entries/${queue.items[0].roundEntryId}`).expect(200)).body);
    const all = texts.join('\n');
    const secrets = [
      ...[...thai, ...japanese].flatMap((e) => [e.code, e.id, e.schoolId]),
      'TH-0',
      'JP-0',
      '"TH"',
      '"JP"',
      'Chiang Mai',
      'Osaka',
      'Wittaya',
      'Niran',
      'Bangkok School',
      'Somchai',
    ];
    for (const secret of secrets) expect({ secret, found: all.includes(secret) }).toEqual({ secret, found: false });
    for (const item of queue.items) expect(item.code).toMatch(/^R2-\d{3}$/);
  }, 90_000);

  it('keeps each code stable across calls and unique in the round, and gives the same entry another code in another round', async () => {
    const { thai, japanese } = await entries();
    const national = (
      await suite.organiser
        .post('/api/rounds')
        .send({ competitionId: suite.competitionId, kind: 'national', countryCode: 'TH', ...WINDOW, judgesPerEntry: 1 })
        .expect(201)
    ).body;
    const nationalJudge = await judgeOn(suite.t, national.id);
    await suite.organiser.post(`/api/rounds/${national.id}/open`).send({ confirm: true }).expect(200);
    await suite.organiser.post(`/api/rounds/${national.id}/assignment`).expect(200);
    const { round, panel } = await final([...thai, ...japanese], 2);

    const first = [...(await queueOf(panel[0].client, round.id)), ...(await queueOf(panel[1].client, round.id))];
    const again = [...(await queueOf(panel[0].client, round.id)), ...(await queueOf(panel[1].client, round.id))];
    expect(first).toHaveLength(6);
    expect(again).toEqual(first);
    expect(new Set(first.map((i) => i.code)).size).toBe(6);
    for (const item of first) expect(item.code).toMatch(/^R2-\d{3}$/);
    // the entry view agrees with the queue
    const [item] = await queueOf(panel[0].client, round.id);
    expect((await panel[0].client.get(`/api/judge/rounds/${round.id}/entries/${item.roundEntryId}`).expect(200)).body.code).toBe(item.code);
    // unique in the round, in the database too
    const rows = await suite.t.db.getRepository(RoundEntry).find({ where: { roundId: round.id } });
    expect(new Set(rows.map((r) => r.blindNumber)).size).toBe(rows.length);
    for (const r of rows) expect(r.blindNumber).toBeGreaterThanOrEqual(1);
    // organisers see both codes side by side
    const staff = await realCodes(round.id);
    for (const i of first) expect(staff.get(i.roundEntryId)).toEqual({ code: expect.stringMatching(/^(TH|JP)-000\d$/), roundCode: i.code });

    // the Thai entries in the national round have other codes there
    const nationalQueue = await queueOf(nationalJudge.client, national.id);
    expect(nationalQueue).toHaveLength(3);
    const nationalStaff = await realCodes(national.id);
    for (const n of nationalQueue) {
      expect(n.code).toMatch(/^R1-\d{3}$/);
      const real = nationalStaff.get(n.roundEntryId)!.code;
      const inFinal = [...staff.entries()].find(([, v]) => v.code === real)!;
      expect(inFinal[1].roundCode).not.toBe(n.code);
    }
  });

  it('numbers every entry that joins a round, whoever inserts it, and never reuses a number in the round', async () => {
    const { thai, japanese } = await entries();
    const round = (
      await suite.organiser
        .post('/api/rounds')
        .send({ competitionId: suite.competitionId, kind: 'final', ...WINDOW })
        .expect(201)
    ).body;
    // several rows in one statement, then one more
    await suite.t.db.getRepository(RoundEntry).insert([...thai, ...japanese.slice(0, 2)].map((e) => ({ roundId: round.id, entryId: e.id })));
    await suite.t.db.getRepository(RoundEntry).insert({ roundId: round.id, entryId: japanese[2].id });
    const rows = await suite.t.db.getRepository(RoundEntry).find({ where: { roundId: round.id } });
    expect(rows).toHaveLength(6);
    expect(new Set(rows.map((r) => r.blindNumber)).size).toBe(6);
    for (const r of rows) expect(r.blindNumber).toEqual(expect.any(Number));
    for (const r of rows) expect(r.blindNumber >= 1 && r.blindNumber <= 999).toBe(true);
  });
});

describe('declaring conflicts', () => {
  it('searches the whole school directory (3+ characters, 20 at most), whatever the round holds', async () => {
    await entries();
    const { round, panel } = await final([], 1);
    const judge = panel[0].client;
    const base = `/api/judge/rounds/${round.id}`;
    for (let i = 1; i <= 25; i++) await school(suite.t, `Directory Test School ${String(i).padStart(2, '0')}`, i % 2 ? 'SG' : 'VN');
    // schools of every country, though the round holds no entry at all
    const found = (await judge.get(`${base}/schools?q=wittaya`).expect(200)).body;
    expect(found.map((s: { name: string; countryCode: string }) => `${s.name}/${s.countryCode}`)).toEqual(['Chiang Mai Wittaya/TH', 'Osaka Wittaya Gakuen/JP']);
    expect(Object.keys(found[0]).sort()).toEqual(['countryCode', 'id', 'name']);
    expect((await judge.get(`${base}/schools?q=Directory%20Test`).expect(200)).body).toHaveLength(20);
    // too short, missing, or wildcards: answered, never a 500
    expect((await judge.get(`${base}/schools?q=wi`).expect(400)).body).toMatchObject({ code: 'validation_failed' });
    await judge.get(`${base}/schools`).expect(400);
    expect((await judge.get(`${base}/schools?q=${encodeURIComponent('%%%')}`).expect(200)).body).toEqual([]);
    expect((await judge.get(`${base}/schools?q=${encodeURIComponent('___')}`).expect(200)).body).toEqual([]);
    // only the round's judges
    await suite.organiser.get(`${base}/schools?q=wittaya`).expect(403);
    const other = (
      await suite.organiser
        .post('/api/rounds')
        .send({ competitionId: suite.competitionId, kind: 'national', countryCode: 'TH', ...WINDOW })
        .expect(201)
    ).body;
    await (await judgeOn(suite.t, other.id)).client.get(`${base}/schools?q=wittaya`).expect(404);
  });

  it("removes a declared school's entries from the queue, and the answer says only what was declared", async () => {
    const { thai, japanese, schools } = await entries();
    const { round, panel } = await final([...thai, ...japanese], 1);
    const judge = panel[0].client;
    const base = `/api/judge/rounds/${round.id}`;
    expect(await queueOf(judge, round.id)).toHaveLength(6);
    const res = (
      await judge
        .put(`${base}/declaration`)
        .send(declare({ conflictSchoolIds: [schools.th], note: 'I taught there.' }))
        .expect(200)
    ).body;
    expect(Object.keys(res).sort()).toEqual(DECLARATION_KEYS);
    expect(res.conflictSchools).toEqual([{ id: schools.th, name: 'Chiang Mai Wittaya', countryCode: 'TH' }]);
    expect((await judge.get(`${base}/declaration`).expect(200)).body).toEqual(res);
    const staff = await realCodes(round.id);
    const left = await queueOf(judge, round.id);
    expect(left.map((i) => staff.get(i.roundEntryId)!.code).sort()).toEqual(['JP-0001', 'JP-0002', 'JP-0003']);
    // a school that is not in the directory is refused with the field named
    const unknown = await judge
      .put(`${base}/declaration`)
      .send(declare({ conflictSchoolIds: ['00000000-0000-4000-8000-000000000000'] }))
      .expect(400);
    expect(unknown.body).toMatchObject({
      code: 'validation_failed',
      fields: [{ field: 'conflictSchoolIds', problems: [{ reason: 'judging.unknown_school', params: {} }] }],
    });
    await judge
      .put(`${base}/declaration`)
      .send(declare({ conflictSchoolIds: ['not-an-id'] }))
      .expect(400);
  });

  it("removes a declared country's entries the same way", async () => {
    const { thai, japanese } = await entries();
    const { round, panel } = await final([...thai, ...japanese], 1);
    const judge = panel[0].client;
    const res = (
      await judge
        .put(`/api/judge/rounds/${round.id}/declaration`)
        .send(declare({ conflictCountryCodes: ['JP'] }))
        .expect(200)
    ).body;
    expect(Object.keys(res).sort()).toEqual(DECLARATION_KEYS);
    expect(res).toMatchObject({ conflictCountryCodes: ['JP'], conflictSchools: [], conflictEntryCodes: [] });
    const staff = await realCodes(round.id);
    expect((await queueOf(judge, round.id)).map((i) => staff.get(i.roundEntryId)!.code).sort()).toEqual(['TH-0001', 'TH-0002', 'TH-0003']);
    await judge
      .put(`/api/judge/rounds/${round.id}/declaration`)
      .send(declare({ conflictCountryCodes: ['jp'] }))
      .expect(400);
  });

  it('answers an entry code the same whether or not an entry has it', async () => {
    const { thai, japanese } = await entries();
    // both judges score every entry
    const { round, panel } = await final([...thai, ...japanese], 2, { judgesPerEntry: 2 });
    const [x, y] = panel;
    const base = `/api/judge/rounds/${round.id}`;
    const existing = await x.client.put(`${base}/declaration`).send(declare({ conflictEntryCodes: ['TH-0001'] }));
    const missing = await y.client.put(`${base}/declaration`).send(declare({ conflictEntryCodes: ['TH-9999'] }));
    expect([existing.status, missing.status]).toEqual([200, 200]);
    expect(existing.body.conflictEntryCodes).toEqual(['TH-0001']);
    expect(missing.body.conflictEntryCodes).toEqual(['TH-9999']);
    expect({ ...existing.body, conflictEntryCodes: null }).toEqual({ ...missing.body, conflictEntryCodes: null });
    expect((await y.client.get(`${base}/declaration`).expect(200)).body.conflictEntryCodes).toEqual(['TH-9999']);
    // the existing one is matched on the server: the judge who declared it no longer has TH-0001
    const staff = await realCodes(round.id);
    expect((await queueOf(x.client, round.id)).map((i) => staff.get(i.roundEntryId)!.code)).not.toContain('TH-0001');
    expect(await queueOf(x.client, round.id)).toHaveLength(5);
    expect(await queueOf(y.client, round.id)).toHaveLength(6);
    // organisers see what the judges typed
    const panelView = (await suite.organiser.get(`/api/rounds/${round.id}/judges`).expect(200)).body.judges;
    expect(panelView.map((j: { conflictEntryCodes: string[] }) => j.conflictEntryCodes).sort()).toEqual([['TH-0001'], ['TH-9999']]);
    // something that is not an entry code at all is refused
    expect(
      (
        await x.client
          .put(`${base}/declaration`)
          .send(declare({ conflictEntryCodes: ['th-1'] }))
          .expect(400)
      ).body.code,
    ).toBe('validation_failed');
  });
});
