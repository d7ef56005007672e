import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CompetitionThemeNoDefault1795640414301 implements MigrationInterface {
  name = 'CompetitionThemeNoDefault1795640414301';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "competitions" ALTER COLUMN "theme" DROP DEFAULT`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "competitions" ALTER COLUMN "theme" SET DEFAULT '{}'`);
  }
}
