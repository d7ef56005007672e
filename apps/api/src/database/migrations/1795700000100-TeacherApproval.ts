import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A teacher's link to a school is pending until the country's coordinator (or an organiser) approves it, or it comes
 * from a coordinator's invitation. Teacher grants that nobody vouched for (self-declared at sign-up, no granted_by)
 * become pending: they gave the school's entries to anyone who typed its name.
 */
export class TeacherApproval1795700000100 implements MigrationInterface {
  name = 'TeacherApproval1795700000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "role_grants" ADD "status" character varying(10) NOT NULL DEFAULT 'active'`);
    await queryRunner.query(`ALTER TABLE "role_grants" ADD "decided_by" uuid`);
    await queryRunner.query(`ALTER TABLE "role_grants" ADD "decided_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`UPDATE "role_grants" SET "status" = 'pending' WHERE "role" = 'teacher' AND "granted_by" IS NULL`);
    await queryRunner.query(
      `ALTER TABLE "role_grants" ADD CONSTRAINT "ck_role_grants_status" CHECK ("status" IN ('active','pending','refused') AND ("status" = 'active' OR "role" = 'teacher'))`,
    );
    await queryRunner.query(`ALTER TABLE "invitations" ADD "school_id" uuid`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "ck_invitations_role"`);
    await queryRunner.query(`ALTER TABLE "invitations" ADD CONSTRAINT "ck_invitations_role" CHECK ("role" IN ('organiser','coordinator','judge','teacher'))`);
    await queryRunner.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "ck_invitations_teacher_school" CHECK ("role" <> 'teacher' OR ("school_id" IS NOT NULL AND "country_code" IS NOT NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "FK_783b04bd5748441e8758af5be53" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_783b04bd5748441e8758af5be53"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "ck_invitations_teacher_school"`);
    await queryRunner.query(`DELETE FROM "invitations" WHERE "role" = 'teacher'`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "ck_invitations_role"`);
    await queryRunner.query(`ALTER TABLE "invitations" ADD CONSTRAINT "ck_invitations_role" CHECK ("role" IN ('organiser','coordinator','judge'))`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP COLUMN "school_id"`);
    await queryRunner.query(`ALTER TABLE "role_grants" DROP CONSTRAINT "ck_role_grants_status"`);
    await queryRunner.query(`DELETE FROM "role_grants" WHERE "status" <> 'active'`);
    await queryRunner.query(`ALTER TABLE "role_grants" DROP COLUMN "decided_at"`);
    await queryRunner.query(`ALTER TABLE "role_grants" DROP COLUMN "decided_by"`);
    await queryRunner.query(`ALTER TABLE "role_grants" DROP COLUMN "status"`);
  }
}
