import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Guardians consent for themselves: the link goes only to the guardian's email (never to the team), and the ledger
 * records how consent came (method 'email_link' or 'signed_form'; 'account' for participants), the address and
 * language of the email and when it went, the language of the text agreed to, a guardian's refusal, and a
 * coordinator's demand for a signed form (which closes the email-link route for that member).
 */
export class GuardianConsentByEmail1795700000300 implements MigrationInterface {
  name = 'GuardianConsentByEmail1795700000300';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "consents" ALTER COLUMN "method" TYPE character varying(12)`);
    await queryRunner.query(`UPDATE "consents" SET "method" = 'email_link' WHERE "method" = 'link'`);
    await queryRunner.query(`UPDATE "consents" SET "method" = 'signed_form' WHERE "method" = 'form'`);
    await queryRunner.query(`ALTER TABLE "consents" ADD "email_language" character varying(10)`);
    await queryRunner.query(`ALTER TABLE "consents" ADD "link_sent_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "consents" ADD "text_language" character varying(10)`);
    await queryRunner.query(`ALTER TABLE "consents" ADD "refused_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "consents" ADD "form_required_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "consents" ADD "form_required_by" uuid`);
    await queryRunner.query(`ALTER TABLE "consents" DROP CONSTRAINT "ck_consents_status"`);
    await queryRunner.query(
      `ALTER TABLE "consents" ADD CONSTRAINT "ck_consents_status" CHECK ("status" IN ('requested','given','refused','form_required','pending_verification','rejected','withdrawn'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "consents" ADD CONSTRAINT "ck_consents_method" CHECK ("method" IS NULL OR "method" IN ('account','email_link','signed_form'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "consents" DROP CONSTRAINT "ck_consents_method"`);
    await queryRunner.query(`ALTER TABLE "consents" DROP CONSTRAINT "ck_consents_status"`);
    await queryRunner.query(`UPDATE "consents" SET "status" = 'requested' WHERE "status" IN ('refused','form_required')`);
    await queryRunner.query(
      `ALTER TABLE "consents" ADD CONSTRAINT "ck_consents_status" CHECK ("status" IN ('requested','given','pending_verification','rejected','withdrawn'))`,
    );
    await queryRunner.query(`ALTER TABLE "consents" DROP COLUMN "form_required_by"`);
    await queryRunner.query(`ALTER TABLE "consents" DROP COLUMN "form_required_at"`);
    await queryRunner.query(`ALTER TABLE "consents" DROP COLUMN "refused_at"`);
    await queryRunner.query(`ALTER TABLE "consents" DROP COLUMN "text_language"`);
    await queryRunner.query(`ALTER TABLE "consents" DROP COLUMN "link_sent_at"`);
    await queryRunner.query(`ALTER TABLE "consents" DROP COLUMN "email_language"`);
    await queryRunner.query(`UPDATE "consents" SET "method" = 'link' WHERE "method" = 'email_link'`);
    await queryRunner.query(`UPDATE "consents" SET "method" = 'form' WHERE "method" = 'signed_form'`);
    await queryRunner.query(`ALTER TABLE "consents" ALTER COLUMN "method" TYPE character varying(10)`);
  }
}
