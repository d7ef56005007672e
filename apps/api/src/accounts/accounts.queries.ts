import { Injectable, Module } from '@nestjs/common';
import { InjectRepository, TypeOrmModule } from '@nestjs/typeorm';
import { In, IsNull, MoreThan, type EntityManager, type Repository } from 'typeorm';
import { Invitation } from './invitation.entity.js';
import { RoleGrant } from './role-grant.entity.js';
import { School } from './school.entity.js';
import { User } from './user.entity.js';

// Other modules may name these types; only this module holds the classes that open their tables.
export type { Invitation, RoleGrant, School, User };

/**
 * What other modules may read (and, where they must, write) of the people: users, their schools, their role grants and
 * invitations: the accounts module owns those tables, and other modules come through here (issue 14; eslint.config.mjs
 * enforces it). A method takes the caller's EntityManager when it must see or join the caller's transaction.
 */
@Injectable()
export class AccountsQueries {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(School) private readonly schools: Repository<School>,
    @InjectRepository(RoleGrant) private readonly roleGrants: Repository<RoleGrant>,
    @InjectRepository(Invitation) private readonly invitations: Repository<Invitation>,
  ) {}

  /** Whether the user has confirmed their email address. */
  async isEmailVerified(userId: string): Promise<boolean> {
    const user = await this.users.findOne({ where: { id: userId }, select: { id: true, emailVerifiedAt: true } });
    return Boolean(user?.emailVerifiedAt);
  }

  /** The school, which must exist (an entry's school). */
  schoolOrFail(id: string, m?: EntityManager): Promise<School> {
    return (m?.getRepository(School) ?? this.schools).findOneByOrFail({ id });
  }

  /** Locks the school's row for the caller's transaction (e.g. to count its submitted entries one submission at a time). */
  async lockSchool(id: string, m: EntityManager): Promise<void> {
    await m.query('SELECT id FROM schools WHERE id = $1 FOR UPDATE', [id]);
  }

  /**
   * Whether this address (lower case) belongs to an account that acts on an entry: one of these users, or a student or
   * teacher of the entry's school (so a team cannot name itself as a guardian).
   */
  async isAccountOnEntry(email: string, userIds: string[], schoolId: string, m?: EntityManager): Promise<boolean> {
    const rows: { id: string }[] = await (m ?? this.users.manager).query(
      `SELECT u.id FROM users u
        WHERE lower(u.email) = $1
          AND (u.id = ANY($2::uuid[])
               OR u.school_id = $3
               OR EXISTS (SELECT 1 FROM role_grants g WHERE g.user_id = u.id AND g.role = 'teacher' AND g.school_id = $3))
        LIMIT 1`,
      [email, userIds, schoolId],
    );
    return rows.length > 0;
  }

  /**
   * The school directory's search: schools whose name key contains this key (names starting with it first), in one
   * country or all, `limit` at most. The key is already escaped for LIKE.
   */
  async searchSchools(key: string, countryCode: string | undefined, limit: number): Promise<{ id: string; name: string; countryCode: string }[]> {
    const rows: { id: string; name: string; country_code: string }[] = await this.schools.manager.query(
      `SELECT id, name, country_code FROM schools
        WHERE name_key LIKE '%' || $1 || '%' ESCAPE '\\' AND ($2::char(2) IS NULL OR country_code = $2)
        ORDER BY (name_key LIKE $1 || '%' ESCAPE '\\') DESC, name ASC, country_code ASC LIMIT $3`,
      [key, countryCode ?? null, limit],
    );
    return rows.map((s) => ({ id: s.id, name: s.name, countryCode: s.country_code }));
  }

  /** A country's schools by name, with how many students and active teachers each has (a coordinator's overview). */
  async schoolsOfCountry(countryCode: string): Promise<{ id: string; name: string; students: number; teachers: number }[]> {
    const rows: { id: string; name: string; students: string; teachers: string }[] = await this.schools.manager.query(
      `SELECT s.id, s.name,
              count(*) FILTER (WHERE g.role = 'student') AS students,
              count(*) FILTER (WHERE g.role = 'teacher' AND g.status = 'active') AS teachers
         FROM schools s LEFT JOIN role_grants g ON g.school_id = s.id
        WHERE s.country_code = $1 GROUP BY s.id, s.name ORDER BY s.name`,
      [countryCode],
    );
    return rows.map((s) => ({ id: s.id, name: s.name, students: Number(s.students), teachers: Number(s.teachers) }));
  }

  /** How many people hold each active role in a country (by their own country or the grant's). */
  async accountsByRole(countryCode: string): Promise<Record<string, number>> {
    const rows: { role: string; n: string }[] = await this.roleGrants.manager.query(
      `SELECT g.role, count(DISTINCT g.user_id) AS n FROM role_grants g JOIN users u ON u.id = g.user_id
        WHERE (u.country_code = $1 OR g.country_code = $1) AND g.status = 'active' GROUP BY g.role`,
      [countryCode],
    );
    return Object.fromEntries(rows.map((r) => [r.role, Number(r.n)]));
  }

  /** Display names by user id (an id with no user is left out). */
  async displayNames(ids: string[], m?: EntityManager): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await (m?.getRepository(User) ?? this.users).find({ where: { id: In(ids) }, select: { id: true, displayName: true } });
    return new Map(rows.map((u) => [u.id, u.displayName]));
  }

  /** The users with these ids, in no particular order (an id with no user is left out). */
  async usersByIds(ids: string[], m?: EntityManager): Promise<User[]> {
    return ids.length ? (m?.getRepository(User) ?? this.users).find({ where: { id: In(ids) } }) : [];
  }

  /** A user the caller knows exists (the signed-in actor, say): throws when there is none. */
  userOrFail(id: string, m?: EntityManager): Promise<User> {
    return (m?.getRepository(User) ?? this.users).findOneOrFail({ where: { id } });
  }

  /** The interface language the user saved, or null for an unknown user. */
  async localeOf(userId: string): Promise<string | null> {
    const user = await this.users.findOne({ where: { id: userId }, select: { id: true, locale: true } });
    return user?.locale ?? null;
  }

  /** The users who hold the judge role for a round. */
  async roundJudgeIds(roundId: string, m?: EntityManager): Promise<string[]> {
    const grants = await (m?.getRepository(RoleGrant) ?? this.roleGrants).find({ where: { roundId, role: 'judge' }, select: { id: true, userId: true } });
    return grants.map((g) => g.userId);
  }

  /** The dashboard's facts (issue 15): those of these countries that have an active coordinator. */
  async coordinatedCountries(countryCodes: string[]): Promise<string[]> {
    if (!countryCodes.length) return [];
    const rows: { country_code: string }[] = await this.roleGrants.manager.query(
      `SELECT DISTINCT country_code FROM role_grants WHERE role = 'coordinator' AND status = 'active' AND country_code = ANY($1::text[])`,
      [countryCodes],
    );
    return rows.map((r) => r.country_code);
  }

  /** The dashboard's facts: how many users hold the judge role for each of these rounds (rounds with none are left out). */
  async judgeCountsByRound(roundIds: string[]): Promise<Map<string, number>> {
    if (!roundIds.length) return new Map();
    const rows: { round_id: string; n: string }[] = await this.roleGrants.manager.query(
      `SELECT round_id, count(DISTINCT user_id) AS n FROM role_grants WHERE role = 'judge' AND round_id = ANY($1::uuid[]) GROUP BY round_id`,
      [roundIds],
    );
    return new Map(rows.map((r) => [r.round_id, Number(r.n)]));
  }

  /** The dashboard's alert: how many invitations to judge each of these rounds are still open at `now` (rounds with none are left out). */
  async openInvitationCounts(roundIds: string[], now: Date): Promise<Map<string, number>> {
    if (!roundIds.length) return new Map();
    const rows: { round_id: string; n: string }[] = await this.invitations.manager.query(
      `SELECT round_id, count(*) AS n FROM invitations
        WHERE round_id = ANY($1::uuid[]) AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > $2 GROUP BY round_id`,
      [roundIds, now],
    );
    return new Map(rows.map((r) => [r.round_id, Number(r.n)]));
  }

  /** How many users hold the judge role for a round. */
  countRoundJudges(roundId: string): Promise<number> {
    return this.roleGrants.count({ where: { roundId, role: 'judge' } });
  }

  /** Takes a round's judge role away from a user, in the caller's transaction; false when they did not hold it. */
  async revokeRoundJudge(m: EntityManager, roundId: string, userId: string): Promise<boolean> {
    const grant = await m.getRepository(RoleGrant).findOne({ where: { roundId, userId, role: 'judge' } });
    if (grant) await m.getRepository(RoleGrant).delete({ id: grant.id });
    return !!grant;
  }

  /** The schools with these ids, in no particular order (an id with no school is left out). */
  async schoolsByIds(ids: string[], m?: EntityManager): Promise<School[]> {
    return ids.length ? (m?.getRepository(School) ?? this.schools).find({ where: { id: In([...new Set(ids)]) } }) : [];
  }

  /** Of these countries, those with at least one coordinator (an active coordinator grant). */
  async countriesWithCoordinators(codes: string[]): Promise<string[]> {
    if (!codes.length) return [];
    const rows: { country_code: string }[] = await this.roleGrants.manager.query(
      `SELECT DISTINCT country_code FROM role_grants WHERE role = 'coordinator' AND status = 'active' AND country_code = ANY($1::char(2)[])`,
      [codes],
    );
    return rows.map((r) => r.country_code);
  }

  /** The enabled accounts that coordinate this country (an active coordinator grant), for the messages about its entries. */
  async coordinatorIdsOf(countryCode: string, m?: EntityManager): Promise<string[]> {
    const rows: { user_id: string }[] = await (m ?? this.roleGrants.manager).query(
      `SELECT DISTINCT g.user_id FROM role_grants g JOIN users u ON u.id = g.user_id
        WHERE g.role = 'coordinator' AND g.status = 'active' AND g.country_code = $1 AND u.disabled_at IS NULL ORDER BY g.user_id`,
      [countryCode],
    );
    return rows.map((r) => r.user_id);
  }

  /** The enabled account with this address (any case), or null. */
  async enabledUserByEmail(email: string, m?: EntityManager): Promise<User | null> {
    const rows: { id: string }[] = await (m ?? this.users.manager).query(
      `SELECT id FROM users WHERE lower(email) = lower($1) AND disabled_at IS NULL LIMIT 1`,
      [email],
    );
    return rows.length ? (m?.getRepository(User) ?? this.users).findOneBy({ id: rows[0].id }) : null;
  }

  /**
   * The judge pool: enabled accounts that hold, or have held, a judge, coordinator or organiser role (never a student's
   * or teacher's account alone), whose name or email contains `q` (any case), of `countryCode` when given (or the one
   * with `userId`); by name, `limit` at most.
   */
  async poolCandidates(o: {
    q?: string;
    countryCode?: string;
    userId?: string;
    limit: number;
  }): Promise<Pick<User, 'id' | 'displayName' | 'email' | 'countryCode' | 'locale'>[]> {
    const like = o.q ? `%${o.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const rows: { id: string; display_name: string; email: string; country_code: string | null; locale: string }[] = await this.users.manager.query(
      `SELECT u.id, u.display_name, u.email, u.country_code, u.locale FROM users u
        WHERE u.disabled_at IS NULL
          AND EXISTS (SELECT 1 FROM role_grants g WHERE g.user_id = u.id AND g.role IN ('judge','coordinator','organiser') AND g.status = 'active')
          AND ($1::text IS NULL OR lower(u.display_name) LIKE $1 ESCAPE '\\' OR lower(u.email) LIKE $1 ESCAPE '\\')
          AND ($2::char(2) IS NULL OR u.country_code = $2)
          AND ($4::uuid IS NULL OR u.id = $4)
        ORDER BY u.display_name, u.email LIMIT $3`,
      [like, o.countryCode ?? null, o.limit, o.userId ?? null],
    );
    return rows.map((r) => ({ id: r.id, displayName: r.display_name, email: r.email, countryCode: r.country_code, locale: r.locale }));
  }

  /** The round ids each of these users was granted the judge role for (rounds they judge or judged and did not leave). */
  async judgedRoundIds(userIds: string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (!userIds.length) return out;
    const grants = await this.roleGrants.find({ where: { userId: In(userIds), role: 'judge' }, select: { id: true, userId: true, roundId: true } });
    for (const g of grants) if (g.roundId) out.set(g.userId, [...(out.get(g.userId) ?? []), g.roundId]);
    return out;
  }

  /**
   * Grants a user the judge role for a round, in the caller's transaction, with the country of their account (a
   * judge's country is always their account's); false when they hold it already.
   */
  async grantRoundJudge(m: EntityManager, o: { roundId: string; userId: string; countryCode: string | null; grantedBy: string }): Promise<boolean> {
    const repo = m.getRepository(RoleGrant);
    if (await repo.exists({ where: { roundId: o.roundId, userId: o.userId, role: 'judge' } })) return false;
    await repo.insert({ userId: o.userId, role: 'judge', roundId: o.roundId, countryCode: o.countryCode, grantedBy: o.grantedBy });
    return true;
  }

  /** A round's invitations still open at `now` (neither accepted, revoked nor expired), oldest first. */
  openRoundInvitations(roundId: string, now: Date): Promise<Invitation[]> {
    return this.invitations.find({
      where: { roundId, acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(now) },
      order: { createdAt: 'ASC' },
    });
  }
}

/** The accounts query service on its own: a leaf module that any module imports without an import cycle. */
@Module({ imports: [TypeOrmModule.forFeature([User, School, RoleGrant, Invitation])], providers: [AccountsQueries], exports: [AccountsQueries] })
export class AccountsQueriesModule {}
