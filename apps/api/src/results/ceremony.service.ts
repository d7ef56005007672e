import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { byPosition } from '@clapper/domain/awards';
import type { Actor } from '../auth/actor.js';
import { Clock } from '../clock/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { absolute, showcasePaths } from '../showcase/showcase-paths.js';
import { ResultsReason, Thing, type Problem } from '@clapper/domain/refusals';
import { DomainError, notFound } from '../common/domain-error.js';
import { CompetitionsQueries } from '../competitions/competitions.queries.js';
import { CountriesQueries } from '../countries/countries.queries.js';
import { EntriesQueries } from '../entries/entries.queries.js';
import { PLAYBACK_SECONDS, VideoPlaybackService } from '../videos/video-playback.service.js';
import { Award, AwardWinner } from './award.entity.js';
import { AwardsService } from './awards.service.js';
import { ResultsService } from './results.service.js';
import type { CeremonyDto, CeremonyEntryDto, CeremonyRevealDto, SealBlocker } from './dto/results.dto.js';

/**
 * The deck the organiser steps through at the awards ceremony: award by award (the best entry per country,
 * country by country), the nominees, then the winners with their videos. Organisers only, once the results are
 * sealed: the deck is how sealed results are revealed. Rehearsing it changes nothing: the results stay sealed, and
 * nothing is public, until the organiser publishes them (or the ceremony time passes).
 */
@Injectable()
export class CeremonyService {
  constructor(
    @InjectRepository(Award) private readonly awardsRepo: Repository<Award>,
    @InjectRepository(AwardWinner) private readonly winnersRepo: Repository<AwardWinner>,
    private readonly clock: Clock,
    private readonly awards: AwardsService,
    private readonly results: ResultsService,
    private readonly playback: VideoPlaybackService,
    private readonly competitions: CompetitionsQueries,
    private readonly countriesQueries: CountriesQueries,
    private readonly entries: EntriesQueries,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async deck(_actor: Actor, competitionId: string): Promise<CeremonyDto> {
    const competition = await this.competitions.competition(competitionId);
    if (!competition) throw notFound(Thing.Competition);
    const awards = (await this.awardsRepo.find({ where: { competitionId } })).sort(byPosition);
    const winners = awards.length ? await this.winnersRepo.find({ where: { awardId: In(awards.map((a) => a.id)) } }) : [];
    const final = await this.awards.finalRound(competitionId);
    const publication = this.awards.publication(competition, final, awards, winners);
    // the deck reveals sealed results only: before sealing, say what stands in the way of sealing (none: seal first)
    if (publication.state === 'open')
      throw new DomainError(
        'conflict',
        ResultsReason.CeremonyNotSealed,
        publication.blockers.length
          ? `Seal the results before the ceremony; first: ${publication.blockers.map((b) => b.reason).join(', ')}.`
          : 'Seal the results before the ceremony: the deck reveals sealed results.',
        // the blockers are the seal refusal's own problems (AwardsService.publication), typed there
        { problems: publication.blockers as Problem<SealBlocker>[] },
      );
    // the final's results are computed once, for the nominees
    const suggestions = final
      ? this.awards.suggest(awards, await this.results.compute(final))
      : { reveals: [] as { awardId: string; countryCode: string | null; nominees: string[] }[] };

    const reveals: { award: Award; countryCode: string | null; nominees: string[]; winners: AwardWinner[] }[] = [];
    for (const award of awards) {
      const own = winners.filter((w) => w.awardId === award.id);
      const countries = award.kind === 'country_best' ? [...new Set(own.map((w) => w.countryCode))].sort() : [null];
      for (const countryCode of countries) {
        const theseWinners = own.filter((w) => w.countryCode === countryCode).sort((a, b) => a.place - b.place);
        const suggested = suggestions.reveals.find((r) => r.awardId === award.id && r.countryCode === countryCode)?.nominees ?? [];
        const nominees = [...new Set([...theseWinners.map((w) => w.entryId), ...suggested])];
        reveals.push({ award, countryCode, nominees, winners: theseWinners });
      }
    }

    const entryIds = [...new Set(reveals.flatMap((r) => r.nominees))];
    const entries = await this.entries.entriesByIds(entryIds);
    const byId = new Map(entries.map((e) => [e.id, e]));
    const credits = await this.entries.publicCredits(entries);
    const countries = new Map((await this.countriesQueries.allCountries()).map((c) => [c.code, c.names]));
    const categories = new Map((await this.competitions.categoriesByIds(entries.map((e) => e.categoryId))).map((c) => [c.id, c.name]));
    const winnerIds = new Set(winners.map((w) => w.entryId));
    const media = new Map(await Promise.all(entryIds.map(async (id) => [id, await this.playback.media(id)] as const)));

    // nominees in code order, not by rank, so the screen gives nothing away before the winner is revealed
    const byCode = (a: string, b: string) => (byId.get(a)!.code < byId.get(b)!.code ? -1 : 1);
    const entryDto = (id: string): CeremonyEntryDto => {
      const e = byId.get(id)!;
      const md = media.get(id)!;
      const isWinner = winnerIds.has(id);
      return {
        entryId: id,
        code: e.code,
        title: e.title,
        countryCode: e.countryCode,
        countryName: countries.get(e.countryCode) ?? { en: e.countryCode },
        categoryName: categories.get(e.categoryId) ?? {},
        credits: credits.get(id)?.byline ?? '',
        creditNames: credits.get(id)?.names ?? [],
        posterUrl: md.playback?.posterUrl ?? null,
        videoUrl: isWinner ? (md.playback?.url ?? null) : null,
        hlsUrl: isWinner ? (md.playback?.hls?.url ?? null) : null,
        subtitles: isWinner ? md.subtitles.map((s) => ({ language: s.language, url: s.url })) : [],
        // the audience scans the winner's showcase page off the screen
        publicUrl: isWinner ? absolute(this.config.publicUrl, showcasePaths.entry(competition.slug, e.code)) : null,
        qrUrl: isWinner ? showcasePaths.qr(competition.slug, e.code) : null,
      };
    };

    return {
      competitionId,
      competitionName: competition.name,
      languages: competition.languages,
      language: competition.ceremonyLanguage && competition.languages.includes(competition.ceremonyLanguage) ? competition.ceremonyLanguage : null,
      publication,
      reveals: reveals.map((r): CeremonyRevealDto => ({
        awardId: r.award.id,
        awardName: r.award.name,
        description: r.award.description,
        countryCode: r.countryCode,
        countryName: r.countryCode ? (countries.get(r.countryCode) ?? { en: r.countryCode }) : null,
        nominees: [...r.nominees].sort(byCode).map(entryDto),
        winners: r.winners.map((w) => entryDto(w.entryId)),
      })),
      expiresAt: new Date(this.clock.now().getTime() + PLAYBACK_SECONDS * 1000).toISOString(),
    };
  }
}
