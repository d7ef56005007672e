import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Password reset (a single-use link valid 30 minutes, of which only the SHA-256 is stored) and sign-up confirmation:
 * a self sign-up cannot sign in until the link mailed to its address is opened. Accounts that exist already are not
 * pending: they keep signing in as before.
 */
export class AccountRecovery1795700000600 implements MigrationInterface {
  name = 'AccountRecovery1795700000600';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "password_reset_token_hash" character(64)`);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "UQ_fed7c6bd316b83a0b8580cd1cad" UNIQUE ("password_reset_token_hash")`);
    await queryRunner.query(`ALTER TABLE "users" ADD "password_reset_expires_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "users" ADD "sign_up_pending" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "sign_up_pending"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "password_reset_expires_at"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "UQ_fed7c6bd316b83a0b8580cd1cad"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "password_reset_token_hash"`);
  }
}
