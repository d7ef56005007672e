import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { weightedTotal } from '@clapper/domain/scorecard';
import { User } from '../accounts/user.entity.js';
import { Thing } from '@clapper/domain/refusals';
import { notFound } from '../common/domain-error.js';
import { Competition } from '../competitions/competition.entity.js';
import { Round } from '../judging/round.entity.js';
import { Scorecard, SUBMITTED_STATUSES } from '../judging/scorecard.entity.js';

/** A CSV export as it is read: its file name, then its rows in batches (header first), for common/csv.ts writeCsv. */
export interface CsvStream {
  fileName: string;
  batches: AsyncIterable<string[][]>;
}

/** entries read per query: a few hundred kilobytes of rows at most */
export const ENTRY_BATCH = 500;

interface EntryRow {
  code: string;
  country_code: string;
  category: string | null;
  school: string;
  title: string;
  status: string;
  eligibility: string;
  submitted_at: Date | null;
  team_size: string;
  team: string | null;
  video_status: string | null;
  licence_accepted_at: Date | null;
  consents_complete: boolean;
}

/** One batch of a competition's entries ($1), after the code $2 (null: from the first), at most $3. */
const ENTRIES_SQL = `SELECT e.code, e.country_code, cat.name->>'en' AS category, s.name AS school, e.title, e.status, e.eligibility, e.submitted_at,
        (SELECT count(*) FROM team_members t WHERE t.entry_id = e.id) AS team_size,
        (SELECT string_agg(t.full_name, '; ' ORDER BY t.position) FROM team_members t WHERE t.entry_id = e.id) AS team,
        (SELECT v.status FROM video_assets v WHERE v.entry_id = e.id AND v.status <> 'replaced'
          ORDER BY CASE WHEN v.status IN ('uploaded','processing','ready') THEN 0 WHEN v.status = 'rejected' THEN 1 ELSE 2 END, v.created_at DESC LIMIT 1) AS video_status,
        (SELECT max(g.accepted_at) FROM licence_grants g WHERE g.entry_id = e.id) AS licence_accepted_at,
        (EXISTS (SELECT 1 FROM team_members t WHERE t.entry_id = e.id)
         AND NOT EXISTS (
           SELECT 1 FROM team_members t
            WHERE t.entry_id = e.id
              AND (NOT EXISTS (SELECT 1 FROM consents x WHERE x.member_id = t.id AND x.kind = 'participant' AND x.status = 'given')
                   OR (t.date_of_birth > c.reference_date - interval '18 years'
                       AND NOT EXISTS (SELECT 1 FROM consents x WHERE x.member_id = t.id AND x.kind = 'guardian' AND x.status = 'given'))))) AS consents_complete
   FROM entries e
   JOIN competitions c ON c.id = e.competition_id
   JOIN categories cat ON cat.id = e.category_id
   JOIN schools s ON s.id = e.school_id
  WHERE e.competition_id = $1 AND ($2::varchar IS NULL OR e.code > $2::varchar)
  ORDER BY e.code
  LIMIT $3`;

const iso = (d: Date | string | null): string => (d === null ? '' : new Date(d).toISOString());

/**
 * The organisers' records as CSV (UTF-8 with a BOM, through common/csv.ts): entries and submitted scores of a
 * competition. Organisers' records may carry names; dates of birth and contact details never leave.
 */
@Injectable()
export class ExportsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One row per entry (drafts and withdrawn ones too: the status says which), read ENTRY_BATCH at a time by code. */
  async entries(competitionId: string): Promise<CsvStream> {
    const competition = await this.competition(competitionId);
    const header = [
      'code',
      'country',
      'category',
      'school',
      'title',
      'status',
      'eligibility',
      'submitted_at',
      'team_size',
      'team',
      'video_status',
      'licence_accepted_at',
      'consents_complete',
    ];
    const db = this.db;
    async function* batches(): AsyncGenerator<string[][]> {
      yield [header];
      let after: string | null = null;
      for (;;) {
        const rows: EntryRow[] = await db.query(ENTRIES_SQL, [competition.id, after, ENTRY_BATCH]);
        if (!rows.length) return;
        yield rows.map((r) => [
          r.code,
          r.country_code,
          r.category ?? '',
          r.school,
          r.title,
          r.status,
          r.eligibility,
          iso(r.submitted_at),
          String(Number(r.team_size)),
          r.team ?? '',
          r.video_status ?? 'none',
          iso(r.licence_accepted_at),
          r.consents_complete ? 'yes' : 'no',
        ]);
        if (rows.length < ENTRY_BATCH) return;
        after = rows[rows.length - 1].code;
      }
    }
    return { fileName: `entries-${competition.slug}.csv`, batches: batches() };
  }

  /**
   * Every submitted scorecard of every round: the level chosen for each criterion and the weighted total (0–100).
   * Read and written one round at a time, in round order, then by entry code and judge.
   */
  async scores(competitionId: string): Promise<CsvStream> {
    const competition = await this.competition(competitionId);
    const rounds = await this.db.getRepository(Round).find({ where: { competitionId: competition.id }, order: { opensAt: 'ASC', createdAt: 'ASC' } });
    // the criteria of every round, in the order they first appear (rounds may use different rubrics)
    const keys = [...new Set(rounds.flatMap((r) => r.rubric.criteria.map((c) => c.key)))];
    const label = (r: Round) => (r.kind === 'national' ? `national ${r.countryCode ?? ''}`.trim() : r.kind);
    const db = this.db;
    async function* batches(): AsyncGenerator<string[][]> {
      yield [['round', 'round_id', 'entry', 'title', 'judge', ...keys, 'weighted_total', 'submitted_at']];
      for (const round of rounds) {
        const cards = await db
          .getRepository(Scorecard)
          .find({ where: { roundId: round.id, status: In([...SUBMITTED_STATUSES]) }, relations: { roundEntry: { entry: true } } });
        if (!cards.length) continue;
        const judges = await db
          .getRepository(User)
          .find({ where: { id: In([...new Set(cards.map((c) => c.judgeId))]) }, select: { id: true, displayName: true } });
        const judgeName = new Map(judges.map((u) => [u.id, u.displayName]));
        cards.sort(
          (a, b) =>
            a.roundEntry!.entry!.code.localeCompare(b.roundEntry!.entry!.code) ||
            (judgeName.get(a.judgeId) ?? '').localeCompare(judgeName.get(b.judgeId) ?? ''),
        );
        const own = new Set(round.rubric.criteria.map((x) => x.key));
        yield cards.map((c) => {
          let total = '';
          try {
            total = weightedTotal(round.rubric, c.scores).toFixed(2);
          } catch {
            // a scorecard submitted under an older rubric stays in the record without a total
          }
          return [
            label(round),
            round.id,
            c.roundEntry!.entry!.code,
            c.roundEntry!.entry!.title,
            judgeName.get(c.judgeId) ?? c.judgeId,
            ...keys.map((k) => (own.has(k) && c.scores[k] !== undefined ? String(c.scores[k]) : '')),
            total,
            iso(c.submittedAt),
          ];
        });
      }
    }
    return { fileName: `scores-${competition.slug}.csv`, batches: batches() };
  }

  private async competition(id: string): Promise<Competition> {
    const competition = await this.db.getRepository(Competition).findOne({ where: { id } });
    if (!competition) throw notFound(Thing.Competition);
    return competition;
  }
}
