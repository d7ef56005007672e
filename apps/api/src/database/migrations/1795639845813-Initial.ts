import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795639845813 implements MigrationInterface {
  name = 'Initial1795639845813';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "countries" ("code" character(2) NOT NULL, "names" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b47cbb5311bad9c9ae17b8c1eda" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "schools" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "name_key" character varying(200) NOT NULL, "country_code" character(2) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_95b932e47ac129dd8e23a0db548" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_schools_country_name" ON "schools"  ("country_code", "name_key") `);
    await queryRunner.query(
      `CREATE TABLE "role_grants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "role" character varying(20) NOT NULL, "country_code" character(2), "school_id" uuid, "round_id" uuid, "granted_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_role_grants_coordinator_country" CHECK ("role" <> 'coordinator' OR "country_code" IS NOT NULL), CONSTRAINT "ck_role_grants_role" CHECK ("role" IN ('organiser','coordinator','judge','teacher','student')), CONSTRAINT "PK_f7cf33da46b9f884f2d459e0eff" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_role_grants_user" ON "role_grants"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "password_hash" character varying(255) NOT NULL, "display_name" character varying(100) NOT NULL, "date_of_birth" date, "country_code" character(2), "school_id" uuid, "locale" character varying(10) NOT NULL DEFAULT 'en', "disabled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "email" character varying(254) NOT NULL, "role" character varying(20) NOT NULL, "country_code" character(2), "round_id" uuid, "invited_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_by" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_872ac94a64b3d44fc4b554780cd" UNIQUE ("token_hash"), CONSTRAINT "ck_invitations_role" CHECK ("role" IN ('organiser','coordinator','judge')), CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_abaa9e068cdd390bc5210f79884" UNIQUE ("token_hash"), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_sessions_expires" ON "sessions"  ("expires_at") `);
    await queryRunner.query(
      `CREATE TABLE "sign_in_failures" ("id" BIGSERIAL NOT NULL, "email" character varying(254) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_fa4e2048c06590424ef01bfd171" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_sign_in_failures_email_at" ON "sign_in_failures"  ("email", "at") `);
    await queryRunner.query(
      `CREATE TABLE "categories" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "competition_id" uuid NOT NULL, "name" jsonb NOT NULL, "min_age" integer NOT NULL, "max_age" integer NOT NULL, "position" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_categories_ages" CHECK ("min_age" >= 0 AND "max_age" >= "min_age" AND "max_age" <= 120), CONSTRAINT "PK_24dbc6126a28ff948da33e97d3b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_categories_competition" ON "categories"  ("competition_id") `);
    await queryRunner.query(
      `CREATE TABLE "competitions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(80) NOT NULL, "name" jsonb NOT NULL, "theme" jsonb NOT NULL DEFAULT '{}'::jsonb, "languages" text array NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'draft', "reference_date" date NOT NULL, "submission_opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "submission_closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "judging_opens_at" TIMESTAMP WITH TIME ZONE, "judging_closes_at" TIMESTAMP WITH TIME ZONE, "ceremony_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "rules_min_duration_seconds" integer NOT NULL, "rules_max_duration_seconds" integer NOT NULL, "rules_max_file_size_bytes" bigint NOT NULL, "rules_accepted_containers" text array NOT NULL, "rules_accepted_video_codecs" text array NOT NULL, "rules_team_size_min" integer NOT NULL, "rules_team_size_max" integer NOT NULL, "rules_entries_per_school" integer NOT NULL, "rules_required_subtitle_languages" text array NOT NULL, "rules_required_consents" text array NOT NULL, CONSTRAINT "UQ_4d84119d1fee0c7af34d211464a" UNIQUE ("slug"), CONSTRAINT "ck_competitions_submission_window" CHECK ("submission_closes_at" > "submission_opens_at"), CONSTRAINT "ck_competitions_status" CHECK ("status" IN ('draft','published','archived')), CONSTRAINT "PK_ef273910798c3a542b475e75c7d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "outbox_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "to" character varying(254) NOT NULL, "subject" character varying(300) NOT NULL, "text" text NOT NULL, "kind" character varying(50) NOT NULL, "transport" character varying(10) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, "error" text, CONSTRAINT "PK_0171348f527c64b137e4d4f5b66" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_events" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "action" character varying(80) NOT NULL, "subject_type" character varying(40) NOT NULL, "subject_id" character varying(64) NOT NULL, "before" jsonb, "after" jsonb, CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_audit_events_subject" ON "audit_events"  ("subject_type", "subject_id") `);
    await queryRunner.query(
      `CREATE TABLE "competition_countries" ("competition_id" uuid NOT NULL, "country_code" character(2) NOT NULL, CONSTRAINT "PK_deaae92d9e8f903f1f83c0c598b" PRIMARY KEY ("competition_id", "country_code"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_8c889cf86093d7581bd9080887" ON "competition_countries"  ("competition_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_69b45ae67e14250bd7812b3e29" ON "competition_countries"  ("country_code") `);
    await queryRunner.query(
      `ALTER TABLE "schools" ADD CONSTRAINT "FK_17f20c69de998cbf0b586de04ee" FOREIGN KEY ("country_code") REFERENCES "countries"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "role_grants" ADD CONSTRAINT "FK_2b1c3c28ffbc09b85170c655d4b" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_3af2173ef46868bbebe55ab4d4d" FOREIGN KEY ("country_code") REFERENCES "countries"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_25e1cf8f41bae2f3d11f3c2a028" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "FK_29b1cef6891d9b9d4e35f793b81" FOREIGN KEY ("invited_by") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "categories" ADD CONSTRAINT "FK_04ee3305be689fc0e7203e7ff44" FOREIGN KEY ("competition_id") REFERENCES "competitions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "competition_countries" ADD CONSTRAINT "FK_8c889cf86093d7581bd90808873" FOREIGN KEY ("competition_id") REFERENCES "competitions"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "competition_countries" ADD CONSTRAINT "FK_69b45ae67e14250bd7812b3e293" FOREIGN KEY ("country_code") REFERENCES "countries"("code") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "competition_countries" DROP CONSTRAINT "FK_69b45ae67e14250bd7812b3e293"`);
    await queryRunner.query(`ALTER TABLE "competition_countries" DROP CONSTRAINT "FK_8c889cf86093d7581bd90808873"`);
    await queryRunner.query(`ALTER TABLE "categories" DROP CONSTRAINT "FK_04ee3305be689fc0e7203e7ff44"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_29b1cef6891d9b9d4e35f793b81"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_25e1cf8f41bae2f3d11f3c2a028"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_3af2173ef46868bbebe55ab4d4d"`);
    await queryRunner.query(`ALTER TABLE "role_grants" DROP CONSTRAINT "FK_2b1c3c28ffbc09b85170c655d4b"`);
    await queryRunner.query(`ALTER TABLE "schools" DROP CONSTRAINT "FK_17f20c69de998cbf0b586de04ee"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_69b45ae67e14250bd7812b3e29"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8c889cf86093d7581bd9080887"`);
    await queryRunner.query(`DROP TABLE "competition_countries"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_events_subject"`);
    await queryRunner.query(`DROP TABLE "audit_events"`);
    await queryRunner.query(`DROP TABLE "outbox_messages"`);
    await queryRunner.query(`DROP TABLE "competitions"`);
    await queryRunner.query(`DROP INDEX "public"."ix_categories_competition"`);
    await queryRunner.query(`DROP TABLE "categories"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sign_in_failures_email_at"`);
    await queryRunner.query(`DROP TABLE "sign_in_failures"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sessions_expires"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP TABLE "invitations"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "public"."ix_role_grants_user"`);
    await queryRunner.query(`DROP TABLE "role_grants"`);
    await queryRunner.query(`DROP INDEX "public"."uq_schools_country_name"`);
    await queryRunner.query(`DROP TABLE "schools"`);
    await queryRunner.query(`DROP TABLE "countries"`);
  }
}
