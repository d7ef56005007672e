import { randomBytes, randomUUID } from 'node:crypto';
import { DEFAULT_RUBRIC } from '@clapper/domain/rubric';
import { Invitation } from '../src/accounts/invitation.entity.js';
import { RoleGrant } from '../src/accounts/role-grant.entity.js';
import { Competition } from '../src/competitions/competition.entity.js';
import { Consent } from '../src/consents/consent.entity.js';
import { Entry } from '../src/entries/entry.entity.js';
import { TeamMember } from '../src/entries/team-member.entity.js';
import { Assignment } from '../src/judging/assignment.entity.js';
import { RoundEntry } from '../src/judging/round-entry.entity.js';
import { Round } from '../src/judging/round.entity.js';
import { Scorecard } from '../src/judging/scorecard.entity.js';
import { VideoAsset } from '../src/videos/video-asset.entity.js';
import { makeUser } from './harness/factories.js';
import { eligibleEntry, judgingSuite, school } from './judging-fixtures.js';
import { levels } from './results-fixtures.js';
import { addAward } from './showcase-fixtures.js';

/** The competition's dashboard (issue 15): its funnel, deadlines, judging progress, alerts, setup checklist, and who sees what. */
const suite = judgingSuite();
let n = 0;

/** An entry of the suite's competition in a given state (submitted on 10 January unless said). */
async function entry(
  country: string,
  o: { status?: 'draft' | 'submitted' | 'withdrawn'; eligibility?: 'pending' | 'eligible' | 'ineligible'; submittedAt?: string } = {},
): Promise<Entry> {
  const s = await school(suite.t, `Dashboard School ${country}`, country);
  const e = await eligibleEntry(suite.t, suite.competitionId, ++n, { schoolId: s, countryCode: country, eligibility: 'pending' });
  const status = o.status ?? 'submitted';
  await suite.t.db.getRepository(Entry).update(
    { id: e.id },
    {
      status,
      eligibility: o.eligibility ?? 'pending',
      submittedAt: status === 'draft' ? null : new Date(o.submittedAt ?? '2027-01-10T00:00:00Z'),
    },
  );
  return e;
}

/** A round written straight to the database (the judging flow has its own tests). */
async function round(
  o: { kind?: 'national' | 'final'; country?: string; status?: 'draft' | 'open' | 'closed'; k?: number; rubric?: boolean; name?: Record<string, string> } = {},
): Promise<Round> {
  return suite.t.db.getRepository(Round).save({
    competitionId: suite.competitionId,
    kind: o.kind ?? 'national',
    name: o.name ?? {},
    countryCode: (o.kind ?? 'national') === 'national' ? (o.country ?? 'TH') : null,
    status: o.status ?? 'open',
    opensAt: new Date('2027-01-01T00:00:00Z'),
    closesAt: new Date('2027-02-01T00:00:00Z'),
    judgesPerEntry: o.k ?? 1,
    rubric: o.rubric === false ? { ...DEFAULT_RUBRIC, criteria: [] } : DEFAULT_RUBRIC,
  });
}

/** Puts the entry in the round and assigns it to these judges, each scorecard submitted, in draft, or not started. */
async function judged(r: Round, e: Entry, cards: { judgeId: string; card: 'submitted' | 'draft' | null }[]): Promise<void> {
  const re = await suite.t.db.getRepository(RoundEntry).save({ roundId: r.id, entryId: e.id });
  for (const c of cards) {
    await suite.t.db.getRepository(Assignment).insert({ roundId: r.id, roundEntryId: re.id, judgeId: c.judgeId, languageMatch: true, source: 'manual' });
    if (c.card)
      await suite.t.db.getRepository(Scorecard).insert({
        roundId: r.id,
        roundEntryId: re.id,
        judgeId: c.judgeId,
        scores: levels(4),
        status: c.card,
        submittedAt: c.card === 'submitted' ? new Date('2027-01-12T00:00:00Z') : null,
      });
  }
}

const judge = async (name: string, r: Round) => {
  const user = await makeUser(suite.t, { role: 'judge', displayName: name });
  await suite.t.db.getRepository(RoleGrant).insert({ userId: user.id, role: 'judge', roundId: r.id });
  return user.id;
};

const dashboard = async (client = suite.organiser, query = '') =>
  (await client.get(`/api/competitions/${suite.competitionId}/dashboard${query}`).expect(200)).body;

