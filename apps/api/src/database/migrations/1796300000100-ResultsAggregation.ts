import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How a round combines its judges' totals (issue 19): 'auto' (the mean where every judge scored every entry, the
 * calibration otherwise), 'mean', 'zscore' or 'calibrated', in place of the normalise flag. Rounds that already have
 * a submitted scorecard keep the results they had: the flag becomes 'zscore', its absence 'mean'. Rounds without one
 * take the new default.
 */
export class ResultsAggregation1796300000100 implements MigrationInterface {
  name = 'ResultsAggregation1796300000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rounds" ADD "aggregation" character varying(12) NOT NULL DEFAULT 'auto'`);
    await queryRunner.query(`
      UPDATE "rounds" r SET "aggregation" = CASE
        WHEN r."normalise" THEN 'zscore'
        WHEN EXISTS (
          SELECT 1 FROM "scorecards" s JOIN "round_entries" re ON re."id" = s."round_entry_id"
          WHERE re."round_id" = r."id" AND s."status" IN ('submitted', 'locked')
        ) THEN 'mean'
        ELSE 'auto' END`);
    await queryRunner.query(`ALTER TABLE "rounds" DROP COLUMN "normalise"`);
    await queryRunner.query(`ALTER TABLE "rounds" ADD CONSTRAINT "ck_rounds_aggregation" CHECK ("aggregation" IN ('auto','mean','zscore','calibrated'))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rounds" DROP CONSTRAINT "ck_rounds_aggregation"`);
    await queryRunner.query(`ALTER TABLE "rounds" ADD "normalise" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`UPDATE "rounds" SET "normalise" = ("aggregation" = 'zscore')`);
    await queryRunner.query(`ALTER TABLE "rounds" DROP COLUMN "aggregation"`);
  }
}
