import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { checkEntryRules, DEFAULT_ENTRY_RULES, overlappingAgeRanges, type EntryRules, type RulesProblem } from '@clapper/domain/entry-rules';
import { checkTimeline, submissionPhase } from '@clapper/domain/timeline';
import { translationGaps } from '@clapper/domain/content-languages';
import { Clock } from '../clock/clock.js';
import { AuditService } from '../audit/audit.service.js';
import { CompetitionsReason, FieldReason, problem, Thing, type Problem } from '@clapper/domain/refusals';
import { DomainError, fieldRefusal, fieldsRefusal, notFound, type FieldError } from '../common/domain-error.js';
import { CountriesQueries, type Country } from '../countries/countries.queries.js';
import type { Actor } from '../auth/actor.js';
import { Category } from './category.entity.js';
import { Competition } from './competition.entity.js';
import { EntriesQueries } from '../entries/entries.queries.js';
import { ShowcaseQueries } from '../showcase/showcase.queries.js';
import { showcasePaths } from '../showcase/showcase-paths.js';
import { assertNoGapsUnlessConfirmed, assertTextLanguages, CompetitionTexts } from './competition-texts.js';
import type {
  CategoryDto,
  CategoryInputDto,
  CategorySyncItemDto,
  CompetitionDto,
  CompetitionResultsDto,
  CompetitionSummaryDto,
  CreateCompetitionDto,
  EntryRulesDto,
  TimelineDto,
  TranslationsDto,
  UpdateCategoryDto,
  UpdateCompetitionDto,
} from './dto/competition.dto.js';

const RULE_MESSAGES = {
  min_above_max: 'must not be below the matching minimum',
  out_of_range: 'is outside the allowed range',
  unknown_value: 'holds a value we do not know',
  empty: 'must hold at least one value',
} as const;

/** A rule's problem (libs/domain/src/entry-rules.ts) as a reason with its facts. */
function ruleProblem(p: RulesProblem): Problem {
  switch (p.code) {
    case 'min_above_max':
      return problem(CompetitionsReason.MinAboveMax);
    // the request's own validation finds these first: a second line of defence, with no words of its own
    case 'out_of_range':
    case 'unknown_value':
      return problem(FieldReason.Invalid);
    case 'empty':
      return problem(FieldReason.TooFew, { min: 1 });
  }
}

