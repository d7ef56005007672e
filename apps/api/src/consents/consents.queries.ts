import { Injectable, Module } from '@nestjs/common';
import { InjectRepository, TypeOrmModule } from '@nestjs/typeorm';
import { In, type EntityManager, type Repository } from 'typeorm';
import { CompetitionsQueries, CompetitionsQueriesModule } from '../competitions/competitions.queries.js';
import { EntriesQueries, EntriesQueriesModule } from '../entries/entries.queries.js';
import type { LegalDocument } from '@clapper/domain/legal-texts';
import { Consent } from './consent.entity.js';
import { LegalText } from './legal-text.entity.js';
import { agreedText, labelOf } from './legal-text-reader.js';
import { clearedEntries } from './work-clearance.js';

// Other modules may name these types; only this module holds the classes that open their tables.
export type { Consent, LegalText };

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

  /** The dashboard's alerts (issue 15): among these entries, the guardian consents waiting for the guardian (link or form) and the signed forms waiting to be checked. */
  async guardianConsentCounts(entryIds: string[]): Promise<{ waitingGuardian: number; toVerify: number }> {
    if (!entryIds.length) return { waitingGuardian: 0, toVerify: 0 };
    const [row]: { waiting: string; to_verify: string }[] = await this.consents.manager.query(
      `SELECT count(*) FILTER (WHERE status IN ('requested', 'form_required')) AS waiting,
              count(*) FILTER (WHERE status = 'pending_verification') AS to_verify
         FROM consents WHERE kind = 'guardian' AND entry_id = ANY($1::uuid[])`,
      [entryIds],
    );
    return { waitingGuardian: Number(row.waiting), toVerify: Number(row.to_verify) };
  }

  /**
   * The exact text someone agrees to (the licence, from the entries module): the approved translation in their
   * language of the document's current version, with the label the ledger records. Refused when the language is
   * unknown (consents.unknown_language), not approved (consents.text_not_approved) or the version read is stale
   * (consents.text_stale).
   */
  async agreedText(
    competitionId: string,
    document: LegalDocument,
    language: string,
    readVersion: string | undefined,
    m: EntityManager,
  ): Promise<{ text: LegalText; label: string }> {
    const text = await agreedText(m, competitionId, document, language, readVersion);
    return { text, label: labelOf(text) };
  }

  /** Forgets a member's consents (their name or date of birth changed: what was consented to no longer describes them). */
  async forgetMemberConsents(memberId: string, m: EntityManager): Promise<void> {
    await m.delete(Consent, { memberId });
  }

  /**
   * Each entry's consents in one word, for the lists of entries: `refused` when a team member's consent was refused or
   * withdrawn, `complete` when the clearance rule (work-clearance.ts) holds for its team, `waiting` otherwise (a team
   * with no members too). Three queries whatever the number of entries.
   */
  async consentStates(entryIds: string[], m?: EntityManager): Promise<Map<string, 'complete' | 'waiting' | 'refused'>> {
    const rosters = await this.entries.rostersOf([...new Set(entryIds)], m);
    const competitions = await this.competitions.competitionsByIds([...new Set(rosters.map((r) => r.competitionId))], m);
    const referenceDates = new Map(competitions.map((c) => [c.id, c.referenceDate]));
    // thousands of rows for a long list: read as plain rows, one array parameter
    const recorded: { entryId: string; memberId: string; kind: 'participant' | 'guardian'; status: Consent['status'] }[] = rosters.length
      ? await (m ?? this.consents.manager).query(
          `SELECT entry_id AS "entryId", member_id AS "memberId", kind, status FROM consents WHERE entry_id = ANY($1::uuid[])`,
          [[...new Set(rosters.map((r) => r.entryId))]],
        )
      : [];
    const cleared = clearedEntries(
      rosters.map((r) => ({ entryId: r.entryId, memberId: r.memberId, dateOfBirth: r.dateOfBirth, referenceDate: referenceDates.get(r.competitionId)! })),
      recorded.filter((c) => c.status === 'given'),
    );
    const refused = new Set(recorded.filter((c) => c.status === 'refused' || c.status === 'withdrawn').map((c) => c.entryId));
    return new Map(entryIds.map((id) => [id, refused.has(id) ? 'refused' : cleared.has(id) ? 'complete' : 'waiting']));
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
  imports: [TypeOrmModule.forFeature([Consent, LegalText]), EntriesQueriesModule, CompetitionsQueriesModule],
  providers: [ConsentsQueries],
  exports: [ConsentsQueries],
})
export class ConsentsQueriesModule {}
