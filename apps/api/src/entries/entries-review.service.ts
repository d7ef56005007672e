import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AccountsQueries } from '../accounts/accounts.queries.js';
import { CompetitionsQueries } from '../competitions/competitions.queries.js';
import { ConsentsQueries } from '../consents/consents.queries.js';
import { VideosQueries, type VideoAsset } from '../videos/videos.queries.js';
import type {
  ConsentSummary,
  ReviewFiltersDto,
  ReviewNeighboursDto,
  ReviewPageDto,
  ReviewQueryDto,
  ReviewRowDto,
  ReviewSort,
  ScreeningOutcome,
  VideoSummary,
} from './dto/entries-review.dto.js';

/** the entry columns a list sorts by (category is sorted by its name, see orderedIds) */
const SORT_COLUMN: Record<Exclude<ReviewSort, 'category'>, string> = {
  code: 'e.code',
  title: 'lower(e.title)',
  country: 'e.country_code',
  status: 'e.status',
  submittedAt: 'e.submitted_at',
  updatedAt: 'e.updated_at',
};

/** changes are requested while the entry is back with the team as a draft */
const CHANGES_REQUESTED = `(e.status = 'draft' AND e.changes_requested_at IS NOT NULL)`;

/** The video state a list shows, from the entry's current video (videos' currentVideos). */
export function videoSummary(video: Pick<VideoAsset, 'status'> | undefined): VideoSummary {
  if (!video || video.status === 'replaced') return 'none';
  if (video.status === 'ready') return 'ready';
  if (video.status === 'rejected') return 'rejected';
  return 'processing';
}

/** The screening outcome a list shows: changes requested while the entry is a draft again, else its eligibility. */
export function screeningOutcome(e: { status: string; eligibility: string; changesRequestedAt: Date | null }): ScreeningOutcome {
  if (e.status === 'draft' && e.changesRequestedAt) return 'changes_requested';
  return e.eligibility as ScreeningOutcome;
}

/**
 * The central list of entries for organisers (all) and coordinators (their countries only), with the filters, sorts
 * and paging of the review pages, and a review queue's neighbours in the same list. One statement picks and orders the
 * ids on the entry columns; the consent and video states, which belong to other modules, are read through their
 * query services, for the page only unless the list filters on them.
 */
