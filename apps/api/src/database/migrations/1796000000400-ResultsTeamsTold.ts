import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A competition records when every team was told its results: publication (explicit, or the ceremony time passing
 * after sealing) queues the messages, and a sweep finds the published editions whose teams were not told yet. The
 * editions already public when this runs count as told: their teams are not written to about results long known.
 */
export class ResultsTeamsTold1796000000400 implements MigrationInterface {
  name = 'ResultsTeamsTold1796000000400';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "competitions" ADD "results_teams_told_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `UPDATE "competitions" SET "results_teams_told_at" = now()
        WHERE "results_published_at" <= now() OR ("results_sealed_at" IS NOT NULL AND "ceremony_at" <= now())`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "competitions" DROP COLUMN "results_teams_told_at"`);
  }
}
