import { Injectable, Module } from '@nestjs/common';
import { InjectRepository, TypeOrmModule } from '@nestjs/typeorm';
import { In, type EntityManager, type Repository } from 'typeorm';
import { CompetitionsQueries, CompetitionsQueriesModule } from '../competitions/competitions.queries.js';
import { EntriesQueries, EntriesQueriesModule } from '../entries/entries.queries.js';
import { Consent } from './consent.entity.js';
import { clearedEntries } from './work-clearance.js';

// Other modules may name these types; only this module holds the classes that open their tables.
export type { Consent };

/**
 * What other modules may read (and, where they must, write) of the consents recorded for team members: the consents
 * module owns those tables, and other modules come through here (issue 14; eslint.config.mjs enforces it). A method
 * takes the caller's EntityManager when it must see or join the caller's transaction.
 */
@Injectable()
export class ConsentsQueries {
  constructor(
    @InjectRepository(Consent) private readonly consents: Repository<Consent>,
    private readonly entries: EntriesQueries,
    private readonly competitions: CompetitionsQueries,
  ) {}

  /** The consents recorded for these entries' team members. */
  async consentsOf(entryIds: string[], m?: EntityManager): Promise<Consent[]> {
    const unique = [...new Set(entryIds)];
    return unique.length ? (m ?? this.consents.manager).find(Consent, { where: { entryId: In(unique) } }) : [];
  }

  /** Forgets a member's consents (their name or date of birth changed: what was consented to no longer describes them). */
  async forgetMemberConsents(memberId: string, m: EntityManager): Promise<void> {
    await m.delete(Consent, { memberId });
  }

  /**
   * Which of these entries are cleared for public showing and reuse right now (the rule is in work-clearance.ts): three
   * queries whatever the number of entries, the rosters, their competitions' reference dates and the consents given.
   */
  async clearedEntryIds(entryIds: string[], m?: EntityManager): Promise<Set<string>> {
    const rosters = await this.entries.submittedLicensedRosters(entryIds, m);
    if (!rosters.length) return new Set();
    const competitions = await this.competitions.competitionsByIds(
      rosters.map((r) => r.competitionId),
      m,
    );
    const referenceDates = new Map(competitions.map((c) => [c.id, c.referenceDate]));
    const given = await (m ?? this.consents.manager).find(Consent, {
      where: { memberId: In([...new Set(rosters.map((r) => r.memberId))]), status: 'given' },
      select: { id: true, memberId: true, kind: true },
    });
    return clearedEntries(
      rosters.map((r) => ({ entryId: r.entryId, memberId: r.memberId, dateOfBirth: r.dateOfBirth, referenceDate: referenceDates.get(r.competitionId)! })),
      given,
    );
  }
}

/** The consents query service on its own: a leaf module that any module imports without an import cycle. */
@Module({
  imports: [TypeOrmModule.forFeature([Consent]), EntriesQueriesModule, CompetitionsQueriesModule],
  providers: [ConsentsQueries],
  exports: [ConsentsQueries],
})
export class ConsentsQueriesModule {}
