import type { EntityManager } from 'typeorm';

/**
 * Which of these entries are cleared to be shown in public and reused in campaigns, right now:
 * - the entry is submitted (not a draft, not withdrawn);
 * - its team accepted the licence;
 * - every team member's participant consent is given, and every minor's guardian consent is given
 *   (a minor is under 18 on the competition's reference date); a withdrawn consent clears nothing.
 * One query, evaluated on every request, so a withdrawal takes a work off every public page, embed and media kit at once.
 */
export async function clearedEntryIds(m: EntityManager, entryIds: string[]): Promise<Set<string>> {
  if (entryIds.length === 0) return new Set();
  const rows: { id: string }[] = await m.query(
    `SELECT e.id FROM entries e
       JOIN competitions c ON c.id = e.competition_id
      WHERE e.id = ANY($1::uuid[])
        AND e.status = 'submitted'
        AND EXISTS (SELECT 1 FROM licence_grants g WHERE g.entry_id = e.id)
        AND EXISTS (SELECT 1 FROM team_members t WHERE t.entry_id = e.id)
        AND NOT EXISTS (
          SELECT 1 FROM team_members t
           WHERE t.entry_id = e.id
             AND (NOT EXISTS (SELECT 1 FROM consents x WHERE x.member_id = t.id AND x.kind = 'participant' AND x.status = 'given')
                  OR (t.date_of_birth > c.reference_date - interval '18 years'
                      AND NOT EXISTS (SELECT 1 FROM consents x WHERE x.member_id = t.id AND x.kind = 'guardian' AND x.status = 'given'))))`,
    [entryIds],
  );
  return new Set(rows.map((r) => r.id));
}

export async function isCleared(m: EntityManager, entryId: string): Promise<boolean> {
  return (await clearedEntryIds(m, [entryId])).has(entryId);
}
