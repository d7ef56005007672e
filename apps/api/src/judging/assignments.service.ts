import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { assignJudges, blockReason } from '@clapper/domain/assignment';
import { extraJudges, type ExtraRequest } from '@clapper/domain/assignment-extra';
import { calibrationDesignOf, calibrationParts } from '@clapper/domain/results-calibrate';
import { FieldReason, JudgingReason, Thing } from '@clapper/domain/refusals';
import type { Actor } from '../auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { DomainError, fieldRefusal, notFound } from '../common/domain-error.js';
import { AccountsQueries } from '../accounts/accounts.queries.js';
import { EntriesQueries } from '../entries/entries.queries.js';
import { Assignment } from './assignment.entity.js';
import { assignEntryOf, assignJudgeOf, BLOCK_REFUSALS } from './assign-facts.js';
import { JudgeNotifications } from './judge-notifications.service.js';
import { roundEntryCode } from './blind-code.js';
import { PanelService } from './panel.service.js';
import { RoundAccess } from './round-access.service.js';
import { RoundEntry } from './round-entry.entity.js';
import { RoundJudge } from './round-judge.entity.js';
import type { Round } from './round.entity.js';
import { syncNationalEntries } from './rounds.service.js';
import { withEntries } from './with-entries.js';
import { Scorecard } from './scorecard.entity.js';
import type { AddAssignmentDto, AssignmentRunDto, AssignmentsDto, ExtraJudgesDto, ExtraJudgesInputDto, JudgeLoadDto } from './dto/assignment.dto.js';

