import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The adaptive ladder of a video (issue 18): where its HLS files are stored, their content hash (the name they are
 * served under), its rungs, its seeking previews' layout, and how long the processing run took.
 */
export class HlsLadder1796200000100 implements MigrationInterface {
  name = 'HlsLadder1796200000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "video_assets" ADD "hls_key" character varying(300)`);
    await queryRunner.query(`ALTER TABLE "video_assets" ADD "hls_hash" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "video_assets" ADD "hls_rungs" jsonb`);
    await queryRunner.query(`ALTER TABLE "video_assets" ADD "sprite" jsonb`);
    await queryRunner.query(`ALTER TABLE "video_assets" ADD "processing_seconds" real`);
    await queryRunner.query(`CREATE INDEX "ix_video_assets_hls_hash" ON "video_assets" ("hls_hash") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_video_assets_hls_hash"`);
    await queryRunner.query(`ALTER TABLE "video_assets" DROP COLUMN "processing_seconds"`);
    await queryRunner.query(`ALTER TABLE "video_assets" DROP COLUMN "sprite"`);
    await queryRunner.query(`ALTER TABLE "video_assets" DROP COLUMN "hls_rungs"`);
    await queryRunner.query(`ALTER TABLE "video_assets" DROP COLUMN "hls_hash"`);
    await queryRunner.query(`ALTER TABLE "video_assets" DROP COLUMN "hls_key"`);
  }
}
