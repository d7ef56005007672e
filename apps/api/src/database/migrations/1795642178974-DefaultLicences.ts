import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DEFAULT_LICENCE_BODY, DEFAULT_LICENCE_TITLE } from '@clapper/domain/licence';

/** Data: every existing competition gets version 1 of the default licence (new ones get it when created). */
export class DefaultLicences1795642178974 implements MigrationInterface {
  name = 'DefaultLicences1795642178974';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO "licence_versions" ("competition_id", "version", "title", "body")
       SELECT c.id, 1, $1, $2 FROM "competitions" c
       WHERE NOT EXISTS (SELECT 1 FROM "licence_versions" l WHERE l.competition_id = c.id)`,
      [DEFAULT_LICENCE_TITLE, DEFAULT_LICENCE_BODY],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "licence_versions" WHERE "version" = 1 AND NOT EXISTS (SELECT 1 FROM "licence_grants" g WHERE g.licence_version_id = "licence_versions"."id")`,
    );
  }
}
