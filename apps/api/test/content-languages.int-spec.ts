import { DEFAULT_RUBRIC } from '@clapper/domain/rubric';
import { judgingSuite } from './judging-fixtures.js';
import { scoredFinal } from './results-fixtures.js';
import { makeUser } from './harness/factories.js';
import { lastMail } from './harness/outbox.js';
import { AuditEvent } from '../src/audit/audit-event.entity.js';
import { Category } from '../src/competitions/category.entity.js';
import { Competition } from '../src/competitions/competition.entity.js';
import { Round } from '../src/judging/round.entity.js';
import { rubricIn } from '@clapper/domain/content-languages';
import { Notifier } from '../src/notifications/notifier.service.js';

/**
 * Issue 17, section 1: every text an organiser writes is given in the competition's languages, English required; a
 * text in another language is refused naming it; the completeness panel lists what each language misses; publishing
 * the competition or its results with gaps is asked again, and the audit log keeps the gaps confirmed. The
 * competitions here are in English, Japanese and Thai.
 */
const s = judgingSuite();

const url = () => `/api/competitions/${s.competitionId}`;
const languages = async (langs: string[]) => s.t.db.getRepository(Competition).update({ id: s.competitionId }, { languages: langs, status: 'draft' });

/** The competition's own texts and its category complete in English, Japanese and Thai. */
async function completeTexts() {
  await languages(['en', 'ja', 'th']);
  await s.organiser
    .patch(url())
    .send({
      name: { en: 'Cyber Video Cup', ja: 'サイバー動画カップ', th: 'ถ้วยวิดีโอไซเบอร์' },
      theme: { en: 'Think before you click', ja: 'クリックする前に考えよう', th: 'คิดก่อนคลิก' },
    })
    .expect(200);
  await s.t.db.getRepository(Category).update({ competitionId: s.competitionId }, { name: { en: 'Ages 13–17', ja: '13〜17歳', th: 'อายุ 13–17 ปี' } });
}

describe('texts in the languages of the competition', () => {
  it('refuses a text in a language that is not the competition’s, naming the language, and saves nothing', async () => {
    await languages(['en', 'th']);
    const res = await s.organiser
      .patch(url())
      .send({ theme: { en: 'Phishing', km: 'ការបោកប្រាស់' } })
      .expect(400);
    expect(res.body).toMatchObject({ code: 'validation_failed', reason: 'common.validation_failed' });
    expect(res.body.fields).toEqual([
      {
        field: 'theme.km',
        messages: [expect.stringContaining('km')],
        problems: [{ reason: 'competitions.text_language_not_offered', params: { language: 'km', languages: ['en', 'th'] } }],
      },
    ]);
    expect((await s.t.db.getRepository(Competition).findOneByOrFail({ id: s.competitionId })).theme).toEqual({ en: 'Stay safe online' });
  });

  it('refuses a text without its English (a theme, a category’s name)', async () => {
    await languages(['en', 'th']);
    const theme = await s.organiser
      .patch(url())
      .send({ theme: { th: 'คิดก่อนคลิก' } })
      .expect(400);
    expect(theme.body.fields).toEqual([
      { field: 'theme.en', messages: [expect.any(String)], problems: [{ reason: 'competitions.text_english_missing', params: {} }] },
    ]);
    const category = await s.organiser
      .put(`${url()}/categories`)
      .send({ categories: [{ name: { th: 'อายุ 13–17 ปี' }, minAge: 13, maxAge: 17 }] })
      .expect(400);
    expect(category.body.fields[0]).toMatchObject({ field: 'categories.0.name.en', problems: [{ reason: 'competitions.text_english_missing' }] });
  });

  it('refuses an award name, a round name and a rubric text in another language', async () => {
    await languages(['en', 'th']);
    const award = await s.organiser
      .post(`${url()}/awards`)
      .send({ kind: 'grand_prize', name: { en: 'Grand Prize', vi: 'Giải Nhất' } })
      .expect(400);
    expect(award.body.fields[0]).toMatchObject({
      field: 'name.vi',
      problems: [{ reason: 'competitions.text_language_not_offered', params: { language: 'vi' } }],
    });
    const round = await s.organiser
      .post('/api/rounds')
      .send({ competitionId: s.competitionId, kind: 'final', name: { th: 'รอบชิงชนะเลิศ' }, opensAt: '2027-07-01T00:00:00Z', closesAt: '2027-08-01T00:00:00Z' })
      .expect(400);
    expect(round.body.fields[0]).toMatchObject({ field: 'name.en', problems: [{ reason: 'competitions.text_english_missing' }] });
  });

  it('keeps a round’s own name, and gives a new round the default rubric in the competition’s languages only', async () => {
    await languages(['en', 'th']);
    const round = (
      await s.organiser
        .post('/api/rounds')
        .send({
          competitionId: s.competitionId,
          kind: 'final',
          name: { en: 'Regional final', th: 'รอบชิงชนะเลิศระดับภูมิภาค' },
          opensAt: '2027-07-01T00:00:00Z',
          closesAt: '2027-08-01T00:00:00Z',
        })
        .expect(201)
    ).body;
    expect(round.name).toEqual({ en: 'Regional final', th: 'รอบชิงชนะเลิศระดับภูมิภาค' });
    // the default rubric comes in every language of the platform: a competition in English and Thai gets those two only
    expect(round.rubric.criteria[0].name).toEqual({ en: 'Security message', th: 'สารด้านความปลอดภัย' });
    expect(Object.keys(round.rubric.criteria[4].levels[4].descriptor).sort()).toEqual(['en', 'th']);
  });
});

