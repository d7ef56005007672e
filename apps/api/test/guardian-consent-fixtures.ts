import { createTestApp, T0, type Client, type TestApp } from './harness/test-app.js';
import { clientAs, makeCompetition } from './harness/factories.js';
import type { Competition } from '../src/competitions/competition.entity.js';
import { ConsentsQueries } from '../src/consents/consents.queries.js';
import { OutboxMessage } from '../src/mail/outbox-message.entity.js';

export type Member = { id: string; fullName: string; isMinor: boolean; guardianConsent: Record<string, unknown> | null };

/**
 * One app for a spec file of guardian consents, with a competition (TH, JP; ages 13–17) at T0, and the steps those
 * specs share. The state is read once the file's beforeAll has run (`suite.t`).
 */
export function guardianSuite() {
  const suite = {} as { t: TestApp; competition: Competition; categoryId: string };
  let n = 0;
  beforeAll(async () => {
    suite.t = await createTestApp();
    suite.competition = await makeCompetition(suite.t, {
      countryCodes: ['TH', 'JP'],
      categories: [{ minAge: 13, maxAge: 17 }],
      name: { en: 'Cyber Safe Video Awards', th: 'ประกวดวิดีโอความปลอดภัยไซเบอร์' },
    });
    suite.categoryId = (await suite.t.anon.get(`/api/competitions/${suite.competition.id}`)).body.categories[0].id;
  });
  afterAll(() => suite.t.close());
  beforeEach(() => suite.t.clock.set(T0));

  /** A team of its own school (so the per-member and per-school limits of one test never touch another's). */
  async function team(o: { supervisingTeacherEmail?: string } = {}) {
    const schoolName = `Guardian Test School ${++n}`;
    const { client, user } = await clientAs(suite.t, { role: 'student', countryCode: 'TH', schoolName });
    const entry = (
      await client
        .post('/api/entries')
        .send({
          competitionId: suite.competition.id,
          categoryId: suite.categoryId,
          title: 'Think before you click',
          synopsisOriginal: 'เรื่องสั้นเกี่ยวกับฟิชชิง',
          synopsisEnglish: 'A short story about phishing.',
          videoLanguage: 'th',
          sources: 'All our own work.',
          ...(o.supervisingTeacherEmail ? { supervisingTeacherName: 'Kru Somchai', supervisingTeacherEmail: o.supervisingTeacherEmail } : {}),
          members: [
            { fullName: 'Ananya Srisuk', role: 'director', dateOfBirth: '2011-02-01' },
            { fullName: 'Krit Boonmee', role: 'actor', dateOfBirth: '2010-03-15' },
          ],
        })
        .expect(201)
    ).body as { id: string; members: Member[] };
    return { client, user, schoolName, entry, ana: entry.members[0], krit: entry.members[1] };
  }

  return {
    suite,
    team,
    sendLink: (client: Client, entryId: string, memberId: string, body: Record<string, unknown>) =>
      client.post(`/api/entries/${entryId}/members/${memberId}/guardian-link`).send(body),
    guardianMails: (to: string) => suite.t.db.getRepository(OutboxMessage).find({ where: { to, kind: 'guardian-consent' }, order: { createdAt: 'ASC' } }),
    give: (token: string, guardianName = 'Malee Srisuk') =>
      suite.t.anon.post('/api/guardian-consents/give').send({ token, guardianName, relationship: 'mother', agree: true }),
    isCleared: async (entryId: string) => (await suite.t.app.get(ConsentsQueries).clearedEntryIds([entryId])).has(entryId),
  };
}
