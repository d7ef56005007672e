import { Injectable, Module } from '@nestjs/common';
import type { PublicCredits } from '@clapper/domain/credits';
import { Clock } from '../clock/clock.js';
import { CompetitionsQueries, CompetitionsQueriesModule, type Competition } from '../competitions/competitions.queries.js';
import { ConsentsQueries, ConsentsQueriesModule } from '../consents/consents.queries.js';
import { CountriesQueries, CountriesQueriesModule } from '../countries/countries.queries.js';
import { EntriesQueries, EntriesQueriesModule } from '../entries/entries.queries.js';
import { creditsOf } from '../entries/public-credits.js';
import { JudgingQueries, JudgingQueriesModule } from '../judging/judging.queries.js';
import { isPublished, publishedAt } from '../results/publication.js';
import { ResultsQueries, ResultsQueriesModule, type AwardKind } from '../results/results.queries.js';
import { VideosQueries, VideosQueriesModule } from '../videos/videos.queries.js';

type Text = Record<string, string>;

/** An award a work won, as the public may see it. */
export interface WorkAward {
  awardId: string;
  name: Text;
  kind: AwardKind;
  position: number;
  place: number;
  places: number;
  /** country_best: the country the place is for */
  countryCode: string | null;
}

/**
 * Everything the public may know about a work. Built field by field from the entry (never spread), so nothing
 * else (owner, school id, teacher, sources, dates of birth, emails, surnames unless chosen) can reach a page.
 */
export interface PublicWork {
  code: string;
  title: string;
  synopsisOriginal: string;
  synopsisEnglish: string;
  videoLanguage: string;
  countryCode: string;
  countryNames: Text;
  categoryId: string;
  categoryName: Text;
  finalist: boolean;
  /** in ceremony order */
  awards: WorkAward[];
  credits: PublicCredits;
  hasPoster: boolean;
  width: number;
  height: number;
  durationSeconds: number | null;
  /** caption languages, English first */
  captions: string[];
  /** the adaptive ladder, when made: its content hash (the name its files are served under) and rung names */
  ladder: { hash: string; rungs: string[] } | null;
}

/** A public work with the object keys its media endpoints serve (keys never go to a view). */
export interface ClearedWork {
  entryId: string;
  work: PublicWork;
  webKey: string;
  posterKey: string | null;
  /** the ladder's storage folder (null until made) */
  hlsKey: string | null;
  subtitleKeys: Map<string, string>;
}

/** The work an edition opens on: the Grand Prize's first place, else the first place of the first award in ceremony order. */
export function heroOf(works: PublicWork[]): { work: PublicWork; award: WorkAward } | null {
  const candidates = works.flatMap((work) => work.awards.map((award) => ({ work, award })));
  const order = (x: { work: PublicWork; award: WorkAward }, y: { work: PublicWork; award: WorkAward }) =>
    Number(y.award.kind === 'grand_prize') - Number(x.award.kind === 'grand_prize') ||
    x.award.place - y.award.place ||
    x.award.position - y.award.position ||
    x.work.code.localeCompare(y.work.code);
  return candidates.sort(order)[0] ?? null;
}

/** What anyone may know of a finished edition: when its results became public, and the work it opens on. */
export interface EditionHeadline {
  publishedAt: Date;
  hero: { work: PublicWork; award: WorkAward } | null;
}

/**
 * The public showcase's one rule for what is public, asked on every page and media request (nothing cached):
 * the competition's results are published (publicationState), AND the entry is a finalist of the final round or an
 * award winner, AND it is cleared (submitted, licence accepted, every consent given and none withdrawn), AND its
 * video is ready with a web rendition. The showcase and the competitions' public pages both ask here.
 */
@Injectable()
export class ShowcaseQueries {
  constructor(
    private readonly clock: Clock,
    private readonly competitions: CompetitionsQueries,
    private readonly consents: ConsentsQueries,
    private readonly countries: CountriesQueries,
    private readonly entries: EntriesQueries,
    private readonly judging: JudgingQueries,
    private readonly results: ResultsQueries,
    private readonly videos: VideosQueries,
  ) {}