/** Who judges which entry: the automatic assignment, and the organisers' changes by hand under the same rules. */
@Injectable()
export class AssignmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: RoundAccess,
    private readonly panel: PanelService,
    private readonly audit: AuditService,
    private readonly accounts: AccountsQueries,
    private readonly entries: EntriesQueries,
    private readonly notices: JudgeNotifications,
  ) {}

  /**
   * Assigns k judges to every entry with balanced loads (see libs/domain/src/assignment.ts). Assignments whose
   * scorecard was started or submitted are kept; the rest are redrawn. A judge who left the panel keeps their
   * submitted scorecards but gets nothing new. Entries that cannot get k judges are listed with the reason.
   */
  async run(actor: Actor, roundId: string): Promise<AssignmentRunDto> {
    const run = await this.db.transaction((m) => this.runIn(m, actor, roundId));
    // in an open round, judges who got their first entries hear that their queue is ready
    await this.notices.assignmentsReady([roundId]);
    return run;
  }

  /** run(), in the caller's transaction (OpenReadyService opens several rounds and runs their assignment in one). */
  async runIn(m: EntityManager, actor: Actor, roundId: string): Promise<AssignmentRunDto> {
    const round = await this.access.manage(actor, roundId, m, true);
    RoundAccess.assertNotClosed(round);
    if (round.kind === 'national') await syncNationalEntries(m, round, this.entries);
    const roundEntries = await withEntries(this.entries, await m.find(RoundEntry, { where: { roundId }, order: { createdAt: 'ASC' } }), m);
    const judges = await this.activeJudges(m, round);
    const judgeIds = new Set(judges.map((j) => j.facts.id));
    const existing = await m.find(Assignment, { where: { roundId } });
    const started = new Set(
      (await m.find(Scorecard, { where: { roundId }, select: { roundEntryId: true, judgeId: true } })).map((s) => `${s.roundEntryId}:${s.judgeId}`),
    );
    const entryOfRoundEntry = new Map(roundEntries.map((re) => [re.id, re.entryId]));
    const roundEntryOfEntry = new Map(roundEntries.map((re) => [re.entryId, re]));
    const keep = existing.filter((a) => judgeIds.has(a.judgeId) && started.has(`${a.roundEntryId}:${a.judgeId}`));
    const result = assignJudges({
      entries: roundEntries.map((re) => assignEntryOf(re.entry!)),
      judges: judges.map((j) => j.facts),
      judgesPerEntry: round.judgesPerEntry,
      excludeOwnCountry: round.kind === 'final',
      keep: keep.map((a) => ({ judgeId: a.judgeId, entryId: entryOfRoundEntry.get(a.roundEntryId)! })),
      seed: hashSeed(round.id),
    });
    const wanted = new Map(result.assignments.map((a) => [`${roundEntryOfEntry.get(a.entryId)!.id}:${a.judgeId}`, a]));
    const existingKeys = new Set(existing.map((a) => `${a.roundEntryId}:${a.judgeId}`));
    // judges who left keep their rows (and submitted scorecards); everything else not wanted goes
    const removed = existing.filter((a) => judgeIds.has(a.judgeId) && !wanted.has(`${a.roundEntryId}:${a.judgeId}`));
    for (const a of removed) {
      await m.delete(Scorecard, { roundEntryId: a.roundEntryId, judgeId: a.judgeId, status: 'draft' });
      await m.delete(Assignment, { id: a.id });
    }
    const added = [...wanted.entries()].filter(([key]) => !existingKeys.has(key));
    if (added.length)
      await m.insert(
        Assignment,
        added.map(([key, a]) => ({
          roundId,
          roundEntryId: key.split(':')[0],
          judgeId: a.judgeId,
          languageMatch: a.languageMatch,
          source: 'auto' as const,
          createdBy: actor.userId,
        })),
      );
    const loads = await this.judgeLoads(
      m,
      roundId,
      judges.map((j) => ({ id: j.facts.id, displayName: j.displayName })),
    );
    const assignedLoads = loads.map((l) => l.assigned);
    const run: AssignmentRunDto = {
      total: existing.length - removed.length + added.length,
      kept: keep.length,
      added: added.length,
      removed: removed.length,
      spread: assignedLoads.length ? Math.max(...assignedLoads) - Math.min(...assignedLoads) : 0,
      uncovered: result.uncovered.map((u) => {
        const re = roundEntryOfEntry.get(u.entryId)!;
        return { roundEntryId: re.id, code: re.entry!.code, assigned: u.assigned, needed: u.needed, reason: u.reason, judges: u.judges, blocked: u.blocked };
      }),
      loads,
    };
    await this.audit.record(
      {
        actorId: actor.userId,
        action: 'assignment.run',
        subjectType: 'round',
        subjectId: roundId,
        before: { assignments: existing.map((a) => ({ roundEntryId: a.roundEntryId, judgeId: a.judgeId })) },
        after: {
          added: added.map(([key]) => key),
          removed: removed.map((a) => `${a.roundEntryId}:${a.judgeId}`),
          uncovered: run.uncovered.map((u) => u.code),
        },
      },
      m,
    );
    return run;
  }

  async list(actor: Actor, roundId: string): Promise<AssignmentsDto> {
    const round = await this.access.manage(actor, roundId);
    const m = this.db.manager;
    const roundEntries = await withEntries(this.entries, await m.find(RoundEntry, { where: { roundId } }), m);
    const assignments = await m.find(Assignment, { where: { roundId }, order: { createdAt: 'ASC' } });
    const scorecards = await m.find(Scorecard, { where: { roundId }, select: { roundEntryId: true, judgeId: true, status: true } });
    const status = new Map(scorecards.map((s) => [`${s.roundEntryId}:${s.judgeId}`, s.status]));
    const users = await this.accounts.displayNames([...new Set(assignments.map((a) => a.judgeId))], m);
    const judges = await this.activeJudges(m, round);
    return {
      judgesPerEntry: round.judgesPerEntry,
      entries: roundEntries
        .sort((a, b) => a.entry!.code.localeCompare(b.entry!.code))
        .map((re) => ({
          roundEntryId: re.id,
          entryId: re.entryId,
          code: re.entry!.code,
          roundCode: roundEntryCode(round.kind, re.blindNumber),
          title: re.entry!.title,
          countryCode: re.entry!.countryCode,
          videoLanguage: re.entry!.videoLanguage,
          judges: assignments
            .filter((a) => a.roundEntryId === re.id)
            .map((a) => ({
              assignmentId: a.id,
              judgeId: a.judgeId,
              displayName: users.get(a.judgeId) ?? '',
              languageMatch: a.languageMatch,
              source: a.source,
              scorecard: status.get(`${a.roundEntryId}:${a.judgeId}`) ?? 'none',
            })),
        })),
      judges: await this.judgeLoads(
        m,
        roundId,
        judges.map((j) => ({ id: j.facts.id, displayName: j.displayName })),
      ),
    };
  }

  /** Adds one judge to one entry by hand. The rules of the automatic assignment hold: a move that breaks one is refused with the reason. */
  async add(actor: Actor, roundId: string, dto: AddAssignmentDto): Promise<AssignmentsDto> {
    await this.db.transaction(async (m) => {
      const round = await this.access.manage(actor, roundId, m, true);
      RoundAccess.assertNotClosed(round);
      const [re] = await withEntries(this.entries, await m.find(RoundEntry, { where: { id: dto.roundEntryId, roundId } }), m);
      if (!re) throw notFound(Thing.Entry, 'The entry in this round');
      const judge = (await this.activeJudges(m, round)).find((j) => j.facts.id === dto.judgeId);
      if (!judge) throw notFound(Thing.Judge, 'The judge on this panel');
      const facts = { judge: judge.displayName, code: re.entry!.code };
      const blocked = blockReason(judge.facts, assignEntryOf(re.entry!), round.kind === 'final');
      if (blocked) {
        const { reason, message } = BLOCK_REFUSALS[blocked];
        throw new DomainError('rule_violation', reason, `${facts.judge} cannot judge ${facts.code}: ${message}`, facts);
      }
      if (await m.exists(Assignment, { where: { roundEntryId: re.id, judgeId: dto.judgeId } }))
        throw new DomainError('conflict', JudgingReason.AlreadyAssigned, `${facts.judge} is already assigned to ${facts.code}.`, facts);
      const languageMatch = judge.facts.languages.includes(assignEntryOf(re.entry!).language);
      const saved = await m.save(
        m.create(Assignment, { roundId, roundEntryId: re.id, judgeId: dto.judgeId, languageMatch, source: 'manual', createdBy: actor.userId }),
      );
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'assignment.added',
          subjectType: 'assignment',
          subjectId: saved.id,
          after: { roundEntryId: re.id, code: re.entry!.code, judgeId: dto.judgeId },
        },
        m,
      );
    });
    await this.notices.assignmentsReady([roundId]);
    return this.list(actor, roundId);
  }

  /**
   * One more judge where the results need one (libs/domain/src/assignment-extra.ts): on an entry or a pair too close
   * to call (`entryIds`), or a judge of the largest part on an entry of each part whose judges share no entry with it
   * (`connectParts`, from the assignments, so a bridge already assigned counts). Proposed, or added with `apply`.
   */
  async extra(actor: Actor, roundId: string, dto: ExtraJudgesInputDto): Promise<ExtraJudgesDto> {
    if (!dto.entryIds?.length && dto.connectParts !== true)
      throw fieldRefusal(
        'entryIds',
        FieldReason.Required,
        {},
        'Name the entries to add a judge to (one, or the two of a pair), or ask to connect the parts (connectParts: true).',
      );
    const out = await this.db.transaction(async (m) => {
      const round = await this.access.manage(actor, roundId, m, true);
      RoundAccess.assertNotClosed(round);
      const roundEntries = await withEntries(this.entries, await m.find(RoundEntry, { where: { roundId } }), m);
      const byEntry = new Map(roundEntries.map((re) => [re.entry!.id, re]));
      const byRoundEntry = new Map(roundEntries.map((re) => [re.id, re]));
      const judges = await this.activeJudges(m, round);
      const assignments = await m.find(Assignment, { where: { roundId } });
      const panels: Record<string, string[]> = Object.fromEntries(roundEntries.map((re) => [re.entry!.id, []]));
      const loads: Record<string, number> = {};
      for (const a of assignments) {
        const re = byRoundEntry.get(a.roundEntryId);
        if (re) panels[re.entry!.id].push(a.judgeId);
        loads[a.judgeId] = (loads[a.judgeId] ?? 0) + 1;
      }
      // a judge with a scorecard on an entry is on its panel, assigned or not (a judge who left keeps their scorecards)
      for (const c of await m.find(Scorecard, { where: { roundId } })) {
        const re = byRoundEntry.get(c.roundEntryId);
        if (re && !panels[re.entry!.id].includes(c.judgeId)) panels[re.entry!.id].push(c.judgeId);
      }
      let requests: ExtraRequest[];
      if (dto.entryIds?.length) {
        for (const id of dto.entryIds) if (!byEntry.has(id)) throw notFound(Thing.Entry, 'The entry in this round');
        requests = [{ entryIds: dto.entryIds }];
      } else {
        const pairs = assignments.filter((a) => byRoundEntry.has(a.roundEntryId));
        const parts = calibrationParts(
          calibrationDesignOf(
            pairs.map((a) => a.judgeId),
            pairs.map((a) => byRoundEntry.get(a.roundEntryId)!.entry!.id),
            roundEntries.map((re) => re.entry!.id),
          ),
        );
        // each smaller part: its entry with the fewest judges (then by code), from the largest part's judges
        requests = parts.slice(1).map((p) => {
          const entry = [...p.entryIds].sort(
            (a, b) => panels[a].length - panels[b].length || byEntry.get(a)!.entry!.code.localeCompare(byEntry.get(b)!.entry!.code),
          )[0];
          return { entryIds: [entry], fromJudges: parts[0].judgeIds };
        });
      }
      const proposal = extraJudges({
        entries: roundEntries.map((re) => assignEntryOf(re.entry!)),
        judges: judges.map((j) => j.facts),
        panels,
        loads,
        excludeOwnCountry: round.kind === 'final',
        requests,
      });
      if (dto.apply === true)
        for (const a of proposal.added) {
          const re = byEntry.get(a.entryId)!;
          const saved = await m.save(
            m.create(Assignment, {
              roundId,
              roundEntryId: re.id,
              judgeId: a.judgeId,
              languageMatch: a.languageMatch,
              source: 'manual',
              createdBy: actor.userId,
            }),
          );
          await this.audit.record(
            {
              actorId: actor.userId,
              action: 'assignment.added',
              subjectType: 'assignment',
              subjectId: saved.id,
              after: { roundEntryId: re.id, code: re.entry!.code, judgeId: a.judgeId, why: dto.entryIds?.length ? 'too_close' : 'connect_parts' },
            },
            m,
          );
        }
      const name = new Map(judges.map((j) => [j.facts.id, j.displayName]));
      const code = (id: string) => byEntry.get(id)!.entry!.code;
      return {
        applied: dto.apply === true,
        added: proposal.added.map((a) => ({ ...a, code: code(a.entryId), displayName: name.get(a.judgeId) ?? '' })),
        unplaced: proposal.unplaced.map((entryId) => ({ entryId, code: code(entryId) })),
      };
    });
    if (out.applied && out.added.length) await this.notices.assignmentsReady([roundId]);
    return out;
  }

  /** Removes an assignment by hand; one whose scorecard is submitted stays (submitted work is never thrown away). */
  async remove(actor: Actor, roundId: string, assignmentId: string): Promise<AssignmentsDto> {
    await this.db.transaction(async (m) => {
      const round = await this.access.manage(actor, roundId, m, true);
      RoundAccess.assertNotClosed(round);
      const a = await m.findOne(Assignment, { where: { id: assignmentId, roundId } });
      if (!a) throw notFound(Thing.Assignment);
      const card = await m.findOne(Scorecard, { where: { roundEntryId: a.roundEntryId, judgeId: a.judgeId } });
      if (card && card.status !== 'draft') {
        const [entry, judgeName] = await Promise.all([
          m.findOneOrFail(RoundEntry, { where: { id: a.roundEntryId } }).then(async (re) => (await withEntries(this.entries, [re], m))[0]),
          this.accounts.userOrFail(a.judgeId, m).then((u) => u.displayName),
        ]);
        throw new DomainError('conflict', JudgingReason.ScorecardSubmitted, `${judgeName} has submitted their scorecard for ${entry.entry!.code}; it stays.`, {
          judge: judgeName,
          code: entry.entry!.code,
        });
      }
      if (card) await m.delete(Scorecard, { id: card.id });
      await m.delete(Assignment, { id: a.id });
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'assignment.removed',
          subjectType: 'assignment',
          subjectId: a.id,
          before: { roundEntryId: a.roundEntryId, judgeId: a.judgeId, draftScores: card?.scores ?? null },
        },
        m,
      );
    });
    return this.list(actor, roundId);
  }

  /** The panel's judges still on it, with the facts the rules need. */
  private async activeJudges(m: EntityManager, round: Round) {
    const judgeIds = await this.access.ensurePanel(m, round.id);
    const rows = await m.find(RoundJudge, { where: { roundId: round.id, userId: In(judgeIds), droppedAt: IsNull() } });
    const users = new Map(
      (
        await this.accounts.usersByIds(
          rows.map((j) => j.userId),
          m,
        )
      ).map((u) => [u.id, u]),
    );
    return rows
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.userId.localeCompare(b.userId))
      .map((j) => ({ facts: assignJudgeOf(j, users.get(j.userId)!), displayName: users.get(j.userId)!.displayName }));
  }

  private async judgeLoads(m: EntityManager, roundId: string, judges: { id: string; displayName: string }[]): Promise<JudgeLoadDto[]> {
    const loads = await this.panel.loads(m, roundId);
    return judges.map((j) => ({
      judgeId: j.id,
      displayName: j.displayName,
      assigned: loads.get(j.id)?.assigned ?? 0,
      submitted: loads.get(j.id)?.submitted ?? 0,
    }));
  }
}

/** A stable seed per round, so that running the assignment twice on the same facts gives the same result. */
function hashSeed(id: string): number {
  let h = 2166136261;
  for (const c of id) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}
