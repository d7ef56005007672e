import type { NotificationKind } from '@clapper/domain/notifications';
import { DEFAULT_RUBRIC } from '@clapper/domain/rubric';
import { clientAs } from './harness/factories.js';
import { lastMail, mailCount } from './harness/outbox.js';
import { judgingSuite } from './judging-fixtures.js';
import { scoredFinal } from './results-fixtures.js';
import { User } from '../src/accounts/user.entity.js';
import { Competition } from '../src/competitions/competition.entity.js';
import { CompetitionsQueries } from '../src/competitions/competitions.queries.js';
import { Notification } from '../src/notifications/notification.entity.js';
import { Round } from '../src/judging/round.entity.js';
import { ResultsNotices } from '../src/results/results-notices.js';

/**
 * The messages to the teams at the end (issue 16 §1): promotion to the final, and the results published to every team
 * of the edition (its place, its awards, the judges' feedback, its certificates), sent by a background job once per
 * entry and person however often the job runs; in each reader's language, and never to another team.
 */
const s = judgingSuite();

const owner = (id: string) => s.t.db.getRepository(User).findOneByOrFail({ id });
const inApp = (userId: string, kind: NotificationKind) => s.t.db.getRepository(Notification).findBy({ userId, kind });
const entryUrl = (id: string) => `${s.t.config.publicUrl}/me/entries/${id}`;

describe('promotion to the final', () => {
  it('tells each promoted team, in its language, with the final’s window; not the teams left behind, and once', async () => {
    // a closed national round of Thailand, scored: TH-0100 > TH-0101 > TH-0102
    const { round, entries } = await scoredFinal(s.t, s.competitionId, [
      { countryCode: 'TH', scores: [5, 5] },
      { countryCode: 'TH', scores: [4, 4] },
      { countryCode: 'TH', scores: [3, 3] },
    ]);
    await s.t.db.getRepository(Round).update({ id: round.id }, { kind: 'national', countryCode: 'TH' });
    await s.t.db.getRepository(Round).save({
      competitionId: s.competitionId,
      kind: 'final',
      countryCode: null,
      status: 'draft',
      opensAt: new Date('2027-03-01T00:00:00Z'),
      closesAt: new Date('2027-03-20T00:00:00Z'),
      judgesPerEntry: 3,
      rubric: DEFAULT_RUBRIC,
      countryQuota: 2,
    });
    const [first, second, third] = await Promise.all(entries.map((e) => owner(e.ownerId)));
    await s.t.db.getRepository(User).update({ id: first.id }, { locale: 'th' });
    const ranking = (await s.coordinatorTH.get(`/api/rounds/${round.id}/ranking`).expect(200)).body as { entries: { roundEntryId: string; code: string }[] };
    const ids = ranking.entries.filter((e) => e.code !== 'TH-0102').map((e) => e.roundEntryId);
    await s.coordinatorTH.post(`/api/rounds/${round.id}/promotions`).send({ roundEntryIds: ids }).expect(200);

    const thai = await lastMail(s.t, first.email, 'entry.promoted');
    expect(thai.subject).toBe('“Phish story 100” ได้เข้ารอบชิงชนะเลิศ!');
    expect(thai.text).toContain('ยินดีด้วย! TH-0100 “Phish story 100” ได้รับเลือกจากรอบระดับประเทศของไทย ให้เข้าสู่รอบชิงชนะเลิศระดับภูมิภาคของ Test Competition');
    expect(thai.text).toContain('กรรมการรอบชิงชนะเลิศจะให้คะแนนตั้งแต่ 1 มีนาคม 2570 เวลา 00:00 UTC ถึง 20 มีนาคม 2570 เวลา 00:00 UTC');
    expect(thai.text).toContain(entryUrl(entries[0].id));
    expect(await inApp(first.id, 'entry.promoted')).toMatchObject([{ facts: { entryCode: 'TH-0100' }, path: `/me/entries/${entries[0].id}` }]);
    expect((await lastMail(s.t, second.email, 'entry.promoted')).subject).toBe('“Phish story 101” goes to the final!');
    expect(await mailCount(s.t, third.email, 'entry.promoted')).toBe(0);

    // undone and confirmed again: the team has heard it already
    const promoted = (await s.coordinatorTH.get(`/api/rounds/${round.id}/ranking`).expect(200)).body as { entries: { roundEntryId: string }[] };
    await s.coordinatorTH.delete(`/api/rounds/${round.id}/promotions/${promoted.entries[0].roundEntryId}`).expect(200);
    await s.coordinatorTH
      .post(`/api/rounds/${round.id}/promotions`)
      .send({ roundEntryIds: [promoted.entries[0].roundEntryId] })
      .expect(200);
    expect(await mailCount(s.t, first.email, 'entry.promoted')).toBe(1);
  });
});

