import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications: every outbox message gets an HTML part and optional headers (List-Unsubscribe); the in-app list of a
 * person's notifications; the topics people switched off and the one-click links that do it; the keys of messages
 * sent at most once.
 */
export class Notifications1796000000100 implements MigrationInterface {
  name = 'Notifications1796000000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_messages" ADD "html" text`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" ADD "headers" jsonb`);
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(60) NOT NULL, "facts" jsonb NOT NULL, "path" character varying(500) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_notifications" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_notifications_user" ON "notifications" ("user_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "notification_opt_outs" ("user_id" uuid NOT NULL, "topic" character varying(40) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_notification_opt_outs" PRIMARY KEY ("user_id", "topic"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "unsubscribe_links" ("token_hash" character varying(64) NOT NULL, "user_id" uuid NOT NULL, "topic" character varying(40) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_unsubscribe_links" PRIMARY KEY ("token_hash"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_once" ("key" character varying(300) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_notification_once" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_notifications_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_opt_outs" ADD CONSTRAINT "FK_notification_opt_outs_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unsubscribe_links" ADD CONSTRAINT "FK_unsubscribe_links_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notification_once"`);
    await queryRunner.query(`DROP TABLE "unsubscribe_links"`);
    await queryRunner.query(`DROP TABLE "notification_opt_outs"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" DROP COLUMN "headers"`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" DROP COLUMN "html"`);
  }
}