  /** A finished edition's headline; null while its results are not public. */
  async headline(c: Competition): Promise<EditionHeadline | null> {
    const now = this.clock.now();
    if (c.status === 'draft' || !isPublished(c, now)) return null;
    const works = await this.publicWorks(c);
    return { publishedAt: publishedAt(c, now)!, hero: heroOf(works.map((w) => w.work)) };
  }

  /**
   * THE rule. The works of a competition (or just the given entries) that are public right now; [] unless published.
   */
  async publicWorks(c: Competition, only?: string[]): Promise<ClearedWork[]> {
    if (c.status === 'draft' || !isPublished(c, this.clock.now())) return [];
    const finalists = await this.judging.finalists(c.id, only);
    const { awards, winners } = await this.results.awardsWithWinners(c.id, only);
    const finalistIds = new Set(finalists.map((f) => f.entryId));
    const candidateIds = [...new Set([...finalistIds, ...winners.map((w) => w.entryId)])];
    if (candidateIds.length === 0) return [];

    const cleared = await this.consents.clearedEntryIds(candidateIds);
    const entries = (await this.entries.entriesOfCompetitionAmong(c.id, [...cleared])).filter((e) => e.status === 'submitted');
    if (entries.length === 0) return [];
    const ids = entries.map((e) => e.id);
    const [members, subtitles, categories, countries, videos] = await Promise.all([
      this.entries.teamMembersOf(ids),
      this.videos.subtitlesOf(ids),
      this.competitions.categoriesOf(c.id),
      this.countries.countriesByCodes(entries.map((e) => e.countryCode)),
      this.videos.readyVideos(ids),
    ]);
    const awardById = new Map(awards.map((a) => [a.id, a]));
    const out: ClearedWork[] = [];
    for (const e of entries) {
      const asset = videos.get(e.id);
      if (!asset?.webKey) continue;
      const own = subtitles.filter((s) => s.entryId === e.id);
      const category = categories.find((x) => x.id === e.categoryId);
      const work: PublicWork = {
        code: e.code,
        title: e.title,
        synopsisOriginal: e.synopsisOriginal,
        synopsisEnglish: e.synopsisEnglish,
        videoLanguage: e.videoLanguage,
        countryCode: e.countryCode,
        countryNames: countries.find((x) => x.code === e.countryCode)?.names ?? {},
        categoryId: e.categoryId,
        categoryName: category?.name ?? {},
        finalist: finalistIds.has(e.id),
        awards: winners
          .filter((w) => w.entryId === e.id)
          .map((w) => {
            const a = awardById.get(w.awardId)!;
            return { awardId: a.id, name: a.name, kind: a.kind, position: a.position, place: w.place, places: a.places, countryCode: w.countryCode };
          })
          .sort((a, b) => a.position - b.position || a.place - b.place),
        credits: creditsOf(
          e,
          members.filter((x) => x.entryId === e.id),
          c.referenceDate,
        ),
        hasPoster: Boolean(asset.posterKey),
        width: asset.width ?? 1280,
        height: asset.height ?? 720,
        durationSeconds: asset.durationSeconds,
        captions: own.map((s) => s.language).sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b))),
        ladder: asset.hlsKey && asset.hlsHash ? { hash: asset.hlsHash, rungs: (asset.hlsRungs ?? []).map((r) => r.name) } : null,
      };
      out.push({
        entryId: e.id,
        work,
        webKey: asset.webKey,
        posterKey: asset.posterKey,
        hlsKey: asset.hlsKey,
        subtitleKeys: new Map(own.map((s) => [s.language, s.objectKey])),
      });
    }
    return out;
  }
}

@Module({
  imports: [
    CompetitionsQueriesModule,
    ConsentsQueriesModule,
    CountriesQueriesModule,
    EntriesQueriesModule,
    JudgingQueriesModule,
    ResultsQueriesModule,
    VideosQueriesModule,
  ],
  providers: [ShowcaseQueries],
  exports: [ShowcaseQueries],
})
export class ShowcaseQueriesModule {}
