import { Readable } from 'node:stream';
import { MediaKitDownload } from '../src/campaigns/campaign.entity.js';
import { Subtitle } from '../src/videos/video-asset.entity.js';
import type { Client, TestApp } from './harness/test-app.js';
import { clientAs } from './harness/factories.js';
import { stored, type Work } from './campaigns-fixtures.js';
import { campaignsSuite, newCampaign } from './campaigns-suite.js';

/** Campaigns refused: bad input, a file missing from storage, and everyone who is neither organiser nor coordinator. */
const suite = campaignsSuite();
let t: TestApp;
let competitionId: string;
let organiser: { client: Client; user: { id: string } };
let thai: Work;
let english: Work;
let unclearedId: string;
beforeAll(() => {
  ({ t, competitionId, organiser, thai, english, unclearedId } = suite);
});

const NO = '00000000-0000-4000-8000-000000000000';
const campaign = (client: Client, body: Record<string, unknown> = {}) => newCampaign(client, competitionId, body);

describe('bad input', () => {
  it('gets a 4xx with a reason a person can act on, never a 500', async () => {
    const c = await campaign(organiser.client);
    await organiser.client.get('/api/campaigns/not-a-uuid').expect(400);
    await organiser.client.get(`/api/campaigns/${NO}`).expect(404);
    await organiser.client.get('/api/campaigns?competitionId=nope').expect(400);
    const empty = await organiser.client.post('/api/campaigns').send({ competitionId, name: '   ' }).expect(400);
    expect(empty.body.fields).toEqual([{ field: 'name', messages: ['name must not be empty'], problems: [{ reason: 'field.required', params: {} }] }]);
    await organiser.client
      .post('/api/campaigns')
      .send({ competitionId, name: 'x'.repeat(201) })
      .expect(400);
    expect((await organiser.client.post('/api/campaigns').send({ competitionId: NO, name: 'Nowhere' }).expect(400)).body.fields).toEqual([
      { field: 'competitionId', messages: ['is not a competition'], problems: [{ reason: 'campaigns.unknown_competition', params: {} }] },
    ]);
    await organiser.client.post('/api/campaigns').send({ competitionId, name: 'Extra', owner: 'me' }).expect(400);
    await organiser.client.post(`/api/campaigns/${c.id}/works`).send({ entryId: 'TH-0001' }).expect(400);
    await organiser.client.post(`/api/campaigns/${c.id}/works`).send({ entryId: NO }).expect(404);

    const uncleared = await organiser.client.post(`/api/campaigns/${c.id}/works`).send({ entryId: unclearedId }).expect(422);
    expect(uncleared.body).toMatchObject({ code: 'rule_violation', reason: 'campaigns.licence_missing', details: { entryId: unclearedId } });
    expect(uncleared.body.params).toEqual({ code: expect.stringMatching(/^[A-Z]{2}-/) });
    expect(uncleared.body.message).toMatch(/has not accepted the licence/);

    await organiser.client.post(`/api/campaigns/${c.id}/works`).send({ entryId: thai.id }).expect(201);
    const twice = await organiser.client.post(`/api/campaigns/${c.id}/works`).send({ entryId: thai.id }).expect(409);
    expect(twice.body).toMatchObject({ code: 'conflict', reason: 'campaigns.already_added', params: { code: thai.code } });

    const use = (o: Record<string, unknown>) =>
      organiser.client.post(`/api/campaigns/${c.id}/uses`).send({ entryId: thai.id, channel: 'national TV spot', usedOn: '2027-01-10', ...o });
    expect((await use({ channel: 'x'.repeat(201) }).expect(400)).body.fields[0].field).toBe('channel');
    expect((await use({ channel: '  ' }).expect(400)).body.fields[0].messages[0]).toMatch(/where the work was used/);
    expect((await use({ usedOn: '2027-02-30' }).expect(400)).body.fields).toEqual([
      { field: 'usedOn', messages: ['must be a real date like 2028-02-06'], problems: [{ reason: 'field.not_date', params: {} }] },
    ]);
    expect((await use({ usedOn: '10/01/2027' }).expect(400)).body.fields[0].field).toBe('usedOn');
    const future = (await use({ usedOn: '2027-01-16' }).expect(400)).body.fields[0];
    expect(future.messages[0]).toMatch(/future/);
    expect(future.problems).toEqual([{ reason: 'campaigns.use_in_future', params: { today: '2027-01-15' } }]);
    await use({ entryId: english.id }).expect(404);
    await organiser.client.get(`/api/campaigns/${c.id}/kit?channel=${'x'.repeat(201)}`).expect(400);
    await organiser.client.get(`/api/campaigns/${c.id}/works/${english.id}/kit`).expect(404);
    await organiser.client.delete(`/api/campaigns/${c.id}/works/${english.id}`).expect(404);
    const none = await organiser.client.get(`/api/campaigns/${(await campaign(organiser.client)).id}/kit`).expect(409);
    expect(none.body).toMatchObject({ code: 'conflict', reason: 'campaigns.empty', params: {} });
  });
});

describe('storage', () => {
  it('answers 409 naming the missing file when a part of the kit is gone, before any byte is sent or logged', async () => {
    const c = await campaign(organiser.client, { name: 'E' });
    await organiser.client.post(`/api/campaigns/${c.id}/works`).send({ entryId: english.id }).expect(201);
    const sub = await t.db.getRepository(Subtitle).findOneByOrFail({ entryId: english.id, language: 'en' });
    const bytes = await stored(t, sub.objectKey);
    await t.storage.delete(sub.objectKey);
    try {
      const res = await organiser.client.get(`/api/campaigns/${c.id}/works/${english.id}/kit`).expect(409);
      expect(res.body).toMatchObject({
        reason: 'campaigns.file_missing',
        params: { code: english.code },
        details: { entryId: english.id, file: 'en subtitles' },
      });
      expect(res.body.message).toMatch(/en subtitles of .* missing/);
      expect(await t.db.getRepository(MediaKitDownload).count({ where: { campaignId: c.id } })).toBe(0);
    } finally {
      await t.storage.put(sub.objectKey, Readable.from([bytes]));
    }
  });
});

describe('everyone else', () => {
  it('is refused: students, teachers and judges 403, anonymous 401', async () => {
    const c = await campaign(organiser.client);
    for (const role of ['student', 'teacher', 'judge'] as const) {
      const { client } = await clientAs(t, { role, countryCode: 'TH' });
      await client.get('/api/campaigns').expect(403);
      await client.get(`/api/campaigns/${c.id}`).expect(403);
      await client.get(`/api/campaigns/${c.id}/kit`).expect(403);
      await client.get(`/api/campaigns/${c.id}/works/${thai.id}/kit`).expect(403);
    }
    // the team that made the work does not download kits either
    await thai.owner.client.get(`/api/campaigns/${c.id}/works/${thai.id}/kit`).expect(403);
    await t.anon.get(`/api/campaigns/${c.id}/kit`).expect(401);
    await t.anon.post('/api/campaigns').send({ competitionId, name: 'x' }).expect(401);
  });
});
