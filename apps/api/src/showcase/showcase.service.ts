import { Injectable } from '@nestjs/common';
import type { PublicCredits } from '@clapper/domain/credits';
import { Clock } from '../clock/clock.js';
import { CompetitionsQueries, type Competition } from '../competitions/competitions.queries.js';
import { ConsentsQueries } from '../consents/consents.queries.js';
import { CountriesQueries } from '../countries/countries.queries.js';
import { EntriesQueries } from '../entries/entries.queries.js';
import { creditsOf } from '../entries/public-credits.js';
import { JudgingQueries } from '../judging/judging.queries.js';
import { isPublished, publishedAt } from '../results/publication.js';
import { ResultsQueries, type AwardKind } from '../results/results.queries.js';
import { StoragePort, type ObjectStream } from '../storage/storage.port.js';
import { PLAYBACK_SECONDS } from '../videos/video-playback.service.js';
import { VideosQueries } from '../videos/videos.queries.js';
import { ShowcaseReason } from '@clapper/domain/refusals';
import { notPublic } from './showcase.errors.js';

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
  awards: WorkAward[];
  credits: PublicCredits;
  hasPoster: boolean;
  width: number;
  height: number;
  durationSeconds: number | null;
  /** caption languages, English first */
  captions: string[];
}

export interface EditionSummary {
  slug: string;
  name: Text;
  theme: Text;
  publishedAt: Date;
  workCount: number;
  countryCount: number;
}

export interface AwardView {
  id: string;
  name: Text;
  description: Text;
  kind: AwardKind;
  places: number;
  categoryName: Text | null;
  winners: { place: number; countryCode: string | null; work: PublicWork }[];
}

export interface EditionView {
  slug: string;
  name: Text;
  theme: Text;
  publishedAt: Date;
  languages: string[];
  /** the filter choices: the countries and categories of the edition's public works */
  countries: { code: string; names: Text }[];
  categories: { id: string; name: Text }[];
  awards: AwardView[];
  finalists: PublicWork[];
  /** how many public works there are before filtering */
  total: number;
}

export interface EditionFilter {
  country?: string;
  category?: string;
}

/** A public work with the object keys its media endpoints serve (keys never go to a view). */
interface ClearedWork {
  entryId: string;
  work: PublicWork;
  webKey: string;
  posterKey: string | null;
  subtitleKeys: Map<string, string>;
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;
const CODE = /^[A-Za-z]{2}-[A-Za-z0-9]{1,16}$/;
/** public media URLs live shorter than the team's: a withdrawal also ends playback soon after */
export const MEDIA_URL_SECONDS = Math.min(PLAYBACK_SECONDS, 10 * 60);

/**
 * The public showcase's one rule for what is public, asked on every page and media request (nothing cached):
 * the competition's results are published (publicationState), AND the entry is a finalist of the final round or an
 * award winner, AND it is cleared (submitted, licence accepted, every consent given and none withdrawn), AND its
 * video is ready with a web rendition.
 */
@Injectable()
export class ShowcaseService {
  constructor(
    private readonly storage: StoragePort,
    private readonly clock: Clock,
    private readonly competitions: CompetitionsQueries,
    private readonly consents: ConsentsQueries,
    private readonly countries: CountriesQueries,
    private readonly entries: EntriesQueries,
    private readonly judging: JudgingQueries,
    private readonly results: ResultsQueries,
    private readonly videos: VideosQueries,
  ) {}

  /** Published editions, newest first. */
  async editions(): Promise<EditionSummary[]> {
    const now = this.clock.now();
    const candidates = await this.competitions.competitionsWithSealedResults();
    const out: EditionSummary[] = [];
    for (const c of candidates.filter((x) => isPublished(x, now))) {
      const works = await this.publicWorks(c);
      out.push({
        slug: c.slug,
        name: c.name,
        theme: c.theme,
        publishedAt: publishedAt(c, now)!,
        workCount: works.length,
        countryCount: new Set(works.map((w) => w.work.countryCode)).size,
      });
    }
    return out.sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || a.slug.localeCompare(b.slug));
  }

