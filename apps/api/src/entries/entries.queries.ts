import { Injectable, Module } from '@nestjs/common';
import { InjectRepository, TypeOrmModule } from '@nestjs/typeorm';
import { In, MoreThan, type EntityManager, type Repository } from 'typeorm';
import type { PublicCredits } from '@clapper/domain/credits';
import { CompetitionsQueries, CompetitionsQueriesModule } from '../competitions/competitions.queries.js';
import { Entry } from './entry.entity.js';
import { addDefaultLicence, LicenceGrant, LicenceVersion } from './licence.entity.js';
import { creditsOf } from './public-credits.js';
import { TeamMember } from './team-member.entity.js';

// Other modules may name these types; only this module holds the classes that open their tables.
export type { Entry, LicenceGrant, LicenceVersion, TeamMember };

/**
 * What other modules may read (and, where they must, write) of the entries, their team members and the licence
 * versions and grants: the entries module owns those tables, and other modules come through here (issue 14;
 * eslint.config.mjs enforces it). A method takes the caller's EntityManager when it must see or join the caller's
 * transaction.
 */
@Injectable()
export class EntriesQueries {
  constructor(
    @InjectRepository(Entry) private readonly entries: Repository<Entry>,
    @InjectRepository(TeamMember) private readonly teamMembers: Repository<TeamMember>,
    @InjectRepository(LicenceVersion) private readonly licenceVersions: Repository<LicenceVersion>,
    @InjectRepository(LicenceGrant) private readonly licenceGrants: Repository<LicenceGrant>,
    private readonly competitionsQueries: CompetitionsQueries,
  ) {}

  /** Those of these entries that belong to the competition, by code. */
  async entriesOfCompetitionAmong(competitionId: string, entryIds: string[]): Promise<Entry[]> {
    const unique = [...new Set(entryIds)];
    return unique.length ? this.entries.find({ where: { id: In(unique), competitionId }, order: { code: 'ASC' } }) : [];
  }

  /**
   * The organisers' record of a competition's entries, drafts and withdrawn ones too, by code: `limit` at most, after
   * the code `afterCode` (null: from the first). Each with its team in order and when its licence was last accepted.
   */
  async entryRecords(
    competitionId: string,
    afterCode: string | null,
    limit: number,
  ): Promise<{ entry: Entry; team: TeamMember[]; licenceAcceptedAt: Date | null }[]> {
    const entries = await this.entries.find({
      where: { competitionId, ...(afterCode === null ? {} : { code: MoreThan(afterCode) }) },
      order: { code: 'ASC' },
      take: limit,
    });
    return this.withTeamsAndLicences(entries);
  }

  private async withTeamsAndLicences(entries: Entry[]): Promise<{ entry: Entry; team: TeamMember[]; licenceAcceptedAt: Date | null }[]> {
    const ids = entries.map((e) => e.id);
    const team = new Map<string, TeamMember[]>();
    for (const member of await this.teamMembersOf(ids)) team.set(member.entryId, [...(team.get(member.entryId) ?? []), member]);
    const accepted: { entry_id: string; accepted_at: Date }[] = ids.length
      ? await this.licenceGrants
          .createQueryBuilder('g')
          .select('g.entry_id', 'entry_id')
          .addSelect('max(g.accepted_at)', 'accepted_at')
          .where('g.entry_id = ANY(:ids)', { ids })
          .groupBy('g.entry_id')
          .getRawMany()
      : [];
    const acceptedAt = new Map(accepted.map((a) => [a.entry_id, a.accepted_at]));
    return entries.map((entry) => ({
      entry,
      team: team.get(entry.id) ?? [], // in order (teamMembersOf)
      licenceAcceptedAt: acceptedAt.get(entry.id) ?? null,
    }));
  }

  /** The same records (see entryRecords) for these entries, by competition and code: a selection from the list of entries. */
  async entryRecordsByIds(entryIds: string[]): Promise<{ entry: Entry; team: TeamMember[]; licenceAcceptedAt: Date | null }[]> {
    const entries = entryIds.length ? await this.entries.find({ where: { id: In([...new Set(entryIds)]) }, order: { competitionId: 'ASC', code: 'ASC' } }) : [];
    return this.withTeamsAndLicences(entries);
  }

