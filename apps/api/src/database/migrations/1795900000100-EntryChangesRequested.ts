import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Screening may ask a team for changes: the entry returns to draft with the coordinator's message and a deadline
 * until which the team may resubmit, even after the submission window has closed.
 */
export class EntryChangesRequested1795900000100 implements MigrationInterface {
  name = 'EntryChangesRequested1795900000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "entries" ADD "changes_message" text`);
    await queryRunner.query(`ALTER TABLE "entries" ADD "changes_due_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "entries" ADD "changes_requested_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "entries" ADD "changes_requested_by" uuid`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "entries" DROP COLUMN "changes_requested_by"`);
    await queryRunner.query(`ALTER TABLE "entries" DROP COLUMN "changes_requested_at"`);
    await queryRunner.query(`ALTER TABLE "entries" DROP COLUMN "changes_due_at"`);
    await queryRunner.query(`ALTER TABLE "entries" DROP COLUMN "changes_message"`);
  }
}
