import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Blind judging is blind: every round entry gets an opaque number, unique in its round (judges see `R1-417`, never
 * the entry's code, which carries the country). The number is drawn at random among the unused ones of a range at
 * least four times the round's size (999, 9999, …), so it says nothing of the country, category, submission order
 * or the order entries joined the round, and stays the same for as long as the entry is in the round. A trigger
 * draws it on every insert, whoever inserts (national sync, promotion, seeds); rows already there get one now.
 *
 * Judges' entry-code conflicts are kept as typed (`conflict_entry_codes`), so the declaration answers the same
 * whether a code exists or not; `conflict_entry_ids` stays the resolved form the assignment rules read.
 */
export class BlindRoundCodes1795700000500 implements MigrationInterface {
  name = 'BlindRoundCodes1795700000500';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "round_entries" ADD "blind_number" integer`);
    await queryRunner.query(`
      CREATE FUNCTION round_entry_blind_number(p_round_id uuid) RETURNS integer LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        size integer;
        cap integer := 999;
        pick integer;
      BEGIN
        SELECT count(*) + 1 INTO size FROM round_entries WHERE round_id = p_round_id;
        WHILE cap < size * 4 LOOP
          cap := cap * 10 + 9;
        END LOOP;
        LOOP
          pick := 1 + floor(random() * cap)::integer;
          EXIT WHEN NOT EXISTS (SELECT 1 FROM round_entries WHERE round_id = p_round_id AND blind_number = pick);
        END LOOP;
        RETURN pick;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION round_entries_blind_number() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.blind_number IS NULL THEN
          -- one draw at a time per round, so two transactions never pick the same number
          PERFORM pg_advisory_xact_lock(hashtext('round_entries.blind_number'), hashtext(NEW.round_id::text));
          NEW.blind_number := round_entry_blind_number(NEW.round_id);
        END IF;
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`
      DO $$
      DECLARE r record;
      BEGIN
        FOR r IN SELECT id, round_id FROM round_entries ORDER BY random() LOOP
          UPDATE round_entries SET blind_number = round_entry_blind_number(r.round_id) WHERE id = r.id;
        END LOOP;
      END
      $$`);
    await queryRunner.query(`ALTER TABLE "round_entries" ALTER COLUMN "blind_number" SET NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_round_entries_blind_number" ON "round_entries" ("round_id", "blind_number") `);
    await queryRunner.query(
      `CREATE TRIGGER tr_round_entries_blind_number BEFORE INSERT ON round_entries FOR EACH ROW EXECUTE FUNCTION round_entries_blind_number()`,
    );

    await queryRunner.query(`ALTER TABLE "round_judges" ADD "conflict_entry_codes" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `UPDATE "round_judges" j SET "conflict_entry_codes" = ARRAY(SELECT e.code FROM entries e WHERE e.id = ANY(j.conflict_entry_ids) ORDER BY e.code) WHERE cardinality(j.conflict_entry_ids) > 0`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "round_judges" DROP COLUMN "conflict_entry_codes"`);
    await queryRunner.query(`DROP TRIGGER tr_round_entries_blind_number ON round_entries`);
    await queryRunner.query(`DROP FUNCTION round_entries_blind_number()`);
    await queryRunner.query(`DROP FUNCTION round_entry_blind_number(uuid)`);
    await queryRunner.query(`DROP INDEX "public"."uq_round_entries_blind_number"`);
    await queryRunner.query(`ALTER TABLE "round_entries" DROP COLUMN "blind_number"`);
  }
}
