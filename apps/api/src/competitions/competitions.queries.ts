import { Injectable, Module } from '@nestjs/common';
import { InjectRepository, TypeOrmModule } from '@nestjs/typeorm';
import { And, In, IsNull, LessThanOrEqual, MoreThan, Not, type EntityManager, type Repository } from 'typeorm';
import type { CompetitionStatus } from '@clapper/domain/competitions';
import { Category } from './category.entity.js';
import { Competition } from './competition.entity.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Other modules may name these types; only this module holds the classes that open their tables.
export type { Category, Competition };

/**
 * What other modules may read (and, where they must, write) of the competitions and their categories: the competitions
 * module owns those tables, and other modules come through here (issue 14; eslint.config.mjs enforces it). A method
 * takes the caller's EntityManager when it must see or join the caller's transaction.
 */
@Injectable()
export class CompetitionsQueries {
  constructor(
    @InjectRepository(Competition) private readonly competitions: Repository<Competition>,
    @InjectRepository(Category) private readonly categories: Repository<Category>,
  ) {}

  /** The competition locked for update inside the caller's transaction (to seal it, or to number its entries one at a time), or null. */
  competitionForUpdate(m: EntityManager, id: string): Promise<Competition | null> {
    return m.findOne(Competition, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The competition with its categories, or null. */
  competitionWithCategories(id: string): Promise<Competition | null> {
    return this.competitions.findOne({ where: { id }, relations: { categories: true } });
  }

  /** The competition with this slug, or null. */
  competitionBySlug(slug: string): Promise<Competition | null> {
    return this.competitions.findOne({ where: { slug } });
  }

  /** The competitions past their draft whose results are sealed or published (the showcase asks which are public now). */
  competitionsWithSealedResults(): Promise<Competition[]> {
    return this.competitions.find({
      where: [
        { status: Not('draft'), resultsSealedAt: Not(IsNull()) },
        { status: Not('draft'), resultsPublishedAt: Not(IsNull()) },
      ],
    });
  }

  /** The competition's categories, in their order. */
  categoriesOf(competitionId: string): Promise<Category[]> {
    return this.categories.find({ where: { competitionId }, order: { position: 'ASC' } });
  }

  /** Records that the competition's results are sealed (at) or no longer sealed (null), in the caller's transaction. */
  async recordResultsSealed(m: EntityManager, id: string, at: Date | null): Promise<void> {
    await m.update(Competition, { id }, { resultsSealedAt: at });
  }

  /** Records who published the competition's results and when, in the caller's transaction. */
  async recordResultsPublished(m: EntityManager, id: string, at: Date, by: string): Promise<void> {
    await m.update(Competition, { id }, { resultsPublishedAt: at, resultsPublishedBy: by });
  }

  /**
   * The competitions whose results are public at `now` (published, or sealed and past the ceremony time) and whose
   * teams were not all told yet.
   */
  async competitionsWithTeamsToTell(now: Date): Promise<string[]> {
    const rows: { id: string }[] = await this.competitions.manager.query(
      `SELECT id FROM competitions
        WHERE results_teams_told_at IS NULL AND status <> 'draft'
          AND (results_published_at <= $1 OR (results_sealed_at IS NOT NULL AND ceremony_at <= $1))
        ORDER BY id`,
      [now],
    );
    return rows.map((r) => r.id);
  }

  /** Records that every team of the competition was told its results. */
  async recordResultsTeamsTold(id: string, at: Date): Promise<void> {
    await this.competitions.update({ id }, { resultsTeamsToldAt: at });
  }

  private manager(m?: EntityManager): EntityManager {
    return m ?? this.competitions.manager;
  }

  /** The competition, or null. */
  competition(id: string, m?: EntityManager): Promise<Competition | null> {
    return this.manager(m).findOne(Competition, { where: { id } });
  }

  /** The competition, which must exist (an entry's or a campaign's competition). */
  competitionOrFail(id: string, m?: EntityManager): Promise<Competition> {
    return this.manager(m).findOneByOrFail(Competition, { id });
  }

  /** The competition with its participating countries, or null. */
  competitionWithCountries(id: string, m?: EntityManager): Promise<Competition | null> {
    return this.manager(m).findOne(Competition, { where: { id }, relations: { countries: true } });
  }

  /** These competitions (missing ids are left out). */
  async competitionsByIds(ids: string[], m?: EntityManager): Promise<Competition[]> {
    const unique = [...new Set(ids)];
    return unique.length ? this.manager(m).find(Competition, { where: { id: In(unique) } }) : [];
  }

  /** The published competitions whose submission window closes in (from, to] (the draft reminders), with their countries. */
  competitionsClosingBetween(from: Date, to: Date): Promise<Competition[]> {
    return this.competitions.find({
      where: { status: 'published', submissionClosesAt: And(MoreThan(from), LessThanOrEqual(to)) },
      relations: { countries: true },
    });
  }

  /** The published competitions with their countries (the coordinators' daily digest). */
  publishedCompetitions(): Promise<Competition[]> {
    return this.competitions.find({ where: { status: 'published' }, relations: { countries: true }, order: { submissionOpensAt: 'ASC' } });
  }

  /** The competitions a country takes part in, newest window first (a coordinator's overview). */
  async competitionsOfCountry(
    countryCode: string,
  ): Promise<{ id: string; slug: string; name: Record<string, string>; status: CompetitionStatus; opens: Date; closes: Date }[]> {
    return this.competitions.manager.query(
      `SELECT c.id, c.slug, c.name, c.status, c.submission_opens_at AS opens, c.submission_closes_at AS closes
         FROM competitions c JOIN competition_countries cc ON cc.competition_id = c.id
        WHERE cc.country_code = $1 ORDER BY c.submission_opens_at DESC`,
      [countryCode],
    );
  }

  /**
   * The email signature of the competition a message is about (named directly, or through its entry or its round),
   * by language; empty when it has none or the message is about no competition.
   */
  async emailSignatureFor(about: { competitionId?: string | null; entryId?: string | null; roundId?: string | null }): Promise<Record<string, string>> {
    // facts name ids; anything else (a test's placeholder) names no competition
    const id = (v: string | null | undefined) => (v && UUID.test(v) ? v : null);
    const [competitionId, entryId, roundId] = [id(about.competitionId), id(about.entryId), id(about.roundId)];
    if (!competitionId && !entryId && !roundId) return {};
    const rows: { signature: Record<string, string> }[] = await this.competitions.manager.query(
      `SELECT c.email_signature AS signature FROM competitions c
        WHERE c.id = COALESCE($1::uuid, (SELECT competition_id FROM entries WHERE id = $2::uuid), (SELECT competition_id FROM rounds WHERE id = $3::uuid))`,
      [competitionId, entryId, roundId],
    );
    return rows[0]?.signature ?? {};
  }

  /** The competition's category with this id, or null when it is not one of the competition's. */
  categoryOf(competitionId: string, categoryId: string, m?: EntityManager): Promise<Category | null> {
    return this.manager(m).findOne(Category, { where: { id: categoryId, competitionId } });
  }

  /** The category, which must exist (an entry's category). */
  categoryOrFail(id: string, m?: EntityManager): Promise<Category> {
    return this.manager(m).findOneByOrFail(Category, { id });
  }

  /** These categories (missing ids are left out). */
  async categoriesByIds(ids: string[], m?: EntityManager): Promise<Category[]> {
    const unique = [...new Set(ids)];
    return unique.length ? this.manager(m).find(Category, { where: { id: In(unique) } }) : [];
  }
}

/** The competitions query service on its own: a leaf module that any module imports without an import cycle. */
@Module({ imports: [TypeOrmModule.forFeature([Competition, Category])], providers: [CompetitionsQueries], exports: [CompetitionsQueries] })
export class CompetitionsQueriesModule {}
