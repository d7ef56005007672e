import { DEFAULT_RUBRIC } from '@clapper/domain/rubric';
import { weightedTotal } from '@clapper/domain/scorecard';
import { Consent } from '../src/consents/consent.entity.js';
import { Entry } from '../src/entries/entry.entity.js';
import { LicenceGrant, LicenceVersion } from '../src/entries/licence.entity.js';
import { TeamMember } from '../src/entries/team-member.entity.js';
import { clientAs } from './harness/factories.js';
import type { Client } from './harness/test-app.js';
import { binary } from './campaigns-fixtures.js';
import { eligibleEntry, FULL, judgeOn, judgingSuite, school, WINDOW } from './judging-fixtures.js';

/** The organisers' CSV records: entries and scores of a competition, UTF-8 with a BOM, formulas neutralised, no dates of birth. */
const suite = judgingSuite();

const BOM = [0xef, 0xbb, 0xbf];
const FORMULA = '=HYPERLINK("http://evil.example","click")';

async function csv(client: Client, url: string): Promise<{ lines: string[]; text: string; headers: Record<string, string> }> {
  const res = await client.get(url).buffer(true).parse(binary).expect(200);
  const body = res.body as Buffer;
  expect([...body.subarray(0, 3)]).toEqual(BOM);
  expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
  const text = body.toString('utf8').slice(1);
  expect(text.endsWith('\r\n')).toBe(true);
  return { lines: text.slice(0, -2).split('\r\n'), text, headers: res.headers };
}

/** Three TH entries: a formula for a title, a Thai title, and one with its consents and licence complete. */
async function entries() {
  const t = suite.t;
  const s = await school(t, `Export School ${suite.competitionId.slice(0, 6)}`);
  const [a, b, c] = [
    await eligibleEntry(t, suite.competitionId, 1, { schoolId: s }),
    await eligibleEntry(t, suite.competitionId, 2, { schoolId: s }),
    await eligibleEntry(t, suite.competitionId, 3, { schoolId: s, eligibility: 'pending' }),
  ];
  await t.db.getRepository(Entry).update({ id: a.id }, { title: FORMULA });
  await t.db.getRepository(Entry).update({ id: b.id }, { title: 'ภัยออนไลน์, ใกล้ตัว' });
  const member = await t.db.getRepository(TeamMember).findOneByOrFail({ entryId: c.id });
  for (const kind of ['participant', 'guardian'] as const)
    await t.db
      .getRepository(Consent)
      .insert({ entryId: c.id, memberId: member.id, kind, status: 'given', method: 'account', givenAt: new Date('2027-01-05T00:00:00Z') });
  const version = await t.db.getRepository(LicenceVersion).findOneByOrFail({ competitionId: suite.competitionId });
  await t.db
    .getRepository(LicenceGrant)
    .insert({ entryId: c.id, licenceVersionId: version.id, acceptedBy: c.ownerId, acceptedAt: new Date('2027-01-06T08:30:00Z') });
  return { a, b, c };
}

describe('entries.csv', () => {
  it('has one row per entry with what the organisers keep, formulas neutralised, and no dates of birth', async () => {
    await entries();
    const { lines, text, headers } = await csv(suite.organiser, `/api/competitions/${suite.competitionId}/exports/entries.csv`);
    // an ASCII name is given once, as it is
    expect(headers['content-disposition']).toMatch(/^attachment; filename=entries-comp-[0-9a-f]{8}\.csv$/);
    expect(lines[0]).toBe(
      'code,country,country_name,category,school,title,status,eligibility,submitted_at,team_size,team,video_status,licence_accepted_at,consents_complete',
    );
    expect(lines).toHaveLength(4);
    const school = `Export School ${suite.competitionId.slice(0, 6)}`;
    expect(lines[1]).toBe(
      `TH-0001,TH,Thailand,Ages 13–17,${school},"'=HYPERLINK(""http://evil.example"",""click"")",submitted,eligible,2027-01-10T00:00:00.000Z,1,Niran Member1,none,,no`,
    );
    expect(lines[2]).toBe(`TH-0002,TH,Thailand,Ages 13–17,${school},"ภัยออนไลน์, ใกล้ตัว",submitted,eligible,2027-01-10T00:00:00.000Z,1,Niran Member2,none,,no`);
    expect(lines[3]).toBe(
      `TH-0003,TH,Thailand,Ages 13–17,${school},Phish story 3,submitted,pending,2027-01-10T00:00:00.000Z,1,Niran Member3,none,2027-01-06T08:30:00.000Z,yes`,
    );
    expect(text).not.toContain('2011-03-04');
    expect(text).not.toContain('somchai@example.org');
  });

  it('is for organisers only', async () => {
    const url = `/api/competitions/${suite.competitionId}/exports/entries.csv`;
    expect((await suite.coordinatorTH.get(url).expect(403)).body.code).toBe('forbidden');
    for (const role of ['student', 'teacher', 'judge'] as const) await (await clientAs(suite.t, { role, countryCode: 'TH' })).client.get(url).expect(403);
    await suite.t.anon.get(url).expect(401);
    await suite.organiser.get('/api/competitions/00000000-0000-4000-8000-000000000000/exports/entries.csv').expect(404);
    await suite.organiser.get('/api/competitions/comp-1/exports/entries.csv').expect(400);
  });
});

