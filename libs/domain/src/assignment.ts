/**
 * Judge assignment for a judging round: who judges which entry, within the rules, covering every entry as far as they
 * allow, with the loads as even as they can be, judges who speak the entry's language preferred, and panels mixed.
 * What it guarantees, and why (the proof of the balance): docs/assignment.md.
 */

export interface AssignEntry {
  id: string;
  code: string;
  countryCode: string;
  schoolIds: string[];
  /** the video's language, a BCP-47 tag such as 'th'; only the primary subtag counts */
  language: string;
}

export interface AssignJudge {
  id: string;
  /** the judge's own country */
  countryCode: string | null;
  /** the judge's own school, if any */
  schoolId: string | null;
  /** languages the judge understands (BCP-47 tags; only the primary subtag counts) */
  languages: string[];
  /** declared conflicts of interest */
  conflicts: { entryIds: string[]; schoolIds: string[]; countryCodes: string[] };
}

export interface AssignInput {
  entries: AssignEntry[];
  judges: AssignJudge[];
  /** k: judges wanted on every entry */
  judgesPerEntry: number;
  /** true in the regional final: never a judge from the entry's own country */
  excludeOwnCountry: boolean;
  /** pairs that must stay (the judge already submitted a scorecard); they count toward k and toward the load */
  keep?: { judgeId: string; entryId: string }[];
  /** tie-breaking; the same input and seed give the same output (default 0) */
  seed?: number;
}

/** Why a judge may not judge an entry: the rules `assignJudges` follows. */
export const BLOCK_REASONS = ['declared_conflict_entry', 'declared_conflict_school', 'declared_conflict_country', 'own_school', 'own_country'] as const;
export type BlockReason = (typeof BLOCK_REASONS)[number];

/**
 * Why an entry has fewer than k judges: the round has no judge (`no_judges`); every judge may judge it but there are
 * fewer than k (`too_few_judges`); or the rules keep the others away (`blocked`, counted in `blocked`).
 */
export const UNCOVERED_REASONS = ['no_judges', 'too_few_judges', 'blocked'] as const;
export type UncoveredReason = (typeof UNCOVERED_REASONS)[number];

/** An entry short of judges, with the counts an organiser can act on. */
export interface UncoveredEntry {
  entryId: string;
  /** judges assigned: every judge who may judge the entry */
  assigned: number;
  needed: number;
  eligibleJudges: number;
  reason: UncoveredReason;
  /** the judges of the round */
  judges: number;
  /** the judges the rules keep away from the entry, by rule: a declared conflict, the same school, the same country */
  blocked: { declared: number; sameSchool: number; sameCountry: number };
}

export interface AssignResult {
  /** every pair, the kept ones included, in the order of the input's entries */
  assignments: { judgeId: string; entryId: string; languageMatch: boolean }[];
  /**
   * entries that got fewer than k judges: no valid assignment could give them more. `eligibleJudges` counts the judges
   * who may judge the entry (kept ones included), all of them assigned; `reason` and `blocked` say why the others may not.
   */
  uncovered: UncoveredEntry[];
  /** judge id -> number of entries assigned, kept ones included; every judge is present */
  loads: Record<string, number>;
}

const sameCountry = (a: string, b: string): boolean => a.toUpperCase() === b.toUpperCase();
const primaryLanguage = (tag: string): string => tag.split('-')[0].toLowerCase();

/** Why this judge may not judge this entry, or null when allowed (the rules `assignJudges` follows; used for manual moves). */
export function blockReason(judge: AssignJudge, entry: AssignEntry, excludeOwnCountry: boolean): BlockReason | null {
  const declared = judge.conflicts;
  if (declared.entryIds.includes(entry.id)) return 'declared_conflict_entry';
  if (entry.schoolIds.some((s) => declared.schoolIds.includes(s))) return 'declared_conflict_school';
  if (declared.countryCodes.some((c) => sameCountry(c, entry.countryCode))) return 'declared_conflict_country';
  if (judge.schoolId !== null && entry.schoolIds.includes(judge.schoolId)) return 'own_school';
  if (excludeOwnCountry && judge.countryCode !== null && sameCountry(judge.countryCode, entry.countryCode)) return 'own_country';
  return null;
}

