import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ASEAN_JAPAN_COUNTRIES } from '@clapper/domain/countries';

/** Data: the participating countries (the ASEAN member states, Timor-Leste included, and Japan). Editable afterwards. */
export class SeedCountries1795639845814 implements MigrationInterface {
  name = 'SeedCountries1795639845814';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const c of ASEAN_JAPAN_COUNTRIES) {
      await queryRunner.query(`INSERT INTO "countries" ("code", "names") VALUES ($1, $2) ON CONFLICT ("code") DO NOTHING`, [c.code, JSON.stringify(c.names)]);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "countries" WHERE "code" = ANY($1) AND NOT EXISTS (SELECT 1 FROM "users" u WHERE u.country_code = "countries"."code")`,
      [ASEAN_JAPAN_COUNTRIES.map((c) => c.code)],
    );
  }
}
