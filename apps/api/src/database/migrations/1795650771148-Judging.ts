import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Judging1795650771148 implements MigrationInterface {
  name = 'Judging1795650771148';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "rounds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "competition_id" uuid NOT NULL, "kind" character varying(12) NOT NULL, "country_code" character(2), "status" character varying(12) NOT NULL DEFAULT 'draft', "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "judges_per_entry" integer NOT NULL DEFAULT '3', "blind" boolean NOT NULL DEFAULT true, "show_other_scores" boolean NOT NULL DEFAULT false, "rubric" jsonb NOT NULL, "country_quota" integer, "closed_at" TIMESTAMP WITH TIME ZONE, "closed_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_rounds_window" CHECK ("closes_at" > "opens_at"), CONSTRAINT "ck_rounds_k" CHECK ("judges_per_entry" BETWEEN 1 AND 20), CONSTRAINT "ck_rounds_country" CHECK (("kind" = 'national') = ("country_code" IS NOT NULL)), CONSTRAINT "ck_rounds_status" CHECK ("status" IN ('draft','open','closed')), CONSTRAINT "ck_rounds_kind" CHECK ("kind" IN ('national','final')), CONSTRAINT "PK_9d254884a20817016e2f877c7e7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_rounds_final" ON "rounds"  ("competition_id") WHERE "kind" = 'final'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_rounds_national" ON "rounds"  ("competition_id", "country_code") WHERE "kind" = 'national'`);
    await queryRunner.query(
      `CREATE TABLE "round_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "round_id" uuid NOT NULL, "entry_id" uuid NOT NULL, "promoted_from_id" uuid, "promoted_by" uuid, "promoted_at" TIMESTAMP WITH TIME ZONE, "promoted_rank" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_aa811d8f197332ea0268398c803" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_round_entries_entry" ON "round_entries"  ("entry_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_round_entries" ON "round_entries"  ("round_id", "entry_id") `);
    await queryRunner.query(
      `CREATE TABLE "round_judges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "round_id" uuid NOT NULL, "user_id" uuid NOT NULL, "languages" text array NOT NULL DEFAULT '{}', "conflict_entry_ids" uuid array NOT NULL DEFAULT '{}', "conflict_school_ids" uuid array NOT NULL DEFAULT '{}', "conflict_country_codes" text array NOT NULL DEFAULT '{}', "conflict_note" text NOT NULL DEFAULT '', "declared_at" TIMESTAMP WITH TIME ZONE, "dropped_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7bb49729c84c8cecbb46f8f3c91" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_round_judges" ON "round_judges"  ("round_id", "user_id") `);
    await queryRunner.query(
      `CREATE TABLE "assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "round_id" uuid NOT NULL, "round_entry_id" uuid NOT NULL, "judge_id" uuid NOT NULL, "language_match" boolean NOT NULL, "source" character varying(8) NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_assignments_source" CHECK ("source" IN ('auto','manual')), CONSTRAINT "PK_c54ca359535e0012b04dcbd80ee" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_assignments_round_judge" ON "assignments"  ("round_id", "judge_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_assignments" ON "assignments"  ("round_entry_id", "judge_id") `);
    await queryRunner.query(
      `CREATE TABLE "scorecards" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "round_id" uuid NOT NULL, "round_entry_id" uuid NOT NULL, "judge_id" uuid NOT NULL, "scores" jsonb NOT NULL DEFAULT '{}', "overall_comment" text NOT NULL DEFAULT '', "private_note" text NOT NULL DEFAULT '', "team_feedback" text NOT NULL DEFAULT '', "status" character varying(12) NOT NULL DEFAULT 'draft', "version" integer NOT NULL DEFAULT '1', "submitted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_scorecards_status" CHECK ("status" IN ('draft','submitted','locked')), CONSTRAINT "PK_5ab8d3887ff2fb66e229c1fdd89" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_scorecards_round_judge" ON "scorecards"  ("round_id", "judge_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_scorecards" ON "scorecards"  ("round_entry_id", "judge_id") `);
    await queryRunner.query(
      `CREATE TABLE "deliberation_notes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "round_entry_id" uuid NOT NULL, "author_id" uuid NOT NULL, "text" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bf05629ce97479cc99eb3b466be" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_deliberation_notes_entry" ON "deliberation_notes"  ("round_entry_id") `);
    await queryRunner.query(
      `CREATE TABLE "idempotency_records" ("user_id" uuid NOT NULL, "key" character varying(100) NOT NULL, "fingerprint" character varying(300) NOT NULL, "status_code" integer NOT NULL, "body" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_361095756bf434c1971a5a89be4" PRIMARY KEY ("user_id", "key"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "rounds" ADD CONSTRAINT "FK_a2afd93eef9019af00e5b0750bd" FOREIGN KEY ("competition_id") REFERENCES "competitions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "role_grants" ADD CONSTRAINT "FK_7c84a98b651900886ea2fef077b" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "FK_8742005af78f3dc7bfc3617b899" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "round_entries" ADD CONSTRAINT "FK_36089562ba3649ba354c0900ce1" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "round_entries" ADD CONSTRAINT "FK_31196819401b2872f9cf00768d6" FOREIGN KEY ("entry_id") REFERENCES "entries"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "round_judges" ADD CONSTRAINT "FK_f81158589546fa973a6c6efc19e" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "round_judges" ADD CONSTRAINT "FK_4c58e3d45c87e076fd352a39ec7" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignments" ADD CONSTRAINT "FK_046bbef17deff930407e16615ea" FOREIGN KEY ("round_entry_id") REFERENCES "round_entries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "scorecards" ADD CONSTRAINT "FK_ef25724a36a3ca0ce90cd240ea0" FOREIGN KEY ("round_entry_id") REFERENCES "round_entries"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deliberation_notes" ADD CONSTRAINT "FK_62e388f6fa022eec4dddefd26bb" FOREIGN KEY ("round_entry_id") REFERENCES "round_entries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "deliberation_notes" DROP CONSTRAINT "FK_62e388f6fa022eec4dddefd26bb"`);
    await queryRunner.query(`ALTER TABLE "scorecards" DROP CONSTRAINT "FK_ef25724a36a3ca0ce90cd240ea0"`);
    await queryRunner.query(`ALTER TABLE "assignments" DROP CONSTRAINT "FK_046bbef17deff930407e16615ea"`);
    await queryRunner.query(`ALTER TABLE "round_judges" DROP CONSTRAINT "FK_4c58e3d45c87e076fd352a39ec7"`);
    await queryRunner.query(`ALTER TABLE "round_judges" DROP CONSTRAINT "FK_f81158589546fa973a6c6efc19e"`);
    await queryRunner.query(`ALTER TABLE "round_entries" DROP CONSTRAINT "FK_31196819401b2872f9cf00768d6"`);
    await queryRunner.query(`ALTER TABLE "round_entries" DROP CONSTRAINT "FK_36089562ba3649ba354c0900ce1"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_8742005af78f3dc7bfc3617b899"`);
    await queryRunner.query(`ALTER TABLE "role_grants" DROP CONSTRAINT "FK_7c84a98b651900886ea2fef077b"`);
    await queryRunner.query(`ALTER TABLE "rounds" DROP CONSTRAINT "FK_a2afd93eef9019af00e5b0750bd"`);
    await queryRunner.query(`DROP TABLE "idempotency_records"`);
    await queryRunner.query(`DROP INDEX "public"."ix_deliberation_notes_entry"`);
    await queryRunner.query(`DROP TABLE "deliberation_notes"`);
    await queryRunner.query(`DROP INDEX "public"."uq_scorecards"`);
    await queryRunner.query(`DROP INDEX "public"."ix_scorecards_round_judge"`);
    await queryRunner.query(`DROP TABLE "scorecards"`);
    await queryRunner.query(`DROP INDEX "public"."uq_assignments"`);
    await queryRunner.query(`DROP INDEX "public"."ix_assignments_round_judge"`);
    await queryRunner.query(`DROP TABLE "assignments"`);
    await queryRunner.query(`DROP INDEX "public"."uq_round_judges"`);
    await queryRunner.query(`DROP TABLE "round_judges"`);
    await queryRunner.query(`DROP INDEX "public"."uq_round_entries"`);
    await queryRunner.query(`DROP INDEX "public"."ix_round_entries_entry"`);
    await queryRunner.query(`DROP TABLE "round_entries"`);
    await queryRunner.query(`DROP INDEX "public"."uq_rounds_national"`);
    await queryRunner.query(`DROP INDEX "public"."uq_rounds_final"`);
    await queryRunner.query(`DROP TABLE "rounds"`);
  }
}