@Injectable()
export class EntriesReviewService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly accounts: AccountsQueries,
    private readonly competitions: CompetitionsQueries,
    private readonly consents: ConsentsQueries,
    private readonly videos: VideosQueries,
  ) {}

  async list(actor: Actor, q: ReviewQueryDto): Promise<ReviewPageDto> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 25;
    const ids = await this.orderedIds(actor, q);
    const items = await this.rows(ids.slice((page - 1) * pageSize, page * pageSize));
    return { items, total: ids.length, page, pageSize };
  }

  /** Where the entry stands in the list these filters give, with the entries before and after it. */
  async neighbours(actor: Actor, entryId: string, f: ReviewFiltersDto): Promise<ReviewNeighboursDto> {
    const ids = await this.orderedIds(actor, f);
    const i = ids.indexOf(entryId);
    if (i < 0) return { position: null, total: ids.length, previousId: null, nextId: null };
    return { position: i + 1, total: ids.length, previousId: ids[i - 1] ?? null, nextId: ids[i + 1] ?? null };
  }

  /** The ids of the entries the actor may review that match the filters, in the list's order (ties by id). */
  async orderedIds(actor: Actor, f: ReviewFiltersDto): Promise<string[]> {
    const params: unknown[] = [];
    const p = (value: unknown) => `$${params.push(value)}`;
    const where: string[] = [];
    // a coordinator sees their countries only: another country's filter yields nothing, as in GET /entries
    if (!actor.isOrganiser) where.push(`e.country_code = ANY(${p(actor.coordinatedCountries)}::text[])`);
    if (f.competitionId) where.push(`e.competition_id = ${p(f.competitionId)}`);
    if (f.country) where.push(`e.country_code = ${p(f.country)}`);
    if (f.categoryId) where.push(`e.category_id = ${p(f.categoryId)}`);
    if (f.status) where.push(`e.status = ${p(f.status)}`);
    if (f.language) where.push(`e.video_language = ${p(f.language)}`);
    if (f.screening === 'changes_requested') where.push(CHANGES_REQUESTED);
    else if (f.screening) where.push(`e.eligibility = ${p(f.screening)} AND NOT ${CHANGES_REQUESTED}`);
    if (f.q) {
      const like = p(`%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(e.code ILIKE ${like} OR e.title ILIKE ${like})`);
    }
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const dir = f.dir === 'desc' ? 'DESC' : 'ASC';
    let order: string;
    if (f.sort === 'category') {
      const categoryIds: { id: string }[] = await this.db.query(`SELECT DISTINCT e.category_id AS id FROM entries e ${filter}`, params);
      const categories = await this.competitions.categoriesByIds(categoryIds.map((c) => c.id));
      const byName = categories
        .sort((a, b) => (a.name.en ?? '').localeCompare(b.name.en ?? '') || a.position - b.position || a.id.localeCompare(b.id))
        .map((c) => c.id);
      order = `array_position(${p(byName)}::uuid[], e.category_id) ${dir}`;
    } else order = `${SORT_COLUMN[f.sort ?? 'code']} ${dir} NULLS LAST`;
    const rows: { id: string }[] = await this.db.query(`SELECT e.id FROM entries e ${filter} ORDER BY ${order}, e.id ASC`, params);
    let ids = rows.map((r) => r.id);
    if (f.video) {
      const current = await this.videos.currentVideos(ids);
      ids = ids.filter((id) => videoSummary(current.get(id)) === f.video);
    }
    if (f.consent) {
      const states = await this.consents.consentStates(ids);
      ids = ids.filter((id) => states.get(id) === f.consent);
    }
    return ids;
  }

  /** The rows of these entries, in this order. */
  async rows(ids: string[]): Promise<ReviewRowDto[]> {
    if (!ids.length) return [];
    const entries: {
      id: string;
      code: string;
      title: string;
      competition_id: string;
      country_code: string;
      category_id: string;
      school_id: string;
      status: 'draft' | 'submitted' | 'withdrawn';
      eligibility: string;
      changes_requested_at: Date | null;
      changes_due_at: Date | null;
      video_language: string;
      submitted_at: Date | null;
      updated_at: Date;
    }[] = await this.db.query(
      `SELECT id, code, title, competition_id, country_code, category_id, school_id, status, eligibility, changes_requested_at, changes_due_at,
              video_language, submitted_at, updated_at
         FROM entries WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    const [competitions, categories, schools, videos, consents] = await Promise.all([
      this.competitions.competitionsByIds([...new Set(entries.map((e) => e.competition_id))]),
      this.competitions.categoriesByIds([...new Set(entries.map((e) => e.category_id))]),
      this.accounts.schoolsByIds([...new Set(entries.map((e) => e.school_id))]),
      this.videos.currentVideos(ids),
      this.consents.consentStates(ids),
    ]);
    const competitionName = new Map(competitions.map((c) => [c.id, c.name]));
    const categoryName = new Map(categories.map((c) => [c.id, c.name]));
    const schoolName = new Map(schools.map((s) => [s.id, s.name]));
    const byId = new Map(entries.map((e) => [e.id, e]));
    return ids.map((id) => {
      const e = byId.get(id)!;
      const screening = screeningOutcome({ status: e.status, eligibility: e.eligibility, changesRequestedAt: e.changes_requested_at });
      return {
        id: e.id,
        code: e.code,
        title: e.title,
        competition: { id: e.competition_id, name: competitionName.get(e.competition_id) ?? {} },
        countryCode: e.country_code,
        category: { id: e.category_id, name: categoryName.get(e.category_id) ?? {} },
        schoolName: schoolName.get(e.school_id) ?? '',
        status: e.status,
        screening,
        consent: consents.get(e.id) ?? ('waiting' satisfies ConsentSummary),
        video: videoSummary(videos.get(e.id)),
        language: e.video_language,
        submittedAt: e.submitted_at?.toISOString() ?? null,
        updatedAt: e.updated_at.toISOString(),
        changesDueAt: screening === 'changes_requested' ? (e.changes_due_at?.toISOString() ?? null) : null,
      };
    });
  }
}