describe('the completeness panel', () => {
  it('lists, per language, the texts missing: which field, which category, award, round or criterion', async () => {
    await completeTexts();
    const award = (
      await s.organiser
        .post(`${url()}/awards`)
        .send({ kind: 'grand_prize', name: { en: 'Grand Prize', ja: 'グランプリ' }, description: { en: 'The best video.', th: 'วิดีโอยอดเยี่ยม' } })
        .expect(201)
    ).body.awards[0];
    const res = await s.organiser.get(`${url()}/translations`).expect(200);
    expect(res.body).toEqual({
      languages: ['en', 'ja', 'th'],
      gaps: [
        { language: 'ja', field: 'award_description', item: { kind: 'award', id: award.id, name: award.name } },
        { language: 'th', field: 'award_name', item: { kind: 'award', id: award.id, name: award.name } },
      ],
    });
    await s.coordinatorTH.get(`${url()}/translations`).expect(403);
  });
});

describe('publishing with gaps', () => {
  it('refuses to publish the competition while a text misses a language, listing the gaps, then publishes once confirmed and audits them', async () => {
    await completeTexts();
    await s.organiser
      .patch(url())
      .send({ rulesText: { en: 'One video per team.', th: 'หนึ่งวิดีโอต่อทีม' } })
      .expect(200);
    const refused = await s.organiser.patch(url()).send({ status: 'published' }).expect(409);
    expect(refused.body).toMatchObject({
      code: 'conflict',
      reason: 'competitions.translation_gaps',
      params: { count: 1, languages: ['ja'], gaps: [{ language: 'ja', field: 'rules', item: null }] },
    });
    expect((await s.t.db.getRepository(Competition).findOneByOrFail({ id: s.competitionId })).status).toBe('draft');

    const published = await s.organiser.patch(url()).send({ status: 'published', confirmGaps: true }).expect(200);
    expect(published.body.status).toBe('published');
    const audit = await s.t.db.getRepository(AuditEvent).find({ where: { subjectId: s.competitionId, action: 'competition.updated' }, order: { id: 'DESC' } });
    expect((audit[0].after as { translationGaps: unknown }).translationGaps).toEqual([{ language: 'ja', field: 'rules', item: null }]);
  });

  it('publishes a complete competition without asking', async () => {
    await completeTexts();
    expect((await s.organiser.patch(url()).send({ status: 'published' }).expect(200)).body.status).toBe('published');
  });

  it('refuses to publish the results while a text misses a language, then publishes once confirmed and audits the gaps', async () => {
    await completeTexts();
    await s.organiser.patch(url()).send({ status: 'published' }).expect(200);
    await scoredFinal(s.t, s.competitionId, [
      { countryCode: 'TH', scores: [5, 5, 4] },
      { countryCode: 'JP', scores: [3, 3, 3] },
    ]);
    await s.organiser
      .post(`${url()}/awards`)
      .send({ kind: 'grand_prize', name: { en: 'Grand Prize', ja: 'グランプリ' } })
      .expect(201);
    // the final's rubric is the organiser's own, written in English and Japanese only
    await s.t.db.getRepository(Round).update({ competitionId: s.competitionId, kind: 'final' }, { rubric: rubricIn(DEFAULT_RUBRIC, ['en', 'ja']) });
    await s.organiser.post(`${url()}/awards/assign`).expect(200);
    await s.organiser.post(`${url()}/results/seal`).expect(200);

    const refused = await s.organiser.post(`${url()}/results/publish`).expect(409);
    expect(refused.body.reason).toBe('competitions.translation_gaps');
    expect(refused.body.params.languages).toEqual(['th']);
    expect(refused.body.params.gaps).toContainEqual({ language: 'th', field: 'award_name', item: expect.objectContaining({ kind: 'award' }) });
    // the final's rubric misses its Thai too
    expect(refused.body.params.gaps).toContainEqual({
      language: 'th',
      field: 'criterion_name',
      item: expect.objectContaining({ kind: 'criterion', id: 'message', round: expect.objectContaining({ kind: 'round', roundKind: 'final' }) }),
    });
    expect((await s.t.db.getRepository(Competition).findOneByOrFail({ id: s.competitionId })).resultsPublishedAt).toBeNull();

    const published = await s.organiser.post(`${url()}/results/publish`).send({ confirmGaps: true }).expect(200);
    expect(published.body.publication.state).toBe('published');
    const audit = await s.t.db.getRepository(AuditEvent).findOneByOrFail({ subjectId: s.competitionId, action: 'results.published' });
    expect((audit.after as { translationGaps: unknown[] }).translationGaps).toHaveLength(refused.body.params.count);
  });
});

