import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../clock/clock.js';
import { EntriesQueries } from '../entries/entries.queries.js';
import { promotedMail } from '../entries/team-mails.js';
import { TeamNotices } from '../entries/team-notices.js';
import { JudgingReason, Thing } from '@clapper/domain/refusals';
import { DomainError, notFound } from '../common/domain-error.js';
import { OversightService } from './oversight.service.js';
import { RoundAccess } from './round-access.service.js';
import { RoundEntry } from './round-entry.entity.js';
import { Round } from './round.entity.js';
import type { RankingDto } from './dto/oversight.dto.js';
import { withEntries } from './with-entries.js';

/**
 * Promotion from a national round to the regional final: explicit (the coordinator confirms the national ranking),
 * within the per-country quota the organisers set, recorded (who, when, at which rank), and undoable until the
 * final opens.
 */
@Injectable()
export class PromotionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: RoundAccess,
    private readonly oversight: OversightService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly entries: EntriesQueries,
    private readonly notices: TeamNotices,
  ) {}

  async promote(actor: Actor, roundId: string, roundEntryIds: string[]): Promise<RankingDto> {
    const ranking = await this.oversight.ranking(actor, roundId);
    const promoted = await this.db.transaction(async (m) => {
      const { national, final } = await this.rounds(actor, roundId, m);
      if (national.status !== 'closed')
        throw new DomainError('conflict', JudgingReason.RoundNotClosed, 'Close the national round first: its ranking is confirmed once judging is over.', {});
      const rankOf = new Map(ranking.entries.map((e) => [e.roundEntryId, e]));
      const unknown = roundEntryIds.filter((id) => !rankOf.has(id));
      if (unknown.length) throw notFound(Thing.Entry, 'An entry of this round');
      const already = await m.find(RoundEntry, { where: { roundId: final.id, promotedFromId: In(ranking.entries.map((e) => e.roundEntryId)) } });
      const fresh = roundEntryIds.filter((id) => !already.some((re) => re.promotedFromId === id));
      if (!fresh.length) {
        const codes = roundEntryIds.map((id) => rankOf.get(id)!.code);
        throw new DomainError('conflict', JudgingReason.AlreadyPromoted, `Already in the final: ${codes.join(', ')}.`, { codes });
      }
      const quota = final.countryQuota ?? 0;
      if (already.length + fresh.length > quota) {
        const facts = { country: national.countryCode!, quota, promoted: already.length, remaining: Math.max(0, quota - already.length), count: quota };
        throw new DomainError(
          'rule_violation',
          JudgingReason.QuotaExceeded,
          `${facts.country} may send ${quota} entr${quota === 1 ? 'y' : 'ies'} to the final; ${facts.promoted} already ${facts.promoted === 1 ? 'is' : 'are'} there, so ${facts.remaining} more at most.`,
          facts,
        );
      }
      const unscored = fresh.filter((id) => rankOf.get(id)!.mean === null);
      if (unscored.length) {
        const codes = unscored.map((id) => rankOf.get(id)!.code);
        throw new DomainError(
          'rule_violation',
          JudgingReason.Unscored,
          `${codes.join(', ')} ${codes.length === 1 ? 'has' : 'have'} no submitted scorecard, so no place in the ranking to promote from.`,
          { codes, count: codes.length },
        );
      }
      const now = this.clock.now();
      const nationalEntries = await m.find(RoundEntry, { where: { id: In(fresh) } });
      await m.insert(
        RoundEntry,
        nationalEntries.map((re) => ({
          roundId: final.id,
          entryId: re.entryId,
          promotedFromId: re.id,
          promotedBy: actor.userId,
          promotedAt: now,
          promotedRank: rankOf.get(re.id)!.rank,
        })),
      );
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'promotion.confirmed',
          subjectType: 'round',
          subjectId: roundId,
          after: {
            finalRoundId: final.id,
            entries: fresh.map((id) => ({ code: rankOf.get(id)!.code, rank: rankOf.get(id)!.rank, mean: rankOf.get(id)!.mean })),
          },
        },
        m,
      );
      return { final, entryIds: nationalEntries.map((re) => re.entryId) };
    });
    await this.tellTeams(promoted.final, promoted.entryIds);
    return this.oversight.ranking(actor, roundId);
  }

  /**
   * Each promoted entry's team hears it goes to the final, with the final's judging window; once per entry and final
   * (a promotion undone and confirmed again is not announced twice).
   */
  private async tellTeams(final: Round, entryIds: string[]): Promise<void> {
    for (const entryId of entryIds)
      await this.notices.tellTeam(entryId, 'entry.promoted', {}, promotedMail(final), { onceKey: `entry.promoted:${entryId}:${final.id}` });
  }

  async undo(actor: Actor, roundId: string, roundEntryId: string): Promise<RankingDto> {
    await this.db.transaction(async (m) => {
      const { final } = await this.rounds(actor, roundId, m);
      const [promoted] = await withEntries(this.entries, await m.find(RoundEntry, { where: { roundId: final.id, promotedFromId: roundEntryId } }), m);
      if (!promoted) throw notFound(Thing.Promotion, 'A promotion of this entry');
      await m.delete(RoundEntry, { id: promoted.id });
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'promotion.undone',
          subjectType: 'round',
          subjectId: roundId,
          before: {
            finalRoundId: final.id,
            code: promoted.entry!.code,
            rank: promoted.promotedRank,
            promotedBy: promoted.promotedBy,
            promotedAt: promoted.promotedAt,
          },
        },
        m,
      );
    });
    return this.oversight.ranking(actor, roundId);
  }

  /** The national round the actor runs, and the competition's final, still in draft. */
  private async rounds(actor: Actor, roundId: string, m: EntityManager): Promise<{ national: Round; final: Round }> {
    const national = await this.access.manage(actor, roundId, m, true);
    if (national.kind !== 'national')
      throw new DomainError('conflict', JudgingReason.NotNational, 'Entries are promoted from a national round into the final.', {});
    const final = await m.findOne(Round, { where: { competitionId: national.competitionId, kind: 'final' }, lock: { mode: 'pessimistic_write' } });
    if (!final) throw new DomainError('conflict', JudgingReason.NoFinal, 'The organisers have not set up the regional final yet.', {});
    if (final.status !== 'draft') throw new DomainError('conflict', JudgingReason.FinalOpen, 'The final has opened: its entries are fixed.', {});
    return { national, final };
  }
}
