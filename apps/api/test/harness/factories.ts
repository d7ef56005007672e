import { randomUUID } from 'node:crypto';
import argon2 from 'argon2';
import type { Role } from '@clapper/domain/roles';
import { DEFAULT_ENTRY_RULES } from '@clapper/domain/entry-rules';
import { User } from '../../src/accounts/user.entity.js';
import { RoleGrant } from '../../src/accounts/role-grant.entity.js';
import { School } from '../../src/accounts/school.entity.js';
import { schoolKey } from '@clapper/domain/schools';
import { Competition } from '../../src/competitions/competition.entity.js';
import { Category } from '../../src/competitions/category.entity.js';
import { Country } from '../../src/countries/country.entity.js';
import { addDefaultLicence } from '../../src/entries/licence.entity.js';
import { SessionService } from '../../src/auth/session.service.js';
import type { TestApp, Client } from './test-app.js';

export const PASSWORD = 'correct-horse-battery-staple';
let passwordHash: Promise<string> | null = null;
const hashOnce = () => (passwordHash ??= argon2.hash(PASSWORD, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 }));

export interface UserOverrides {
  role?: Role;
  email?: string;
  displayName?: string;
  countryCode?: string | null;
  schoolName?: string;
  dateOfBirth?: string | null;
  /** the account's language (en by default) */
  locale?: string;
  /** the coordinator's country (defaults to countryCode) */
  scopeCountry?: string;
  /** a teacher's link to the school: active (approved) by default, or still a request */
  grantStatus?: 'active' | 'pending' | 'refused';
}

/** A user with one role, stored for real; password is PASSWORD. */
export async function makeUser(t: TestApp, o: UserOverrides = {}): Promise<User> {
  const role = o.role ?? 'student';
  const countryCode = o.countryCode === undefined ? 'TH' : o.countryCode;
  let schoolId: string | null = null;
  if ((role === 'student' || role === 'teacher') && countryCode) {
    const name = o.schoolName ?? 'Test School';
    await t.db
      .createQueryBuilder()
      .insert()
      .into(School)
      .values({ name, nameKey: schoolKey(name), countryCode })
      .orIgnore()
      .execute();
    schoolId = (await t.db.getRepository(School).findOneByOrFail({ countryCode, nameKey: schoolKey(name) })).id;
  }
  const user = await t.db.getRepository(User).save({
    email: o.email ?? `${role}-${randomUUID().slice(0, 8)}@example.org`,
    passwordHash: await hashOnce(),
    displayName: o.displayName ?? `Test ${role}`,
    countryCode,
    schoolId,
    dateOfBirth: o.dateOfBirth === undefined ? (role === 'student' ? '2010-05-14' : null) : o.dateOfBirth,
    locale: o.locale ?? 'en',
    disabledAt: null,
  });
  await t.db.getRepository(RoleGrant).insert({
    userId: user.id,
    role,
    countryCode: role === 'coordinator' ? (o.scopeCountry ?? countryCode) : role === 'student' || role === 'teacher' ? countryCode : null,
    schoolId,
    status: o.grantStatus ?? 'active',
  });
  return user;
}

/** Signs in without the password round-trip: a real session row and its cookie token. */
export async function sessionFor(t: TestApp, user: User): Promise<string> {
  return (await t.app.get(SessionService).create(user.id)).token;
}

export async function clientAs(t: TestApp, o: UserOverrides = {}): Promise<{ user: User; client: Client; token: string }> {
  const user = await makeUser(t, o);
  const token = await sessionFor(t, user);
  return { user, client: t.as(token), token };
}

export interface CompetitionOverrides extends Partial<Omit<Competition, 'countries' | 'categories'>> {
  countryCodes?: string[];
  categories?: { minAge: number; maxAge: number; name?: Record<string, string> }[];
}

export async function makeCompetition(t: TestApp, o: CompetitionOverrides = {}): Promise<Competition> {
  const { countryCodes, categories, ...fields } = o;
  const countries = await t.db.getRepository(Country).find();
  const c = await t.db.getRepository(Competition).save({
    slug: `comp-${randomUUID().slice(0, 8)}`,
    name: { en: 'Test Competition', ja: 'テストコンテスト' },
    theme: { en: 'Stay safe online' },
    languages: ['en', 'ja'],
    status: 'published',
    referenceDate: '2027-04-01',
    submissionOpensAt: new Date('2027-01-01T00:00:00Z'),
    submissionClosesAt: new Date('2027-06-30T15:00:00Z'),
    judgingOpensAt: null,
    judgingClosesAt: null,
    ceremonyAt: null,
    rules: { ...DEFAULT_ENTRY_RULES },
    createdBy: null,
    ...fields,
    countries: countryCodes ? countries.filter((x) => countryCodes.includes(x.code)) : countries,
  });
  await addDefaultLicence(t.db.manager, c.id);
  for (const [i, cat] of (categories ?? [{ minAge: 13, maxAge: 17 }]).entries())
    await t.db
      .getRepository(Category)
      .insert({ competitionId: c.id, name: cat.name ?? { en: `Ages ${cat.minAge}–${cat.maxAge}` }, minAge: cat.minAge, maxAge: cat.maxAge, position: i });
  return c;
}
