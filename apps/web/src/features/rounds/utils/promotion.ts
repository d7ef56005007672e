import type { Schemas } from '../../../lib/api-client';

type RankedEntry = Schemas['RankedEntryDto'];

/**
 * Where promotion stands: the entries already in the final, the places left in the country's quota, and the
 * entries that may still go (not promoted, with at least one submitted scorecard), best first.
 */
export function promotionState(entries: readonly RankedEntry[], quota: number | null) {
  const promoted = entries.filter((e) => e.promoted);
  const remaining = quota === null ? 0 : Math.max(0, quota - promoted.length);
  const candidates = entries.filter((e) => !e.promoted && e.mean !== null).sort((a, b) => a.rank - b.rank);
  return { promoted, remaining, candidates };
}

/** The choice offered first: the best-ranked entries not yet promoted, as many as the quota still allows. */
export function preselectForPromotion(entries: readonly RankedEntry[], quota: number | null): string[] {
  const { remaining, candidates } = promotionState(entries, quota);
  return candidates.slice(0, remaining).map((e) => e.roundEntryId);
}

/**
 * Entries left out of the first choice although they share its last rank: a tie across the cut line, which the
 * people promoting must settle (and note why).
 */
export function tiedAtCut(entries: readonly RankedEntry[], quota: number | null): RankedEntry[] {
  const { remaining, candidates } = promotionState(entries, quota);
  const last = candidates[remaining - 1];
  if (!last) return [];
  return candidates.slice(remaining).filter((e) => e.rank === last.rank);
}

/** The chosen ids in ranking order: the order the promotion is confirmed in. */
export function inRankOrder(ids: ReadonlySet<string>, entries: readonly RankedEntry[]): string[] {
  return [...entries]
    .sort((a, b) => a.rank - b.rank)
    .filter((e) => ids.has(e.roundEntryId))
    .map((e) => e.roundEntryId);
}
