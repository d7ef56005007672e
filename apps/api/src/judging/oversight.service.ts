import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { judgeFlagNote, judgeStats } from '@clapper/domain/judge-stats';
import { elapsedShare, isJudgeBehind } from '@clapper/domain/judging-pace';
import { computeResults, type Aggregation } from '@clapper/domain/results';
import type { RankingMethod } from '@clapper/domain/rounds';
import { weightedTotal } from '@clapper/domain/scorecard';
import type { Actor } from '../auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { AuditQueries } from '../audit/audit.queries.js';
import { EntriesQueries } from '../entries/entries.queries.js';
import { Clock } from '../clock/clock.js';
import { Thing } from '@clapper/domain/refusals';
import { notFound } from '../common/domain-error.js';
import { csvCell } from '../common/csv.js';
import { AccountsQueries, type User } from '../accounts/accounts.queries.js';
import { Assignment } from './assignment.entity.js';
import { JudgeNotifications } from './judge-notifications.service.js';
import { DeliberationNote } from './deliberation-note.entity.js';
import { RoundAccess } from './round-access.service.js';
import { RoundEntry } from './round-entry.entity.js';
import { withEntries } from './with-entries.js';
import { Round } from './round.entity.js';
import { isSubmitted, Scorecard, SUBMITTED_STATUSES } from './scorecard.entity.js';
import type { JudgeStatsDto, NoteDto, ProgressDto, RankingDto, RemindedDto } from './dto/oversight.dto.js';

const REMIND_AGAIN_AFTER_MS = 12 * 3600_000;

/** What organisers and coordinators watch while a round runs: progress, reminders, score distributions, notes, exports, the ranking. */
const RANKING_METHOD: Record<Aggregation, RankingMethod> = {
  mean: 'mean_of_weighted_totals',
  zscore: 'zscore_of_weighted_totals',
  calibrated: 'calibrated_weighted_totals',
};

@Injectable()
export class OversightService {
  constructor(
    @InjectRepository(Round) private readonly rounds: Repository<Round>,
    @InjectRepository(RoundEntry) private readonly roundEntries: Repository<RoundEntry>,
    @InjectRepository(Assignment) private readonly assignments: Repository<Assignment>,
    @InjectRepository(Scorecard) private readonly scorecards: Repository<Scorecard>,
    @InjectRepository(DeliberationNote) private readonly deliberationNotes: Repository<DeliberationNote>,
    private readonly access: RoundAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly accounts: AccountsQueries,
    private readonly auditEvents: AuditQueries,
    private readonly entries: EntriesQueries,
    private readonly notices: JudgeNotifications,
  ) {}

  async progress(actor: Actor, roundId: string): Promise<ProgressDto> {
    const round = await this.access.manage(actor, roundId);
    const assignments = await this.assignments.find({ where: { roundId } });
    const cards = await this.scorecards.find({ where: { roundId } });
    const card = new Map(cards.map((c) => [`${c.roundEntryId}:${c.judgeId}`, c]));
    const entries = await withEntries(this.entries, await this.roundEntries.find({ where: { roundId } }));
    const users = await this.users([...new Set(assignments.map((a) => a.judgeId))]);
    const reminded = await this.lastReminders(roundId);
    const elapsed = this.elapsed(round);
    const judges = [...users.values()].map((u) => {
      const mine = assignments.filter((a) => a.judgeId === u.id).map((a) => card.get(`${a.roundEntryId}:${a.judgeId}`));
      const submitted = mine.filter((c) => isSubmitted(c?.status)).length;
      const lastActivity = mine.reduce<Date | null>((latest, c) => (c && (!latest || c.updatedAt > latest) ? c.updatedAt : latest), null);
      return {
        judgeId: u.id,
        displayName: u.displayName,
        email: u.email,
        assigned: mine.length,
        submitted,
        drafts: mine.filter((c) => c?.status === 'draft').length,
        lastActivityAt: lastActivity?.toISOString() ?? null,
        behind: isJudgeBehind({ roundOpen: round.status === 'open', assigned: mine.length, submitted, elapsed }),
        lastRemindedAt: reminded.get(u.id)?.toISOString() ?? null,
      };
    });
    return {
      assigned: assignments.length,
      submitted: cards.filter((c) => isSubmitted(c.status)).length,
      elapsed,
      judges: judges.sort(
        (a, b) => a.submitted / Math.max(1, a.assigned) - b.submitted / Math.max(1, b.assigned) || a.displayName.localeCompare(b.displayName),
      ),
      entries: entries
        .map((re) => {
          const mine = assignments.filter((a) => a.roundEntryId === re.id);
          return {
            roundEntryId: re.id,
            code: re.entry!.code,
            title: re.entry!.title,
            assigned: mine.length,
            submitted: mine.filter((a) => isSubmitted(card.get(`${a.roundEntryId}:${a.judgeId}`)?.status)).length,
          };
        })
        .sort((a, b) => a.code.localeCompare(b.code)),
    };
  }