  /**
   * The dashboard's facts (issue 15): every entry of a competition (or of these countries), withdrawn ones left out,
   * with what the funnel and the screening alert read of it. One row each, in one query.
   */
  async funnelFacts(
    competitionId: string,
    countryCodes: string[] | null,
  ): Promise<Pick<Entry, 'id' | 'countryCode' | 'categoryId' | 'status' | 'eligibility' | 'submittedAt'>[]> {
    const rows: {
      id: string;
      country_code: string;
      category_id: string;
      status: Entry['status'];
      eligibility: Entry['eligibility'];
      submitted_at: Date | null;
    }[] = await this.entries.manager.query(
      `SELECT id, country_code, category_id, status, eligibility, submitted_at FROM entries
        WHERE competition_id = $1 AND status <> 'withdrawn' AND ($2::text[] IS NULL OR country_code = ANY($2::text[]))`,
      [competitionId, countryCodes],
    );
    return rows.map((r) => ({
      id: r.id,
      countryCode: r.country_code,
      categoryId: r.category_id,
      status: r.status,
      eligibility: r.eligibility,
      submittedAt: r.submitted_at,
    }));
  }

  /** The drafts of these competitions, by code (the draft reminders). */
  async draftsOf(competitionIds: string[]): Promise<Entry[]> {
    return competitionIds.length ? this.entries.find({ where: { competitionId: In(competitionIds), status: 'draft' }, order: { code: 'ASC' } }) : [];
  }

  /** The number of a competition's latest licence version, or null when it has none. */
  async latestLicenceVersion(competitionId: string): Promise<number | null> {
    const latest = await this.licenceVersions.findOne({ where: { competitionId }, order: { version: 'DESC' }, select: { id: true, version: true } });
    return latest?.version ?? null;
  }

  /** The ids of a country's submitted, eligible entries in a competition: what its national round covers. */
  async eligibleEntryIds(competitionId: string, countryCode: string, m?: EntityManager): Promise<string[]> {
    const rows = await (m ?? this.entries.manager).find(Entry, {
      where: { competitionId, countryCode, status: 'submitted', eligibility: 'eligible' },
      select: { id: true },
    });
    return rows.map((e) => e.id);
  }

  /** The entries of a competition that have these codes (unknown codes are left out): their ids and codes. */
  async entriesByCodes(competitionId: string, codes: string[], m?: EntityManager): Promise<Pick<Entry, 'id' | 'code'>[]> {
    return codes.length ? (m ?? this.entries.manager).find(Entry, { where: { competitionId, code: In(codes) }, select: { id: true, code: true } }) : [];
  }

  /** The public credits of these entries (as each team chose and consented), in one query for the rosters. */
  async publicCredits(entries: Entry[], m?: EntityManager): Promise<Map<string, PublicCredits>> {
    if (!entries.length) return new Map();
    const members = await this.teamMembersOf(
      entries.map((e) => e.id),
      m,
    );
    const competitions = new Map(
      (
        await this.competitionsQueries.competitionsByIds(
          entries.map((e) => e.competitionId),
          m,
        )
      ).map((c) => [c.id, c]),
    );
    return new Map(
      entries.map((e) => [
        e.id,
        creditsOf(
          e,
          members.filter((x) => x.entryId === e.id),
          competitions.get(e.competitionId)!.referenceDate,
        ),
      ]),
    );
  }

  private manager(m?: EntityManager): EntityManager {
    return m ?? this.entries.manager;
  }

  /** These entries (missing ids are left out). */
  async entriesByIds(ids: string[], m?: EntityManager): Promise<Entry[]> {
    const unique = [...new Set(ids)];
    return unique.length ? this.manager(m).find(Entry, { where: { id: In(unique) } }) : [];
  }

  /** The entry, or null. */
  entry(id: string, m?: EntityManager): Promise<Entry | null> {
    return this.manager(m).findOne(Entry, { where: { id } });
  }

  /** The entry, which must exist (e.g. the entry a consent or a video belongs to). */
  entryOrFail(id: string, m?: EntityManager): Promise<Entry> {
    return this.manager(m).findOneByOrFail(Entry, { id });
  }

  /** Locks the entry's row for the caller's transaction; false when there is no such entry. */
  async lockEntry(id: string, m: EntityManager): Promise<boolean> {
    const rows: { id: string }[] = await m.query('SELECT id FROM entries WHERE id = $1 FOR UPDATE', [id]);
    return rows.length > 0;
  }

