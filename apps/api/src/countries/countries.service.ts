import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CompetitionStatus } from '@clapper/domain/competitions';
import { SCHOOL_SEARCH_MAX_RESULTS, schoolKey } from '@clapper/domain/schools';
import { AuditService } from '../audit/audit.service.js';
import { AccountsReason, Thing } from '@clapper/domain/refusals';
import { fieldRefusal, forbidden, notFound } from '../common/domain-error.js';
import type { Actor } from '../auth/actor.js';
import { Country } from './country.entity.js';
import type { CountryDto, CountryOverviewDto, CreateCountryDto, SchoolDto } from './dto/country.dto.js';

/** A competition the country takes part in, as the overview's query reads it. */
type CompetitionRow = { id: string; slug: string; name: Record<string, string>; status: CompetitionStatus; opens: Date; closes: Date };

@Injectable()
export class CountriesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<CountryDto[]> {
    const rows = await this.db.getRepository(Country).find({ order: { code: 'ASC' } });
    return rows.map((c) => ({ code: c.code, names: c.names }));
  }

  async create(actor: Actor, dto: CreateCountryDto): Promise<CountryDto> {
    const repo = this.db.getRepository(Country);
    if (await repo.exists({ where: { code: dto.code } }))
      throw fieldRefusal('code', AccountsReason.CountryExists, { country: dto.code }, `${dto.code} is already a participating country.`);
    await repo.insert({ code: dto.code, names: dto.names });
    await this.audit.record({ actorId: actor.userId, action: 'country.created', subjectType: 'country', subjectId: dto.code, after: dto.names });
    return { code: dto.code, names: dto.names };
  }

  async update(actor: Actor, code: string, names: Record<string, string>): Promise<CountryDto> {
    const repo = this.db.getRepository(Country);
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
    const rows: { id: string; name: string; country_code: string }[] = await this.db.query(
      `SELECT id, name, country_code FROM schools
        WHERE name_key LIKE '%' || $1 || '%' ESCAPE '\\' AND ($2::char(2) IS NULL OR country_code = $2)
        ORDER BY (name_key LIKE $1 || '%' ESCAPE '\\') DESC, name ASC, country_code ASC LIMIT $3`,
      [key, countryCode ?? null, SCHOOL_SEARCH_MAX_RESULTS],
    );
    return rows.map((s) => ({ id: s.id, name: s.name, countryCode: s.country_code }));
  }

  /** A coordinator's view of their own country; organisers may open any. */
  async overview(actor: Actor, code: string): Promise<CountryOverviewDto> {
    if (!actor.canManageCountry(code)) throw forbidden('Coordinators see their own country only.');
    const country = await this.db.getRepository(Country).findOne({ where: { code } });
    if (!country) throw notFound(Thing.Country);
    const competitions: CompetitionRow[] = await this.db.query(
      `SELECT c.id, c.slug, c.name, c.status, c.submission_opens_at AS opens, c.submission_closes_at AS closes
         FROM competitions c JOIN competition_countries cc ON cc.competition_id = c.id
        WHERE cc.country_code = $1 ORDER BY c.submission_opens_at DESC`,
      [code],
    );
    const schools: { id: string; name: string; students: string; teachers: string }[] = await this.db.query(
      `SELECT s.id, s.name,
              count(*) FILTER (WHERE g.role = 'student') AS students,
              count(*) FILTER (WHERE g.role = 'teacher' AND g.status = 'active') AS teachers
         FROM schools s LEFT JOIN role_grants g ON g.school_id = s.id
        WHERE s.country_code = $1 GROUP BY s.id, s.name ORDER BY s.name`,
      [code],
    );
    const roles: { role: string; n: string }[] = await this.db.query(
      `SELECT g.role, count(DISTINCT g.user_id) AS n FROM role_grants g JOIN users u ON u.id = g.user_id
        WHERE (u.country_code = $1 OR g.country_code = $1) AND g.status = 'active' GROUP BY g.role`,
      [code],
    );
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
      schools: schools.map((s) => ({ id: s.id, name: s.name, students: Number(s.students), teachers: Number(s.teachers) })),
      accountsByRole: Object.fromEntries(roles.map((r) => [r.role, Number(r.n)])),
    };
  }
}