describe('the funnel', () => {
  it('counts drafts, then the entries that reached each stage, in total, by country and by category', async () => {
    const national = await round({ country: 'TH' });
    const a = await judge('Judge Anan', national);
    await entry('TH', { status: 'draft' });
    await entry('TH', { status: 'withdrawn' });
    await entry('TH'); // submitted, not screened
    await entry('TH', { eligibility: 'ineligible' });
    const winner = await entry('TH', { eligibility: 'eligible' });
    const halfway = await entry('TH', { eligibility: 'eligible' });
    await entry('TH', { eligibility: 'eligible' });
    await entry('JP', { eligibility: 'eligible' });
    await judged(national, winner, [{ judgeId: a, card: 'submitted' }]);
    await judged(national, halfway, [{ judgeId: a, card: 'draft' }]);
    const final = await round({ kind: 'final', status: 'draft' });
    await suite.t.db.getRepository(RoundEntry).save({ roundId: final.id, entryId: winner.id });
    const competition = await suite.t.db.getRepository(Competition).findOneByOrFail({ id: suite.competitionId });
    await addAward(suite.t, competition, { kind: 'grand_prize', name: { en: 'Grand Prize' }, position: 1, decidedBy: a }, [{ entry: winner }]);

    const body = await dashboard();
    expect(body).toMatchObject({ competitionId: suite.competitionId, countries: ['JP', 'SG', 'TH'], restricted: false, asOf: '2027-01-15T03:00:00.000Z' });
    expect(body.funnel.total).toEqual({ draft: 1, submitted: 6, eligible: 4, judged: 1, finalist: 1, winner: 1 });
    expect(body.funnel.byCountry).toEqual([
      { countryCode: 'JP', counts: { draft: 0, submitted: 1, eligible: 1, judged: 0, finalist: 0, winner: 0 } },
      { countryCode: 'SG', counts: { draft: 0, submitted: 0, eligible: 0, judged: 0, finalist: 0, winner: 0 } },
      { countryCode: 'TH', counts: { draft: 1, submitted: 5, eligible: 3, judged: 1, finalist: 1, winner: 1 } },
    ]);
    expect(body.funnel.byCategory).toEqual([
      { categoryId: expect.any(String), name: { en: 'Ages 13–17' }, counts: { draft: 1, submitted: 6, eligible: 4, judged: 1, finalist: 1, winner: 1 } },
    ]);
  });
});

describe('deadlines and judging progress', () => {
  it("gives the submission and judging windows, and each round's scorecards with the judges behind named", async () => {
    // named by the organisers: the name goes with the round for its label (issue 17)
    const name = { en: 'Thailand selection', th: 'รอบคัดเลือกประเทศไทย' };
    const national = await round({ country: 'TH', name });
    const ahead = await judge('Judge Busy', national);
    const behind = await judge('Judge Late', national);
    for (const e of [await entry('TH', { eligibility: 'eligible' }), await entry('TH', { eligibility: 'eligible' })])
      await judged(national, e, [
        { judgeId: ahead, card: 'submitted' },
        { judgeId: behind, card: null },
      ]);
    const body = await dashboard();
    expect(body.deadlines).toEqual({
      submission: { opensAt: '2027-01-01T00:00:00.000Z', closesAt: '2027-06-30T15:00:00.000Z', state: 'open' },
      rounds: [
        {
          roundId: national.id,
          kind: 'national',
          countryCode: 'TH',
          name,
          status: 'open',
          opensAt: '2027-01-01T00:00:00.000Z',
          closesAt: '2027-02-01T00:00:00.000Z',
          state: 'open',
        },
      ],
      ceremonyAt: null,
    });
    // 14 days and 3 hours of the window's 31 days are gone: Judge Late, with nothing submitted, is behind
    expect(body.judging).toEqual([
      {
        roundId: national.id,
        kind: 'national',
        countryCode: 'TH',
        name,
        status: 'open',
        assigned: 4,
        submitted: 2,
        elapsed: expect.closeTo((14 + 3 / 24) / 31, 3),
        judges: 2,
        behind: [{ judgeId: behind, displayName: 'Judge Late', assigned: 2, submitted: 0 }],
      },
    ]);
  });
});

