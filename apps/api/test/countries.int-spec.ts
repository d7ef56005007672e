import { createTestApp, type TestApp } from './harness/test-app.js';
import { clientAs, makeCompetition, makeUser } from './harness/factories.js';
import type { Client } from './harness/test-app.js';

let t: TestApp;
let organiser: Client;
beforeAll(async () => {
  t = await createTestApp();
  organiser = (await clientAs(t, { role: 'organiser', countryCode: 'JP' })).client;
});
afterAll(() => t.close());

describe('countries', () => {
  it('are seeded with the ASEAN member states, Timor-Leste and Japan, named in English and Japanese', async () => {
    const res = await t.anon.get('/api/countries').expect(200);
    expect(res.body.map((c: { code: string }) => c.code)).toEqual(['BN', 'ID', 'JP', 'KH', 'LA', 'MM', 'MY', 'PH', 'SG', 'TH', 'TL', 'VN']);
    expect(res.body.find((c: { code: string }) => c.code === 'TL').names).toMatchObject({ en: 'Timor-Leste', ja: '東ティモール' });
  });

  it('can be added and renamed by organisers, with validation', async () => {
    await organiser
      .post('/api/countries')
      .send({ code: 'KR', names: { en: 'Republic of Korea', ja: '韓国' } })
      .expect(201);
    const twice = await organiser
      .post('/api/countries')
      .send({ code: 'KR', names: { en: 'Korea' } })
      .expect(400);
    expect(twice.body.fields).toEqual([
      { field: 'code', messages: ['KR is already a participating country.'], problems: [{ reason: 'accounts.country_exists', params: { country: 'KR' } }] },
    ]);
    const bad = await organiser
      .post('/api/countries')
      .send({ code: 'kor', names: { fr: 'Corée' } })
      .expect(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['code', 'names']);
    const renamed = await organiser
      .patch('/api/countries/vn')
      .send({ names: { en: 'Vietnam', ja: 'ベトナム', vi: 'Việt Nam' } })
      .expect(200);
    expect(renamed.body).toEqual({ code: 'VN', names: { en: 'Vietnam', ja: 'ベトナム', vi: 'Việt Nam' } });
    await organiser
      .patch('/api/countries/XX')
      .send({ names: { en: 'Nowhere' } })
      .expect(404);
    await organiser
      .patch('/api/countries/123')
      .send({ names: { en: 'Nowhere' } })
      .expect(400);
  });
});

describe("a coordinator's view of their country", () => {
  it("shows the country's competitions, schools with head counts, and accounts by role", async () => {
    await makeUser(t, { role: 'student', countryCode: 'MY', schoolName: 'Penang Free School' });
    await makeUser(t, { role: 'student', countryCode: 'MY', schoolName: 'Penang Free School' });
    await makeUser(t, { role: 'teacher', countryCode: 'MY', schoolName: 'Penang Free School' });
    await makeUser(t, { role: 'student', countryCode: 'SG', schoolName: 'Raffles Institution' });
    const competition = await makeCompetition(t, { countryCodes: ['MY', 'SG'] });
    await makeCompetition(t, { countryCodes: ['SG'] });
    const { client } = await clientAs(t, { role: 'coordinator', countryCode: 'MY' });
    const res = await client.get('/api/countries/MY/overview').expect(200);
    expect(res.body.country.code).toBe('MY');
    expect(res.body.competitions.map((c: { id: string }) => c.id)).toEqual([competition.id]);
    expect(res.body.schools).toEqual([expect.objectContaining({ name: 'Penang Free School', students: 2, teachers: 1 })]);
    expect(res.body.accountsByRole).toMatchObject({ student: 2, teacher: 1, coordinator: 1 });
    await client.get('/api/countries/SG/overview').expect(403);
  });

  it('lists the accounts of their own country only', async () => {
    const { client } = await clientAs(t, { role: 'coordinator', countryCode: 'SG' });
    const res = await client.get('/api/users').expect(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(res.body.items.every((u: { countryCode: string }) => u.countryCode === 'SG')).toBe(true);
    await client.get('/api/users?country=MY').expect(403);
    await client.get('/api/users?country=sg').expect(400);
  });
});

describe('schools', () => {
  it('are listed by country and name for the sign-up form', async () => {
    await makeUser(t, { role: 'teacher', countryCode: 'PH', schoolName: 'Manila Science High School' });
    await makeUser(t, { role: 'teacher', countryCode: 'PH', schoolName: 'Cebu City National School' });
    const res = await t.anon.get('/api/schools?country=PH&q=manila').expect(200);
    expect(res.body).toEqual([expect.objectContaining({ name: 'Manila Science High School', countryCode: 'PH' })]);
    expect(Object.keys(res.body[0]).sort()).toEqual(['countryCode', 'id', 'name']);
    await t.anon.get('/api/schools').expect(400);
    await t.anon.get('/api/schools?country=PH&q=%25').expect(400);
  });
});
