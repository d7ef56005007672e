import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Entries1795642178973 implements MigrationInterface {
  name = 'Entries1795642178973';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "team_members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entry_id" uuid NOT NULL, "full_name" character varying(120) NOT NULL, "role" character varying(60) NOT NULL, "date_of_birth" date NOT NULL, "school_name" character varying(200) NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_ca3eae89dcf20c9fd95bf7460aa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_team_members_entry" ON "team_members"  ("entry_id") `);
    await queryRunner.query(
      `CREATE TABLE "entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(20) NOT NULL, "competition_id" uuid NOT NULL, "category_id" uuid NOT NULL, "country_code" character(2) NOT NULL, "school_id" uuid NOT NULL, "owner_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "synopsis_original" text NOT NULL DEFAULT '', "synopsis_english" text NOT NULL DEFAULT '', "video_language" character varying(12) NOT NULL, "supervising_teacher_name" character varying(120), "supervising_teacher_email" character varying(254), "sources" text NOT NULL DEFAULT '', "status" character varying(12) NOT NULL DEFAULT 'draft', "submitted_at" TIMESTAMP WITH TIME ZONE, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "eligibility" character varying(12) NOT NULL DEFAULT 'pending', "eligibility_reason" text, "screened_by" uuid, "screened_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_entries_eligibility" CHECK ("eligibility" IN ('pending','eligible','ineligible')), CONSTRAINT "ck_entries_status" CHECK ("status" IN ('draft','submitted','withdrawn')), CONSTRAINT "PK_23d4e7e9b58d9939f113832915b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_entries_code" ON "entries"  ("competition_id", "code") `);
    await queryRunner.query(`CREATE INDEX "ix_entries_school" ON "entries"  ("school_id") `);
    await queryRunner.query(`CREATE INDEX "ix_entries_competition_country" ON "entries"  ("competition_id", "country_code") `);
    await queryRunner.query(
      `CREATE TABLE "licence_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "competition_id" uuid NOT NULL, "version" integer NOT NULL, "title" character varying(200) NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9a70d18317ece661aa0fd175b47" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_licence_versions" ON "licence_versions"  ("competition_id", "version") `);
    await queryRunner.query(
      `CREATE TABLE "licence_grants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entry_id" uuid NOT NULL, "licence_version_id" uuid NOT NULL, "accepted_by" uuid NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_dd7b71ce6b7c1e60b0b341a9a0d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_licence_grants_entry" ON "licence_grants"  ("entry_id") `);
    await queryRunner.query(
      `CREATE TABLE "consents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entry_id" uuid NOT NULL, "member_id" uuid NOT NULL, "kind" character varying(12) NOT NULL, "status" character varying(24) NOT NULL DEFAULT 'requested', "method" character varying(10), "text_version" character varying(40), "given_by_name" character varying(120), "given_by_user_id" uuid, "guardian_email" character varying(254), "guardian_relationship" character varying(60), "token_hash" character(64), "token_expires_at" TIMESTAMP WITH TIME ZONE, "form_object_key" character varying(300), "verified_by" uuid, "verified_at" TIMESTAMP WITH TIME ZONE, "rejection_reason" text, "given_at" TIMESTAMP WITH TIME ZONE, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_ccebfd71eb97c8f8a35d4e5cda2" UNIQUE ("token_hash"), CONSTRAINT "ck_consents_status" CHECK ("status" IN ('requested','given','pending_verification','rejected','withdrawn')), CONSTRAINT "ck_consents_kind" CHECK ("kind" IN ('participant','guardian')), CONSTRAINT "PK_9efc68eb6aba7d638fb6ea034dd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_consents_member_kind" ON "consents"  ("member_id", "kind") `);
    await queryRunner.query(`CREATE INDEX "ix_consents_entry" ON "consents"  ("entry_id") `);
    await queryRunner.query(
      `CREATE TABLE "video_assets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entry_id" uuid NOT NULL, "status" character varying(12) NOT NULL, "original_key" character varying(300) NOT NULL, "upload_id" character varying(200), "file_name" character varying(200) NOT NULL, "size_bytes" bigint, "sha256" character(64), "probe" jsonb, "problems" jsonb, "web_key" character varying(300), "poster_key" character varying(300), "duration_seconds" real, "width" integer, "height" integer, "progress" real NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_video_assets_status" CHECK ("status" IN ('uploading','uploaded','processing','ready','rejected','replaced')), CONSTRAINT "PK_a7a9d01defe232a5f5180004a03" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_video_assets_entry" ON "video_assets"  ("entry_id") `);
    await queryRunner.query(
      `CREATE TABLE "subtitles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entry_id" uuid NOT NULL, "language" character varying(12) NOT NULL, "object_key" character varying(300) NOT NULL, "cue_count" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9ac397e12396227e34ba97af99e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_subtitles_entry_language" ON "subtitles"  ("entry_id", "language") `);
    await queryRunner.query(
      `ALTER TABLE "team_members" ADD CONSTRAINT "FK_2f6203fcde5a704d2cc3068b759" FOREIGN KEY ("entry_id") REFERENCES "entries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "entries" ADD CONSTRAINT "FK_5b9329c7bdb39df12f552eb615c" FOREIGN KEY ("competition_id") REFERENCES "competitions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "entries" ADD CONSTRAINT "FK_37514effe55909a03b7305864f4" FOREIGN KEY ("category_id") REFERENCES "categories"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "entries" ADD CONSTRAINT "FK_c03ff1c059465ac527bacfc4c96" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consents" ADD CONSTRAINT "FK_bd0d9fd056726b14af5aad79d7d" FOREIGN KEY ("entry_id") REFERENCES "entries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consents" ADD CONSTRAINT "FK_224a5f22cba135291e80787206b" FOREIGN KEY ("member_id") REFERENCES "team_members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "consents" DROP CONSTRAINT "FK_224a5f22cba135291e80787206b"`);
    await queryRunner.query(`ALTER TABLE "consents" DROP CONSTRAINT "FK_bd0d9fd056726b14af5aad79d7d"`);
    await queryRunner.query(`ALTER TABLE "entries" DROP CONSTRAINT "FK_c03ff1c059465ac527bacfc4c96"`);
    await queryRunner.query(`ALTER TABLE "entries" DROP CONSTRAINT "FK_37514effe55909a03b7305864f4"`);
    await queryRunner.query(`ALTER TABLE "entries" DROP CONSTRAINT "FK_5b9329c7bdb39df12f552eb615c"`);
    await queryRunner.query(`ALTER TABLE "team_members" DROP CONSTRAINT "FK_2f6203fcde5a704d2cc3068b759"`);
    await queryRunner.query(`DROP INDEX "public"."uq_subtitles_entry_language"`);
    await queryRunner.query(`DROP TABLE "subtitles"`);
    await queryRunner.query(`DROP INDEX "public"."ix_video_assets_entry"`);
    await queryRunner.query(`DROP TABLE "video_assets"`);
    await queryRunner.query(`DROP INDEX "public"."ix_consents_entry"`);
    await queryRunner.query(`DROP INDEX "public"."uq_consents_member_kind"`);
    await queryRunner.query(`DROP TABLE "consents"`);
    await queryRunner.query(`DROP INDEX "public"."ix_licence_grants_entry"`);
    await queryRunner.query(`DROP TABLE "licence_grants"`);
    await queryRunner.query(`DROP INDEX "public"."uq_licence_versions"`);
    await queryRunner.query(`DROP TABLE "licence_versions"`);
    await queryRunner.query(`DROP INDEX "public"."ix_entries_competition_country"`);
    await queryRunner.query(`DROP INDEX "public"."ix_entries_school"`);
    await queryRunner.query(`DROP INDEX "public"."uq_entries_code"`);
    await queryRunner.query(`DROP TABLE "entries"`);
    await queryRunner.query(`DROP INDEX "public"."ix_team_members_entry"`);
    await queryRunner.query(`DROP TABLE "team_members"`);
  }
}