  /** Reminds the judges named (by default those behind); skipped: a judge reminded in the last 12 hours, or who switched judging reminders off. */
  async remind(actor: Actor, roundId: string, judgeIds: string[] | undefined): Promise<RemindedDto> {
    const progress = await this.progress(actor, roundId);
    const round = await this.access.manage(actor, roundId);
    const targets = judgeIds ? progress.judges.filter((j) => judgeIds.includes(j.judgeId)) : progress.judges.filter((j) => j.behind);
    if (judgeIds && targets.length !== judgeIds.length) throw notFound(Thing.Judge, 'A judge on this round');
    const recent = this.clock.now().getTime() - REMIND_AGAIN_AFTER_MS;
    const out: RemindedDto = { reminded: [], skipped: [] };
    for (const j of targets) {
      const left = j.assigned - j.submitted;
      if (left === 0 || (j.lastRemindedAt && new Date(j.lastRemindedAt).getTime() > recent)) {
        out.skipped.push(j.judgeId);
        continue;
      }
      // the one path of a judge's reminder (the scheduled ones too): a judge who switched reminders off gets none
      if ((await this.notices.remindByHand(round, j.judgeId, { assigned: j.assigned, submitted: j.submitted })) !== 'sent') {
        out.skipped.push(j.judgeId);
        continue;
      }
      await this.audit.record({
        actorId: actor.userId,
        action: 'judging.reminded',
        subjectType: 'round',
        subjectId: roundId,
        after: { judgeId: j.judgeId, left, at: this.clock.now().toISOString() },
      });
      out.reminded.push(j.judgeId);
    }
    return out;
  }

  /** Each judge's distribution of weighted totals, with flags for a mean far from the panel's or nearly equal scores. */
  async judgeStats(actor: Actor, roundId: string): Promise<JudgeStatsDto> {
    const round = await this.access.manage(actor, roundId);
    const cards = await this.scorecards.find({ where: { roundId, status: In([...SUBMITTED_STATUSES]) } });
    const assignments = await this.assignments.find({ where: { roundId }, select: { judgeId: true } });
    const users = await this.users([...new Set([...assignments.map((a) => a.judgeId), ...cards.map((c) => c.judgeId)])]);
    const totals = [...users.keys()].map((judgeId) => ({
      judgeId,
      totals: cards.filter((c) => c.judgeId === judgeId).map((c) => weightedTotal(round.rubric, c.scores)),
    }));
    const stats = judgeStats(totals);
    return {
      panelMean: stats.panelMean,
      panelSd: stats.panelSd,
      judges: stats.judges.map((s) => ({
        judgeId: s.judgeId,
        displayName: users.get(s.judgeId)?.displayName ?? '',
        count: s.count,
        mean: s.mean,
        sd: s.sd,
        min: s.min,
        max: s.max,
        histogram: s.histogram,
        flags: s.flags,
        flagNotes: s.flags.map((f) => judgeFlagNote(f, s, stats.panelMean ?? 0)),
      })),
    };
  }

  /**
   * The round's scorecards as CSV: one row per scorecard, the scores as entered and the weighted total.
   * UTF-8 with a byte-order mark, so that spreadsheet programs read names in every script. Private notes stay out.
   */
  async csv(actor: Actor, roundId: string): Promise<{ fileName: string; body: string }> {
    const round = await this.access.manage(actor, roundId);
    const cards = await this.scorecards.find({ where: { roundId }, relations: { roundEntry: true } });
    await withEntries(
      this.entries,
      cards.map((c) => c.roundEntry!),
    );
    const users = await this.users([...new Set(cards.map((c) => c.judgeId))]);
    const keys = round.rubric.criteria.map((c) => c.key);
    const rows = [['entry', 'title', 'judge', 'status', ...keys, 'weighted_total', 'submitted_at', 'overall_comment', 'team_feedback']];
    for (const c of cards.sort((a, b) => a.roundEntry!.entry!.code.localeCompare(b.roundEntry!.entry!.code) || a.judgeId.localeCompare(b.judgeId))) {
      const complete = keys.every((k) => Number.isInteger(c.scores[k]));
      rows.push([
        c.roundEntry!.entry!.code,
        c.roundEntry!.entry!.title,
        users.get(c.judgeId)?.displayName ?? c.judgeId,
        c.status,
        ...keys.map((k) => (c.scores[k] === undefined ? '' : String(c.scores[k]))),
        complete ? weightedTotal(round.rubric, c.scores).toFixed(2) : '',
        c.submittedAt?.toISOString() ?? '',
        c.overallComment,
        c.teamFeedback,
      ]);
    }
    const body = '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
    return { fileName: `scorecards-${round.kind}${round.countryCode ? `-${round.countryCode}` : ''}-${round.id.slice(0, 8)}.csv`, body };
  }