@Injectable()
export class CompetitionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly countryList: CountriesQueries,
    private readonly entries: EntriesQueries,
    private readonly showcase: ShowcaseQueries,
    private readonly texts: CompetitionTexts,
  ) {}

  /** What each language of the competition still misses (the completeness panel). Organisers only. */
  async translations(id: string): Promise<TranslationsDto> {
    const { languages, gaps } = await this.texts.state(id);
    return { languages, gaps };
  }

  /** The public sees published competitions; coordinators those their country takes part in; organisers all. */
  async list(actor: Actor | null): Promise<CompetitionSummaryDto[]> {
    const qb = this.db
      .getRepository(Competition)
      .createQueryBuilder('c')
      .leftJoinAndSelect('c.countries', 'country')
      .leftJoinAndSelect('c.categories', 'category')
      .orderBy('c.submissionOpensAt', 'DESC');
    if (!actor?.isOrganiser) {
      const own = actor?.coordinatedCountries ?? [];
      if (own.length)
        qb.where(`(c.status = 'published' OR c.id IN (SELECT competition_id FROM competition_countries WHERE country_code IN (:...own)))`, { own });
      else qb.where(`c.status = 'published'`);
    }
    const rows = await qb.getMany();
    const results = await Promise.all(rows.map((c) => this.resultsOf(c)));
    return rows.map((c, i) => ({
      id: c.id,
      slug: c.slug,
      name: c.name,
      theme: c.theme,
      status: c.status,
      timeline: this.timelineOf(c),
      submissionPhase: submissionPhase(this.timelineOf(c), this.clock.now()),
      countryCount: c.countries?.length ?? 0,
      categoryCount: c.categories?.length ?? 0,
      results: results[i],
    }));
  }

  async get(actor: Actor | null, idOrSlug: string): Promise<CompetitionDto> {
    const c = await this.load(this.db.manager, idOrSlug);
    if (!c || !this.canSee(actor, c)) throw notFound(Thing.Competition);
    return { ...this.toDto(c), results: await this.resultsOf(c) };
  }

  /** A finished edition's public facts (the showcase's one rule decides what is public); null until results are public. */
  private async resultsOf(c: Competition): Promise<CompetitionResultsDto | null> {
    const headline = await this.showcase.headline(c);
    if (!headline) return null;
    const hero = headline.hero;
    return {
      publishedAt: headline.publishedAt.toISOString(),
      showcaseUrl: showcasePaths.edition(c.slug),
      grandPrize: hero
        ? {
            code: hero.work.code,
            title: hero.work.title,
            credits: hero.work.credits.names,
            countryCode: hero.work.countryCode,
            awardName: hero.award.name,
            url: showcasePaths.entry(c.slug, hero.work.code),
            posterUrl: hero.work.hasPoster ? showcasePaths.poster(c.slug, hero.work.code) : null,
          }
        : null,
    };
  }

  async create(actor: Actor, dto: CreateCompetitionDto): Promise<CompetitionDto> {
    const rules = dto.rules ?? DEFAULT_ENTRY_RULES;
    this.assertValid(dto.timeline, rules, dto.categories ?? []);
    assertTextLanguages(withEnglish(dto.languages), [
      ...ownTexts(dto),
      ...(dto.categories ?? []).map((c, i) => ({ field: `categories.${i}.name`, text: c.name })),
    ]);
    const id = await this.db.transaction(async (m) => {
      if (await m.exists(Competition, { where: { slug: dto.slug } })) throw slugTaken();
      const countries = dto.countryCodes ? await this.countries(m, dto.countryCodes) : await this.countryList.allCountries(m);
      const saved = await m.save(
        m.create(Competition, {
          slug: dto.slug,
          name: dto.name,
          theme: dto.theme ?? {},
          rulesText: withoutBlankTexts(dto.rulesText ?? {}),
          emailSignature: withoutBlankTexts(dto.emailSignature ?? {}),
          languages: withEnglish(dto.languages),
          status: 'draft',
          referenceDate: dto.referenceDate,
          ...this.timelineColumns(dto.timeline),
          rules: { ...rules },
          countries,
          createdBy: actor.userId,
        }),
      );
      await this.entries.addDefaultLicence(saved.id, m);
      for (const [i, cat] of (dto.categories ?? []).entries())
        await m.insert(Category, { competitionId: saved.id, name: cat.name, minAge: cat.minAge, maxAge: cat.maxAge, position: i });
      await this.audit.record(
        { actorId: actor.userId, action: 'competition.created', subjectType: 'competition', subjectId: saved.id, after: { slug: dto.slug, name: dto.name } },
        m,
      );
      return saved.id;
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, dto: UpdateCompetitionDto): Promise<CompetitionDto> {
    await this.db.transaction(async (m) => {
      const c = await this.loadForUpdate(m, id);
      const before = this.toDto(c);
      if (dto.timeline) this.assertValid(dto.timeline, c.rules, []);
      if (dto.slug && dto.slug !== c.slug && (await m.exists(Competition, { where: { slug: dto.slug } }))) throw slugTaken();
      if (dto.status === 'published' && !c.categories?.length)
        throw new DomainError(
          'rule_violation',
          CompetitionsReason.NoCategories,
          'Add at least one category before publishing the competition.',
          {},
          {
            fields: [{ field: 'status', messages: ['needs at least one category'], problems: [problem(CompetitionsReason.NoCategories)] }],
          },
        );
      if (dto.status === 'draft' && c.status !== 'draft') await this.assertCanGoBackToDraft(m, c.id);
      const languages = dto.languages ? withEnglish(dto.languages) : c.languages;
      assertTextLanguages(languages, ownTexts(dto));
      if (dto.ceremonyLanguage && !languages.includes(dto.ceremonyLanguage))
        throw fieldRefusal(
          'ceremonyLanguage',
          CompetitionsReason.TextLanguageNotOffered,
          { language: dto.ceremonyLanguage, languages },
          `${dto.ceremonyLanguage} is not a language of this competition (${languages.join(', ')}).`,
        );
      const texts = {
        ...(dto.name ? { name: dto.name } : {}),
        ...(dto.theme ? { theme: dto.theme } : {}),
        ...(dto.rulesText ? { rulesText: withoutBlankTexts(dto.rulesText) } : {}),
        ...(dto.emailSignature ? { emailSignature: withoutBlankTexts(dto.emailSignature) } : {}),
      };
      // publishing asks again while a text misses a language; the gaps confirmed are kept in the audit log
      const publishing = dto.status === 'published' && c.status !== 'published';
      const gaps = publishing ? translationGaps(languages, await this.texts.texts({ ...c, ...texts, languages })) : [];
      assertNoGapsUnlessConfirmed(gaps, dto.confirmGaps);
      const voting = votingColumns(c, dto);
      await m.update(
        Competition,
        { id },
        {
          ...(dto.slug ? { slug: dto.slug } : {}),
          ...texts,
          ...(dto.languages ? { languages } : {}),
          ...(dto.ceremonyLanguage !== undefined ? { ceremonyLanguage: dto.ceremonyLanguage } : {}),
          ...(dto.referenceDate ? { referenceDate: dto.referenceDate } : {}),
          ...(dto.status ? { status: dto.status } : {}),
          ...(dto.timeline ? this.timelineColumns(dto.timeline) : {}),
          ...voting,
        },
      );
      const after = { ...this.toDto((await this.load(m, id))!), ...(publishing ? { translationGaps: gaps } : {}) };
      await this.audit.record({ actorId: actor.userId, action: 'competition.updated', subjectType: 'competition', subjectId: id, before, after }, m);
    });
    return this.get(actor, id);
  }

  /**
   * Back to draft hides the competition from everyone but the organisers: refused once teams have entries in it or
   * judges are scoring one of its rounds (the refusal gives both counts).
   */
  private async assertCanGoBackToDraft(m: EntityManager, id: string): Promise<void> {
    const [counts] = await m.query<{ entries: number; openRounds: number }[]>(
      `SELECT (SELECT count(*)::int FROM entries WHERE competition_id = $1) AS "entries",
              (SELECT count(*)::int FROM rounds WHERE competition_id = $1 AND status = 'open') AS "openRounds"`,
      [id],
    );
    if (counts.entries || counts.openRounds)
      throw new DomainError(
        'conflict',
        CompetitionsReason.DraftNotAllowed,
        `This competition has ${counts.entries} entries and ${counts.openRounds} rounds open for judging: it cannot go back to draft.`,
        { entries: counts.entries, openRounds: counts.openRounds },
      );
  }

  async setRules(actor: Actor, id: string, rules: EntryRulesDto): Promise<CompetitionDto> {
    this.assertValid(null, rules, []);
    await this.db.transaction(async (m) => {
      const c = await this.loadForUpdate(m, id);
      await m.update(Competition, { id }, { rules: { ...rules } });
      await this.audit.record(
        { actorId: actor.userId, action: 'competition.rules_set', subjectType: 'competition', subjectId: id, before: c.rules, after: rules },
        m,
      );
    });
    return this.get(actor, id);
  }

  async setCountries(actor: Actor, id: string, codes: string[]): Promise<CompetitionDto> {
    await this.db.transaction(async (m) => {
      const c = await this.loadForUpdate(m, id);
      const before = (c.countries ?? []).map((x) => x.code).sort();
      c.countries = await this.countries(m, codes);
      await m.save(c);
      await this.audit.record(
        { actorId: actor.userId, action: 'competition.countries_set', subjectType: 'competition', subjectId: id, before, after: [...codes].sort() },
        m,
      );
    });
    return this.get(actor, id);
  }

  async addCategory(actor: Actor, id: string, dto: CategoryInputDto): Promise<CategoryDto> {
    return this.db.transaction(async (m) => {
      const c = await this.loadForUpdate(m, id);
      const existing = c.categories ?? [];
      this.assertCategories([...existing, dto]);
      assertTextLanguages(c.languages, [{ field: 'name', text: dto.name }]);
      const saved = await m.save(m.create(Category, { competitionId: id, name: dto.name, minAge: dto.minAge, maxAge: dto.maxAge, position: existing.length }));
      await this.audit.record({ actorId: actor.userId, action: 'category.created', subjectType: 'competition', subjectId: id, after: dto }, m);
      return toCategoryDto(saved);
    });
  }

  async updateCategory(actor: Actor, id: string, categoryId: string, dto: UpdateCategoryDto): Promise<CategoryDto> {
    return this.db.transaction(async (m) => {
      const c = await this.loadForUpdate(m, id);
      const cat = c.categories?.find((x) => x.id === categoryId);
      if (!cat) throw notFound(Thing.Category);
      const updated = { ...cat, ...dto };
      assertTextLanguages(c.languages, [{ field: 'name', text: dto.name }]);
      this.assertCategories((c.categories ?? []).map((x) => (x.id === categoryId ? updated : x)));
      await m.update(Category, { id: categoryId }, { name: updated.name, minAge: updated.minAge, maxAge: updated.maxAge });
      await this.audit.record(
        { actorId: actor.userId, action: 'category.updated', subjectType: 'competition', subjectId: id, before: toCategoryDto(cat), after: dto },
        m,
      );
      return toCategoryDto({ ...cat, ...updated });
    });
  }

  /** Replaces the categories in one transaction, so a retried save never adds a category twice. */
  async setCategories(actor: Actor, id: string, items: CategorySyncItemDto[]): Promise<CompetitionDto> {
    await this.db.transaction(async (m) => {
      const c = await this.loadForUpdate(m, id);
      const existing = new Map((c.categories ?? []).map((x) => [x.id, x]));
      const unknown = items.map((it, i) => [it, i] as const).filter(([it]) => it.id && !existing.has(it.id));
      if (unknown.length)
        throw fieldsRefusal(
          unknown.map(([, i]) => ({
            field: `categories.${i}.id`,
            messages: ['is not a category of this competition'],
            problems: [problem(CompetitionsReason.NotACategory)],
          })),
        );
      this.assertCategories(items);
      assertTextLanguages(
        c.languages,
        items.map((it, i) => ({ field: `categories.${i}.name`, text: it.name })),
      );
      const keep = new Set(items.map((it) => it.id).filter(Boolean));
      for (const old of c.categories ?? []) if (!keep.has(old.id)) await assertNoEntriesIn(m, old.id);
      for (const old of c.categories ?? []) if (!keep.has(old.id)) await m.delete(Category, { id: old.id });
      for (const [position, it] of items.entries()) {
        if (it.id) await m.update(Category, { id: it.id }, { name: it.name, minAge: it.minAge, maxAge: it.maxAge, position });
        else await m.insert(Category, { competitionId: id, name: it.name, minAge: it.minAge, maxAge: it.maxAge, position });
      }
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'categories.set',
          subjectType: 'competition',
          subjectId: id,
          before: (c.categories ?? []).map(toCategoryDto),
          after: items,
        },
        m,
      );
    });
    return this.get(actor, id);
  }

  async removeCategory(actor: Actor, id: string, categoryId: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const c = await this.loadForUpdate(m, id);
      const cat = c.categories?.find((x) => x.id === categoryId);
      if (!cat) throw notFound(Thing.Category);
      await assertNoEntriesIn(m, categoryId);
      await m.delete(Category, { id: categoryId });
      await this.audit.record({ actorId: actor.userId, action: 'category.removed', subjectType: 'competition', subjectId: id, before: toCategoryDto(cat) }, m);
    });
  }

  private canSee(actor: Actor | null, c: Competition): boolean {
    if (c.status === 'published' || actor?.isOrganiser) return true;
    const own = actor?.coordinatedCountries ?? [];
    return (c.countries ?? []).some((x) => own.includes(x.code));
  }

  private async load(m: EntityManager, idOrSlug: string): Promise<Competition | null> {
    const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrSlug);
    return m.findOne(Competition, { where: isUuid ? { id: idOrSlug } : { slug: idOrSlug }, relations: { countries: true, categories: true } });
  }

  private async loadForUpdate(m: EntityManager, id: string): Promise<Competition> {
    // Serialise concurrent edits of one competition.
    const locked = await m.query<{ id: string }[]>('SELECT id FROM competitions WHERE id = $1 FOR UPDATE', [id]);
    if (!locked.length) throw notFound(Thing.Competition);
    return (await this.load(m, id))!;
  }

  private async countries(m: EntityManager, codes: string[]): Promise<Country[]> {
    const found = await this.countryList.countriesByCodes(codes, m);
    const missing = codes.filter((c) => !found.some((f) => f.code === c));
    if (missing.length)
      throw fieldRefusal(
        'countryCodes',
        CompetitionsReason.UnknownCountries,
        { countries: missing },
        `Unknown country: ${missing.join(', ')}; add each as a participating country first.`,
      );
    return found;
  }

  private assertValid(timeline: TimelineDto | null, rules: EntryRules, categories: { minAge: number; maxAge: number }[]): void {
    const fields: FieldError[] = [];
    if (timeline) {
      for (const p of checkTimeline(timeline)) {
        fields.push(
          p.code === 'invalid_date'
            ? { field: `timeline.${p.field}`, messages: ['is not a valid date and time'], problems: [problem(FieldReason.NotDate)] }
            : {
                field: `timeline.${p.field}`,
                messages: [
                  `must come after ${p.after
                    .replace(/At$/, '')
                    .replace(/([A-Z])/g, ' $1')
                    .toLowerCase()}`,
                ],
                problems: [problem(CompetitionsReason.MustFollow, { after: p.after })],
              },
        );
      }
    }
    for (const p of checkEntryRules(rules))
      fields.push({ field: `rules.${p.field}`, messages: [RULE_MESSAGES[p.code] + (p.value ? ` (${p.value})` : '')], problems: [ruleProblem(p)] });
    fields.push(...categoryProblems(categories));
    if (fields.length) throw fieldsRefusal(fields);
  }

  private assertCategories(categories: { minAge: number; maxAge: number }[]): void {
    const fields = categoryProblems(categories);
    if (fields.length) throw fieldsRefusal(fields);
  }

  private timelineColumns(t: TimelineDto) {
    return {
      submissionOpensAt: new Date(t.submissionOpensAt),
      submissionClosesAt: new Date(t.submissionClosesAt),
      judgingOpensAt: t.judgingOpensAt ? new Date(t.judgingOpensAt) : null,
      judgingClosesAt: t.judgingClosesAt ? new Date(t.judgingClosesAt) : null,
      ceremonyAt: t.ceremonyAt ? new Date(t.ceremonyAt) : null,
    };
  }

  private timelineOf(c: Competition) {
    return {
      submissionOpensAt: c.submissionOpensAt.toISOString(),
      submissionClosesAt: c.submissionClosesAt.toISOString(),
      judgingOpensAt: c.judgingOpensAt?.toISOString() ?? null,
      judgingClosesAt: c.judgingClosesAt?.toISOString() ?? null,
      ceremonyAt: c.ceremonyAt?.toISOString() ?? null,
    };
  }

  /** The stored competition (what the audit records); get() adds its public results. */
  private toDto(c: Competition): Omit<CompetitionDto, 'results'> {
    const timeline = this.timelineOf(c);
    return {
      id: c.id,
      slug: c.slug,
      name: c.name,
      theme: c.theme,
      rulesText: c.rulesText ?? {},
      emailSignature: c.emailSignature ?? {},
      ceremonyLanguage: c.ceremonyLanguage,
      languages: c.languages,
      status: c.status,
      referenceDate: c.referenceDate,
      timeline,
      submissionPhase: submissionPhase(timeline, this.clock.now()),
      rules: { ...c.rules },
      countryCodes: (c.countries ?? []).map((x) => x.code).sort(),
      categories: [...(c.categories ?? [])].sort((a, b) => a.position - b.position || a.minAge - b.minAge).map(toCategoryDto),
      audienceVoting: c.audienceVoting,
      votingOpensAt: c.votingOpensAt?.toISOString() ?? null,
      votingClosesAt: c.votingClosesAt?.toISOString() ?? null,
      audienceWeight: c.audienceWeight,
      updatedAt: c.updatedAt.toISOString(),
    };
  }
}

