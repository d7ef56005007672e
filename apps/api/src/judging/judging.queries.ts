import { Injectable, Module } from '@nestjs/common';
import { InjectRepository, TypeOrmModule } from '@nestjs/typeorm';
import { In, type EntityManager, type Repository } from 'typeorm';
import { Assignment } from './assignment.entity.js';
import { Round } from './round.entity.js';
import { RoundEntry } from './round-entry.entity.js';
import { RoundJudge } from './round-judge.entity.js';
import { Scorecard, SUBMITTED_STATUSES } from './scorecard.entity.js';

// Other modules may name these types; only this module holds the classes that open their tables.
export type { Assignment, Round, RoundEntry, RoundJudge, Scorecard };

/**
 * What other modules may read (and, where they must, write) of the rounds, their entries, judges, assignments and
 * scorecards: the judging module owns those tables, and other modules come through here (issue 14; eslint.config.mjs
 * enforces it). A method takes the caller's EntityManager when it must see or join the caller's transaction.
 */
@Injectable()
export class JudgingQueries {
  constructor(
    @InjectRepository(Round) private readonly rounds: Repository<Round>,
    @InjectRepository(RoundEntry) private readonly roundEntries: Repository<RoundEntry>,
    @InjectRepository(RoundJudge) private readonly roundJudges: Repository<RoundJudge>,
    @InjectRepository(Assignment) private readonly assignments: Repository<Assignment>,
    @InjectRepository(Scorecard) private readonly scorecards: Repository<Scorecard>,
  ) {}

  /** A round locked for update inside the caller's transaction, or null. */
  roundForUpdate(m: EntityManager, roundId: string): Promise<Round | null> {
    return m.getRepository(Round).findOne({ where: { id: roundId }, lock: { mode: 'pessimistic_write' } });
  }

  /** The competition's final round, or null. */
  finalRound(competitionId: string, m?: EntityManager): Promise<Round | null> {
    return (m?.getRepository(Round) ?? this.rounds).findOne({ where: { competitionId, kind: 'final' } });
  }

  /** Every round of a competition, in the order they open. */
  roundsOf(competitionId: string): Promise<Round[]> {
    return this.rounds.find({ where: { competitionId }, order: { opensAt: 'ASC', createdAt: 'ASC' } });
  }

  /** Those of these rounds that are closed, finals first. */
  closedRoundsAmong(roundIds: string[]): Promise<Round[]> {
    if (!roundIds.length) return Promise.resolve([]);
    return this.rounds.find({ where: { id: In(roundIds), status: 'closed' }, order: { kind: 'DESC' } });
  }

  /** A round's entries (or only those of these entries that are in it), each with its entry. */
  entriesInRound(roundId: string, entryIds?: string[], m?: EntityManager): Promise<RoundEntry[]> {
    return (m?.getRepository(RoundEntry) ?? this.roundEntries).find({
      where: { roundId, ...(entryIds ? { entryId: In(entryIds) } : {}) },
      relations: { entry: true },
    });
  }

  /** The rounds an entry is in, as its round entries. */
  roundEntriesOfEntry(entryId: string): Promise<RoundEntry[]> {
    return this.roundEntries.find({ where: { entryId } });
  }

  /** The entries of the competition's final round (or only those of these entries), with their blind numbers there. */
  async finalists(competitionId: string, entryIds?: string[]): Promise<{ entryId: string; blindNumber: number }[]> {
    const final = await this.finalRound(competitionId);
    if (!final) return [];
    return this.roundEntries.find({
      where: { roundId: final.id, ...(entryIds ? { entryId: In(entryIds) } : {}) },
      select: { entryId: true, blindNumber: true },
    });
  }

  /** The submitted (or locked) scorecards of a round. */
  submittedScorecards(roundId: string, m?: EntityManager): Promise<Scorecard[]> {
    return (m?.getRepository(Scorecard) ?? this.scorecards).find({ where: { roundId, status: In([...SUBMITTED_STATUSES]) } });
  }

  /** The submitted (or locked) scorecards of a round, each with its round entry and entry. */
  submittedScorecardsWithEntries(roundId: string): Promise<Scorecard[]> {
    return this.scorecards.find({ where: { roundId, status: In([...SUBMITTED_STATUSES]) }, relations: { roundEntry: { entry: true } } });
  }

  /** The submitted (or locked) scorecards of one entry in one round, by judge id. */
  submittedScorecardsOfRoundEntry(roundEntryId: string): Promise<Scorecard[]> {
    return this.scorecards.find({ where: { roundEntryId, status: In([...SUBMITTED_STATUSES]) }, order: { judgeId: 'ASC' } });
  }

  /** Records how a round's results are computed, in the caller's transaction. */
  async recordResultOptions(m: EntityManager, roundId: string, options: Pick<Round, 'normalise' | 'trimmedMean' | 'tieBreaks'>): Promise<void> {
    await m.getRepository(Round).update({ id: roundId }, options);
  }

  /** Records the organisers' tie decisions of a round, in the caller's transaction. */
  async recordTieDecisions(m: EntityManager, roundId: string, tieDecisions: Round['tieDecisions']): Promise<void> {
    await m.getRepository(Round).update({ id: roundId }, { tieDecisions });
  }

  /** A round by id, or null. */
  round(roundId: string): Promise<Round | null> {
    return this.rounds.findOne({ where: { id: roundId } });
  }
}

/** The judging query service on its own: a leaf module that any module imports without an import cycle. */
@Module({ imports: [TypeOrmModule.forFeature([Round, RoundEntry, RoundJudge, Assignment, Scorecard])], providers: [JudgingQueries], exports: [JudgingQueries] })
export class JudgingQueriesModule {}