describe('the email signature and the ceremony’s language', () => {
  it('ends each email about the competition with its signature in the recipient’s language, English when theirs is missing', async () => {
    await languages(['en', 'th']);
    await s.organiser
      .patch(url())
      .send({ emailSignature: { en: 'The ASEAN–Japan organising committee', th: 'คณะกรรมการจัดการประกวดอาเซียน–ญี่ปุ่น' } })
      .expect(200);
    const digest = (locale: string, email: string) =>
      makeUser(s.t, { role: 'coordinator', countryCode: 'TH', locale, email }).then((u) =>
        s.t.app.get(Notifier).notify({
          kind: 'coordinator.digest',
          to: { userId: u.id },
          facts: { countryCode: 'TH', competition: { en: 'Cup' }, competitionId: s.competitionId, submitted: 1, consentsWaiting: 0, toScreen: 1 },
          path: '/coordinate/TH',
          email: () => ({ subject: 'Digest', lines: ['…'] }),
        }),
      );
    const id = Math.random().toString(36).slice(2, 8);
    await digest('th', `th-${id}@example.org`);
    await digest('ja', `ja-${id}@example.org`);
    expect((await lastMail(s.t, `th-${id}@example.org`, 'coordinator.digest')).text).toContain('คณะกรรมการจัดการประกวดอาเซียน–ญี่ปุ่น');
    const japanese = (await lastMail(s.t, `ja-${id}@example.org`, 'coordinator.digest')).text;
    expect(japanese).toContain('The ASEAN–Japan organising committee');
    expect(japanese).not.toContain('คณะกรรมการ');
  });

  it('keeps the ceremony’s language among the competition’s, and gives it with the deck', async () => {
    await languages(['en', 'ja', 'th']);
    const refused = await s.organiser.patch(url()).send({ ceremonyLanguage: 'vi' }).expect(400);
    expect(refused.body.fields[0]).toMatchObject({
      field: 'ceremonyLanguage',
      problems: [{ reason: 'competitions.text_language_not_offered', params: { language: 'vi', languages: ['en', 'ja', 'th'] } }],
    });
    expect((await s.organiser.patch(url()).send({ ceremonyLanguage: 'th' }).expect(200)).body.ceremonyLanguage).toBe('th');
    await scoredFinal(s.t, s.competitionId, [{ countryCode: 'TH', scores: [5, 5, 4] }]);
    await s.organiser
      .post(`${url()}/awards`)
      .send({ kind: 'grand_prize', name: { en: 'Grand Prize', th: 'รางวัลชนะเลิศ' } })
      .expect(201);
    // the final's rubric is the organiser's own, written in English and Japanese only
    await s.t.db.getRepository(Round).update({ competitionId: s.competitionId, kind: 'final' }, { rubric: rubricIn(DEFAULT_RUBRIC, ['en', 'ja']) });
    await s.organiser.post(`${url()}/awards/assign`).expect(200);
    await s.organiser.post(`${url()}/results/seal`).expect(200);
    const deck = (await s.organiser.get(`${url()}/ceremony`).expect(200)).body;
    expect(deck).toMatchObject({ language: 'th', languages: ['en', 'ja', 'th'] });
  });
});