function categoryProblems(categories: { minAge?: number; maxAge?: number }[]): FieldError[] {
  const fields: FieldError[] = [];
  categories.forEach((c, i) => {
    if ((c.minAge ?? 0) > (c.maxAge ?? 0))
      fields.push({ field: `categories.${i}.maxAge`, messages: ['must not be below minAge'], problems: [problem(CompetitionsReason.MinAboveMax)] });
  });
  for (const [a, b] of overlappingAgeRanges(categories as { minAge: number; maxAge: number }[]))
    fields.push({
      field: `categories.${b}`,
      messages: [`its ages overlap category ${a + 1}; each age belongs to one category`],
      problems: [problem(CompetitionsReason.AgesOverlap, { other: a + 1 })],
    });
  return fields;
}

/** The audience vote settings after an update, checked as a whole: a vote needs its window, and the window must end after it opens. */
function votingColumns(
  c: Competition,
  dto: UpdateCompetitionDto,
): Partial<Pick<Competition, 'audienceVoting' | 'votingOpensAt' | 'votingClosesAt' | 'audienceWeight'>> {
  const touched = dto.audienceVoting !== undefined || dto.votingOpensAt !== undefined || dto.votingClosesAt !== undefined || dto.audienceWeight !== undefined;
  if (!touched) return {};
  const instant = (v: string | null | undefined, current: Date | null) => (v === undefined ? current : v === null ? null : new Date(v));
  const next = {
    audienceVoting: dto.audienceVoting ?? c.audienceVoting,
    votingOpensAt: instant(dto.votingOpensAt, c.votingOpensAt),
    votingClosesAt: instant(dto.votingClosesAt, c.votingClosesAt),
    audienceWeight: dto.audienceWeight ?? c.audienceWeight,
  };
  const fields: FieldError[] = [];
  const requiredForVoting = [problem(CompetitionsReason.RequiredForVoting)];
  if (next.audienceVoting && !next.votingOpensAt)
    fields.push({ field: 'votingOpensAt', messages: ['is required when the audience vote is on'], problems: requiredForVoting });
  if (next.audienceVoting && !next.votingClosesAt)
    fields.push({ field: 'votingClosesAt', messages: ['is required when the audience vote is on'], problems: requiredForVoting });
  if (next.votingOpensAt && next.votingClosesAt && next.votingClosesAt <= next.votingOpensAt)
    fields.push({
      field: 'votingClosesAt',
      messages: ['must come after voting opens'],
      problems: [problem(CompetitionsReason.MustFollow, { after: 'votingOpensAt' })],
    });
  if (fields.length) throw fieldsRefusal(fields);
  return next;
}

