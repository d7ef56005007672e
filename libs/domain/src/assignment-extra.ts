/**
 * One more judge where the results need one: on two entries too close to call (the same judge on both, so that
 * one person compares them directly), or on an entry of a part of the round whose judges share no entry with the
 * rest (a judge from the rest, so that calibration can compare the parts). The rules of the assignment hold
 * (blockReason), a judge already on an entry is never proposed for it, loads stay as even as they can be (the
 * lightest judge first), and a judge who speaks the entry's language is preferred.
 */
import { blockReason, type AssignEntry, type AssignJudge } from './assignment.js';

export interface ExtraRequest {
  /** entries that should share one more judge (one entry, or a pair too close to call) */
  entryIds: string[];
  /** only these judges may be proposed (a part's bridge: the judges of the other part); all when absent */
  fromJudges?: string[];
}

export interface ExtraInput {
  entries: AssignEntry[];
  judges: AssignJudge[];
  /** entry id -> the judges already assigned to it */
  panels: Record<string, string[]>;
  /** judge id -> entries assigned now */
  loads: Record<string, number>;
  excludeOwnCountry: boolean;
  requests: ExtraRequest[];
}

export interface ExtraResult {
  /** the assignments to add, request by request */
  added: { judgeId: string; entryId: string; languageMatch: boolean }[];
  /** entries no judge could be added to: every judge is on them already, or the rules keep them away */
  unplaced: string[];
}

const primary = (tag: string): string => tag.split('-')[0].toLowerCase();

export function extraJudges(input: ExtraInput): ExtraResult {
  const entryOf = new Map(input.entries.map((e) => [e.id, e]));
  const panels = new Map(Object.entries(input.panels).map(([id, js]) => [id, new Set(js)]));
  const loads = new Map(input.judges.map((j) => [j.id, input.loads[j.id] ?? 0]));
  const speaks = (j: AssignJudge, e: AssignEntry) => j.languages.some((l) => primary(l) === primary(e.language));
  const free = (j: AssignJudge, e: AssignEntry) => !panels.get(e.id)?.has(j.id) && blockReason(j, e, input.excludeOwnCountry) === null;
  const byPreference = (es: AssignEntry[]) => (a: AssignJudge, b: AssignJudge) =>
    es.filter((e) => speaks(b, e)).length - es.filter((e) => speaks(a, e)).length ||
    loads.get(a.id)! - loads.get(b.id)! ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const added: ExtraResult['added'] = [];
  const unplaced: string[] = [];
  const assign = (j: AssignJudge, e: AssignEntry) => {
    added.push({ judgeId: j.id, entryId: e.id, languageMatch: speaks(j, e) });
    if (!panels.has(e.id)) panels.set(e.id, new Set());
    panels.get(e.id)!.add(j.id);
    loads.set(j.id, loads.get(j.id)! + 1);
  };
  for (const request of input.requests) {
    const entries = request.entryIds.map((id) => entryOf.get(id)).filter((e): e is AssignEntry => e !== undefined);
    const pool = input.judges.filter((j) => !request.fromJudges || request.fromJudges.includes(j.id));
    // one judge for all of them, where one may judge them all
    const shared = pool.filter((j) => entries.every((e) => free(j, e))).sort(byPreference(entries))[0];
    if (shared) {
      for (const e of entries) assign(shared, e);
      continue;
    }
    for (const e of entries) {
      const one = pool.filter((j) => free(j, e)).sort(byPreference([e]))[0];
      if (one) assign(one, e);
      else unplaced.push(e.id);
    }
  }
  return { added, unplaced };
}
