import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';
import { Clock } from '../clock/clock.js';
import { CompetitionsQueries, type Competition } from '../competitions/competitions.queries.js';
import { EntriesQueries } from '../entries/entries.queries.js';
import { isPublished, publishedAt } from '../results/publication.js';
import { ResultsQueries, type AwardKind } from '../results/results.queries.js';
import { StoragePort, type ObjectStream } from '../storage/storage.port.js';
import { LadderPlayback, type LadderReply } from '../videos/ladder-playback.js';
import { PLAYBACK_SECONDS } from '../videos/video-playback.service.js';
import { ShowcaseReason } from '@clapper/domain/refusals';
import { notPublic } from './showcase.errors.js';
import { heroOf, ShowcaseQueries, type ClearedWork, type PublicWork, type WorkAward } from './showcase.queries.js';

export type { PublicWork, WorkAward } from './showcase.queries.js';

type Text = Record<string, string>;

export interface EditionSummary {
  slug: string;
  name: Text;
  theme: Text;
  publishedAt: Date;
  workCount: number;
  countryCount: number;
  /** the work the edition's page opens on (the Grand Prize) */
  hero: { work: PublicWork; award: WorkAward } | null;
}

export interface AwardWinnerView {
  place: number;
  countryCode: string | null;
  work: PublicWork;
}

export interface AwardView {
  id: string;
  name: Text;
  description: Text;
  kind: AwardKind;
  places: number;
  categoryName: Text | null;
  /** winners not shown higher on the page, as cards */
  winners: AwardWinnerView[];
  /** winners already shown higher on the page (the hero or an earlier award): named and linked, not repeated */
  shownAbove: AwardWinnerView[];
}

export interface EditionView {
  slug: string;
  name: Text;
  theme: Text;
  publishedAt: Date;
  languages: string[];
  /** the work the page opens on: the Grand Prize (see heroOf) */
  hero: { work: PublicWork; award: WorkAward } | null;
  /** the awards in ceremony order, each work shown once (the hero's own award only for its other places) */
  awards: AwardView[];
  /** the filter choices: the countries and categories of the finalists below the awards */
  countries: { code: string; names: Text }[];
  categories: { id: string; name: Text }[];
  /** the finalists who won no award, filtered */
  finalists: PublicWork[];
  /** how many finalists won no award, before filtering */
  otherFinalists: number;
  /** how many public works there are */
  total: number;
}

