import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An invitation keeps the language its email was written in: the account that accepting it creates reads Clapper, and
 * its messages (the welcome first), in that language until its owner chooses another.
 */
export class InvitationLanguage1796000000500 implements MigrationInterface {
  name = 'InvitationLanguage1796000000500';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "invitations" ADD "language" character varying(10)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "invitations" DROP COLUMN "language"`);
  }
}
