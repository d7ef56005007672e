import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { User } from '../src/accounts/user.entity.js';
import { clientAs, makeCompetition, sessionFor } from './harness/factories.js';
import { createTestApp, type TestApp } from './harness/test-app.js';
import { scoredFinal } from './results-fixtures.js';

/**
 * A server without the fonts a certificate needs (FONT_DIRS an empty folder, the system's fonts not searched): the
 * certificate is refused with 503, naming the fonts to install, and nothing half-drawn is sent.
 */
let t: TestApp;

beforeAll(async () => {
  const noFonts = mkdtempSync(path.join(tmpdir(), 'clapper-no-fonts-'));
  t = await createTestApp({ FONT_DIRS: noFonts, FONT_DEFAULT_DIRS: 'false' });
});
afterAll(() => t.close());

it('refuses a certificate whose script has no font on the server with 503, naming the fonts to install', async () => {
  const organiser = (await clientAs(t, { role: 'organiser', countryCode: null })).client;
  t.clock.set('2027-01-15T03:00:00Z');
  const competitionId = (await makeCompetition(t, { countryCodes: ['TH', 'JP'] })).id;
  const { entries } = await scoredFinal(t, competitionId, [
    { countryCode: 'TH', scores: [5, 5, 4] },
    { countryCode: 'JP', scores: [4, 4, 4] },
  ]);
  await organiser
    .post(`/api/competitions/${competitionId}/awards`)
    .send({ kind: 'grand_prize', name: { en: 'Grand Prize', ja: 'グランプリ' }, position: 1 })
    .expect(201);
  await organiser.post(`/api/competitions/${competitionId}/awards/assign`).expect(200);
  await organiser.post(`/api/competitions/${competitionId}/results/seal`).expect(200);
  await organiser.post(`/api/competitions/${competitionId}/results/publish`).send({ confirmGaps: true }).expect(200);
  const owner = await t.db.getRepository(User).findOneByOrFail({ id: entries[0].ownerId });
  const team = t.as(await sessionFor(t, owner));

  // Japanese needs Noto Sans CJK, which this server does not have
  const refused = await team.get(`/api/entries/${entries[0].id}/certificates/participation?lang=ja`).expect(503);
  expect(refused.headers['content-type']).toMatch(/^application\/json/);
  expect(refused.body).toMatchObject({
    statusCode: 503,
    code: 'service_unavailable',
    reason: 'results.certificate_font_missing',
    params: { fonts: ['Noto Sans CJK'] },
  });
  // English is drawn with the PDF's built-in Helvetica: still served
  const english = await team.get(`/api/entries/${entries[0].id}/certificates/participation?lang=en`).expect(200);
  expect(english.headers['content-type']).toBe('application/pdf');
});
