import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_ENTRY_RULES } from '@clapper/domain/entry-rules';
import { createTestApp, T0, type Client, type TestApp } from './harness/test-app.js';
import { clientAs, makeCompetition } from './harness/factories.js';
import { makeTestVideo } from './harness/videos.js';
import { eligibleEntry, school } from './judging-fixtures.js';
import { clearedWork, type Work } from './campaigns-fixtures.js';

export const THAI_TITLE = 'ภัยออนไลน์ใกล้ตัว';

export interface CampaignsSuite {
  t: TestApp;
  dir: string;
  competitionId: string;
  organiser: { client: Client; user: { id: string } };
  coordTH: { client: Client; user: { id: string } };
  coordJP: Client;
  thai: Work;
  english: Work;
  japanese: Work;
  /** submitted and screened, but no consents, licence or video: not cleared */
  unclearedId: string;
  clip: Buffer;
}

/**
 * One app for a spec file of campaigns: a competition (TH, JP) at T0 with three cleared works (Thai, Thai with English
 * subtitles, Japanese), one that is not cleared, an organiser and the two countries' coordinators. Read it once the
 * file's beforeAll has run.
 */
export function campaignsSuite(): CampaignsSuite {
  const s = {} as CampaignsSuite;
  beforeAll(async () => {
    s.t = await createTestApp();
    s.dir = await mkdtemp(path.join(os.tmpdir(), 'campaigns-spec-'));
    s.clip = await readFile(await makeTestVideo(s.dir, { width: 640, height: 360, seconds: 2 }));
    s.competitionId = (await makeCompetition(s.t, { countryCodes: ['TH', 'JP'], rules: { ...DEFAULT_ENTRY_RULES, minDurationSeconds: 1 } })).id;
    s.organiser = await clientAs(s.t, { role: 'organiser', countryCode: null, displayName: 'Olivia Organiser' });
    s.coordTH = await clientAs(s.t, { role: 'coordinator', countryCode: 'TH', displayName: 'Thanom Coordinator' });
    s.coordJP = (await clientAs(s.t, { role: 'coordinator', countryCode: 'JP' })).client;
    const clip = s.clip;
    s.thai = await clearedWork(s.t, s.competitionId, { countryCode: 'TH', title: THAI_TITLE, clip, ownerName: 'Ploy Owner' });
    s.english = await clearedWork(s.t, s.competitionId, { countryCode: 'TH', title: 'Think before you click', clip, subtitles: ['en'] });
    s.japanese = await clearedWork(s.t, s.competitionId, {
      countryCode: 'JP',
      title: 'Password Ninja',
      clip,
      members: [{ fullName: 'Haruto Sato', role: 'director', dateOfBirth: '2010-06-01' }],
      subtitles: ['en'],
    });
    s.unclearedId = (await eligibleEntry(s.t, s.competitionId, 900, { schoolId: await school(s.t, 'Uncleared School') })).id;
  }, 120_000);
  afterAll(async () => {
    await s.t?.close();
    if (s.dir) await rm(s.dir, { recursive: true, force: true });
  });
  beforeEach(() => s.t.clock.set(T0));
  return s;
}

/** A new campaign of the competition (201), as the client creates it. */
export async function newCampaign(client: Client, competitionId: string, body: Record<string, unknown> = {}) {
  return (
    await client
      .post('/api/campaigns')
      .send({ competitionId, name: 'Safer Internet Day', ...body })
      .expect(201)
  ).body;
}