  /**
   * The submitted entries of a competition (one country, or any of several, or all), optionally whose code or title
   * contains q (% _ and \ in q are plain text), by code: the ids a campaign may pick works from.
   */
  async submittedEntryIds(filter: { competitionId: string; countryCodes?: string[]; q?: string }): Promise<string[]> {
    const qb = this.entries
      .createQueryBuilder('e')
      .select('e.id', 'id')
      .where('e.competition_id = :competitionId', { competitionId: filter.competitionId })
      .andWhere(`e.status = 'submitted'`)
      .orderBy('e.code', 'ASC');
    if (filter.countryCodes) qb.andWhere('e.country_code IN (:...countries)', { countries: filter.countryCodes.length ? filter.countryCodes : ['--'] });
    if (filter.q) qb.andWhere(`(e.code ILIKE :q OR e.title ILIKE :q)`, { q: `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    return (await qb.getRawMany<{ id: string }>()).map((r) => r.id);
  }

  /** The team members of these entries, in their order on each team. */
  async teamMembersOf(entryIds: string[], m?: EntityManager): Promise<TeamMember[]> {
    const unique = [...new Set(entryIds)];
    return unique.length ? this.manager(m).find(TeamMember, { where: { entryId: In(unique) }, order: { position: 'ASC' } }) : [];
  }

  /** The entry's team member, or null (a member of another entry is null too). */
  memberOfEntry(entryId: string, memberId: string, m?: EntityManager): Promise<TeamMember | null> {
    return this.manager(m).findOne(TeamMember, { where: { id: memberId, entryId } });
  }

  /** The team member, which must exist (e.g. the member a consent is for). */
  memberOrFail(id: string, m?: EntityManager): Promise<TeamMember> {
    return this.manager(m).findOneByOrFail(TeamMember, { id });
  }

  /** The licence grants of these entries, newest first. */
  async licenceGrantsOf(entryIds: string[], m?: EntityManager): Promise<LicenceGrant[]> {
    const unique = [...new Set(entryIds)];
    return unique.length ? this.manager(m).find(LicenceGrant, { where: { entryId: In(unique) }, order: { acceptedAt: 'DESC' } }) : [];
  }

  /** These licence versions (missing ids are left out). */
  async licenceVersionsByIds(ids: string[], m?: EntityManager): Promise<LicenceVersion[]> {
    const unique = [...new Set(ids)];
    return unique.length ? this.manager(m).find(LicenceVersion, { where: { id: In(unique) } }) : [];
  }

  /** A competition's licence version by its number, or null. */
  licenceVersionNumbered(competitionId: string, version: number, m?: EntityManager): Promise<LicenceVersion | null> {
    return Number.isInteger(version) ? this.manager(m).findOne(LicenceVersion, { where: { competitionId, version } }) : Promise.resolve(null);
  }

  /** A new competition starts with version 1 of the default licence (inside the caller's transaction). */
  addDefaultLicence(competitionId: string, m: EntityManager): Promise<void> {
    return addDefaultLicence(m, competitionId);
  }

  /** The rosters of these entries, whatever their status: one row per team member, with the entry's competition. */
  async rostersOf(entryIds: string[], m?: EntityManager): Promise<{ entryId: string; competitionId: string; memberId: string; dateOfBirth: string }[]> {
    if (!entryIds.length) return [];
    const rows: { entry_id: string; competition_id: string; member_id: string; date_of_birth: string }[] = await this.manager(m).query(
      `SELECT e.id AS entry_id, e.competition_id, t.id AS member_id, to_char(t.date_of_birth, 'YYYY-MM-DD') AS date_of_birth
         FROM entries e JOIN team_members t ON t.entry_id = e.id
        WHERE e.id = ANY($1::uuid[])`,
      [entryIds],
    );
    return rows.map((r) => ({ entryId: r.entry_id, competitionId: r.competition_id, memberId: r.member_id, dateOfBirth: r.date_of_birth }));
  }

  /**
   * The rosters of those of these entries that are submitted with the licence accepted: one row per team member, with
   * the entry's competition (what the consents module needs to tell whether a work is cleared).
   */
  async submittedLicensedRosters(
    entryIds: string[],
    m?: EntityManager,
  ): Promise<{ entryId: string; competitionId: string; memberId: string; dateOfBirth: string }[]> {
    if (!entryIds.length) return [];
    const rows: { entry_id: string; competition_id: string; member_id: string; date_of_birth: string }[] = await this.manager(m).query(
      `SELECT e.id AS entry_id, e.competition_id, t.id AS member_id, to_char(t.date_of_birth, 'YYYY-MM-DD') AS date_of_birth
         FROM entries e JOIN team_members t ON t.entry_id = e.id
        WHERE e.id = ANY($1::uuid[])
          AND e.status = 'submitted'
          AND EXISTS (SELECT 1 FROM licence_grants g WHERE g.entry_id = e.id)`,
      [entryIds],
    );
    return rows.map((r) => ({ entryId: r.entry_id, competitionId: r.competition_id, memberId: r.member_id, dateOfBirth: r.date_of_birth }));
  }
}

/** The entries query service on its own: a leaf module that any module imports without an import cycle. */
@Module({
  imports: [TypeOrmModule.forFeature([Entry, TeamMember, LicenceVersion, LicenceGrant]), CompetitionsQueriesModule],
  providers: [EntriesQueries],
  exports: [EntriesQueries],
})
export class EntriesQueriesModule {}
