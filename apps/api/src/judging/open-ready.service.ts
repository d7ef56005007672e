import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { JudgingReason, problem, Thing, type Problem } from '@clapper/domain/refusals';
import type { Actor } from '../auth/actor.js';
import { Clock } from '../clock/clock.js';
import { DomainError, notFound } from '../common/domain-error.js';
import { AccountsQueries } from '../accounts/accounts.queries.js';
import { CompetitionsQueries } from '../competitions/competitions.queries.js';
import { EntriesQueries } from '../entries/entries.queries.js';
import { AssignmentsService } from './assignments.service.js';
import { JudgeNotifications } from './judge-notifications.service.js';
import { RoundAccess } from './round-access.service.js';
import { RoundEntry } from './round-entry.entity.js';
import { Round } from './round.entity.js';
import { RoundsService } from './rounds.service.js';
import type { OpenedRoundDto, OpenReadyResultDto, ReadyRoundDto, ReadyRoundsDto } from './dto/open-ready.dto.js';

/**
 * "Open the rounds that are ready": the rounds not opened yet, each with its judges and the entries it would take,
 * and opening the chosen ones with their assignment run, so that their judges have their queues at once. Opening is
 * RoundsService.openIn and the assignment AssignmentsService.runIn (the same rules and audit as one round at a time),
 * all in one transaction: every chosen round opens with its assignment, or none does.
 */
@Injectable()
export class OpenReadyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly access: RoundAccess,
    private readonly accounts: AccountsQueries,
    private readonly competitions: CompetitionsQueries,
    private readonly entries: EntriesQueries,
    private readonly rounds: RoundsService,
    private readonly assignments: AssignmentsService,
    private readonly notices: JudgeNotifications,
  ) {}

  /** The rounds of the competition not opened yet that the actor manages, with what each would open with. */
  async preview(actor: Actor, competitionId: string): Promise<ReadyRoundsDto> {
    const competition = await this.competitions.competition(competitionId);
    if (!competition) throw notFound(Thing.Competition);
    const drafts = await this.db.manager.find(Round, { where: { competitionId, status: 'draft' }, order: { kind: 'DESC', countryCode: 'ASC' } });
    const rounds = await Promise.all(drafts.filter((r) => this.access.canManage(actor, r)).map((r) => this.readiness(this.db.manager, r)));
    return {
      rounds,
      submissionClosesAt: competition.submissionClosesAt.toISOString(),
      submissionsOpen: this.clock.now() < competition.submissionClosesAt,
    };
  }

  /**
   * Opens each round (confirmed when submissions are still open) and runs its assignment. Refused, with nothing
   * opened: a round that is not the competition's or not the actor's (404), one already open or closed, and rounds
   * without a judge or an entry (rounds_not_ready names each).
   */
  async open(actor: Actor, competitionId: string, roundIds: string[], confirm: boolean): Promise<OpenReadyResultDto> {
    const opened = await this.db.transaction(async (m) => {
      const rounds = await m.find(Round, { where: { id: In(roundIds) }, lock: { mode: 'pessimistic_write' } });
      const byId = new Map(rounds.map((r) => [r.id, r]));
      const chosen = roundIds.map((id) => byId.get(id));
      // another competition's round is no round of this one; another country's is none of a coordinator's
      if (chosen.some((r) => !r || r.competitionId !== competitionId || !this.access.canManage(actor, r))) throw notFound(Thing.Round);
      const ordered = (chosen as Round[]).sort((a, b) => b.kind.localeCompare(a.kind) || (a.countryCode ?? '').localeCompare(b.countryCode ?? ''));
      for (const r of ordered) {
        if (r.status === 'open') throw new DomainError('conflict', JudgingReason.RoundAlreadyOpen, 'One of these rounds is open already.', {});
        RoundAccess.assertNotClosed(r);
      }
      const readiness = await Promise.all(ordered.map((r) => this.readiness(m, r)));
      const problems: Problem[] = readiness.filter((r) => !r.ready).map(notReady);
      if (problems.length)
        throw new DomainError(
          'rule_violation',
          JudgingReason.RoundsNotReady,
          `Nothing was opened: ${problems.length} of these rounds ${problems.length === 1 ? 'has' : 'have'} no judge or no entry yet.`,
          { problems },
          { details: { roundIds: readiness.filter((r) => !r.ready).map((r) => r.roundId) } },
        );
      const out: OpenedRoundDto[] = [];
      for (const r of ordered) {
        await this.rounds.openIn(m, actor, r.id, confirm);
        const assignment = await this.assignments.runIn(m, actor, r.id);
        out.push({ roundId: r.id, kind: r.kind, countryCode: r.countryCode, entries: await m.count(RoundEntry, { where: { roundId: r.id } }), assignment });
      }
      return out;
    });
    await this.notices.assignmentsReady(opened.map((r) => r.roundId));
    return { opened };
  }

  /** A round's judges and the entries it would take now: a national round its country's eligible entries. */
  private async readiness(m: EntityManager, r: Round): Promise<ReadyRoundDto> {
    const [judges, entries] = await Promise.all([
      this.accounts.roundJudgeIds(r.id, m).then((ids) => ids.length),
      r.kind === 'national'
        ? this.entries.eligibleEntryIds(r.competitionId, r.countryCode!, m).then((ids) => ids.length)
        : m.count(RoundEntry, { where: { roundId: r.id } }),
    ]);
    return { roundId: r.id, kind: r.kind, countryCode: r.countryCode, judges, judgesPerEntry: r.judgesPerEntry, entries, ready: judges > 0 && entries > 0 };
  }
}

/** Why a round cannot open, with its name (its country, or the final) and its facts. */
function notReady(r: ReadyRoundDto): Problem {
  return r.kind === 'national'
    ? problem(JudgingReason.NationalRoundNotReady, { country: r.countryCode!, judges: r.judges, entries: r.entries })
    : problem(JudgingReason.FinalNotReady, { judges: r.judges, entries: r.entries });
}