/** A well-mixed 32-bit hash of three integers: the seeded tie-breaks (murmur3's finaliser). */
function mix(seed: number, a: number, b: number): number {
  let h = (seed ^ Math.imul(a + 1, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca77)) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Code-unit order, the same on every machine (localeCompare is not). */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const byId = <T extends { id: string }>(items: readonly T[], what: string): number[] => {
  const order = items.map((_, i) => i).sort((a, b) => compareText(items[a].id, items[b].id));
  for (let i = 1; i < order.length; i++) if (items[order[i]].id === items[order[i - 1]].id) throw new Error(`Two ${what} have the id ${items[order[i]].id}.`);
  return order;
};

function pushTo(map: Map<string, number[]>, key: string, judge: number): void {
  const list = map.get(key);
  if (list) list.push(judge);
  else map.set(key, [judge]);
}

/**
 * The working state, on indices in id order. `panel[e]` holds the judges of entry e, the kept ones first
 * (`kept[e]` of them, never moved); `blocked` has one bit per entry-judge pair.
 */
interface Round {
  entries: AssignEntry[];
  judges: AssignJudge[];
  words: number;
  blocked: Uint32Array;
  panel: number[][];
  kept: Int32Array;
  load: Int32Array;
  language: Int32Array;
  speaks: Uint8Array;
  languages: number;
  seed: number;
}

const isBlocked = (r: Round, e: number, j: number): boolean => (r.blocked[e * r.words + (j >>> 5)] & (1 << (j & 31))) !== 0;
const speaks = (r: Round, j: number, e: number): boolean => r.speaks[j * r.languages + r.language[e]] === 1;
/** j may be added to e: not blocked and not already on its panel */
const canAdd = (r: Round, e: number, j: number): boolean => !isBlocked(r, e, j) && !r.panel[e].includes(j);

function buildRound(input: AssignInput): Round {
  const entries = byId(input.entries, 'entries').map((i) => input.entries[i]);
  const judges = byId(input.judges, 'judges').map((i) => input.judges[i]);
  const E = entries.length;
  const J = judges.length;
  const words = (J + 31) >>> 5;

  // who is blocked by what, so that each entry costs only its blocked pairs (most pairs are allowed)
  const byEntry = new Map<string, number[]>();
  const bySchool = new Map<string, number[]>();
  const byCountry = new Map<string, number[]>();
  judges.forEach((judge, j) => {
    for (const id of new Set(judge.conflicts.entryIds)) pushTo(byEntry, id, j);
    const schools = new Set(judge.conflicts.schoolIds);
    if (judge.schoolId !== null) schools.add(judge.schoolId);
    for (const s of schools) pushTo(bySchool, s, j);
    const countries = new Set(judge.conflicts.countryCodes.map((c) => c.toUpperCase()));
    if (input.excludeOwnCountry && judge.countryCode !== null) countries.add(judge.countryCode.toUpperCase());
    for (const c of countries) pushTo(byCountry, c, j);
  });
  const blocked = new Uint32Array(E * words);
  entries.forEach((entry, e) => {
    const lists = [byEntry.get(entry.id), byCountry.get(entry.countryCode.toUpperCase()), ...entry.schoolIds.map((s) => bySchool.get(s))];
    for (const list of lists) for (const j of list ?? []) blocked[e * words + (j >>> 5)] |= 1 << (j & 31);
  });

  const languageIds = new Map<string, number>();
  const language = Int32Array.from(entries, (entry) => {
    const tag = primaryLanguage(entry.language);
    if (!languageIds.has(tag)) languageIds.set(tag, languageIds.size);
    return languageIds.get(tag)!;
  });
  const languages = Math.max(1, languageIds.size);
  const speaksTable = new Uint8Array(J * languages);
  judges.forEach((judge, j) => {
    for (const tag of judge.languages) {
      const id = languageIds.get(primaryLanguage(tag));
      if (id !== undefined) speaksTable[j * languages + id] = 1;
    }
  });

  const entryIndex = new Map(entries.map((entry, e) => [entry.id, e]));
  const judgeIndex = new Map(judges.map((judge, j) => [judge.id, j]));
  const panel: number[][] = entries.map(() => []);
  const kept = new Int32Array(E);
  const load = new Int32Array(J);
  const pairKey = (p: { judgeId: string; entryId: string }): string => `${p.entryId}\u0000${p.judgeId}`;
  const keptPairs = [...(input.keep ?? [])].sort((a, b) => compareText(pairKey(a), pairKey(b)));
  for (const { judgeId, entryId } of keptPairs) {
    const e = entryIndex.get(entryId);
    const j = judgeIndex.get(judgeId);
    if (e === undefined) throw new Error(`A kept pair names entry ${entryId}, which is not in this round.`);
    if (j === undefined) throw new Error(`A kept pair names judge ${judgeId}, who is not in this round.`);
    if (panel[e].includes(j)) continue;
    panel[e].push(j);
    kept[e]++;
    load[j]++;
  }
  return { entries, judges, words, blocked, panel, kept, load, language, speaks: speaksTable, languages, seed: (input.seed ?? 0) | 0 };
}

/**
 * First pass: every entry gets min(k, allowed) judges, which is final (later passes only swap judges within an
 * entry). It goes over the entries twice, in a seeded random order. The first time, an entry takes only judges who
 * understand its language and are below the even share (the total load over the number of judges, rounded up); the
 * second time it takes whoever is allowed, judges below the even share first. Each time the lowest load goes first,
 * then a seeded random pick that differs for every entry (the mixing). Handing out the language matches first keeps
 * the few judges of a rare language from being spent on entries that others could judge as well.
 */
function fillPanels(r: Round, k: number): void {
  const E = r.entries.length;
  const J = r.judges.length;
  const wanted = new Int32Array(E);
  let total = r.load.reduce((sum, l) => sum + l, 0);
  for (let e = 0; e < E; e++) {
    let allowed = 0;
    for (let j = 0; j < J; j++) if (canAdd(r, e, j)) allowed++;
    wanted[e] = Math.max(0, Math.min(k - r.panel[e].length, allowed));
    total += wanted[e];
  }
  const share = Math.ceil(total / Math.max(1, J));
  const order = Array.from({ length: E }, (_, e) => e).sort((a, b) => mix(r.seed, a, -1) - mix(r.seed, b, -1) || a - b);
  const bestKey: number[] = [];
  const bestJudge: number[] = [];
  for (const matchesOnly of [true, false])
    for (const e of order) {
      const want = wanted[e];
      if (want === 0) continue;
      bestKey.length = 0;
      bestJudge.length = 0;
      for (let j = 0; j < J; j++) {
        if (matchesOnly && (r.load[j] >= share || !speaks(r, j, e))) continue;
        if (!canAdd(r, e, j)) continue;
        // at or above the even share last, then the load, then 21 random bits: exact in a double for loads below 2^30
        const key = (r.load[j] >= share ? 2 ** 51 : 0) + r.load[j] * 2 ** 21 + (mix(r.seed, e, j) & 0x1fffff);
        if (bestKey.length === want && key >= bestKey[want - 1]) continue;
        let at = Math.min(bestKey.length, want - 1);
        while (at > 0 && bestKey[at - 1] > key) at--;
        bestKey.splice(at, 0, key);
        bestJudge.splice(at, 0, j);
        if (bestKey.length > want) {
          bestKey.pop();
          bestJudge.pop();
        }
      }
      for (const j of bestJudge) {
        r.panel[e].push(j);
        r.load[j]++;
      }
      wanted[e] -= bestJudge.length;
    }
}

/**
 * Moves entries from heavy to light judges until the loads are decreasingly minimal (see the top of the file).
 * An exchange is a chain: judge a takes entry e1 from judge b1, b1 takes e2 from b2, ..., bn loses one entry overall;
 * every entry keeps its number of judges, only a gains and only bn loses. Level by level, from the lowest load t up,
 * a breadth-first search from every judge with load <= t looks for a chain ending at a judge with load >= t + 2 and
 * applies it. When a level has none, what its search reached is closed: nothing there leads to a judge with load
 * >= t + 2, and no later chain touches it (had a chain passed through it, that search would have found the chain's
 * end), so it stays closed for good and the later searches skip it. One pass over the levels is therefore enough, and
 * the searches that find nothing cost O(entries × judges) together, not per level.
 */
function balance(r: Round): void {
  const E = r.entries.length;
  const J = r.judges.length;
  if (J < 2) return;
  const CLOSED = -1;
  const judgeSeen = new Int32Array(J);
  const entrySeen = new Int32Array(E);
  const cameFromEntry = new Int32Array(J);
  const cameFromJudge = new Int32Array(E);
  const queue = new Int32Array(J);
  let stamp = 0;
  let tail = 0;

  const findChain = (t: number): number => {
    stamp++;
    tail = 0;
    for (let j = 0; j < J; j++)
      if (r.load[j] <= t && judgeSeen[j] !== CLOSED) {
        judgeSeen[j] = stamp;
        cameFromEntry[j] = -1;
        queue[tail++] = j;
      }
    for (let head = 0; head < tail; head++) {
      const x = queue[head];
      for (let e = 0; e < E; e++) {
        if (entrySeen[e] === stamp || entrySeen[e] === CLOSED || !canAdd(r, e, x)) continue;
        entrySeen[e] = stamp;
        cameFromJudge[e] = x;
        const panel = r.panel[e];
        for (let i = r.kept[e]; i < panel.length; i++) {
          const y = panel[i];
          if (judgeSeen[y] === stamp || judgeSeen[y] === CLOSED) continue;
          judgeSeen[y] = stamp;
          cameFromEntry[y] = e;
          if (r.load[y] >= t + 2) return y;
          queue[tail++] = y;
        }
      }
    }
    return -1;
  };

  const close = (): void => {
    for (let i = 0; i < tail; i++) judgeSeen[queue[i]] = CLOSED;
    for (let e = 0; e < E; e++) if (entrySeen[e] === stamp) entrySeen[e] = CLOSED;
  };

  const applyChain = (last: number): void => {
    let b = last;
    for (;;) {
      const e = cameFromEntry[b];
      const a = cameFromJudge[e];
      const panel = r.panel[e];
      panel[panel.indexOf(b)] = a;
      r.load[b]--;
      r.load[a]++;
      if (cameFromEntry[a] === -1) return;
      b = a;
    }
  };

  let t = Math.min(...r.load);
  while (t + 2 <= Math.max(...r.load)) {
    const last = findChain(t);
    if (last === -1) {
      close();
      t++;
    } else applyChain(last);
  }
}

/**
 * Swaps a judge who does not understand the entry's language for one who does, where the newcomer's load is one
 * below: the two loads trade places, so the sorted loads, and with them the balance, do not change.
 */
function preferLanguage(r: Round): void {
  const J = r.judges.length;
  // the swaps keep the multiset of loads, so a judge whose load minus one is nobody's load can be passed over
  const levels = new Set(r.load);
  for (let round = 0; round < 4; round++) {
    let swapped = false;
    for (let e = 0; e < r.entries.length; e++) {
      const panel = r.panel[e];
      for (let i = r.kept[e]; i < panel.length; i++) {
        const b = panel[i];
        if (speaks(r, b, e) || !levels.has(r.load[b] - 1)) continue;
        const start = mix(r.seed, e, J + round) % J;
        for (let step = 0; step < J; step++) {
          const a = (start + step) % J;
          if (r.load[a] + 1 !== r.load[b] || !speaks(r, a, e) || !canAdd(r, e, a)) continue;
          panel[i] = a;
          r.load[a]++;
          r.load[b]--;
          swapped = true;
          break;
        }
      }
    }
    if (!swapped) return;
  }
}

/** Why an entry has fewer than k judges, in counts an organiser can act on. */
function uncoveredWhy(r: Round, e: number, excludeOwnCountry: boolean): Pick<UncoveredEntry, 'reason' | 'judges' | 'blocked'> {
  const judges = r.judges.length;
  const blocked = { declared: 0, sameSchool: 0, sameCountry: 0 };
  r.judges.forEach((judge, j) => {
    if (r.panel[e].includes(j)) return;
    const reason = blockReason(judge, r.entries[e], excludeOwnCountry);
    if (reason === 'own_school') blocked.sameSchool++;
    else if (reason === 'own_country') blocked.sameCountry++;
    else if (reason !== null) blocked.declared++;
  });
  const reason: UncoveredReason = judges === 0 ? 'no_judges' : r.panel[e].length === judges ? 'too_few_judges' : 'blocked';
  return { reason, judges, blocked };
}

/** Assigns k judges to every entry wherever the rules allow, loads as even as they can be (see the top of the file). */
export function assignJudges(input: AssignInput): AssignResult {
  const k = input.judgesPerEntry;
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`judgesPerEntry must be a whole number of at least 0, not ${k}.`);
  const r = buildRound(input);
  fillPanels(r, k);
  balance(r);
  preferLanguage(r);

  const entryAt = new Map(r.entries.map((entry, e) => [entry.id, e]));
  const assignments: AssignResult['assignments'] = [];
  const uncovered: AssignResult['uncovered'] = [];
  for (const entry of input.entries) {
    const e = entryAt.get(entry.id)!;
    for (const j of r.panel[e]) assignments.push({ judgeId: r.judges[j].id, entryId: entry.id, languageMatch: speaks(r, j, e) });
    const assigned = r.panel[e].length;
    if (assigned < k) uncovered.push({ entryId: entry.id, assigned, needed: k, eligibleJudges: assigned, ...uncoveredWhy(r, e, input.excludeOwnCountry) });
  }
  const judgeAt = new Map(r.judges.map((judge, j) => [judge.id, j]));
  const loads: Record<string, number> = {};
  for (const judge of input.judges) loads[judge.id] = r.load[judgeAt.get(judge.id)!];
  return { assignments, uncovered, loads };
}