export interface EditionFilter {
  country?: string;
  category?: string;
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;
const CODE = /^[A-Za-z]{2}-[A-Za-z0-9]{1,16}$/;
/** public media URLs live shorter than the team's: a withdrawal also ends playback soon after */
export const MEDIA_URL_SECONDS = Math.min(PLAYBACK_SECONDS, 10 * 60);

/** The showcase's pages and media; what is public is ShowcaseQueries' one rule. */
@Injectable()
export class ShowcaseService {
  constructor(
    private readonly storage: StoragePort,
    private readonly clock: Clock,
    private readonly competitions: CompetitionsQueries,
    private readonly entries: EntriesQueries,
    private readonly results: ResultsQueries,
    private readonly showcase: ShowcaseQueries,
    private readonly ladders: LadderPlayback,
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
        hero: heroOf(works.map((w) => w.work)),
      });
    }
    return out.sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || a.slug.localeCompare(b.slug));
  }

  /**
   * One edition: the Grand Prize first, then the awards in ceremony order (a work shown once, with all its awards),
   * then the finalists who won nothing, filtered by country and category.
   */
  async edition(slug: string, filter: EditionFilter = {}): Promise<EditionView> {
    const c = await this.publishedEdition(slug);
    const works = await this.publicWorks(c);
    const byEntry = new Map(works.map((w) => [w.entryId, w.work]));
    const keep = (w: PublicWork) => (!filter.country || w.countryCode === filter.country) && (!filter.category || w.categoryId === filter.category);

    const all = works.map((w) => w.work);
    const hero = heroOf(all);
    const shown = new Set<string>(hero ? [hero.work.code] : []);
    const { awards, winners } = await this.results.awardsWithWinners(c.id);
    const categories = await this.competitions.categoriesOf(c.id);
    const categoryName = new Map(categories.map((x) => [x.id, x.name]));
    const awardViews: AwardView[] = [];
    for (const a of awards) {
      const own: AwardWinnerView[] = winners
        .filter((w) => w.awardId === a.id && byEntry.has(w.entryId))
        .sort((x, y) => x.place - y.place || (x.countryCode ?? '').localeCompare(y.countryCode ?? ''))
        .map((w) => ({ place: w.place, countryCode: w.countryCode, work: byEntry.get(w.entryId)! }));
      // the hero stands for its own award: the award gets a section only for its other places
      const rest = hero && a.id === hero.award.awardId ? own.filter((w) => w.work.code !== hero.work.code) : own;
      if (rest.length === 0) continue;
      const view: AwardView = {
        id: a.id,
        name: a.name,
        description: a.description,
        kind: a.kind,
        places: a.places,
        categoryName: a.categoryId ? (categoryName.get(a.categoryId) ?? null) : null,
        winners: rest.filter((w) => !shown.has(w.work.code)),
        shownAbove: rest.filter((w) => shown.has(w.work.code)),
      };
      for (const w of view.winners) shown.add(w.work.code);
      awardViews.push(view);
    }

    const others = all.filter((w) => w.finalist && !shown.has(w.code));
    const countries = new Map(others.map((w) => [w.countryCode, w.countryNames]));
    const usedCategories = new Set(others.map((w) => w.categoryId));
    return {
      slug: c.slug,
      name: c.name,
      theme: c.theme,
      publishedAt: publishedAt(c, this.clock.now())!,
      languages: c.languages,
      hero,
      awards: awardViews,
      countries: [...countries].map(([code, names]) => ({ code, names })).sort((a, b) => a.code.localeCompare(b.code)),
      categories: categories.filter((x) => usedCategories.has(x.id)).map((x) => ({ id: x.id, name: x.name })),
      finalists: others.filter(keep).sort((a, b) => a.countryCode.localeCompare(b.countryCode) || a.code.localeCompare(b.code)),
      otherFinalists: others.length,
      total: all.length,
    };
  }

  /** One public work of a published edition, with the edition's name for the page. */
  async work(slug: string, code: string): Promise<{ edition: { slug: string; name: Text }; work: PublicWork }> {
    const { competition, cleared } = await this.cleared(slug, code);
    return { edition: { slug: competition.slug, name: competition.name }, work: cleared.work };
  }

  /**
   * Whether the QR code of a work's page may be drawn: the work is public, or (for the ceremony deck, which reveals
   * sealed results) an organiser asks about an entry of the competition. Anything else is not public.
   */
  async qrTarget(slug: string, code: string, actor: Actor | null): Promise<{ audience: 'public' | 'organiser'; slug: string; code: string }> {
    try {
      const { competition, cleared } = await this.cleared(slug, code);
      return { audience: 'public', slug: competition.slug, code: cleared.work.code };
    } catch (err) {
      if (!actor?.isOrganiser || !SLUG.test(slug) || !CODE.test(code)) throw err;
      const c = await this.competitions.competitionBySlug(slug);
      const [entry] = c ? await this.entries.entriesByCodes(c.id, [code]) : [];
      if (!c || !entry) throw err;
      return { audience: 'organiser', slug: c.slug, code: entry.code };
    }
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

  /**
   * A file of a public work's adaptive ladder, named by its content hash: asked on every request, so a withdrawal
   * stops it at the origin at once (a CDN in front keeps what it has: docs/deployment.md).
   */
  async ladderFile(slug: string, code: string, hash: string, folder: string | null, file: string): Promise<LadderReply> {
    const { cleared } = await this.cleared(slug, code);
    if (!cleared.hlsKey || cleared.work.ladder?.hash !== hash) throw notPublic(ShowcaseReason.MediaNotFound);
    try {
      return await this.ladders.publicFile(cleared.hlsKey, folder, file);
    } catch {
      throw notPublic(ShowcaseReason.MediaNotFound);
    }
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

  private publicWorks(c: Competition, only?: string[]): Promise<ClearedWork[]> {
    return this.showcase.publicWorks(c, only);
  }
}
