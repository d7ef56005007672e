import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, DataSource, In } from 'typeorm';
import { elapsedShare, isJudgeBehind } from '@clapper/domain/judging-pace';
import { AccountsQueries } from '../accounts/accounts.queries.js';
import { Clock } from '../clock/clock.js';
import { CompetitionsQueries } from '../competitions/competitions.queries.js';
import {
  assignmentReadyNotice,
  judgeReminderNotice,
  roundClosedNotice,
  type JudgeReminderTier,
  type JudgeRound,
} from '../notifications/staff/judge-notices.js';
import { Notifier, type NotifyOutcome } from '../notifications/notifier.service.js';
import { PanelService } from './panel.service.js';
import { Round } from './round.entity.js';

const DAY_MS = 24 * 3_600_000;

/** How long before a round's window closes its judges behind schedule are reminded, latest first. */
const REMINDER_TIERS: { tier: JudgeReminderTier; before: number }[] = [
  { tier: '1d', before: DAY_MS },
  { tier: '3d', before: 3 * DAY_MS },
];

/**
 * What the judges are told, and when: their queue is ready (once per judge and round, when an open round's assignment
 * gives them entries), reminders before the window closes to those behind schedule (the scheduled ones 3 days and 1 day
 * before, once each; the ones a manager sends by hand), and the round closing. Each is sent after the change it reports
 * has committed, through the Notifier (email in the judge's language and the in-app list).
 */
@Injectable()
export class JudgeNotifications {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifier: Notifier,
    private readonly panel: PanelService,
    private readonly accounts: AccountsQueries,
    private readonly competitions: CompetitionsQueries,
    private readonly clock: Clock,
  ) {}

  /** Tells each judge of these rounds (the open ones) who has entries and was not told yet that their queue is ready. */
  async assignmentsReady(roundIds: string[]): Promise<number> {
    const rounds = roundIds.length ? await this.db.manager.find(Round, { where: { id: In(roundIds), status: 'open' } }) : [];
    let sent = 0;
    for (const round of rounds) {
      const [about, loads, panel] = await Promise.all([
        this.judgeRound(round),
        this.panel.loads(this.db.manager, round.id),
        this.accounts.roundJudgeIds(round.id),
      ]);
      sent += await this.notifier.notifyEach(
        panel.filter((id) => (loads.get(id)?.assigned ?? 0) > 0).map((id) => assignmentReadyNotice(id, about, loads.get(id)!.assigned)),
      );
    }
    return sent;
  }

  /** Tells every judge with assignments in the round that it closed, with the number of scorecards they submitted. */
  async roundClosed(roundId: string): Promise<number> {
    const round = await this.db.manager.findOneBy(Round, { id: roundId, status: 'closed' });
    if (!round) return 0;
    const [about, loads] = await Promise.all([this.judgeRound(round), this.panel.loads(this.db.manager, round.id)]);
    return this.notifier.notifyEach(
      [...loads.entries()].map(([judgeId, load]) => roundClosedNotice(judgeId, about, load.submitted, round.closedAt ?? this.clock.now())),
    );
  }

  /** A reminder a manager sends by hand: 'switched_off' when the judge turned judging reminders off. */
  async remindByHand(round: Round, judgeId: string, load: { assigned: number; submitted: number }): Promise<NotifyOutcome> {
    return this.notifier.notify(judgeReminderNotice(judgeId, await this.judgeRound(round), load, null));
  }

  /**
   * The scheduled reminders: in every open round whose window closes within 3 days, each judge behind schedule (the one
   * definition, judging-pace.ts) is reminded once 3 days before, and once 1 day before. A round already within a day
   * of closing gets the 1-day reminder only. Returns how many were sent.
   */
  async remindBehind(): Promise<number> {
    const now = this.clock.now();
    const rounds = await this.db.manager.find(Round, {
      where: { status: 'open', closesAt: Between(now, new Date(now.getTime() + REMINDER_TIERS[REMINDER_TIERS.length - 1].before)) },
    });
    let sent = 0;
    for (const round of rounds) {
      const left = round.closesAt.getTime() - now.getTime();
      if (left <= 0) continue;
      const { tier } = REMINDER_TIERS.find((r) => left <= r.before)!;
      const elapsed = elapsedShare(round.opensAt, round.closesAt, now);
      const [about, loads, panel] = await Promise.all([
        this.judgeRound(round),
        this.panel.loads(this.db.manager, round.id),
        this.accounts.roundJudgeIds(round.id),
      ]);
      const behind = panel.filter((id) => {
        const load = loads.get(id);
        return !!load && isJudgeBehind({ roundOpen: true, assigned: load.assigned, submitted: load.submitted, elapsed });
      });
      sent += await this.notifier.notifyEach(behind.map((id) => judgeReminderNotice(id, about, loads.get(id)!, tier)));
    }
    return sent;
  }

  private async judgeRound(round: Round): Promise<JudgeRound> {
    const competition = await this.competitions.competitionOrFail(round.competitionId);
    return { roundId: round.id, roundKind: round.kind, countryCode: round.countryCode, competition: competition.name, closesAt: round.closesAt };
  }
}