describe('alerts', () => {
  it('names each thing to fix with its facts and where to fix it', async () => {
    const organiser = await makeUser(suite.t, { role: 'organiser', countryCode: null });
    const rejected = await entry('TH', { status: 'draft' });
    const stuck = await entry('TH', { status: 'draft' });
    const working = await entry('TH', { status: 'draft' });
    const video = (e: Entry, status: VideoAsset['status']) =>
      suite.t.db.getRepository(VideoAsset).save({ entryId: e.id, status, originalKey: `originals/${e.id}/${randomUUID()}`, fileName: 'clip.mp4' });
    await video(rejected, 'rejected');
    const old = await video(stuck, 'processing');
    const recent = await video(working, 'processing');
    // by the app's clock (15 January, 03:00): one untouched for two hours, one for a minute
    await suite.t.db.query(`UPDATE video_assets SET updated_at = $2 WHERE id = $1`, [old.id, '2027-01-15T01:00:00Z']);
    await suite.t.db.query(`UPDATE video_assets SET updated_at = $2 WHERE id = $1`, [recent.id, '2027-01-15T02:59:00Z']);

    await entry('TH'); // submitted on 10 January, never screened
    await entry('TH', { submittedAt: '2027-01-14T00:00:00Z' }); // too recent to be an alert
    const minors = await entry('TH', { eligibility: 'eligible' });
    const member = await suite.t.db.getRepository(TeamMember).findOneByOrFail({ entryId: minors.id });
    const second = await suite.t.db
      .getRepository(TeamMember)
      .save({ entryId: minors.id, fullName: 'Second Member', role: 'actor', dateOfBirth: '2012-01-01', schoolName: 'Bangkok School', position: 1 });
    await suite.t.db.getRepository(Consent).insert({ entryId: minors.id, memberId: member.id, kind: 'guardian', status: 'requested' });
    await suite.t.db.getRepository(Consent).insert({ entryId: minors.id, memberId: second.id, kind: 'guardian', status: 'pending_verification' });

    const national = await round({ country: 'TH', status: 'draft', k: 2 });
    const j1 = await judge('Judge One', national);
    const j2 = await judge('Judge Two', national);
    await judged(national, minors, [
      { judgeId: j1, card: null },
      { judgeId: j2, card: null },
    ]);
    await judged(national, await entry('TH', { eligibility: 'eligible' }), [{ judgeId: j1, card: null }]);
    const invite = (o: Partial<Invitation>) =>
      suite.t.db.getRepository(Invitation).insert({
        tokenHash: randomBytes(32).toString('hex'),
        email: `judge-${randomUUID().slice(0, 6)}@example.org`,
        role: 'judge',
        roundId: national.id,
        invitedBy: organiser.id,
        expiresAt: new Date('2027-02-01T00:00:00Z'),
        ...o,
      });
    await invite({});
    await invite({ expiresAt: new Date('2027-01-14T00:00:00Z') }); // expired
    await invite({ acceptedAt: new Date('2027-01-13T00:00:00Z') }); // accepted

    const ref = { roundId: national.id, kind: 'national', countryCode: 'TH', name: {} };
    expect((await dashboard()).alerts).toEqual([
      { code: 'video_rejected', count: 1, round: null, threshold: null, target: { kind: 'entries', filter: 'video_rejected' } },
      { code: 'video_stuck', count: 1, round: null, threshold: 60, target: { kind: 'entries', filter: 'video_processing' } },
      { code: 'consent_waiting_guardian', count: 1, round: null, threshold: null, target: { kind: 'entries', filter: 'consent_waiting' } },
      { code: 'consent_form_to_verify', count: 1, round: null, threshold: null, target: { kind: 'entries', filter: 'consent_to_verify' } },
      { code: 'entries_unscreened', count: 1, round: null, threshold: 3, target: { kind: 'entries', filter: 'unscreened' } },
      { code: 'entries_short_of_judges', count: 1, round: ref, threshold: 2, target: { kind: 'round', roundId: national.id, section: 'assignment' } },
      { code: 'invitations_pending', count: 1, round: ref, threshold: null, target: { kind: 'round', roundId: national.id, section: 'panel' } },
    ]);
  });
});

