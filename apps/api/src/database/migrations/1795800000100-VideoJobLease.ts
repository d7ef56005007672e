import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A video being processed is held by one run through a lease it renews, so that the run of a worker that died is
 * taken over within a minute instead of hours; the runs are counted, so a video that keeps failing ends rejected;
 * and the clean-up records when it deleted the original of a rejected video.
 */
export class VideoJobLease1795800000100 implements MigrationInterface {
  name = 'VideoJobLease1795800000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "video_assets" ADD "lease_owner" character varying(100)`);
    await queryRunner.query(`ALTER TABLE "video_assets" ADD "lease_until" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "video_assets" ADD "job_id" uuid`);
    await queryRunner.query(`ALTER TABLE "video_assets" ADD "attempts" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "video_assets" ADD "original_deleted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "ix_video_assets_status" ON "video_assets" ("status") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_video_assets_status"`);
    await queryRunner.query(`ALTER TABLE "video_assets" DROP COLUMN "original_deleted_at"`);
    await queryRunner.query(`ALTER TABLE "video_assets" DROP COLUMN "attempts"`);
    await queryRunner.query(`ALTER TABLE "video_assets" DROP COLUMN "job_id"`);
    await queryRunner.query(`ALTER TABLE "video_assets" DROP COLUMN "lease_until"`);
    await queryRunner.query(`ALTER TABLE "video_assets" DROP COLUMN "lease_owner"`);
  }
}
