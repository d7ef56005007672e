import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CompetitionRulesText1795669024275 implements MigrationInterface {
  name = 'CompetitionRulesText1795669024275';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "competitions" ADD "rules_text" jsonb NOT NULL DEFAULT '{}'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "competitions" DROP COLUMN "rules_text"`);
  }
}
