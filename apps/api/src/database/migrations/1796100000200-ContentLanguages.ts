import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organiser texts in every language of the competition: a round's own name (empty: its label is made from its kind
 * and country), the signature appended to the emails about a competition, and the language its ceremony is shown in
 * (null: the competition's first language the presenter reads, else English).
 */
export class ContentLanguages1796100000200 implements MigrationInterface {
  name = 'ContentLanguages1796100000200';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rounds" ADD "name" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "competitions" ADD "email_signature" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "competitions" ADD "ceremony_language" character varying(16)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "competitions" DROP COLUMN "ceremony_language"`);
    await queryRunner.query(`ALTER TABLE "competitions" DROP COLUMN "email_signature"`);
    await queryRunner.query(`ALTER TABLE "rounds" DROP COLUMN "name"`);
  }
}
