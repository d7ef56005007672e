import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { blockReason } from '@clapper/domain/assignment';
import { JudgingReason, Thing } from '@clapper/domain/refusals';
import type { Actor } from '../auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../clock/clock.js';
import { fieldRefusal, notFound } from '../common/domain-error.js';
import { AccountsQueries } from '../accounts/accounts.queries.js';
import { CompetitionsQueries } from '../competitions/competitions.queries.js';
import { CountriesService } from '../countries/countries.service.js';
import type { SchoolDto } from '../countries/dto/country.dto.js';
import { EntriesQueries } from '../entries/entries.queries.js';
import { Assignment } from './assignment.entity.js';
import { assignEntryOf, assignJudgeOf } from './assign-facts.js';
import { RoundAccess } from './round-access.service.js';
import { RoundJudge } from './round-judge.entity.js';
import { withEntries } from './with-entries.js';
import type { Round } from './round.entity.js';
import { Scorecard, SUBMITTED_STATUSES } from './scorecard.entity.js';
import type { DeclarationDto, DeclarationInputDto, PanelDto } from './dto/panel.dto.js';

/** A round's panel: who judges, what they declared, and judges leaving. */
@Injectable()
export class PanelService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: RoundAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly countries: CountriesService,
    private readonly accounts: AccountsQueries,
    private readonly competitions: CompetitionsQueries,
    private readonly entries: EntriesQueries,
  ) {}

  async list(actor: Actor, roundId: string): Promise<PanelDto> {
    await this.access.manage(actor, roundId);
    const m = this.db.manager;
    await this.access.ensurePanel(m, roundId);
    const judges = await m.find(RoundJudge, { where: { roundId }, order: { createdAt: 'ASC' } });
    const users = new Map((await this.accounts.usersByIds(judges.map((j) => j.userId))).map((u) => [u.id, u]));
    const schools = await this.schoolNames(judges.flatMap((j) => j.conflictSchoolIds));
    const counts = await this.loads(m, roundId);
    const invitations = await this.accounts.openRoundInvitations(roundId, this.clock.now());
    return {
      judges: judges.map((j) => {
        const user = users.get(j.userId)!;
        return {
          userId: j.userId,
          displayName: user.displayName,
          email: user.email,
          countryCode: user.countryCode,
          languages: j.languages,
          conflictEntryCodes: j.conflictEntryCodes,
          conflictSchoolNames: j.conflictSchoolIds.map((id) => schools.get(id) ?? id),
          conflictCountryCodes: j.conflictCountryCodes,
          conflictNote: j.conflictNote,
          declaredAt: j.declaredAt?.toISOString() ?? null,
          droppedAt: j.droppedAt?.toISOString() ?? null,
          assigned: counts.get(j.userId)?.assigned ?? 0,
          submitted: counts.get(j.userId)?.submitted ?? 0,
        };
      }),
      invitations: invitations.map((i) => ({ id: i.id, email: i.email, countryCode: i.countryCode, expiresAt: i.expiresAt.toISOString() })),
    };
  }

  /**
   * A judge leaves the panel: they lose the round, their assignments without a submitted scorecard go (with any
   * draft), and their submitted scorecards stay. Run the assignment again to fill the gaps.
   */
  async drop(actor: Actor, roundId: string, userId: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const round = await this.access.manage(actor, roundId, m, true);
      RoundAccess.assertNotClosed(round);
      const judge = await m.findOne(RoundJudge, { where: { roundId, userId } });
      const revoked = await this.accounts.revokeRoundJudge(m, roundId, userId);
      if (!revoked && !judge) throw notFound(Thing.Judge);
      await this.access.ensureJudge(m, roundId, userId);
      await m.update(RoundJudge, { roundId, userId }, { droppedAt: this.clock.now() });
      const removed = await this.removeOpenAssignments(m, roundId, userId, () => true);
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'panel.judge_dropped',
          subjectType: 'round',
          subjectId: roundId,
          before: { userId },
          after: { removedAssignments: removed },
        },
        m,
      );
    });
  }

  async declaration(actor: Actor, roundId: string): Promise<DeclarationDto> {
    const { round, judge } = await this.access.judge(actor, roundId);
    return this.declarationDto(this.db.manager, round, judge);
  }

  /**
   * The directory's one school search, for the round's judges: they declare links with schools they find here,
   * whether or not the school has entries in the round, so the list tells nothing.
   */
  async schools(actor: Actor, roundId: string, q: string): Promise<SchoolDto[]> {
    await this.access.judge(actor, roundId);
    return this.countries.schools(undefined, q);
  }

  /**
   * The judge declares their conflicts and languages. Assignments (not yet submitted) that a new conflict rules out
   * are removed at once; the organisers see the gap and run the assignment again. The matching is the server's: the
   * answer is what the judge declared, never which entries it touched, and an entry code is kept as typed whether or
   * not an entry has it (so a judge who heard a code cannot learn whether it exists).
   */
  async declare(actor: Actor, roundId: string, dto: DeclarationInputDto): Promise<DeclarationDto> {
    return this.db.transaction(async (m) => {
      const { round, judge } = await this.access.judge(actor, roundId, m);
      RoundAccess.assertNotClosed(round);
      const known = (await this.accounts.schoolsByIds(dto.conflictSchoolIds, m)).length;
      if (known !== dto.conflictSchoolIds.length)
        throw fieldRefusal('conflictSchoolIds', JudgingReason.UnknownSchool, {}, 'Choose schools from the school search.');
      const entries = await this.entries.entriesByCodes(round.competitionId, dto.conflictEntryCodes, m);
      const before = {
        languages: judge.languages,
        entryCodes: judge.conflictEntryCodes,
        entries: judge.conflictEntryIds,
        schools: judge.conflictSchoolIds,
        countries: judge.conflictCountryCodes,
      };
      Object.assign(judge, {
        languages: dto.languages,
        conflictEntryCodes: dto.conflictEntryCodes,
        conflictEntryIds: entries.map((e) => e.id),
        conflictSchoolIds: dto.conflictSchoolIds,
        conflictCountryCodes: dto.conflictCountryCodes,
        conflictNote: dto.note.trim(),
        declaredAt: this.clock.now(),
      });
      await m.save(judge);
      const user = await this.accounts.userOrFail(actor.userId, m);
      const facts = assignJudgeOf(judge, user);
      const removed = await this.removeOpenAssignments(m, roundId, actor.userId, (entry) => blockReason(facts, entry, round.kind === 'final') !== null);
      // the languages may have changed: which assigned videos the judge understands
      const assignments = await m.find(Assignment, { where: { roundId, judgeId: actor.userId }, relations: { roundEntry: true } });
      await withEntries(
        this.entries,
        assignments.map((a) => a.roundEntry!),
        m,
      );
      for (const a of assignments) {
        const languageMatch = facts.languages.includes(assignEntryOf(a.roundEntry!.entry!).language);
        if (languageMatch !== a.languageMatch) await m.update(Assignment, { id: a.id }, { languageMatch });
      }
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'panel.declared',
          subjectType: 'round',
          subjectId: roundId,
          before,
          after: {
            languages: judge.languages,
            entryCodes: judge.conflictEntryCodes,
            entries: judge.conflictEntryIds,
            schools: judge.conflictSchoolIds,
            countries: judge.conflictCountryCodes,
            removedAssignments: removed,
          },
        },
        m,
      );
      return this.declarationDto(m, round, judge);
    });
  }

  /** Removes a judge's assignments that have no submitted scorecard and match `which`; returns the entry codes. */
  private async removeOpenAssignments(
    m: EntityManager,
    roundId: string,
    judgeId: string,
    which: (entry: ReturnType<typeof assignEntryOf>) => boolean,
  ): Promise<string[]> {
    const assignments = await m.find(Assignment, { where: { roundId, judgeId }, relations: { roundEntry: true } });
    await withEntries(
      this.entries,
      assignments.map((a) => a.roundEntry!),
      m,
    );
    const removed: string[] = [];
    for (const a of assignments) {
      const entry = a.roundEntry!.entry!;
      if (!which(assignEntryOf(entry))) continue;
      if (await m.exists(Scorecard, { where: { roundEntryId: a.roundEntryId, judgeId, status: In([...SUBMITTED_STATUSES]) } })) continue;
      await m.delete(Scorecard, { roundEntryId: a.roundEntryId, judgeId });
      await m.delete(Assignment, { id: a.id });
      removed.push(entry.code);
    }
    return removed;
  }

  /** What the judge declared, and the countries to choose from: nothing of which entries or schools are in the round. */
  private async declarationDto(m: EntityManager, round: Round, judge: RoundJudge): Promise<DeclarationDto> {
    const schools = await this.accounts.schoolsByIds(judge.conflictSchoolIds, m);
    const competition = await this.competitions.competitionWithCountries(round.competitionId, m);
    return {
      languages: judge.languages,
      conflictEntryCodes: judge.conflictEntryCodes,
      conflictSchools: schools.map((s) => ({ id: s.id, name: s.name, countryCode: s.countryCode })).sort((a, b) => a.name.localeCompare(b.name)),
      conflictCountryCodes: judge.conflictCountryCodes,
      note: judge.conflictNote,
      declaredAt: judge.declaredAt?.toISOString() ?? null,
      countries: (competition?.countries ?? []).map((c) => c.code).sort(),
    };
  }

  private async schoolNames(ids: string[]): Promise<Map<string, string>> {
    const rows = await this.accounts.schoolsByIds(ids);
    return new Map(rows.map((s) => [s.id, s.name]));
  }

  /** Per judge: assignments, and scorecards submitted (or locked). */
  async loads(m: EntityManager, roundId: string): Promise<Map<string, { assigned: number; submitted: number }>> {
    const rows: { judge_id: string; assigned: string; submitted: string }[] = await m.query(
      `SELECT a.judge_id, count(*) AS assigned, count(s.id) FILTER (WHERE s.status IN ('submitted','locked')) AS submitted
         FROM assignments a LEFT JOIN scorecards s ON s.round_entry_id = a.round_entry_id AND s.judge_id = a.judge_id
        WHERE a.round_id = $1 GROUP BY a.judge_id`,
      [roundId],
    );
    return new Map(rows.map((r) => [r.judge_id, { assigned: Number(r.assigned), submitted: Number(r.submitted) }]));
  }
}
