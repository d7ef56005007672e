import { createTestApp, type Client, type TestApp } from './harness/test-app.js';
import { clientAs, makeCompetition } from './harness/factories.js';
import { Competition } from '../src/competitions/competition.entity.js';

let t: TestApp;
let organiser: Client;
beforeAll(async () => {
  t = await createTestApp();
  organiser = (await clientAs(t, { role: 'organiser', countryCode: 'JP' })).client;
});
afterAll(() => t.close());

const THAI = 'ส่งได้ทีมละหนึ่งวิดีโอ\nต้องเป็นผลงานของทีมเอง';
const KHMER = 'ក្រុមនីមួយៗអាចផ្ញើវីដេអូមួយ\nត្រូវតែជាស្នាដៃផ្ទាល់ខ្លួន';
const ENGLISH = 'One video per team.\nOriginal work only.';

const newCompetition = (o: Record<string, unknown> = {}) => ({
  slug: `rules-${Math.random().toString(36).slice(2, 8)}`,
  name: { en: 'Rules Text Cup', th: 'ถ้วยกติกา', km: 'ពានរង្វាន់ច្បាប់' },
  theme: { en: 'Phishing', th: 'ฟิชชิง' },
  languages: ['th', 'km'],
  referenceDate: '2028-04-01',
  timeline: { submissionOpensAt: '2028-01-10T00:00:00Z', submissionClosesAt: '2028-05-31T14:59:59Z' },
  countryCodes: ['TH', 'KH'],
  categories: [{ name: { en: 'Ages 13–17', th: 'อายุ 13–17 ปี', km: 'អាយុ ១៣–១៧ ឆ្នាំ' }, minAge: 13, maxAge: 17 }],
  ...o,
});

const stored = async (id: string) => (await t.db.getRepository(Competition).findOneByOrFail({ id })).rulesText;

describe('the rules in brief, in several languages', () => {
  it('round-trips Thai, Khmer and English on create, read (public too) and update, line breaks kept', async () => {
    const created = await organiser
      .post('/api/competitions')
      .send(newCompetition({ rulesText: { en: ENGLISH, th: THAI, km: KHMER } }))
      .expect(201);
    expect(created.body.rulesText).toEqual({ en: ENGLISH, th: THAI, km: KHMER });
    expect(await stored(created.body.id)).toEqual({ en: ENGLISH, th: THAI, km: KHMER });
    expect(created.body.categories[0].name).toEqual({ en: 'Ages 13–17', th: 'อายุ 13–17 ปี', km: 'អាយុ ១៣–១៧ ឆ្នាំ' });

    await organiser
      .put(`/api/competitions/${created.body.id}/categories`)
      .send({ categories: [{ id: created.body.categories[0].id, name: { en: 'Teens', th: 'วัยรุ่น' }, minAge: 13, maxAge: 17 }] })
      .expect(200);
    await organiser.patch(`/api/competitions/${created.body.id}`).send({ status: 'published', confirmGaps: true }).expect(200);
    const read = (await t.anon.get(`/api/competitions/${created.body.slug}`).expect(200)).body;
    expect(read.rulesText).toEqual({ en: ENGLISH, th: THAI, km: KHMER });
    expect(read.name).toEqual({ en: 'Rules Text Cup', th: 'ถ้วยกติกา', km: 'ពានរង្វាន់ច្បាប់' });
    expect(read.categories[0].name).toEqual({ en: 'Teens', th: 'วัยรุ่น' });

    // an update replaces every language: English and Khmer only; blank texts are left out
    const updated = await organiser
      .patch(`/api/competitions/${created.body.id}`)
      .send({ rulesText: { en: ENGLISH, km: KHMER, th: '   ' } })
      .expect(200);
    expect(updated.body.rulesText).toEqual({ en: ENGLISH, km: KHMER });
    expect(await stored(created.body.id)).toEqual({ en: ENGLISH, km: KHMER });

    // an update that leaves rulesText out keeps it; an empty map clears it
    await organiser
      .patch(`/api/competitions/${created.body.id}`)
      .send({ name: { en: 'Renamed' } })
      .expect(200);
    expect(await stored(created.body.id)).toEqual({ en: ENGLISH, km: KHMER });
    expect((await organiser.patch(`/api/competitions/${created.body.id}`).send({ rulesText: {} }).expect(200)).body.rulesText).toEqual({});
  });

  it('answers an empty map for a competition created without it, and for rows from before the column', async () => {
    const created = await organiser.post('/api/competitions').send(newCompetition()).expect(201);
    expect(created.body.rulesText).toEqual({});
    const older = await makeCompetition(t);
    expect((await t.anon.get(`/api/competitions/${older.id}`).expect(200)).body.rulesText).toEqual({});
  });

  it('accepts exactly 5000 characters', async () => {
    const res = await organiser
      .post('/api/competitions')
      .send(newCompetition({ rulesText: { en: ENGLISH, th: 'ก'.repeat(5000) } }))
      .expect(201);
    expect(res.body.rulesText.th).toHaveLength(5000);
  });

  it.each([
    ['a value that is not text', { en: ENGLISH, th: 42 }, /rulesText\.th must be text/],
    ['5001 characters', { km: 'ក'.repeat(5001) }, /rulesText\.km must be at most 5000 characters \(it has 5001\)/],
    ['a key that is not a language code', { 'Thai!': THAI }, /"Thai!", which is not a language code/],
    ['an upper-case language code', { TH: THAI }, /"TH", which is not a language code/],
    ['a list instead of a map', [THAI], /rulesText must map language codes to texts/],
  ])('refuses %s on create with 400 naming rulesText, and saves nothing', async (_what, rulesText, message) => {
    const body = newCompetition({ rulesText });
    const res = await organiser.post('/api/competitions').send(body).expect(400);
    expect(res.body.code).toBe('validation_failed');
    // the reader is told the rule with its limit, in their language; the English names the exact key for API users
    expect(res.body.fields).toEqual([
      {
        field: 'rulesText',
        messages: [expect.stringMatching(message)],
        problems: [{ reason: 'field.not_localized_text', params: { max: 5000, english: false } }],
      },
    ]);
    expect(await t.db.getRepository(Competition).existsBy({ slug: body.slug })).toBe(false);
  });

  it('refuses bad texts on update with 400, and leaves the stored texts and the other fields as they were', async () => {
    const created = (
      await organiser
        .post('/api/competitions')
        .send(newCompetition({ rulesText: { en: ENGLISH, th: THAI } }))
        .expect(201)
    ).body;
    for (const rulesText of [{ th: 7 }, { th: 'ก'.repeat(5001) }, { en_US: ENGLISH }]) {
      const res = await organiser
        .patch(`/api/competitions/${created.id}`)
        .send({ name: { en: 'Must not be saved' }, rulesText })
        .expect(400);
      expect(res.body.fields.map((f: { field: string }) => f.field)).toEqual(['rulesText']);
      expect(res.body.fields[0].messages[0]).toMatch(/rulesText/);
    }
    const after = await t.db.getRepository(Competition).findOneByOrFail({ id: created.id });
    expect(after.rulesText).toEqual({ en: ENGLISH, th: THAI });
    expect(after.name.en).toBe('Rules Text Cup');
  });
});
