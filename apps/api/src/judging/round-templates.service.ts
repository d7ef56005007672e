import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JudgingReason, Thing } from '@clapper/domain/refusals';
import { finalPlan, nationalPlan, type TemplateCompetition } from '@clapper/domain/round-templates';
import type { Actor } from '../auth/actor.js';
import { DomainError, notFound } from '../common/domain-error.js';
import { AccountsQueries } from '../accounts/accounts.queries.js';
import { CompetitionsQueries } from '../competitions/competitions.queries.js';
import { Round } from './round.entity.js';
import { rubricIn } from '@clapper/domain/content-languages';
import { RoundsService } from './rounds.service.js';
import type { RoundDto } from './dto/round.dto.js';
import type { NationalTemplateResultDto, RoundTemplatesPreviewDto } from './dto/round-template.dto.js';

/**
 * Round templates (libs/domain/src/round-templates.ts): one national round for each participating country that has
 * none, or the regional final with a quota per country, in one action, each round made as RoundsService.create makes
 * one (checked, audit-logged). Screening is no round: each country's coordinators screen its entries, and run its
 * national round; the answers name the countries that have no coordinator yet.
 */
@Injectable()
export class RoundTemplatesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rounds: RoundsService,
    private readonly accounts: AccountsQueries,
    private readonly competitions: CompetitionsQueries,
  ) {}

  async preview(competitionId: string): Promise<RoundTemplatesPreviewDto> {
    const { competition, rounds } = await this.facts(competitionId);
    const national = nationalPlan(competition, rounds);
    const final = finalPlan(competition, rounds);
    const existingFinal = rounds.find((r) => r.kind === 'final');
    return {
      national: {
        create: national.create.map((c) => c.countryCode),
        existing: national.existing,
        withoutCoordinator: await this.withoutCoordinator(competition.countries),
        opensAt: (national.create[0]?.opensAt ?? final.opensAt).toISOString(),
        closesAt: (national.create[0]?.closesAt ?? final.closesAt).toISOString(),
        judgesPerEntry: national.judgesPerEntry,
        blind: national.blind,
        rubricCopied: national.rubricCopied,
        criteria: national.rubric.criteria.length,
      },
      final: {
        available: final.available,
        opensAt: (existingFinal?.opensAt ?? final.opensAt).toISOString(),
        closesAt: (existingFinal?.closesAt ?? final.closesAt).toISOString(),
        countryQuota: existingFinal?.countryQuota ?? final.countryQuota,
        judgesPerEntry: final.judgesPerEntry,
        blind: final.blind,
        rubricCopied: final.rubricCopied,
        criteria: final.rubric.criteria.length,
        countries: competition.countries.length,
      },
    };
  }

  /** Creates the missing national rounds; run again, it creates nothing (a country that got its round meanwhile is skipped). */
  async national(actor: Actor, competitionId: string): Promise<NationalTemplateResultDto> {
    const { competition, rounds, languages } = await this.facts(competitionId);
    const plan = nationalPlan(competition, rounds);
    const created: RoundDto[] = [];
    const existing = [...plan.existing];
    for (const c of plan.create) {
      try {
        created.push(
          await this.rounds.create(actor, {
            competitionId,
            kind: 'national',
            countryCode: c.countryCode,
            opensAt: c.opensAt.toISOString(),
            closesAt: c.closesAt.toISOString(),
            judgesPerEntry: plan.judgesPerEntry,
            blind: plan.blind,
            rubric: rubricIn(plan.rubric, languages),
          }),
        );
      } catch (err) {
        if (!(err instanceof DomainError && err.reason === JudgingReason.NationalRoundExists)) throw err;
        existing.push(c.countryCode);
      }
    }
    return { created, existing: existing.sort(), withoutCoordinator: await this.withoutCoordinator(competition.countries) };
  }

  /** Creates the regional final after the national rounds, with the quota asked for (3 by default); refused when it exists. */
  async final(actor: Actor, competitionId: string, countryQuota?: number): Promise<RoundDto> {
    const { competition, rounds, languages } = await this.facts(competitionId);
    const plan = finalPlan(competition, rounds, countryQuota);
    if (!plan.available) throw new DomainError('conflict', JudgingReason.FinalExists, 'This competition already has a regional final.', {});
    return this.rounds.create(actor, {
      competitionId,
      kind: 'final',
      opensAt: plan.opensAt.toISOString(),
      closesAt: plan.closesAt.toISOString(),
      judgesPerEntry: plan.judgesPerEntry,
      blind: plan.blind,
      countryQuota: plan.countryQuota,
      rubric: rubricIn(plan.rubric, languages),
    });
  }

  private async facts(competitionId: string) {
    const c = await this.competitions.competitionWithCountries(competitionId);
    if (!c) throw notFound(Thing.Competition);
    const competition: TemplateCompetition = {
      countries: (c.countries ?? []).map((x) => x.code),
      submissionClosesAt: c.submissionClosesAt,
      judgingOpensAt: c.judgingOpensAt,
      judgingClosesAt: c.judgingClosesAt,
    };
    const rounds = await this.db.manager.find(Round, { where: { competitionId }, order: { createdAt: 'ASC' } });
    return { competition, rounds, languages: c.languages };
  }

  private async withoutCoordinator(countries: readonly string[]): Promise<string[]> {
    const covered = new Set(await this.accounts.countriesWithCoordinators([...countries]));
    return countries.filter((c) => !covered.has(c)).sort();
  }
}
