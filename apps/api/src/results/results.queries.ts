import { Injectable, Module } from '@nestjs/common';
import { InjectRepository, TypeOrmModule } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { Award, AwardWinner, type AwardKind } from './award.entity.js';

// Other modules may name these types; only this module holds the classes that open their tables.
export type { Award, AwardKind, AwardWinner };

/**
 * What other modules may read of the awards and their winners: the results module owns those tables, and other
 * modules come through here (issue 14; eslint.config.mjs enforces it).
 */
@Injectable()
export class ResultsQueries {
  constructor(
    @InjectRepository(Award) private readonly awards: Repository<Award>,
    @InjectRepository(AwardWinner) private readonly winners: Repository<AwardWinner>,
  ) {}

  /** The dashboard's funnel (issue 15): the entries of a competition that won an award. */
  async awardedEntryIds(competitionId: string): Promise<Set<string>> {
    const rows: { entry_id: string }[] = await this.winners.manager.query(
      `SELECT DISTINCT w.entry_id FROM award_winners w JOIN awards a ON a.id = w.award_id WHERE a.competition_id = $1`,
      [competitionId],
    );
    return new Set(rows.map((r) => r.entry_id));
  }

  /**
   * A competition's awards in ceremony order, and their winners by place (only those among these entries, when
   * given). Whether the public may see them is the caller's question (publicationState).
   */
  async awardsWithWinners(competitionId: string, onlyEntryIds?: string[]): Promise<{ awards: Award[]; winners: AwardWinner[] }> {
    const awards = await this.awards.find({ where: { competitionId }, order: { position: 'ASC', createdAt: 'ASC' } });
    const winners = awards.length
      ? await this.winners.find({
          where: { awardId: In(awards.map((a) => a.id)), ...(onlyEntryIds ? { entryId: In(onlyEntryIds) } : {}) },
          order: { place: 'ASC', countryCode: 'ASC' },
        })
      : [];
    return { awards, winners };
  }
}

/** The results query service on its own: a leaf module that any module imports without an import cycle. */
@Module({ imports: [TypeOrmModule.forFeature([Award, AwardWinner])], providers: [ResultsQueries], exports: [ResultsQueries] })
export class ResultsQueriesModule {}
