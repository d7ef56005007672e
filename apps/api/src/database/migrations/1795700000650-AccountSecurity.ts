import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed sign-ins are counted per (account, client address), so that failures slow down the client that fails and
 * never lock the account's owner out; sessions keep the browser's User-Agent to describe the device in the list of
 * sessions. Earlier failures have no address and are only kept for minutes: they are dropped.
 */
export class AccountSecurity1795700000650 implements MigrationInterface {
  name = 'AccountSecurity1795700000650';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "sign_in_failures"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sign_in_failures_email_at"`);
    await queryRunner.query(`ALTER TABLE "sign_in_failures" ADD "client_address" character varying(64) NOT NULL`);
    await queryRunner.query(`CREATE INDEX "ix_sign_in_failures_email_client_at" ON "sign_in_failures" ("email", "client_address", "at") `);
    await queryRunner.query(`CREATE INDEX "ix_sign_in_failures_client_at" ON "sign_in_failures" ("client_address", "at") `);
    await queryRunner.query(`ALTER TABLE "sessions" ADD "user_agent" character varying(512)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "user_agent"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sign_in_failures_client_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sign_in_failures_email_client_at"`);
    await queryRunner.query(`ALTER TABLE "sign_in_failures" DROP COLUMN "client_address"`);
    await queryRunner.query(`CREATE INDEX "ix_sign_in_failures_email_at" ON "sign_in_failures" ("email", "at") `);
  }
}
