import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { AccountsQueries } from '../accounts/accounts.queries.js';
import type { Actor } from '../auth/actor.js';
import { JudgingReason, Thing } from '@clapper/domain/refusals';
import { DomainError, notFound } from '../common/domain-error.js';
import { Round } from './round.entity.js';
import { RoundJudge } from './round-judge.entity.js';

/** Organisers manage every round; a coordinator their own country's national round. */
export function canManageRound(actor: Actor, round: Pick<Round, 'kind' | 'countryCode'>): boolean {
  if (actor.isOrganiser) return true;
  return round.kind === 'national' && !!round.countryCode && actor.coordinatedCountries.includes(round.countryCode);
}

/**
 * Who may do what with a round. One place for the rule:
 * - organisers manage every round; a coordinator manages their own country's national round (not the final,
 *   not another country's round);
 * - a judge reaches a round when they hold the judge role for it and have not left its panel.
 * Anyone else gets 404, so round ids reveal nothing.
 */
@Injectable()
export class RoundAccess {
  constructor(
    @InjectRepository(Round) private readonly rounds: Repository<Round>,
    private readonly accounts: AccountsQueries,
  ) {}

  canManage(actor: Actor, round: Pick<Round, 'kind' | 'countryCode'>): boolean {
    return canManageRound(actor, round);
  }

  /** The round, when the actor manages it; `lock` takes a row lock inside the caller's transaction. */
  async manage(actor: Actor, roundId: string, m: EntityManager = this.rounds.manager, lock = false): Promise<Round> {
    const round = await m.findOne(Round, { where: { id: roundId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!round || !this.canManage(actor, round)) throw notFound(Thing.Round);
    return round;
  }

  /** The round and the actor's place on its panel, when the actor judges it. */
  async judge(actor: Actor, roundId: string, m: EntityManager = this.rounds.manager): Promise<{ round: Round; judge: RoundJudge }> {
    const granted = actor.grants.some((g) => g.role === 'judge' && g.roundId === roundId);
    const round = granted ? await m.findOne(Round, { where: { id: roundId } }) : null;
    if (!round) throw notFound(Thing.Round);
    const judge = await this.ensureJudge(m, roundId, actor.userId);
    if (judge.droppedAt) throw notFound(Thing.Round);
    return { round, judge };
  }

  /**
   * For a scorecard write, in one statement: the round, when the actor judges it and has not left its panel, and
   * whether the round entry is assigned to them (404 for the round, then for the entry, as judge() and a separate
   * check would answer). Autosaves come every few seconds from every judge: this is their hot path.
   */
  async judgeAssigned(actor: Actor, roundId: string, roundEntryId: string, m: EntityManager = this.rounds.manager): Promise<Round> {
    if (!actor.grants.some((g) => g.role === 'judge' && g.roundId === roundId)) throw notFound(Thing.Round);
    const { entities, raw } = await m
      .createQueryBuilder(Round, 'round')
      .leftJoin(RoundJudge, 'panel', 'panel.round_id = round.id AND panel.user_id = :userId')
      .addSelect('panel.id', 'panel_id')
      .addSelect('panel.dropped_at', 'panel_dropped_at')
      .addSelect('EXISTS (SELECT 1 FROM assignments a WHERE a.round_id = round.id AND a.round_entry_id = :roundEntryId AND a.judge_id = :userId)', 'assigned')
      .where('round.id = :roundId')
      .setParameters({ roundId, roundEntryId, userId: actor.userId })
      .getRawAndEntities<{ panel_id: string | null; panel_dropped_at: Date | null; assigned: boolean }>();
    const [round] = entities;
    const [row] = raw;
    if (!round || row.panel_dropped_at) throw notFound(Thing.Round);
    // a judge who accepted an invitation has the role but no panel record until their first request
    if (!row.panel_id) await this.ensureJudge(m, roundId, actor.userId);
    if (!row.assigned) throw notFound(Thing.Entry);
    return round;
  }

  /** The judge's panel record; created on first use (a judge who accepted an invitation has the role but no record yet). */
  async ensureJudge(m: EntityManager, roundId: string, userId: string): Promise<RoundJudge> {
    // read first: the record exists on every request but the judge's first, and each autosave comes through here
    const existing = await m.findOne(RoundJudge, { where: { roundId, userId } });
    if (existing) return existing;
    await m.createQueryBuilder().insert().into(RoundJudge).values({ roundId, userId }).orIgnore().execute();
    return m.findOneOrFail(RoundJudge, { where: { roundId, userId } });
  }

  /** The users granted the round's judge role, each with a panel record (those missing created in one statement). */
  async ensurePanel(m: EntityManager, roundId: string): Promise<string[]> {
    const userIds = await this.accounts.roundJudgeIds(roundId, m);
    if (userIds.length)
      await m
        .createQueryBuilder()
        .insert()
        .into(RoundJudge)
        .values(userIds.map((userId) => ({ roundId, userId })))
        .orIgnore()
        .execute();
    return userIds;
  }

  /** Refuses changes to scores and assignments once a round has closed. */
  static assertNotClosed(round: Round): void {
    if (round.status === 'closed')
      throw new DomainError('conflict', JudgingReason.RoundClosed, 'This round is closed: its scores and assignments are locked.', {});
  }
}