  /** One edition: awards in ceremony order with their winners, then the finalists; filtered by country and category. */
  async edition(slug: string, filter: EditionFilter = {}): Promise<EditionView> {
    const c = await this.publishedEdition(slug);
    const works = await this.publicWorks(c);
    const byEntry = new Map(works.map((w) => [w.entryId, w.work]));
    const keep = (w: PublicWork) => (!filter.country || w.countryCode === filter.country) && (!filter.category || w.categoryId === filter.category);

    const { awards, winners } = await this.results.awardsWithWinners(c.id);
    const categories = await this.competitions.categoriesOf(c.id);
    const categoryName = new Map(categories.map((x) => [x.id, x.name]));
    const awardViews: AwardView[] = awards
      .map((a) => ({
        id: a.id,
        name: a.name,
        description: a.description,
        kind: a.kind,
        places: a.places,
        categoryName: a.categoryId ? (categoryName.get(a.categoryId) ?? null) : null,
        winners: winners
          .filter((w) => w.awardId === a.id && byEntry.has(w.entryId) && keep(byEntry.get(w.entryId)!))
          .map((w) => ({ place: w.place, countryCode: w.countryCode, work: byEntry.get(w.entryId)! })),
      }))
      .filter((a) => a.winners.length > 0);

    const all = works.map((w) => w.work);
    const countries = new Map(all.map((w) => [w.countryCode, w.countryNames]));
    const usedCategories = new Set(all.map((w) => w.categoryId));
    return {
      slug: c.slug,
      name: c.name,
      theme: c.theme,
      publishedAt: publishedAt(c, this.clock.now())!,
      languages: c.languages,
      countries: [...countries].map(([code, names]) => ({ code, names })).sort((a, b) => a.code.localeCompare(b.code)),
      categories: categories.filter((x) => usedCategories.has(x.id)).map((x) => ({ id: x.id, name: x.name })),
      awards: awardViews,
      finalists: all.filter((w) => w.finalist && keep(w)).sort((a, b) => a.countryCode.localeCompare(b.countryCode) || a.code.localeCompare(b.code)),
      total: all.length,
    };
  }

  /** One public work of a published edition, with the edition's name for the page. */
  async work(slug: string, code: string): Promise<{ edition: { slug: string; name: Text }; work: PublicWork }> {
    const { competition, cleared } = await this.cleared(slug, code);
    return { edition: { slug: competition.slug, name: competition.name }, work: cleared.work };
  }

  /** A freshly presigned, short-lived URL of the web rendition. */
  async videoUrl(slug: string, code: string): Promise<string> {
    const { cleared } = await this.cleared(slug, code);
    return this.storage.presignGet(cleared.webKey, { expiresInSeconds: MEDIA_URL_SECONDS });
  }

  async posterUrl(slug: string, code: string): Promise<string> {
    const { cleared } = await this.cleared(slug, code);
    if (!cleared.posterKey) throw notPublic(ShowcaseReason.MediaNotFound);
    return this.storage.presignGet(cleared.posterKey, { expiresInSeconds: MEDIA_URL_SECONDS });
  }

  /** A caption track's WebVTT, streamed from storage (same origin, so <track> needs no CORS). */
  async captions(slug: string, code: string, language: string): Promise<ObjectStream> {
    const { cleared } = await this.cleared(slug, code);
    const key = cleared.subtitleKeys.get(language);
    if (!key) throw notPublic(ShowcaseReason.MediaNotFound);
    try {
      return await this.storage.get(key);
    } catch {
      throw notPublic(ShowcaseReason.MediaNotFound);
    }
  }

  private async cleared(slug: string, code: string): Promise<{ competition: Competition; cleared: ClearedWork }> {
    if (!CODE.test(code)) throw notPublic();
    const competition = await this.publishedEdition(slug);
    const [entry] = await this.entries.entriesByCodes(competition.id, [code]);
    if (!entry) throw notPublic();
    const [cleared] = await this.publicWorks(competition, [entry.id]);
    if (!cleared) throw notPublic();
    return { competition, cleared };
  }

  private async publishedEdition(slug: string): Promise<Competition> {
    if (!SLUG.test(slug)) throw notPublic(ShowcaseReason.EditionNotFound);
    const c = await this.competitions.competitionBySlug(slug);
    if (!c || c.status === 'draft' || !isPublished(c, this.clock.now())) throw notPublic(ShowcaseReason.EditionNotFound);
    return c;
  }

  /**
   * THE rule. The works of a competition (or just the given entries) that are public right now; [] unless published.
   */
  private async publicWorks(c: Competition, only?: string[]): Promise<ClearedWork[]> {
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
          .sort((a, b) => a.position - b.position),
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
      };
      out.push({ entryId: e.id, work, webKey: asset.webKey, posterKey: asset.posterKey, subtitleKeys: new Map(own.map((s) => [s.language, s.objectKey])) });
    }
    return out;
  }
}
