import { Injectable } from '@nestjs/common';
import { weightedTotal } from '@clapper/domain/scorecard';
import { AccountsQueries } from '../accounts/accounts.queries.js';
import { Thing } from '@clapper/domain/refusals';
import { notFound } from '../common/domain-error.js';
import { CompetitionsQueries, type Competition } from '../competitions/competitions.queries.js';
import { EntriesQueries } from '../entries/entries.queries.js';
import { JudgingQueries, type Round } from '../judging/judging.queries.js';

/** A CSV export as it is read: its file name, then its rows in batches (header first), for common/csv.ts writeCsv. */
export interface CsvStream {
  fileName: string;
  batches: AsyncIterable<string[][]>;
}

/** entries read per query: a few hundred kilobytes of rows at most */
export const ENTRY_BATCH = 500;

const iso = (d: Date | string | null): string => (d === null ? '' : new Date(d).toISOString());

/**
 * The organisers' records as CSV (UTF-8 with a BOM, through common/csv.ts): entries and submitted scores of a
 * competition. Organisers' records may carry names; dates of birth and contact details never leave.
 */
@Injectable()
export class ExportsService {
  constructor(
    private readonly accounts: AccountsQueries,
    private readonly competitions: CompetitionsQueries,
    private readonly entryQueries: EntriesQueries,
    private readonly judging: JudgingQueries,
  ) {}

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
    const entryQueries = this.entryQueries;
    async function* batches(): AsyncGenerator<string[][]> {
      yield [header];
      let after: string | null = null;
      for (;;) {
        const rows = await entryQueries.entryRecords(competition.id, after, ENTRY_BATCH);
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
    const rounds = await this.judging.roundsOf(competition.id);
    // the criteria of every round, in the order they first appear (rounds may use different rubrics)
    const keys = [...new Set(rounds.flatMap((r) => r.rubric.criteria.map((c) => c.key)))];
    const label = (r: Round) => (r.kind === 'national' ? `national ${r.countryCode ?? ''}`.trim() : r.kind);
    const { accounts, judging } = this;
    async function* batches(): AsyncGenerator<string[][]> {
      yield [['round', 'round_id', 'entry', 'title', 'judge', ...keys, 'weighted_total', 'submitted_at']];
      for (const round of rounds) {
        const cards = await judging.submittedScorecardsWithEntries(round.id);
        if (!cards.length) continue;
        const judgeName = await accounts.displayNames([...new Set(cards.map((c) => c.judgeId))]);
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
    const competition = await this.competitions.competition(id);
    if (!competition) throw notFound(Thing.Competition);
    return competition;
  }
}