describe('results published', () => {
  it('queues the teams’ messages, and the job tells every team its place, awards, feedback and certificates once', async () => {
    // TH-0100 (5,5,4) > JP-0101 (4,4,3) > TH-0102 (3,3,2)
    const { entries } = await scoredFinal(s.t, s.competitionId, [
      { countryCode: 'TH', scores: [5, 5, 4], feedback: 'Strong message' },
      { countryCode: 'JP', scores: [4, 4, 3] },
      { countryCode: 'TH', scores: [3, 3, 2] },
    ]);
    const [gold, silver, bronze] = await Promise.all(entries.map((e) => owner(e.ownerId)));
    await s.t.db.getRepository(User).update({ id: gold.id }, { locale: 'th' });
    await s.t.db.getRepository(User).update({ id: silver.id }, { locale: 'ja' });
    const awards = `/api/competitions/${s.competitionId}/awards`;
    // an award's name is given in the competition's languages only: this one is in Thai too
    await s.t.db.getRepository(Competition).update({ id: s.competitionId }, { languages: ['en', 'ja', 'th'] });
    await s.organiser
      .post(awards)
      .send({ kind: 'grand_prize', name: { en: 'Grand Prize', th: 'รางวัลชนะเลิศ', ja: 'グランプリ' }, position: 1 })
      .expect(201);
    await s.organiser.post(`${awards}/assign`).expect(200);
    await s.organiser.post(`/api/competitions/${s.competitionId}/results/seal`).expect(200);
    const ignored = (await clientAs(s.t, { role: 'student', countryCode: 'TH' })).user;
    await s.organiser.post(`/api/competitions/${s.competitionId}/results/publish`).send({ confirmGaps: true }).expect(200);

    // publishing queued the job (the test app runs no worker): nothing is sent inside the request
    const queued: { n: string }[] = await s.t.db.query(
      `SELECT count(*)::text AS n FROM pgboss.job WHERE name = 'results.notify-teams' AND data->>'competitionId' = $1`,
      [s.competitionId],
    );
    expect(queued[0].n).toBe('1');
    expect(await mailCount(s.t, gold.email, 'entry.results_published')).toBe(0);

    const notices = s.t.app.get(ResultsNotices);
    // each entry's owner, and the supervising teacher named on each (no account: at that address)
    expect(await notices.tellTeams(s.competitionId)).toBe(6);
    const thai = await lastMail(s.t, gold.email, 'entry.results_published');
    expect(thai.subject).toBe('ประกาศผล Test Competition แล้ว');
    for (const line of [
      'ผลของ Test Competition ออกแล้ว นี่คือผลของ TH-0100 “Phish story 100”:',
      'ทีมของคุณได้รับ: รางวัลชนะเลิศ',
      'รอบชิงชนะเลิศระดับภูมิภาค: อันดับที่ 1 จาก 3',
      'กรรมการเขียนความคิดเห็นถึงทีมของคุณ อ่านได้ที่หน้าผลงาน',
      'เกียรติบัตรที่ดาวน์โหลดได้: เกียรติบัตร รางวัลชนะเลิศและเกียรติบัตรการเข้าร่วม',
      entryUrl(entries[0].id),
    ])
      expect(thai.text).toContain(line);
    expect(await inApp(gold.id, 'entry.results_published')).toMatchObject([
      { facts: { entryCode: 'TH-0100', rank: 1, award: { en: 'Grand Prize', th: 'รางวัลชนะเลิศ', ja: 'グランプリ' } } },
    ]);
    const japanese = await lastMail(s.t, silver.email, 'entry.results_published');
    expect(japanese.text).toContain('地域決勝：3作品中2位');
    expect(japanese.text).not.toContain('チームの受賞');
    expect(japanese.text).toContain('ダウンロードできる賞状：参加証');
    expect(await inApp(silver.id, 'entry.results_published')).toMatchObject([{ facts: { rank: 2, award: null } }]);
    const english = await lastMail(s.t, bronze.email, 'entry.results_published');
    expect(english.text).toContain('Regional final: ranked 3 of 3.');
    expect(english.text).not.toContain('feedback');

    // a retried (or repeated) job tells nobody twice; a student with no entry hears nothing
    expect((await s.t.db.getRepository(Competition).findOneByOrFail({ id: s.competitionId })).resultsTeamsToldAt).not.toBeNull();
    expect(await notices.tellTeams(s.competitionId)).toBe(0);
    for (const person of [gold, silver, bronze]) expect(await mailCount(s.t, person.email, 'entry.results_published')).toBe(1);
    expect(await mailCount(s.t, ignored.email)).toBe(0);
  });

  it('tells the teams once the ceremony time makes sealed results public, through the sweep, and records it', async () => {
    const { entries } = await scoredFinal(s.t, s.competitionId, [
      { countryCode: 'TH', scores: [5] },
      { countryCode: 'JP', scores: [3] },
    ]);
    await s.t.db.getRepository(Competition).update({ id: s.competitionId }, { ceremonyAt: new Date('2027-01-20T10:00:00Z') });
    await s.organiser
      .post(`/api/competitions/${s.competitionId}/awards`)
      .send({ kind: 'grand_prize', name: { en: 'Grand Prize' }, position: 1 })
      .expect(201);
    await s.organiser.post(`/api/competitions/${s.competitionId}/awards/assign`).expect(200);
    await s.organiser.post(`/api/competitions/${s.competitionId}/results/seal`).expect(200);
    const notices = s.t.app.get(ResultsNotices);
    const first = await owner(entries[0].ownerId);

    // sealed, before the ceremony: nothing is public, nobody is told
    expect(await notices.tellTeams(s.competitionId)).toBe(0);
    await notices.sweep();
    expect(await mailCount(s.t, first.email, 'entry.results_published')).toBe(0);

    s.t.clock.set('2027-01-20T10:05:00Z');
    await notices.sweep();
    const mail = await lastMail(s.t, first.email, 'entry.results_published');
    expect(mail.text).toContain('Your team won: Grand Prize');
    expect(await mailCount(s.t, (await owner(entries[1].ownerId)).email, 'entry.results_published')).toBe(1);
    expect((await s.t.db.getRepository(Competition).findOneByOrFail({ id: s.competitionId })).resultsTeamsToldAt).toEqual(new Date('2027-01-20T10:05:00Z'));
    // the next sweep leaves a competition whose teams were told alone
    expect(await s.t.app.get(CompetitionsQueries).competitionsWithTeamsToTell(s.t.clock.now())).not.toContain(s.competitionId);
    await notices.sweep();
    expect(await mailCount(s.t, first.email, 'entry.results_published')).toBe(1);
  });
});
