import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { SCHOOL_SEARCH_MAX_RESULTS, schoolKey } from '@clapper/domain/schools';
import { AccountsQueries } from '../accounts/accounts.queries.js';
import { AuditService } from '../audit/audit.service.js';
import { CompetitionsQueries } from '../competitions/competitions.queries.js';
import { AccountsReason, Thing } from '@clapper/domain/refusals';
import { fieldRefusal, forbidden, notFound } from '../common/domain-error.js';
import type { Actor } from '../auth/actor.js';
import { Country } from './country.entity.js';
import type { CountryDto, CountryOverviewDto, CreateCountryDto, SchoolDto } from './dto/country.dto.js';

@Injectable()
export class CountriesService {
  constructor(
    @InjectRepository(Country) private readonly countries: Repository<Country>,
    private readonly audit: AuditService,
    private readonly accounts: AccountsQueries,
    private readonly competitions: CompetitionsQueries,
  ) {}

  async list(): Promise<CountryDto[]> {
    const rows = await this.countries.find({ order: { code: 'ASC' } });
    return rows.map((c) => ({ code: c.code, names: c.names }));
  }

  async create(actor: Actor, dto: CreateCountryDto): Promise<CountryDto> {
    const repo = this.countries;
    if (await repo.exists({ where: { code: dto.code } }))
      throw fieldRefusal('code', AccountsReason.CountryExists, { country: dto.code }, `${dto.code} is already a participating country.`);
    await repo.insert({ code: dto.code, names: dto.names });
    await this.audit.record({ actorId: actor.userId, action: 'country.created', subjectType: 'country', subjectId: dto.code, after: dto.names });
    return { code: dto.code, names: dto.names };
  }

  async update(actor: Actor, code: string, names: Record<string, string>): Promise<CountryDto> {
    const repo = this.countries;
    const before = await repo.findOne({ where: { code } });
    if (!before) throw notFound(Thing.Country);
    await repo.update({ code }, { names });
    await this.audit.record({ actorId: actor.userId, action: 'country.updated', subjectType: 'country', subjectId: code, before: before.names, after: names });
    return { code, names };
  }

  /**
   * The one search of the school directory: schools whose name contains q (names starting with it first), in one
   * country or all, SCHOOL_SEARCH_MAX_RESULTS at most; never the whole directory. % _ and \ in q are plain text.
   */
  async schools(countryCode: string | undefined, q: string): Promise<SchoolDto[]> {
    const key = schoolKey(q).replace(/[\\%_]/g, (c) => `\\${c}`);
    return this.accounts.searchSchools(key, countryCode, SCHOOL_SEARCH_MAX_RESULTS);
  }

  /** A coordinator's view of their own country; organisers may open any. */
  async overview(actor: Actor, code: string): Promise<CountryOverviewDto> {
    if (!actor.canManageCountry(code)) throw forbidden('Coordinators see their own country only.');
    const country = await this.countries.findOne({ where: { code } });
    if (!country) throw notFound(Thing.Country);
    const competitions = await this.competitions.competitionsOfCountry(code);
    const schools = await this.accounts.schoolsOfCountry(code);
    const accountsByRole = await this.accounts.accountsByRole(code);
    return {
      country: { code: country.code, names: country.names },
      competitions: competitions.map((c) => ({
        id: c.id,
        slug: c.slug,
        name: c.name,
        status: c.status,
        submissionOpensAt: new Date(c.opens).toISOString(),
        submissionClosesAt: new Date(c.closes).toISOString(),
      })),
      schools,
      accountsByRole,
    };
  }
}