function toCategoryDto(c: Pick<Category, 'id' | 'name' | 'minAge' | 'maxAge' | 'position'>): CategoryDto {
  return { id: c.id, name: c.name, minAge: c.minAge, maxAge: c.maxAge, position: c.position };
}

/** A free text in several languages as stored: each text trimmed, the empty ones left out. */
function withoutBlankTexts(text: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(text).flatMap(([lang, value]) => (value.trim() ? [[lang, value.trim()]] : [])));
}

/** The competition's own texts a request gives, by field. */
function ownTexts(dto: Pick<UpdateCompetitionDto, 'name' | 'theme' | 'rulesText' | 'emailSignature'>) {
  return [
    { field: 'name', text: dto.name },
    { field: 'theme', text: dto.theme },
    { field: 'rulesText', text: dto.rulesText },
    { field: 'emailSignature', text: dto.emailSignature },
  ];
}

function withEnglish(languages: string[]): string[] {
  return languages.includes('en') ? languages : ['en', ...languages];
}

const slugTaken = () =>
  new DomainError(
    'conflict',
    CompetitionsReason.SlugTaken,
    'Another competition already uses this short name (slug).',
    {},
    {
      fields: [{ field: 'slug', messages: ['is already taken'], problems: [problem(CompetitionsReason.SlugTaken)] }],
    },
  );

/** A category that entries belong to stays: the refusal says how many (drafts included). */
async function assertNoEntriesIn(m: EntityManager, categoryId: string): Promise<void> {
  const [{ count }] = await m.query<{ count: number }[]>(`SELECT count(*)::int AS "count" FROM entries WHERE category_id = $1`, [categoryId]);
  if (count)
    throw new DomainError('conflict', CompetitionsReason.CategoryHasEntries, `${count} entries belong to this category: it cannot be removed.`, { count });
}
