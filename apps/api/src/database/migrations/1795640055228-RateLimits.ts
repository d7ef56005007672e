import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RateLimits1795640055228 implements MigrationInterface {
  name = 'RateLimits1795640055228';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "rate_limit_hits" ("key" character varying(200) NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "count" integer NOT NULL, CONSTRAINT "PK_e1b7468131cdc8e84e1159c7ca9" PRIMARY KEY ("key", "window_start"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_rate_limit_hits_window" ON "rate_limit_hits"  ("window_start") `);
    await queryRunner.query(`ALTER TABLE "competitions" ALTER COLUMN "theme" SET DEFAULT '{}'::jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "competitions" ALTER COLUMN "theme" SET DEFAULT '{}'`);
    await queryRunner.query(`DROP INDEX "public"."ix_rate_limit_hits_window"`);
    await queryRunner.query(`DROP TABLE "rate_limit_hits"`);
  }
}
