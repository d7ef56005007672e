import type { MigrationInterface, QueryRunner } from 'typeorm';
import { BUILT_IN_TEXTS } from '@clapper/domain/legal-texts-built-in';
import { BUILT_IN_VERSION, LEGAL_DOCUMENTS, PLATFORM_AUTHOR } from '@clapper/domain/legal-texts';
import { LOCALES } from '@clapper/domain/locales';

/**
 * Consent and licence texts per language (issue 17): legal_texts holds each translation of each version of a
 * competition's participant consent, guardian consent and licence, with who wrote and who approved it, and when. Every
 * existing competition gets the built-in texts as version 1 (English approved by the platform, the other languages
 * drafted by Clapper, waiting for approval; its English licence versions as they are), and the ledger points at the
 * text agreed to: consents.text_id, and licence_grants gains the language (existing grants: English) and the text.
 */
export class LegalTexts1796100000100 implements MigrationInterface {
  name = 'LegalTexts1796100000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "legal_texts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "competition_id" uuid NOT NULL, "document" character varying(24) NOT NULL, "version" character varying(40) NOT NULL, "language" character varying(10) NOT NULL, "revision" integer NOT NULL, "title" character varying(200), "body" text NOT NULL, "written_by" uuid, "written_by_name" character varying(120) NOT NULL, "written_at" TIMESTAMP WITH TIME ZONE NOT NULL, "approved_by" uuid, "approved_by_name" character varying(120), "approved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_legal_texts_approval" CHECK (("approved_at" IS NULL) = ("approved_by_name" IS NULL)), CONSTRAINT "ck_legal_texts_document" CHECK ("document" IN ('participant_consent','guardian_consent','licence')), CONSTRAINT "PK_legal_texts" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_legal_texts_revision" ON "legal_texts" ("competition_id", "document", "version", "language", "revision") `,
    );
    await queryRunner.query(
      `ALTER TABLE "legal_texts" ADD CONSTRAINT "FK_legal_texts_competition" FOREIGN KEY ("competition_id") REFERENCES "competitions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "consents" ADD "text_id" uuid`);
    await queryRunner.query(`ALTER TABLE "licence_grants" ADD "text_language" character varying(10) NOT NULL DEFAULT 'en'`);
    await queryRunner.query(`ALTER TABLE "licence_grants" ADD "legal_text_id" uuid`);

    // the built-in texts of every existing competition; the licence in English as each competition's versions have it
    for (const document of LEGAL_DOCUMENTS)
      for (const language of LOCALES) {
        if (document === 'licence' && language === 'en') continue;
        const text = BUILT_IN_TEXTS[document][language];
        const approved = language === 'en';
        await queryRunner.query(
          `INSERT INTO "legal_texts" ("competition_id", "document", "version", "language", "revision", "title", "body", "written_by_name", "written_at", "approved_by_name", "approved_at")
           SELECT c.id, $1, $2, $3, 1, $4, $5, $6, now(), $7, CASE WHEN $8::boolean THEN now() END FROM "competitions" c`,
          [document, BUILT_IN_VERSION[document], language, text.title, text.body, PLATFORM_AUTHOR, approved ? PLATFORM_AUTHOR : null, approved],
        );
      }
    await queryRunner.query(
      `INSERT INTO "legal_texts" ("competition_id", "document", "version", "language", "revision", "title", "body", "written_by_name", "written_at", "approved_by_name", "approved_at")
       SELECT l.competition_id, 'licence', l.version::text, 'en', 1, l.title, l.body, $1, l.created_at, $1, l.created_at FROM "licence_versions" l`,
      [PLATFORM_AUTHOR],
    );
    // the ledger: what was agreed to so far was the English text
    await queryRunner.query(`UPDATE "consents" SET "text_language" = 'en' WHERE "text_version" IS NOT NULL AND "text_language" IS NULL`);
    await queryRunner.query(
      `UPDATE "consents" k SET "text_id" = t.id FROM "entries" e, "legal_texts" t
        WHERE e.id = k.entry_id AND t.competition_id = e.competition_id AND t.document = k.kind || '_consent'
          AND t.version = k.text_version AND t.language = k.text_language AND t.revision = 1`,
    );
    await queryRunner.query(
      `UPDATE "licence_grants" g SET "legal_text_id" = t.id FROM "licence_versions" l, "legal_texts" t
        WHERE l.id = g.licence_version_id AND t.competition_id = l.competition_id AND t.document = 'licence'
          AND t.version = l.version::text AND t.language = 'en' AND t.revision = 1`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "licence_grants" DROP COLUMN "legal_text_id"`);
    await queryRunner.query(`ALTER TABLE "licence_grants" DROP COLUMN "text_language"`);
    await queryRunner.query(`ALTER TABLE "consents" DROP COLUMN "text_id"`);
    await queryRunner.query(`ALTER TABLE "legal_texts" DROP CONSTRAINT "FK_legal_texts_competition"`);
    await queryRunner.query(`DROP INDEX "public"."uq_legal_texts_revision"`);
    await queryRunner.query(`DROP TABLE "legal_texts"`);
  }
}
