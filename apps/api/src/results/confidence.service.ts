import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, type Repository } from 'typeorm';
import { rankingConfidence, TOO_CLOSE } from '@clapper/domain/results-confidence';
import type { Actor } from '../auth/actor.js';
import { AccountsQueries } from '../accounts/accounts.queries.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../clock/clock.js';
import { JudgingQueries, type Round } from '../judging/judging.queries.js';
import { Award } from './award.entity.js';
import { publicationState } from './publication.js';
import { ResultsService } from './results.service.js';
import type { CutoffConfidenceDto, RankingConfidenceDto } from './dto/results.dto.js';

/** A line drawn in the ranking: after `position`, for these awards or the promotion quota. */
interface Cutoff {
  position: number;
  reason: CutoffConfidenceDto['reason'];
  awards: Record<string, string>[];
}

/**
 * How sure the ranking is, for organisers and coordinators (libs/domain/src/results-confidence.ts): near the lines
 * that matter (the final's award places, a national round's promotion quota), the probability that each entry
 * belongs above the line and the pairs too close to call, and each judge's estimated offset and range. Teams never
 * see these figures. Each look before the results are sealed is in the audit log: who weighed the ranking's
 * uncertainty before it was settled is part of the record.
 */
@Injectable()
export class ConfidenceService {
  constructor(
    private readonly results: ResultsService,
    private readonly judging: JudgingQueries,
    private readonly accounts: AccountsQueries,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @InjectRepository(Award) private readonly awards: Repository<Award>,
  ) {}

  async confidence(actor: Actor, roundId: string): Promise<RankingConfidenceDto> {
    const round = await this.results.viewable(actor, roundId);
    const computed = await this.results.compute(round);
    const cutoffs = await this.cutoffs(round);
    const c = rankingConfidence(computed.input, { cutoffs: cutoffs.map((x) => x.position) }, computed.results);
    const state = publicationState(computed.competition, this.clock.now());
    if (state !== 'sealed' && state !== 'published')
      await this.audit.record({
        actorId: actor.userId,
        action: 'results.confidence_viewed',
        subjectType: 'round',
        subjectId: round.id,
        after: {
          cutoffs: c.cutoffs.map((x) => x.position),
          tooClose: c.cutoffs.flatMap((x) => x.pairs.filter((p) => p.tooClose).map((p) => [p.higherCode, p.lowerCode])),
        },
      });
    const names = new Map((await this.accounts.usersByIds(c.judges.map((j) => j.judgeId))).map((u) => [u.id, u.displayName]));
    const title = (id: string) => computed.entries.get(id)?.title ?? '';
    return {
      roundId: round.id,
      resamples: c.resamples,
      aggregation: c.aggregation,
      tooCloseBelow: TOO_CLOSE,
      noise: c.noise,
      cutoffs: c.cutoffs.map((x) => {
        const why = cutoffs.find((y) => y.position === x.position)!;
        return { ...x, reason: why.reason, awards: why.awards, entries: x.entries.map((e) => ({ ...e, title: title(e.entryId) })) };
      }),
      judges: c.judges.map((j) => ({ ...j, displayName: names.get(j.judgeId) ?? '' })),
    };
  }

  /**
   * The final: after the places of its overall awards (grand prizes and runners-up without a category, in ceremony
   * order, one line after each award's last place). A national round: after the final's promotion quota.
   */
  private async cutoffs(round: Round): Promise<Cutoff[]> {
    if (round.kind === 'final') {
      const awards = await this.awards.find({
        where: { competitionId: round.competitionId, kind: In(['grand_prize', 'runner_up']), categoryId: IsNull() },
        order: { position: 'ASC', createdAt: 'ASC' },
      });
      const out: Cutoff[] = [];
      let places = 0;
      for (const a of awards) {
        places += a.places;
        const same = out.find((x) => x.position === places);
        if (same) same.awards.push(a.name);
        else out.push({ position: places, reason: 'awards', awards: [a.name] });
      }
      return out;
    }
    const final = await this.judging.finalRound(round.competitionId);
    return final?.countryQuota ? [{ position: final.countryQuota, reason: 'quota', awards: [] }] : [];
  }
}
