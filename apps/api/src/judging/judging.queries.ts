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

  /** The dashboard's figures (issue 15): the entries of a competition whose every scorecard assigned in some round is submitted. */
  async judgedEntryIds(competitionId: string): Promise<Set<string>> {
    const rows: { entry_id: string }[] = await this.rounds.manager.query(
      `SELECT DISTINCT re.entry_id FROM round_entries re
         JOIN rounds r ON r.id = re.round_id
         JOIN assignments a ON a.round_entry_id = re.id
         LEFT JOIN scorecards s ON s.round_entry_id = a.round_entry_id AND s.judge_id = a.judge_id AND s.status = ANY($2)
        WHERE r.competition_id = $1
        GROUP BY re.id, re.entry_id HAVING count(*) = count(s.id)`,
      [competitionId, [...SUBMITTED_STATUSES]],
    );
    return new Set(rows.map((r) => r.entry_id));
  }

  /** The dashboard's judging progress: per round of a competition and judge, the scorecards assigned and submitted. */
  async judgeProgressOf(competitionId: string): Promise<{ roundId: string; judgeId: string; assigned: number; submitted: number }[]> {
    const rows: { round_id: string; judge_id: string; assigned: string; submitted: string }[] = await this.rounds.manager.query(
      `SELECT a.round_id, a.judge_id, count(*) AS assigned, count(s.id) AS submitted
         FROM assignments a JOIN rounds r ON r.id = a.round_id
         LEFT JOIN scorecards s ON s.round_entry_id = a.round_entry_id AND s.judge_id = a.judge_id AND s.status = ANY($2)
        WHERE r.competition_id = $1 GROUP BY a.round_id, a.judge_id`,
      [competitionId, [...SUBMITTED_STATUSES]],
    );
    return rows.map((r) => ({ roundId: r.round_id, judgeId: r.judge_id, assigned: Number(r.assigned), submitted: Number(r.submitted) }));
  }

  /** The dashboard's alert: per draft or open round of a competition, how many of its entries have fewer judges assigned than its k. */
  async entriesShortOfJudges(competitionId: string): Promise<Map<string, number>> {
    const rows: { round_id: string; n: string }[] = await this.rounds.manager.query(
      `SELECT r.id AS round_id, count(*) AS n
         FROM rounds r JOIN round_entries re ON re.round_id = r.id
         LEFT JOIN (SELECT round_entry_id, count(*) AS judges FROM assignments WHERE round_id IN (SELECT id FROM rounds WHERE competition_id = $1) GROUP BY round_entry_id) a ON a.round_entry_id = re.id
        WHERE r.competition_id = $1 AND r.status IN ('draft', 'open') AND coalesce(a.judges, 0) < r.judges_per_entry
        GROUP BY r.id`,
      [competitionId],
    );
    return new Map(rows.map((r) => [r.round_id, Number(r.n)]));
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
  async recordResultOptions(m: EntityManager, roundId: string, options: Pick<Round, 'aggregation' | 'trimmedMean' | 'tieBreaks'>): Promise<void> {
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

  /**
   * What a round asks of a judge (round-brief.ts): its competition, window and k; its entries (before a national
   * round opens: its country's submitted entries not ruled ineligible, which it will take in); the languages of their
   * videos and the subtitles every entry has; and the judges on its panel.
   */
  async roundBrief(roundId: string): Promise<RoundBriefFacts | null> {
    const rows: {
      kind: Round['kind'];
      country_code: string | null;
      opens_at: Date;
      closes_at: Date;
      judges_per_entry: number;
      competition_name: Record<string, string>;
      subtitles: string[];
      entries: string;
      languages: string[] | null;
      judges: string;
    }[] = await this.rounds.manager.query(
      `WITH r AS (SELECT * FROM rounds WHERE id = $1),
            inside AS (SELECT e.video_language FROM round_entries re JOIN entries e ON e.id = re.entry_id WHERE re.round_id = $1),
            coming AS (SELECT e.video_language FROM entries e, r
                        WHERE r.kind = 'national' AND e.competition_id = r.competition_id AND e.country_code = r.country_code
                          AND e.status = 'submitted' AND e.eligibility <> 'ineligible'),
            pool AS (SELECT * FROM inside UNION ALL SELECT * FROM coming WHERE NOT EXISTS (SELECT 1 FROM inside))
       SELECT r.kind, r.country_code, r.opens_at, r.closes_at, r.judges_per_entry, c.name AS competition_name,
              c.rules_required_subtitle_languages AS subtitles,
              (SELECT count(*) FROM pool) AS entries,
              (SELECT array_agg(DISTINCT split_part(lower(video_language), '-', 1)) FROM pool) AS languages,
              (SELECT count(*) FROM role_grants g WHERE g.round_id = r.id AND g.role = 'judge') AS judges
         FROM r JOIN competitions c ON c.id = r.competition_id`,
      [roundId],
    );
    const [row] = rows;
    if (!row) return null;
    return {
      kind: row.kind,
      countryCode: row.country_code,
      opensAt: row.opens_at,
      closesAt: row.closes_at,
      judgesPerEntry: row.judges_per_entry,
      competitionName: row.competition_name,
      entries: Number(row.entries),
      videoLanguages: (row.languages ?? []).sort(),
      subtitleLanguages: [...row.subtitles].sort(),
      judges: Number(row.judges),
    };
  }
}

/** What a round asks of a judge, as read from the database (see roundBrief). */
export interface RoundBriefFacts {
  kind: Round['kind'];
  countryCode: string | null;
  opensAt: Date;
  closesAt: Date;
  judgesPerEntry: number;
  competitionName: Record<string, string>;
  entries: number;
  videoLanguages: string[];
  subtitleLanguages: string[];
  /** the judges holding the round's role now */
  judges: number;
}

/** The judging query service on its own: a leaf module that any module imports without an import cycle. */
@Module({ imports: [TypeOrmModule.forFeature([Round, RoundEntry, RoundJudge, Assignment, Scorecard])], providers: [JudgingQueries], exports: [JudgingQueries] })
export class JudgingQueriesModule {}
