import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { rankWithin } from '@clapper/domain/results';
import type { Actor } from '../auth/actor.js';
import { Clock } from '../clock/clock.js';
import { CompetitionsQueries, type Competition } from '../competitions/competitions.queries.js';
import type { Entry } from '../entries/entries.queries.js';
import { EntryAccess } from '../entries/entry-access.service.js';
import { JudgingQueries } from '../judging/judging.queries.js';
import { AwardWinner, type Award } from './award.entity.js';
import { certificateLanguages } from './certificates.service.js';
import { publicationState, publishedAt } from './publication.js';
import { ResultsService, type ComputedRound } from './results.service.js';
import type { TeamResultDto } from './dto/results.dto.js';

/**
 * A team's own results: nothing until publication (sealed results are sealed for teams too), then its ranks,
 * awards, the judges' feedback for the team (never their private notes, never their names) and its certificates.
 */
@Injectable()
export class TeamResultsService {
  constructor(
    @InjectRepository(AwardWinner) private readonly winners: Repository<AwardWinner>,
    private readonly clock: Clock,
    private readonly access: EntryAccess,
    private readonly results: ResultsService,
    private readonly competitions: CompetitionsQueries,
    private readonly judging: JudgingQueries,
  ) {}

  async forEntry(actor: Actor, entryId: string): Promise<TeamResultDto> {
    const { entry } = await this.access.view(actor, entryId);
    return this.of(entry);
  }

  /**
   * An entry's results as its team sees them. `computed` keeps each round's results across calls, so that telling every
   * team of an edition (results-notices.ts) computes each round once.
   */
  async of(entry: Entry, computed = new Map<string, Promise<ComputedRound>>()): Promise<TeamResultDto> {
    const competition = await this.competitions.competitionOrFail(entry.competitionId);
    const now = this.clock.now();
    const state = publicationState(competition, now);
    const empty: TeamResultDto = { state, published: false, publishedAt: null, rounds: [], awards: [], feedback: [], certificates: [] };
    if (state !== 'published') return empty;

    const roundEntries = await this.judging.roundEntriesOfEntry(entry.id);
    const rounds = await this.judging.closedRoundsAmong(roundEntries.map((re) => re.roundId));
    const out: TeamResultDto['rounds'] = [];
    const feedback: TeamResultDto['feedback'] = [];
    for (const round of rounds.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'national' ? -1 : 1))) {
      if (!computed.has(round.id)) computed.set(round.id, this.results.compute(round));
      const { results } = await computed.get(round.id)!;
      const mine = results.entries.find((e) => e.entryId === entry.id);
      if (!mine) continue;
      const inCategory = rankWithin(results, (e) => e.categoryId === entry.categoryId, round.tieDecisions).entries;
      out.push({
        roundId: round.id,
        kind: round.kind,
        countryCode: round.countryCode,
        rank: mine.rank,
        of: results.entries.length,
        categoryRank: inCategory.find((e) => e.entryId === entry.id)!.rank,
        ofInCategory: inCategory.length,
        score: mine.score,
        judges: mine.judges,
        // the parts name judges and other teams' entries: never a team's to see
        method: { ...results.method, parts: [] },
      });
      const re = roundEntries.find((x) => x.roundId === round.id)!;
      const cards = await this.judging.submittedScorecardsOfRoundEntry(re.id);
      cards.forEach((c, i) => {
        if (c.teamFeedback.trim()) feedback.push({ roundKind: round.kind, judge: i + 1, text: c.teamFeedback.trim() });
      });
    }
    const won = await this.winners.find({ where: { entryId: entry.id }, relations: { award: true } });
    const awards = won
      .filter((w) => w.award!.competitionId === competition.id)
      .sort((a, b) => a.award!.position - b.award!.position)
      .map((w) => ({ awardId: w.awardId, name: w.award!.name, place: w.place, forCountry: w.countryCode }));
    return {
      state,
      published: true,
      publishedAt: publishedAt(competition, now)?.toISOString() ?? null,
      rounds: out,
      awards,
      feedback,
      certificates: this.certificates(
        entry,
        competition,
        awards.map((a) => ({ id: a.awardId, name: a.name })),
      ),
    };
  }

  /** A participation certificate for every submitted entry, and one per award won; in English and the competition's languages. */
  certificates(entry: Entry, competition: Competition, awards: Pick<Award, 'id' | 'name'>[]): TeamResultDto['certificates'] {
    if (entry.status !== 'submitted') return [];
    const languages = certificateLanguages(competition);
    return [
      ...awards.map((a) => ({ kind: 'award' as const, awardId: a.id, awardName: a.name, languages })),
      { kind: 'participation', awardId: null, awardName: null, languages },
    ];
  }
}
