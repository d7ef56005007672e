import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { Thing } from '@clapper/domain/refusals';
import { notFound } from '../common/domain-error.js';
import { methodSentence } from './method-sentence.js';
import { csvDocument } from '../common/csv.js';
import { CompetitionsQueries } from '../competitions/competitions.queries.js';
import { JudgingQueries } from '../judging/judging.queries.js';
import { Award, AwardWinner } from './award.entity.js';
import { ResultsService } from './results.service.js';

/** The results of every round, with the awards, as CSV for the organisers' records. */
@Injectable()
export class ResultsExportService {
  constructor(
    @InjectRepository(Award) private readonly awards: Repository<Award>,
    @InjectRepository(AwardWinner) private readonly winners: Repository<AwardWinner>,
    private readonly results: ResultsService,
    private readonly competitions: CompetitionsQueries,
    private readonly judging: JudgingQueries,
  ) {}

  async csv(_actor: Actor, competitionId: string): Promise<{ fileName: string; body: string }> {
    const competition = await this.competitions.competition(competitionId);
    if (!competition) throw notFound(Thing.Competition);
    const rounds = (await this.judging.roundsOf(competitionId)).sort((a, b) =>
      a.kind === b.kind ? (a.countryCode ?? '').localeCompare(b.countryCode ?? '') : a.kind === 'national' ? -1 : 1,
    );
    const categories = new Map((await this.competitions.categoriesOf(competitionId)).map((c) => [c.id, c.name.en ?? Object.values(c.name)[0]]));
    const awards = await this.awards.find({ where: { competitionId } });
    const winners = awards.length ? await this.winners.find({ where: { awardId: In(awards.map((a) => a.id)) } }) : [];
    const awardName = new Map(awards.map((a) => [a.id, a.name.en]));
    const rows: string[][] = [
      [
        'round',
        'country',
        'rank',
        'code',
        'title',
        'category',
        'entry country',
        'score',
        'raw mean',
        'judges',
        'first places',
        'audience votes',
        'decided by',
        'tied with',
        'awards',
        'method',
      ],
    ];
    for (const round of rounds) {
      const { results, entries } = await this.results.compute(round);
      for (const e of results.entries) {
        const won = winners
          .filter((w) => w.entryId === e.entryId && round.kind === 'final')
          .map(
            (w) =>
              `${awardName.get(w.awardId)}${w.countryCode ? ` (${w.countryCode})` : ''} #${w.place}${w.source === 'override' ? ` [override: ${w.reason}]` : ''}`,
          );
        rows.push([
          round.kind,
          round.countryCode ?? '',
          String(e.rank),
          e.code,
          entries.get(e.entryId)?.title ?? '',
          categories.get(e.categoryId) ?? '',
          e.countryCode,
          e.score === null ? '' : e.score.toFixed(3),
          e.rawMean === null ? '' : e.rawMean.toFixed(3),
          String(e.judges),
          String(e.firstPlaces),
          String(e.audienceVotes),
          e.decidedBy,
          e.tiedWith.join(' '),
          won.join('; '),
          methodSentence(results.method),
        ]);
      }
    }
    return { fileName: `${competition.slug}-results.csv`, body: csvDocument(rows) };
  }
}