describe('the setup checklist', () => {
  const states = (body: { checklist: { step: string; state: string }[] }) => Object.fromEntries(body.checklist.map((s) => [s.step, s.state]));

  it('moves each step from to-do (or blocked) to done as the competition is set up', async () => {
    let body = await dashboard();
    expect(states(body)).toEqual({
      details: 'todo',
      categories: 'done',
      countries: 'todo',
      licence: 'done',
      rounds: 'todo',
      rubric: 'blocked',
      judges: 'blocked',
    });
    const step = (key: string) => body.checklist.find((s: { step: string }) => s.step === key);
    expect(step('details')).toMatchObject({ missing: ['rules'] });
    expect(step('countries')).toMatchObject({ count: 3, countries: ['SG'] }); // TH and JP have their coordinators
    expect(step('rounds')).toMatchObject({ count: 0, countries: ['JP', 'SG', 'TH'], missing: ['final'] });
    expect(step('rubric')).toMatchObject({ blockedBy: 'rounds' });

    await suite.organiser
      .patch(`/api/competitions/${suite.competitionId}`)
      .send({ rulesText: { en: 'One video per team, 60 to 180 seconds.' } })
      .expect(200);
    await makeUser(suite.t, { role: 'coordinator', countryCode: 'SG' });
    const rounds = [
      await round({ country: 'TH', status: 'draft', k: 2 }),
      await round({ country: 'JP', status: 'draft', rubric: false }),
      await round({ country: 'SG', status: 'draft' }),
    ];
    body = await dashboard();
    expect(states(body)).toEqual({ details: 'done', categories: 'done', countries: 'done', licence: 'done', rounds: 'todo', rubric: 'todo', judges: 'todo' });
    expect(step('rounds')).toMatchObject({ count: 3, countries: [], missing: ['final'] });
    expect(step('rubric').rounds).toEqual([{ roundId: rounds[1].id, kind: 'national', countryCode: 'JP', name: {}, judges: null, needed: null }]);
    expect(step('judges').rounds.map((r: { countryCode: string; needed: number }) => [r.countryCode, r.needed])).toEqual([
      ['TH', 2],
      ['JP', 1],
      ['SG', 1],
    ]);

    const final = await round({ kind: 'final', status: 'draft' });
    await suite.t.db.getRepository(Round).update({ id: rounds[1].id }, { rubric: DEFAULT_RUBRIC });
    for (const r of [...rounds, final]) await judge(`Judge ${r.countryCode ?? 'final'}`, r);
    await judge('Second TH judge', rounds[0]);
    body = await dashboard();
    expect(body.checklist.every((s: { state: string; blockedBy: string | null }) => s.state === 'done' && s.blockedBy === null)).toBe(true);
  });
});

describe("a coordinator's dashboard", () => {
  it("shows a coordinator their own country's figures only, and refuses another country", async () => {
    const th = await round({ country: 'TH' });
    const jp = await round({ country: 'JP' });
    await judged(th, await entry('TH', { eligibility: 'eligible' }), [{ judgeId: await judge('Judge TH', th), card: 'submitted' }]);
    await judged(jp, await entry('JP', { eligibility: 'eligible' }), [{ judgeId: await judge('Judge JP', jp), card: null }]);
    await entry('JP'); // unscreened, in Japan

    const body = await dashboard(suite.coordinatorTH);
    expect(body).toMatchObject({ countries: ['TH'], restricted: true });
    expect(body.funnel.total).toEqual({ draft: 0, submitted: 1, eligible: 1, judged: 1, finalist: 0, winner: 0 });
    expect(body.funnel.byCountry.map((c: { countryCode: string }) => c.countryCode)).toEqual(['TH']);
    expect(body.judging.map((r: { roundId: string }) => r.roundId)).toEqual([th.id]);
    expect(body.deadlines.rounds.map((r: { roundId: string }) => r.roundId)).toEqual([th.id]);
    expect(body.alerts).toEqual([]);
    expect(body.checklist.find((s: { step: string }) => s.step === 'countries')).toMatchObject({ state: 'done', count: 1, countries: [] });

    // the organiser may look at one country the same way
    const jpView = await dashboard(suite.organiser, '?country=JP');
    expect(jpView).toMatchObject({ countries: ['JP'], restricted: true });
    expect(jpView.alerts.map((a: { code: string }) => a.code)).toEqual(['entries_unscreened']);

    const refused = await suite.coordinatorTH.get(`/api/competitions/${suite.competitionId}/dashboard?country=JP`).expect(403);
    expect(refused.body).toMatchObject({ code: 'forbidden', reason: 'common.forbidden' });
    await suite.organiser.get(`/api/competitions/${suite.competitionId}/dashboard?country=FR`).expect(404);
    const lower = await suite.organiser.get(`/api/competitions/${suite.competitionId}/dashboard?country=th`).expect(400);
    expect(lower.body.fields.map((f: { field: string }) => f.field)).toEqual(['country']);
    await suite.organiser.get(`/api/competitions/not-an-id/dashboard`).expect(400);
    await suite.organiser.get(`/api/competitions/${randomUUID()}/dashboard`).expect(404);
  });

  it('answers 404 to a coordinator whose country does not take part', async () => {
    await suite.t.db.query(`DELETE FROM competition_countries WHERE competition_id = $1 AND country_code = 'JP'`, [suite.competitionId]);
    const res = await suite.coordinatorJP.get(`/api/competitions/${suite.competitionId}/dashboard`).expect(404);
    expect(res.body).toMatchObject({ reason: 'common.not_found', params: { thing: 'competition' } });
  });
});
