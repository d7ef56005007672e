import type { EntityManager } from 'typeorm';
import type { EntriesQueries } from '../entries/entries.queries.js';
import type { RoundEntry } from './round-entry.entity.js';

/**
 * Fills in each round entry's `entry`, read through the entries module in one query (the entries module owns that
 * table): the judging module joins no other module's tables itself. Returns the same round entries.
 */
export async function withEntries<T extends RoundEntry>(entries: EntriesQueries, roundEntries: T[], m?: EntityManager): Promise<T[]> {
  const byId = new Map(
    (
      await entries.entriesByIds(
        roundEntries.map((re) => re.entryId),
        m,
      )
    ).map((e) => [e.id, e]),
  );
  for (const re of roundEntries) re.entry = byId.get(re.entryId);
  return roundEntries;
}
