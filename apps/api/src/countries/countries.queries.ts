import { Injectable, Module } from '@nestjs/common';
import { InjectRepository, TypeOrmModule } from '@nestjs/typeorm';
import { In, type EntityManager, type Repository } from 'typeorm';
import { Country } from './country.entity.js';

// Other modules may name these types; only this module holds the classes that open their tables.
export type { Country };

/**
 * What other modules may read of the countries: the countries module owns that table, and other modules come through
 * here (issue 14; eslint.config.mjs enforces it). A method takes the caller's EntityManager when it must see or join the
 * caller's transaction.
 */
@Injectable()
export class CountriesQueries {
  constructor(@InjectRepository(Country) private readonly countries: Repository<Country>) {}

  /** Every country, by code. */
  allCountries(m?: EntityManager): Promise<Country[]> {
    return (m ?? this.countries.manager).find(Country, { order: { code: 'ASC' } });
  }

  /** The countries with these codes (unknown codes are left out). */
  async countriesByCodes(codes: string[], m?: EntityManager): Promise<Country[]> {
    const unique = [...new Set(codes)];
    return unique.length ? (m ?? this.countries.manager).find(Country, { where: { code: In(unique) } }) : [];
  }
}

/** The countries query service on its own: a leaf module that any module imports without an import cycle. */
@Module({ imports: [TypeOrmModule.forFeature([Country])], providers: [CountriesQueries], exports: [CountriesQueries] })
export class CountriesQueriesModule {}
