/** Equal scores: the declared tie-break chain, then the organisers' decisions; what is left shares a rank. */
import type { DecidedBy, EntryResult, OrganiserDecision, TieBreak } from './results-types.js';

/** By code, then id, comparing code units so that the order is the same on every machine and locale. */
const byCode = (a: { code: string; entryId: string }, b: { code: string; entryId: string }): number =>
  a.code < b.code ? -1 : a.code > b.code ? 1 : a.entryId < b.entryId ? -1 : a.entryId > b.entryId ? 1 : 0;

/** A decision as entryId -> its place in the decision (the first place, if the entry is listed twice). */
function placesIn(d: OrganiserDecision): Map<string, number> {
  const places = new Map<string, number>();
  d.entryIds.forEach((id, i) => {
    if (!places.has(id)) places.set(id, i);
  });
  return places;
}

/**
 * The group in the order the organisers decided, or null when no decision covers every entry of the group, or
 * when the decisions that do disagree on its order. Every covering decision is consulted rather than the first
 * listed, so that the outcome does not depend on the order decisions are stored in; a conflict stays a tie for the
 * organisers to settle, rather than being settled by whichever row came first.
 */
function decidedOrder(group: EntryResult[], decisions: Map<string, number>[]): EntryResult[] | null {
  let decided: EntryResult[] | null = null;
  for (const places of decisions) {
    if (!group.every((e) => places.has(e.entryId))) continue;
    const order = [...group].sort((a, b) => places.get(a.entryId)! - places.get(b.entryId)!);
    if (decided && order.some((e, i) => e !== decided![i])) return null;
    decided = order;
  }
  return decided;
}

/** Splits a tied group (in code order) by one tie-break into subgroups, best first; each keeps code order. */
function splitBy(group: EntryResult[], t: TieBreak, decisions: Map<string, number>[]): EntryResult[][] {
  if (t.kind === 'organiser') return decidedOrder(group, decisions)?.map((e) => [e]) ?? [group];
  const key = t.kind === 'criterion' ? (e: EntryResult) => e.criterionMeans[t.criterion] ?? -Infinity : (e: EntryResult) => e.firstPlaces;
  const sorted = [...group].sort((a, b) => key(b) - key(a)); // stable: code order within equal keys
  const parts: EntryResult[][] = [];
  for (const e of sorted) {
    const last = parts.at(-1);
    if (last && key(last[0]) === key(e)) last.push(e);
    else parts.push([e]);
  }
  return parts;
}

/** What the chain makes of a group of entries with equal scores: subgroups, best first, each with what decided it. */
function breakTie(tied: EntryResult[], tieBreaks: TieBreak[], decisions: Map<string, number>[]): { group: EntryResult[]; decidedBy: DecidedBy }[] {
  let groups: { group: EntryResult[]; decidedBy: DecidedBy }[] = [{ group: tied, decidedBy: 'unresolved' }];
  for (const t of tieBreaks) {
    groups = groups.flatMap((g) => {
      if (g.group.length < 2) return [g];
      const parts = splitBy(g.group, t, decisions);
      if (parts.length === 1) return [g];
      return parts.map((group) => ({ group, decidedBy: group.length === 1 ? t.kind : 'unresolved' }));
    });
  }
  return groups;
}

/**
 * Ranks by score, highest first, breaking equal scores with the chain; fills rank, decidedBy and tiedWith anew.
 * Groups the chain leaves tied share a rank, listed by code. Entries without a score come last, by code, sharing
 * the rank after the last scored entry, but are not reported as tied: nothing was compared.
 */
export function rankEntries(entries: EntryResult[], tieBreaks: TieBreak[], decisions: OrganiserDecision[]): EntryResult[] {
  const scored = entries.filter((e) => e.score !== null).sort((a, b) => b.score! - a.score! || byCode(a, b));
  const unscored = entries.filter((e) => e.score === null).sort(byCode);
  const ranked: EntryResult[] = [];
  const place = (e: EntryResult, rank: number, decidedBy: DecidedBy, tiedWith: string[]): void => {
    ranked.push({
      entryId: e.entryId,
      code: e.code,
      categoryId: e.categoryId,
      countryCode: e.countryCode,
      rank,
      score: e.score,
      rawMean: e.rawMean,
      judges: e.judges,
      criterionMeans: e.criterionMeans,
      firstPlaces: e.firstPlaces,
      audienceVotes: e.audienceVotes,
      decidedBy,
      tiedWith,
    });
  };
  let places: Map<string, number>[] | undefined;
  for (let i = 0, j = 1; i < scored.length; i = j, j = i + 1) {
    while (j < scored.length && scored[j].score === scored[i].score) j++;
    if (j === i + 1) {
      place(scored[i], ranked.length + 1, 'score', []);
      continue;
    }
    for (const { group, decidedBy } of breakTie(scored.slice(i, j), tieBreaks, (places ??= decisions.map(placesIn)))) {
      const rank = ranked.length + 1;
      for (const e of group) place(e, rank, decidedBy, group.length > 1 ? group.filter((x) => x !== e).map((x) => x.code) : []);
    }
  }
  const lastRank = ranked.length + 1;
  for (const e of unscored) place(e, lastRank, 'score', []);
  return ranked;
}