  async notes(actor: Actor, roundId: string, roundEntryId: string): Promise<NoteDto[]> {
    await this.access.manage(actor, roundId);
    await this.roundEntry(roundId, roundEntryId);
    const notes = await this.deliberationNotes.find({ where: { roundEntryId }, order: { createdAt: 'ASC' } });
    const users = await this.users([...new Set(notes.map((n) => n.authorId))]);
    return notes.map((n) => ({ id: n.id, authorName: users.get(n.authorId)?.displayName ?? '', text: n.text, createdAt: n.createdAt.toISOString() }));
  }

  async addNote(actor: Actor, roundId: string, roundEntryId: string, text: string): Promise<NoteDto[]> {
    await this.access.manage(actor, roundId);
    await this.roundEntry(roundId, roundEntryId);
    const note = await this.deliberationNotes.save({ roundEntryId, authorId: actor.userId, text: text.trim() });
    await this.audit.record({
      actorId: actor.userId,
      action: 'deliberation.noted',
      subjectType: 'round_entry',
      subjectId: roundEntryId,
      after: { noteId: note.id },
    });
    return this.notes(actor, roundId, roundEntryId);
  }

  /**
   * The round's ranking by the aggregation of its results (the calibration by default where panels differ: a lenient
   * judge must not decide who is promoted), equal scores sharing a rank, with the country's quota for the final.
   */
  async ranking(actor: Actor, roundId: string): Promise<RankingDto> {
    const round = await this.access.manage(actor, roundId);
    const entries = await withEntries(this.entries, await this.roundEntries.find({ where: { roundId } }));
    const cards = await this.scorecards.find({ where: { roundId, status: In([...SUBMITTED_STATUSES]) } });
    const results = computeResults({
      rubric: round.rubric,
      entries: entries.map((re) => ({ entryId: re.id, code: re.entry!.code, categoryId: re.entry!.categoryId, countryCode: re.entry!.countryCode })),
      scorecards: cards.map((c) => ({ entryId: c.roundEntryId, judgeId: c.judgeId, scores: c.scores })),
      options: { aggregation: round.aggregation, trimmed: round.trimmedMean, tieBreaks: [] },
    });
    const ranked = results.entries.map((e) => ({ entryId: e.entryId, code: e.code, rank: e.rank, mean: e.score, judges: e.judges, tiedWith: e.tiedWith }));
    const final = round.kind === 'national' ? await this.rounds.findOne({ where: { competitionId: round.competitionId, kind: 'final' } }) : null;
    const promoted = final
      ? new Set((await this.roundEntries.find({ where: { roundId: final.id, promotedFromId: In(entries.map((e) => e.id)) } })).map((re) => re.promotedFromId))
      : new Set();
    const byId = new Map(entries.map((re) => [re.id, re]));
    return {
      method: RANKING_METHOD[results.method.aggregation],
      quota: final?.countryQuota ?? null,
      finalRoundId: final?.id ?? null,
      entries: ranked.map((r) => {
        const re = byId.get(r.entryId)!;
        return {
          roundEntryId: re.id,
          code: r.code,
          title: re.entry!.title,
          countryCode: re.entry!.countryCode,
          rank: r.rank,
          mean: r.mean,
          judges: r.judges,
          tiedWith: r.tiedWith,
          promoted: promoted.has(re.id),
        };
      }),
    };
  }

  private async roundEntry(roundId: string, roundEntryId: string): Promise<RoundEntry> {
    const re = await this.roundEntries.findOne({ where: { id: roundEntryId, roundId } });
    if (!re) throw notFound(Thing.Entry, 'The entry in this round');
    return re;
  }

  private elapsed(round: Round): number {
    return elapsedShare(round.opensAt, round.closesAt, this.clock.now());
  }

  private async lastReminders(roundId: string): Promise<Map<string, Date>> {
    const events = await this.auditEvents.eventsOn({ type: 'round', id: roundId }, 'judging.reminded');
    // the time by the app's clock, kept in the event (the event's own time is the database's)
    return new Map(events.map((e) => [(e.after as { judgeId: string }).judgeId, new Date((e.after as { at: string }).at)]));
  }

  private async users(ids: string[]): Promise<Map<string, User>> {
    const rows = await this.accounts.usersByIds(ids);
    return new Map(rows.sort((a, b) => a.displayName.localeCompare(b.displayName)).map((u) => [u.id, u]));
  }
}
