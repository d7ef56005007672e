import { judgingSuite } from './judging-fixtures.js';
import { scoredFinal } from './results-fixtures.js';
import { sessionFor } from './harness/factories.js';
import { AuditEvent } from '../src/audit/audit-event.entity.js';
import { Competition } from '../src/competitions/competition.entity.js';
import { User } from '../src/accounts/user.entity.js';

/**
 * Ceremony night (issue 15, section 5, and the ceremony guardrail of section 3): ceremony mode is refused before the
 * results are sealed, with what stands in the way of sealing; once sealed, the deck can be rehearsed as often as
 * needed while nothing becomes public; publishing is a separate action the presenter takes.
 */
const s = judgingSuite();

const deckUrl = () => `/api/competitions/${s.competitionId}/ceremony`;

/** TH-0100 wins, in a final that is open (still being judged) or closed. */
const final = (status: 'open' | 'closed' = 'closed') =>
  scoredFinal(
    s.t,
    s.competitionId,
    [
      { countryCode: 'TH', scores: [5, 5, 4] },
      { countryCode: 'JP', scores: [3, 3, 3] },
    ],
    { status },
  );

const defineGrandPrize = async () =>
  (
    await s.organiser
      .post(`/api/competitions/${s.competitionId}/awards`)
      .send({ kind: 'grand_prize', name: { en: 'Grand Prize', ja: 'グランプリ' }, description: { en: 'The best video of the year.' } })
      .expect(201)
  ).body as { awards: { id: string }[] };

const slug = async () => (await s.t.db.getRepository(Competition).findOneByOrFail({ id: s.competitionId })).slug;

describe('ceremony mode before the results are sealed', () => {
  it('is refused with what stands in the way of sealing: an open final and no awards', async () => {
    await final('open');
    const res = await s.organiser.get(deckUrl()).expect(409);
    expect(res.body).toMatchObject({
      code: 'conflict',
      reason: 'results.ceremony_not_sealed',
      params: {
        problems: [
          { reason: 'results.final_not_closed', params: {} },
          { reason: 'results.no_awards', params: {} },
        ],
      },
    });
  });

  it('names the awards still without winners', async () => {
    await final();
    const overview = await defineGrandPrize();
    const res = await s.organiser.get(deckUrl()).expect(409);
    expect(res.body.reason).toBe('results.ceremony_not_sealed');
    expect(res.body.params.problems).toEqual([
      { reason: 'results.awards_without_winners', params: { awards: [{ en: 'Grand Prize', ja: 'グランプリ' }], awardIds: [overview.awards[0].id] } },
    ]);
  });

  it('lists nothing in the way once the winners are assigned (seal first), and opens once sealed', async () => {
    await final();
    await defineGrandPrize();
    await s.organiser.post(`/api/competitions/${s.competitionId}/awards/assign`).expect(200);
    const res = await s.organiser.get(deckUrl()).expect(409);
    expect(res.body).toMatchObject({ reason: 'results.ceremony_not_sealed', params: { problems: [] } });
    await s.organiser.post(`/api/competitions/${s.competitionId}/results/seal`).expect(200);
    const deck = (await s.organiser.get(deckUrl()).expect(200)).body;
    expect(deck.publication).toMatchObject({ state: 'sealed', publishedAt: null, blockers: [] });
    expect(deck.reveals).toEqual([
      expect.objectContaining({
        awardName: { en: 'Grand Prize', ja: 'グランプリ' },
        description: { en: 'The best video of the year.' },
        winners: [expect.objectContaining({ code: 'TH-0100' })],
      }),
    ]);
  });

  it('is for organisers only', async () => {
    await final();
    await s.coordinatorTH.get(deckUrl()).expect(403);
    await s.t.anon.get(deckUrl()).expect(401);
  });
});

describe('rehearsing the sealed deck, then publishing from the presenter view', () => {
  it('keeps everything private while the deck is rehearsed, and opens it all when the presenter publishes', async () => {
    const { entries } = await final();
    await defineGrandPrize();
    await s.organiser.post(`/api/competitions/${s.competitionId}/awards/assign`).expect(200);
    await s.organiser.post(`/api/competitions/${s.competitionId}/results/seal`).expect(200);
    const team = s.t.as(await sessionFor(s.t, await s.t.db.getRepository(User).findOneByOrFail({ id: entries[0].ownerId })));
    const edition = `/showcase/${await slug()}`;

    // two rehearsals, a day apart: the deck is the same, and nothing becomes public
    const first = (await s.organiser.get(deckUrl()).expect(200)).body;
    s.t.clock.set('2027-01-16T03:00:00Z');
    const second = (await s.organiser.get(deckUrl()).expect(200)).body;
    expect(second.reveals.map((r: { winners: { code: string }[] }) => r.winners.map((w) => w.code))).toEqual(
      first.reveals.map((r: { winners: { code: string }[] }) => r.winners.map((w) => w.code)),
    );
    expect(second.publication.state).toBe('sealed');
    expect((await team.get(`/api/entries/${entries[0].id}/result`).expect(200)).body).toMatchObject({ published: false, rounds: [] });
    await s.t.anon.get(edition).expect(404);
    const row = await s.t.db.getRepository(Competition).findOneByOrFail({ id: s.competitionId });
    expect(row.resultsPublishedAt).toBeNull();
    expect(await s.t.db.getRepository(AuditEvent).countBy({ subjectId: s.competitionId, action: 'results.published' })).toBe(0);

    // the presenter publishes: the deck says so, and the team and the showcase see the results
    const published = (await s.organiser.post(`/api/competitions/${s.competitionId}/results/publish`).send({ confirmGaps: true }).expect(200)).body;
    expect(published.publication).toMatchObject({ state: 'published', publishedAt: '2027-01-16T03:00:00.000Z' });
    expect((await s.organiser.get(deckUrl()).expect(200)).body.publication.state).toBe('published');
    expect((await team.get(`/api/entries/${entries[0].id}/result`).expect(200)).body).toMatchObject({ published: true });
    await s.t.anon.get(edition).expect(200);
    expect(await s.t.db.getRepository(AuditEvent).countBy({ subjectId: s.competitionId, action: 'results.published' })).toBe(1);
    // and only once
    expect((await s.organiser.post(`/api/competitions/${s.competitionId}/results/publish`).expect(409)).body.reason).toBe('results.published');
  });
});