describe('scores.csv', () => {
  it('has every submitted scorecard of every round: the level per criterion, the weighted total and when; drafts stay out', async () => {
    const { a, b } = await entries();
    const round = (
      await suite.coordinatorTH
        .post('/api/rounds')
        .send({ competitionId: suite.competitionId, kind: 'national', countryCode: 'TH', ...WINDOW, judgesPerEntry: 1 })
        .expect(201)
    ).body;
    const judge = await judgeOn(suite.t, round.id, { name: 'Judge Ayumi' });
    await suite.organiser.post(`/api/rounds/${round.id}/open`).send({ confirm: true }).expect(200);
    await suite.organiser.post(`/api/rounds/${round.id}/assignment`).expect(200);
    const levels = Object.fromEntries(Object.keys(FULL).map((k, i) => [k, 1 + (i % 5)]));
    const queue = (await judge.client.get(`/api/judge/rounds/${round.id}/queue`).expect(200)).body.items as { roundEntryId: string; code: string }[];
    // the judge sees the round's opaque codes, never the entries' own
    expect(queue).toHaveLength(2);
    expect(queue.every((i) => /^R1-\d+$/.test(i.code) && i.code !== a.code && i.code !== b.code)).toBe(true);
    for (const item of queue)
      await judge.client
        .post(`/api/judge/rounds/${round.id}/entries/${item.roundEntryId}/scorecard/submit`)
        .send({ version: 0, scores: levels, teamFeedback: 'Well done' })
        .expect(200);
    // a second judge's draft stays out
    const other = await judgeOn(suite.t, round.id, { name: 'Judge Budi' });
    await suite.organiser.post(`/api/rounds/${round.id}/assignments`).send({ judgeId: other.user.id, roundEntryId: queue[0].roundEntryId }).expect(201);
    await other.client
      .put(`/api/judge/rounds/${round.id}/entries/${queue[0].roundEntryId}/scorecard`)
      .send({ version: 0, scores: { [Object.keys(FULL)[0]]: 2 } })
      .expect(200);

    const { lines, text } = await csv(suite.organiser, `/api/competitions/${suite.competitionId}/exports/scores.csv`);
    const keys = DEFAULT_RUBRIC.criteria.map((c) => c.key);
    expect(lines[0]).toBe(['round', 'round_id', 'entry', 'title', 'judge', ...keys, 'weighted_total', 'submitted_at'].join(','));
    expect(lines).toHaveLength(3);
    const total = weightedTotal(DEFAULT_RUBRIC, levels).toFixed(2);
    const cells = keys.map((k) => levels[k]).join(',');
    expect(lines[1]).toBe(
      `national TH,${round.id},TH-0001,"'=HYPERLINK(""http://evil.example"",""click"")",Judge Ayumi,${cells},${total},2027-01-15T03:00:00.000Z`,
    );
    expect(lines[2]).toBe(`national TH,${round.id},TH-0002,"ภัยออนไลน์, ใกล้ตัว",Judge Ayumi,${cells},${total},2027-01-15T03:00:00.000Z`);
    expect(text).not.toContain('Judge Budi');
    expect(text).not.toContain('2011-03-04');

    await suite.coordinatorTH.get(`/api/competitions/${suite.competitionId}/exports/scores.csv`).expect(403);
    await judge.client.get(`/api/competitions/${suite.competitionId}/exports/scores.csv`).expect(403);
    await suite.t.anon.get(`/api/competitions/${suite.competitionId}/exports/scores.csv`).expect(401);
  });

  it('is a header alone when nothing is scored yet', async () => {
    const { lines } = await csv(suite.organiser, `/api/competitions/${suite.competitionId}/exports/scores.csv`);
    expect(lines).toEqual(['round,round_id,entry,title,judge,weighted_total,submitted_at']);
  });
});
