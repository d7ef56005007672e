import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Results1795658106416 implements MigrationInterface {
  name = 'Results1795658106416';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "awards" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "competition_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "name" jsonb NOT NULL, "description" jsonb NOT NULL DEFAULT '{}', "position" integer NOT NULL DEFAULT '0', "places" integer NOT NULL DEFAULT '1', "category_id" uuid, "criterion" character varying(40), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_awards_places" CHECK ("places" BETWEEN 1 AND 20), CONSTRAINT "ck_awards_kind" CHECK ("kind" IN ('grand_prize','runner_up','country_best','special','audience')), CONSTRAINT "PK_bc3f6adc548ff46c76c03e06377" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_awards_competition" ON "awards"  ("competition_id", "position") `);
    await queryRunner.query(
      `CREATE TABLE "award_winners" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "award_id" uuid NOT NULL, "entry_id" uuid NOT NULL, "place" integer NOT NULL, "country_code" character(2), "source" character varying(10) NOT NULL, "reason" text, "decided_by" uuid NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "ck_award_winners_reason" CHECK ("source" = 'rank' OR length(trim("reason")) > 0), CONSTRAINT "ck_award_winners_source" CHECK ("source" IN ('rank','override')), CONSTRAINT "PK_0aa93a825f76ec3b171f0d09dae" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_award_winners_entry" ON "award_winners"  ("entry_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_award_winners" ON "award_winners"  ("award_id", "entry_id") `);
    await queryRunner.query(
      `CREATE TABLE "audience_votes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "competition_id" uuid NOT NULL, "category_id" uuid NOT NULL, "entry_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_04bedfc7e6e2224b3bf91598ff5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_audience_votes_entry" ON "audience_votes"  ("entry_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_audience_votes" ON "audience_votes"  ("competition_id", "category_id", "user_id") `);
    await queryRunner.query(
      `CREATE TABLE "campaigns" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "competition_id" uuid NOT NULL, "country_code" character(2), "name" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_831e3fcd4fc45b4e4c3f57a9ee4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_campaigns_competition" ON "campaigns"  ("competition_id") `);
    await queryRunner.query(
      `CREATE TABLE "campaign_works" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "campaign_id" uuid NOT NULL, "entry_id" uuid NOT NULL, "added_by" uuid NOT NULL, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0ff88af4ed3f808a48660e5852a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_campaign_works_entry" ON "campaign_works"  ("entry_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_campaign_works" ON "campaign_works"  ("campaign_id", "entry_id") `);
    await queryRunner.query(
      `CREATE TABLE "campaign_uses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "campaign_id" uuid NOT NULL, "entry_id" uuid NOT NULL, "channel" character varying(200) NOT NULL, "used_on" date NOT NULL, "note" text NOT NULL DEFAULT '', "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4a52e66279a1d2c87439b575b24" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_campaign_uses_entry" ON "campaign_uses"  ("entry_id") `);
    await queryRunner.query(`CREATE INDEX "ix_campaign_uses_campaign" ON "campaign_uses"  ("campaign_id") `);
    await queryRunner.query(
      `CREATE TABLE "media_kit_downloads" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "campaign_id" uuid NOT NULL, "entry_id" uuid NOT NULL, "user_id" uuid NOT NULL, "channel" character varying(200), "downloaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_db083f6154a59a11a3596c55390" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_media_kit_downloads_entry" ON "media_kit_downloads"  ("entry_id") `);
    await queryRunner.query(`CREATE INDEX "ix_media_kit_downloads_campaign" ON "media_kit_downloads"  ("campaign_id") `);
    await queryRunner.query(`ALTER TABLE "competitions" ADD "results_sealed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "competitions" ADD "results_published_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "competitions" ADD "results_published_by" uuid`);
    await queryRunner.query(`ALTER TABLE "competitions" ADD "audience_voting" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "competitions" ADD "voting_opens_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "competitions" ADD "voting_closes_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "competitions" ADD "audience_weight" numeric(4,3) NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "rounds" ADD "normalise" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "rounds" ADD "trimmed_mean" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "rounds" ADD "tie_breaks" jsonb NOT NULL DEFAULT '[{"kind": "first_places"}, {"kind": "organiser"}]'`);
    await queryRunner.query(`ALTER TABLE "rounds" ADD "tie_decisions" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "users" ADD "email_verified_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "users" ADD "email_verification_token_hash" character(64)`);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "UQ_5dd2477e9857f8b66db49ecae4d" UNIQUE ("email_verification_token_hash")`);
    await queryRunner.query(`ALTER TABLE "users" ADD "email_verification_expires_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "entries" ADD "team_name" character varying(120)`);
    await queryRunner.query(`ALTER TABLE "entries" ADD "credit_style" character varying(12) NOT NULL DEFAULT 'first_names'`);
    await queryRunner.query(`ALTER TABLE "entries" ADD "credit_school" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `ALTER TABLE "entries" ADD CONSTRAINT "ck_entries_credit_style" CHECK ("credit_style" IN ('first_names','team_name','full_names'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "awards" ADD CONSTRAINT "FK_fb3ea50a3be29380aa229cda7ec" FOREIGN KEY ("competition_id") REFERENCES "competitions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_winners" ADD CONSTRAINT "FK_636d0075a481ad5d06fb5a7a8f4" FOREIGN KEY ("award_id") REFERENCES "awards"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_winners" ADD CONSTRAINT "FK_52998f86ebb2711641ac2766733" FOREIGN KEY ("entry_id") REFERENCES "entries"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaigns" ADD CONSTRAINT "FK_77739d71636aa5523d8a733e30d" FOREIGN KEY ("competition_id") REFERENCES "competitions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_works" ADD CONSTRAINT "FK_072260c2dbe266855c87dc3d1b0" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_works" ADD CONSTRAINT "FK_e97f3d4385b6372114c42361395" FOREIGN KEY ("entry_id") REFERENCES "entries"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_uses" ADD CONSTRAINT "FK_c79fa18c325adfdc4746d72c129" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "campaign_uses" DROP CONSTRAINT "FK_c79fa18c325adfdc4746d72c129"`);
    await queryRunner.query(`ALTER TABLE "campaign_works" DROP CONSTRAINT "FK_e97f3d4385b6372114c42361395"`);
    await queryRunner.query(`ALTER TABLE "campaign_works" DROP CONSTRAINT "FK_072260c2dbe266855c87dc3d1b0"`);
    await queryRunner.query(`ALTER TABLE "campaigns" DROP CONSTRAINT "FK_77739d71636aa5523d8a733e30d"`);
    await queryRunner.query(`ALTER TABLE "award_winners" DROP CONSTRAINT "FK_52998f86ebb2711641ac2766733"`);
    await queryRunner.query(`ALTER TABLE "award_winners" DROP CONSTRAINT "FK_636d0075a481ad5d06fb5a7a8f4"`);
    await queryRunner.query(`ALTER TABLE "awards" DROP CONSTRAINT "FK_fb3ea50a3be29380aa229cda7ec"`);
    await queryRunner.query(`ALTER TABLE "entries" DROP CONSTRAINT "ck_entries_credit_style"`);
    await queryRunner.query(`ALTER TABLE "entries" DROP COLUMN "credit_school"`);
    await queryRunner.query(`ALTER TABLE "entries" DROP COLUMN "credit_style"`);
    await queryRunner.query(`ALTER TABLE "entries" DROP COLUMN "team_name"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "email_verification_expires_at"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "UQ_5dd2477e9857f8b66db49ecae4d"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "email_verification_token_hash"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "email_verified_at"`);
    await queryRunner.query(`ALTER TABLE "rounds" DROP COLUMN "tie_decisions"`);
    await queryRunner.query(`ALTER TABLE "rounds" DROP COLUMN "tie_breaks"`);
    await queryRunner.query(`ALTER TABLE "rounds" DROP COLUMN "trimmed_mean"`);
    await queryRunner.query(`ALTER TABLE "rounds" DROP COLUMN "normalise"`);
    await queryRunner.query(`ALTER TABLE "competitions" DROP COLUMN "audience_weight"`);
    await queryRunner.query(`ALTER TABLE "competitions" DROP COLUMN "voting_closes_at"`);
    await queryRunner.query(`ALTER TABLE "competitions" DROP COLUMN "voting_opens_at"`);
    await queryRunner.query(`ALTER TABLE "competitions" DROP COLUMN "audience_voting"`);
    await queryRunner.query(`ALTER TABLE "competitions" DROP COLUMN "results_published_by"`);
    await queryRunner.query(`ALTER TABLE "competitions" DROP COLUMN "results_published_at"`);
    await queryRunner.query(`ALTER TABLE "competitions" DROP COLUMN "results_sealed_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_media_kit_downloads_campaign"`);
    await queryRunner.query(`DROP INDEX "public"."ix_media_kit_downloads_entry"`);
    await queryRunner.query(`DROP TABLE "media_kit_downloads"`);
    await queryRunner.query(`DROP INDEX "public"."ix_campaign_uses_campaign"`);
    await queryRunner.query(`DROP INDEX "public"."ix_campaign_uses_entry"`);
    await queryRunner.query(`DROP TABLE "campaign_uses"`);
    await queryRunner.query(`DROP INDEX "public"."uq_campaign_works"`);
    await queryRunner.query(`DROP INDEX "public"."ix_campaign_works_entry"`);
    await queryRunner.query(`DROP TABLE "campaign_works"`);
    await queryRunner.query(`DROP INDEX "public"."ix_campaigns_competition"`);
    await queryRunner.query(`DROP TABLE "campaigns"`);
    await queryRunner.query(`DROP INDEX "public"."uq_audience_votes"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audience_votes_entry"`);
    await queryRunner.query(`DROP TABLE "audience_votes"`);
    await queryRunner.query(`DROP INDEX "public"."uq_award_winners"`);
    await queryRunner.query(`DROP INDEX "public"."ix_award_winners_entry"`);
    await queryRunner.query(`DROP TABLE "award_winners"`);
    await queryRunner.query(`DROP INDEX "public"."ix_awards_competition"`);
    await queryRunner.query(`DROP TABLE "awards"`);
  }
}
