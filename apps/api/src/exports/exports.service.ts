import { Injectable } from '@nestjs/common';
import { formatter } from '@clapper/domain/formats';
import { isLocale } from '@clapper/domain/locales';
import { weightedTotal } from '@clapper/domain/scorecard';
import { AccountsQueries } from '../accounts/accounts.queries.js';
import { CommonReason, Thing } from '@clapper/domain/refusals';
import type { Actor } from '../auth/actor.js';
import { DomainError, notFound } from '../common/domain-error.js';
import { CompetitionsQueries, type Competition } from '../competitions/competitions.queries.js';
import { ConsentsQueries } from '../consents/consents.queries.js';
import { clearedEntries } from '../consents/work-clearance.js';
import { EntriesQueries } from '../entries/entries.queries.js';
import { JudgingQueries, type Round } from '../judging/judging.queries.js';
import { VideosQueries } from '../videos/videos.queries.js';

/** A CSV export as it is read: its file name, then its rows in batches (header first), for common/csv.ts writeCsv. */
export interface CsvStream {
  fileName: string;
  batches: AsyncIterable<string[][]>;
}

/** entries read per query: a few hundred kilobytes of rows at most */
export const ENTRY_BATCH = 500;

const iso = (d: Date | string | null): string => (d === null ? '' : new Date(d).toISOString());

type EntryRecord = Awaited<ReturnType<EntriesQueries['entryRecords']>>[number];

/** The columns of an entry's row, in every entries CSV: codes for a spreadsheet to match on, and the country's name in the reader's language. */
const ENTRY_HEADER = [
  'code',
  'country',
  'country_name',
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
    private readonly consents: ConsentsQueries,
    private readonly videos: VideosQueries,
  ) {}

  /** One row per entry (drafts and withdrawn ones too: the status says which), read ENTRY_BATCH at a time by code. */
  async entries(actor: Actor, competitionId: string): Promise<CsvStream> {
    const competition = await this.competition(competitionId);
    const { entryQueries } = this;
    const countryName = await this.countryNames(actor);
    const rows = (records: EntryRecord[]) => this.entryRows(records, countryName);
    async function* batches(): AsyncGenerator<string[][]> {
      yield [ENTRY_HEADER];
      let after: string | null = null;
      for (;;) {
        const records = await entryQueries.entryRecords(competition.id, after, ENTRY_BATCH);
        if (!records.length) return;
        yield await rows(records);
        if (records.length < ENTRY_BATCH) return;
        after = records[records.length - 1].entry.code;
      }
    }
    return { fileName: `entries-${competition.slug}.csv`, batches: batches() };
  }

  /**
   * The same rows for a selection from the list of entries (at most BULK_MAX, so one batch), by competition and code.
   * Every entry must be one the actor screens (organisers: any; coordinators: their countries), or nothing is sent.
   */
  async selection(actor: Actor, entryIds: string[]): Promise<CsvStream> {
    const records = await this.entryQueries.entryRecordsByIds(entryIds);
    const mine = new Set(records.filter((r) => actor.canManageCountry(r.entry.countryCode)).map((r) => r.entry.id));
    const missing = entryIds.filter((id) => !mine.has(id));
    if (missing.length)
      throw new DomainError(
        'not_found',
        CommonReason.NotFound,
        `${missing.length} of the entries were not found.`,
        { thing: Thing.Entry },
        { details: { entryIds: missing } },
      );
    const countryName = await this.countryNames(actor);
    const rows = (selected: EntryRecord[]) => this.entryRows(selected, countryName);
    async function* batches(): AsyncGenerator<string[][]> {
      yield [ENTRY_HEADER];
      yield await rows(records);
    }
    return { fileName: 'entries-selection.csv', batches: batches() };
  }

  /** Countries named in the language the reader's account is set to (the web keeps it to the interface's), by Intl. */
  private async countryNames(actor: Actor): Promise<(code: string) => string> {
    const locale = await this.accounts.localeOf(actor.userId);
    const f = formatter(isLocale(locale) ? locale : 'en');
    return (code) => f.country(code);
  }

  /** The one definition of an entry's row (ENTRY_HEADER): three queries for the facts of other modules, whatever the batch. */
  private async entryRows(records: EntryRecord[], countryName: (code: string) => string): Promise<string[][]> {
    const ids = records.map((r) => r.entry.id);
    const [categories, schools, currentVideos, recorded, competitions] = await Promise.all([
      this.competitions.categoriesByIds(records.map((r) => r.entry.categoryId)),
      this.accounts.schoolsByIds(records.map((r) => r.entry.schoolId)),
      this.videos.currentVideos(ids),
      this.consents.consentsOf(ids),
      this.competitions.competitionsByIds([...new Set(records.map((r) => r.entry.competitionId))]),
    ]);
    const categoryName = new Map(categories.map((c) => [c.id, c.name.en ?? '']));
    const schoolName = new Map(schools.map((s) => [s.id, s.name]));
    const referenceDate = new Map(competitions.map((c) => [c.id, c.referenceDate]));
    // the consents are complete when the rule that clears a work for public showing (work-clearance.ts) holds
    const complete = clearedEntries(
      records.flatMap((r) =>
        r.team.map((t) => ({ entryId: r.entry.id, memberId: t.id, dateOfBirth: t.dateOfBirth, referenceDate: referenceDate.get(r.entry.competitionId)! })),
      ),
      recorded.filter((c) => c.status === 'given'),
    );
    return records.map(({ entry: e, team, licenceAcceptedAt }) => [
      e.code,
      e.countryCode,
      countryName(e.countryCode),
      categoryName.get(e.categoryId) ?? '',
      schoolName.get(e.schoolId) ?? '',
      e.title,
      e.status,
      e.eligibility,
      iso(e.submittedAt),
      String(team.length),
      team.map((t) => t.fullName).join('; '),
      currentVideos.get(e.id)?.status ?? 'none',
      iso(licenceAcceptedAt),
      complete.has(e.id) ? 'yes' : 'no',
    ]);
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
