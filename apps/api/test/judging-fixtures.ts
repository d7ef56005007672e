import { randomUUID } from 'node:crypto';
import { DEFAULT_RUBRIC } from '@clapper/domain/rubric';
import { createTestApp, type Client, type TestApp } from './harness/test-app.js';
import { clientAs, makeCompetition, makeUser, sessionFor } from './harness/factories.js';
import { RoleGrant } from '../src/accounts/role-grant.entity.js';
import { School } from '../src/accounts/school.entity.js';
import { User } from '../src/accounts/user.entity.js';
import { schoolKey } from '@clapper/domain/schools';
import { Category } from '../src/competitions/category.entity.js';
import { Entry } from '../src/entries/entry.entity.js';
import { TeamMember } from '../src/entries/team-member.entity.js';

/** Factories for the judging tests: schools, entries that passed screening, judges on a round's panel. */
export const WINDOW = { opensAt: '2027-01-01T00:00:00Z', closesAt: '2027-02-01T00:00:00Z' };
export const FULL = Object.fromEntries(DEFAULT_RUBRIC.criteria.map((c) => [c.key, c.scaleMax]));

export async function school(t: TestApp, name: string, countryCode = 'TH'): Promise<string> {
  await t.db
    .createQueryBuilder()
    .insert()
    .into(School)
    .values({ name, nameKey: schoolKey(name), countryCode })
    .orIgnore()
    .execute();
  return (await t.db.getRepository(School).findOneByOrFail({ countryCode, nameKey: schoolKey(name) })).id;
}

/** An entry that went through submission and screening: submitted and eligible, with a named team. */
export async function eligibleEntry(
  t: TestApp,
  competitionId: string,
  n: number,
  o: { schoolId: string; countryCode?: string; language?: string; eligibility?: 'eligible' | 'pending' },
): Promise<Entry> {
  const owner = await makeUser(t, { role: 'student', countryCode: o.countryCode ?? 'TH' });
  const category = await t.db.getRepository(Category).findOneByOrFail({ competitionId });
  const entry = await t.db.getRepository(Entry).save({
    code: `${o.countryCode ?? 'TH'}-${String(n).padStart(4, '0')}`,
    competitionId,
    categoryId: category.id,
    countryCode: o.countryCode ?? 'TH',
    schoolId: o.schoolId,
    ownerId: owner.id,
    title: `Phish story ${n}`,
    synopsisOriginal: 'เรื่องย่อ',
    synopsisEnglish: 'A story about phishing.',
    videoLanguage: o.language ?? 'th',
    supervisingTeacherName: 'Teacher Somchai',
    supervisingTeacherEmail: 'somchai@example.org',
    status: 'submitted',
    submittedAt: new Date('2027-01-10T00:00:00Z'),
    eligibility: o.eligibility ?? 'eligible',
  });
  await t.db
    .getRepository(TeamMember)
    .save({ entryId: entry.id, fullName: `Niran Member${n}`, role: 'director', dateOfBirth: '2011-03-04', schoolName: 'Bangkok School', position: 0 });
  return entry;
}

/** A judge on a round's panel (the role granted for that round), from the given country and school. */
export async function judgeOn(
  t: TestApp,
  roundId: string,
  o: { countryCode?: string; schoolId?: string | null; name?: string } = {},
): Promise<{ user: User; client: Client; token: string }> {
  const user = await makeUser(t, { role: 'judge', countryCode: o.countryCode ?? 'TH', displayName: o.name ?? `Judge ${randomUUID().slice(0, 4)}` });
  if (o.schoolId) await t.db.getRepository(User).update({ id: user.id }, { schoolId: o.schoolId });
  await t.db.getRepository(RoleGrant).insert({ userId: user.id, role: 'judge', roundId });
  const token = await sessionFor(t, user);
  return { user, client: t.as(token), token };
}

export interface JudgingSuite {
  t: TestApp;
  organiser: Client;
  coordinatorTH: Client;
  coordinatorJP: Client;
  /** a fresh competition (TH, JP, SG) for every test */
  competitionId: string;
}

/** One app for the file, an organiser and the Thai and Japanese coordinators, and a fresh competition per test at T0. */
export function judgingSuite(): JudgingSuite {
  const s = {} as JudgingSuite;
  beforeAll(async () => {
    s.t = await createTestApp();
    s.organiser = (await clientAs(s.t, { role: 'organiser', countryCode: null })).client;
    s.coordinatorTH = (await clientAs(s.t, { role: 'coordinator', countryCode: 'TH' })).client;
    s.coordinatorJP = (await clientAs(s.t, { role: 'coordinator', countryCode: 'JP' })).client;
  });
  afterAll(() => s.t.close());
  beforeEach(async () => {
    s.t.clock.set('2027-01-15T03:00:00Z');
    s.competitionId = (await makeCompetition(s.t, { countryCodes: ['TH', 'JP', 'SG'] })).id;
  });
  return s;
}
