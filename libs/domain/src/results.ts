import type { Rubric } from './rubric.js';
import { weightedTotal, type Scores } from './scorecard.js';

/**
 * A round's results: every entry's score from the judges' submitted scorecards, the ranking, and how each tie
 * was settled. The aggregation is the organisers' choice, made before the scores are in and shown with the
 * results (RoundResults.method): the raw mean, or a per-judge calibration (DOMAIN.md, "Fairness principles"),
 * optionally trimmed, optionally mixed with an audience vote. Ties are broken by a chain declared in advance,
 * never by whatever order the database returned the rows in: the same scorecards give the same results, row for
 * row, however they are listed.
 */

export type TieBreak =
  /** higher mean level on that rubric criterion (key) */
  | { kind: 'criterion'; criterion: string }
  /** more "first places": judges for whom this entry has their highest total among the scorecards they submitted in the round (ties for a judge's top all count) */
  | { kind: 'first_places' }
  /** an organiser's recorded decision (see OrganiserDecision) */
  | { kind: 'organiser' };

export interface ResultOptions {
  /** per-judge normalisation: z-score of each scorecard total across that judge's scorecards in the round, rescaled to the 0–100 scale (see normaliseTotals) */
  normalise: boolean;
  /** trimmed mean (drop the single highest and lowest scorecard) for entries with 5 or more judges */
  trimmed: boolean;
  /** the declared tie-break chain, applied in order when scores are equal */
  tieBreaks: TieBreak[];
  /** optional audience vote weighting in [0,1]; 0 or absent = votes never mix into the judges' score */
  audienceWeight?: number;
}

export interface ResultEntryInput {
  entryId: string;
  code: string;
  categoryId: string;
  countryCode: string;
}

/** A submitted scorecard; drafts never count. */
export interface ResultScorecardInput {
  entryId: string;
  judgeId: string;
  scores: Scores;
}

/** An organiser's decision for a tie: these entries, in this order (best first). */
export interface OrganiserDecision {
  entryIds: string[];
}

export interface ResultsInput {
  rubric: Rubric;
  /** every entry of the round: a scorecard for an entry not listed here is refused */
  entries: ResultEntryInput[];
  /** submitted scorecards only, at most one per judge and entry */
  scorecards: ResultScorecardInput[];
  options: ResultOptions;
  decisions?: OrganiserDecision[];
  /** entryId -> audience votes (whole numbers, 0 or more); only mixed into scores when options.audienceWeight > 0 */
  votes?: Record<string, number>;
}

export type DecidedBy = 'score' | 'criterion' | 'first_places' | 'organiser' | 'unresolved';

export interface EntryResult {
  entryId: string;
  code: string;
  categoryId: string;
  countryCode: string;
  /** 1-based; entries still tied after the whole chain share a rank (1,2,2,4) */
  rank: number;
  /** the final score on 0–100 (after normalisation, trim and audience weighting), to 9 decimals; null when no scorecard */
  score: number | null;
  /** plain mean of the weighted totals, to 9 decimals, whatever the options; null when no scorecard */
  rawMean: number | null;
  /** submitted scorecards for the entry; a trimmed mean is over two fewer */
  judges: number;
  /** criterion key -> mean level over all the entry's scorecards (never trimmed), to 9 decimals; empty when no scorecard */
  criterionMeans: Record<string, number>;
  /** judges for whom this is (one of) the entries with their highest total in the round */
  firstPlaces: number;
  /** as given, whether or not they are mixed into the score */
  audienceVotes: number;
  /**
   * What finally set this entry apart from every entry with the same score: 'score' when its score is unique
   * (and for entries without a score, placed last), otherwise the tie-break at which it was left on its own;
   * 'unresolved' when the whole chain left it tied.
   */
  decidedBy: DecidedBy;
  /** codes of the entries it is still tied with after the chain, by code; empty when resolved */
  tiedWith: string[];
}

export interface RoundResults {
  options: ResultOptions;
  /** one English sentence describing the options used, for display */
  method: string;
  /** ranked, best first */
  entries: EntryResult[];
}

export const DEFAULT_RESULT_OPTIONS: ResultOptions = {
  normalise: false,
  trimmed: false,
  tieBreaks: [{ kind: 'first_places' }, { kind: 'organiser' }],
};

/** A trimmed mean needs enough scorecards that dropping two still leaves a panel. */
export const TRIM_MIN_JUDGES = 5;

/**
 * Scores are compared, and reported, to nine decimal places, as in ranking.ts: two entries whose totals have the
 * same mean can differ in the last binary digit depending on the order of the additions, and a tie an organiser
 * must decide must not hide behind that. Nine places is far below any difference a judge can make.
 */
const DECIMALS = 1e9;
const round9 = (x: number): number => Math.round(x * DECIMALS) / DECIMALS;

/**
 * Sums in ascending order, so that the same numbers give the same sum, to the last bit, whatever order they came
 * in: the results must not depend on the order of the rows.
 */
function sumSorted(xs: readonly number[]): number {
  return [...xs].sort((a, b) => a - b).reduce((s, x) => s + x, 0);
}

/** By code, then id, comparing code units so that the order is the same on every machine and locale. */
const byCode = (a: { code: string; entryId: string }, b: { code: string; entryId: string }): number =>
  a.code < b.code ? -1 : a.code > b.code ? 1 : a.entryId < b.entryId ? -1 : a.entryId > b.entryId ? 1 : 0;

export interface JudgeTotal {
  judgeId: string;
  /** weighted total, 0–100 */
  total: number;
}

/**
 * Each total normalised within its judge's totals, in the order given.
 *
 * For each judge, z = (total − the judge's mean) / the judge's population standard deviation, over that judge's
 * totals in the list; a judge with one total, or the same total everywhere, gives z = 0 (nothing to calibrate
 * against). The normalised total is 50 + z × S, where S is the pooled within-judge standard deviation: the square
 * root of the mean of the variances of the judges with two or more totals (0 when there is none, and then every
 * normalised total is 50). So a lenient and a severe judge who order their entries alike give them the same
 * normalised totals, centred on the middle of the scale and spread like a typical judge's totals.
 *
 * Neither a judge's z-scores nor S change when a constant is added to all of that judge's totals, so a constant
 * per-judge offset (leniency) is removed exactly, up to floating-point rounding far below the nine decimals
 * results are compared to. Stays near 0–100 rather than within it: a judge whose totals stand out from their own
 * mean by more than the panel's spread around 50 can go a little past either end; clamping would make false ties.
 * Throws a RangeError on a total that is not a finite number.
 */
export function normaliseTotals(cards: readonly JudgeTotal[]): number[] {
  return normaliseByJudge(
    indexJudges(cards.map((c) => c.judgeId)),
    cards.map((c) => c.total),
  );
}

/** Each scorecard's judge as a number from 0, in order of first appearance, with the judges' ids. */
interface JudgeIndex {
  of: Int32Array;
  ids: string[];
}

function indexJudges(judgeIds: readonly string[]): JudgeIndex {
  const index = new Map<string, number>();
  const of = new Int32Array(judgeIds.length);
  judgeIds.forEach((id, i) => {
    let j = index.get(id);
    if (j === undefined) index.set(id, (j = index.size));
    of[i] = j;
  });
  return { of, ids: [...index.keys()] };
}

/** normaliseTotals over the judge and the total of each scorecard. */
function normaliseByJudge(judges: JudgeIndex, totals: readonly number[]): number[] {
  const own = judges.ids.map((): number[] => []);
  totals.forEach((total, i) => {
    if (!Number.isFinite(total)) throw new RangeError(`Judge ${judges.ids[judges.of[i]]} has a total of ${total}; totals must be numbers.`);
    own[judges.of[i]].push(total);
  });
  const means = new Float64Array(own.length);
  const sds = new Float64Array(own.length);
  const variances: number[] = [];
  own.forEach((ts, j) => {
    // one order for both sums, whatever order the scorecards came in (see sumSorted)
    ts.sort((a, b) => a - b);
    let sum = 0;
    for (const t of ts) sum += t;
    means[j] = sum / ts.length;
    let squares = 0;
    for (const t of ts) squares += (t - means[j]) ** 2;
    sds[j] = Math.sqrt(squares / ts.length);
    if (ts.length >= 2) variances.push(squares / ts.length);
  });
  const pooledSd = variances.length ? Math.sqrt(sumSorted(variances) / variances.length) : 0;
  return totals.map((total, i) => {
    const j = judges.of[i];
    return 50 + (sds[j] > 0 ? (total - means[j]) / sds[j] : 0) * pooledSd;
  });
}

const quoted = (text: string): string => `“${text}”`;

function criterionName(rubric: Rubric, key: string): string {
  return rubric.criteria.find((c) => c.key === key)?.name.en ?? key;
}

/** How a tie-break reads in the method sentence and in messages, e.g. 'higher “Creativity”'. */
function tieBreakLabel(rubric: Rubric, t: TieBreak): string {
  switch (t.kind) {
    case 'criterion':
      return `higher ${quoted(criterionName(rubric, t.criterion))}`;
    case 'first_places':
      return 'more first places';
    case 'organiser':
      return "organiser's decision";
  }
}

const sameTieBreak = (a: TieBreak, b: TieBreak): boolean =>
  a.kind === b.kind && (a.kind !== 'criterion' || (b.kind === 'criterion' && a.criterion === b.criterion));

/**
 * Every problem at once, in English an organiser can act on, in the order of the chain, then the audience weight.
 * Options with problems are refused by computeResults: a tie-break on a criterion the rubric lacks would break
 * nothing, silently.
 */
export function checkResultOptions(rubric: Rubric, o: ResultOptions): string[] {
  const problems: string[] = [];
  const known = rubric.criteria.map((c) => quoted(c.name.en)).join(', ');
  o.tieBreaks.forEach((t, i) => {
    const which = `Tie-break ${i + 1}`;
    const kind = (t as { kind: unknown }).kind;
    if (kind !== 'criterion' && kind !== 'first_places' && kind !== 'organiser') {
      problems.push(`${which} is of a kind this app does not know (${JSON.stringify(kind)}). Use a criterion, first places or the organiser's decision.`);
      return;
    }
    if (t.kind === 'criterion' && !rubric.criteria.some((c) => c.key === t.criterion))
      problems.push(`${which} compares the criterion "${t.criterion}", which this rubric does not have. Choose one of: ${known}.`);
    const earlier = o.tieBreaks.findIndex((u) => sameTieBreak(u, t));
    if (earlier < i)
      problems.push(
        `${which} repeats tie-break ${earlier + 1} (${tieBreakLabel(rubric, t)}): a tie it did not break the first time, it cannot break the second. Remove it.`,
      );
    if (t.kind === 'organiser' && i !== o.tieBreaks.length - 1)
      problems.push(`${which}, the organiser's decision, must come last: organisers decide only the ties the declared rules leave. Move it to the end.`);
  });
  const w = o.audienceWeight;
  if (w !== undefined && !(w >= 0 && w <= 1))
    problems.push(`Give the audience vote a weight from 0 to 1 (0 leaves the votes out of the score); ${w} is outside that range.`);
  return problems;
}

const percent = (x: number): string => `${Math.round(x * 1000) / 10}%`;

/** e.g. "Mean of judges' weighted totals, normalised per judge (z-score, rescaled to 0–100); ties broken by: more first places." */
function describeMethod(rubric: Rubric, o: ResultOptions): string {
  let s = "Mean of judges' weighted totals";
  if (o.normalise) s += ', normalised per judge (z-score, rescaled to 0–100)';
  if (o.trimmed) s += `; trimmed mean for entries with ${TRIM_MIN_JUDGES} or more judges`;
  const w = o.audienceWeight ?? 0;
  if (w > 0) s += `; weighted ${percent(1 - w)} judges and ${percent(w)} audience vote (votes as a share of the most-voted entry's)`;
  if (o.tieBreaks.length === 0) return `${s}; equal scores share a rank.`;
  return `${s}; ties broken by: ${o.tieBreaks.map((t) => tieBreakLabel(rubric, t)).join(', ')}.`;
}

/**
 * Mean of the values, added in ascending order (see sumSorted); without the lowest and highest when `trim`.
 * Sorts `values` in place.
 */
function meanSorted(values: number[], trim: boolean): number {
  values.sort((a, b) => a - b);
  const drop = trim ? 1 : 0;
  let sum = 0;
  for (let i = drop; i < values.length - drop; i++) sum += values[i];
  return sum / (values.length - 2 * drop);
}

/** Sets an own property, even one named "__proto__" (a valid criterion key). */
function setOwn(o: Record<string, number>, key: string, value: number): void {
  if (key === '__proto__') Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
  else o[key] = value;
}

/**
 * Scores every entry and ranks them. Throws a RangeError when checkResultOptions finds problems, on an entry listed
 * twice, on a scorecard for an entry not listed or a second scorecard of a judge for the same entry, on an invalid
 * or incomplete scorecard (see weightedTotal) and on a vote count that is not a whole number, 0 or more.
 */
export function computeResults(input: ResultsInput): RoundResults {
  const { rubric, entries, scorecards, options, decisions = [], votes = {} } = input;
  const problems = checkResultOptions(rubric, options);
  if (problems.length) throw new RangeError(`Cannot compute results with these options: ${problems.join(' ')}`);

  const cardsOf = new Map<string, number[]>();
  for (const e of entries) {
    if (cardsOf.has(e.entryId)) throw new RangeError(`Entry ${e.entryId} is listed twice.`);
    cardsOf.set(e.entryId, []);
  }
  const judges = indexJudges(scorecards.map((s) => s.judgeId));
  const judgeOf = judges.of;
  const totals = scorecards.map((s, i) => {
    const cards = cardsOf.get(s.entryId);
    if (!cards) throw new RangeError(`Judge ${s.judgeId} has a scorecard for entry ${s.entryId}, which is not among the entries.`);
    for (const c of cards)
      if (judgeOf[c] === judgeOf[i]) throw new RangeError(`Judge ${s.judgeId} has two scorecards for entry ${s.entryId}; count only the submitted one.`);
    cards.push(i);
    return weightedTotal(rubric, s.scores);
  });
  const counted = options.normalise ? normaliseByJudge(judges, totals) : totals;

  // each judge's top total, to the same nine places as everything compared
  const rounded = totals.map(round9);
  const top = new Float64Array(judges.ids.length).fill(-Infinity);
  rounded.forEach((t, i) => {
    if (t > top[judgeOf[i]]) top[judgeOf[i]] = t;
  });

  const votesOf = (entryId: string): number => {
    if (!Object.hasOwn(votes, entryId)) return 0;
    const v = votes[entryId];
    if (!(Number.isInteger(v) && v >= 0)) throw new RangeError(`Entry ${entryId} has ${v} audience votes; votes are counted in whole numbers, 0 or more.`);
    return v;
  };
  const w = options.audienceWeight ?? 0;
  const mostVotes = entries.reduce((m, e) => Math.max(m, votesOf(e.entryId)), 0);
  const trim = (n: number) => options.trimmed && n >= TRIM_MIN_JUDGES;

  const results = entries.map((e): EntryResult => {
    const cards = cardsOf.get(e.entryId)!;
    const n = cards.length;
    const audienceVotes = votesOf(e.entryId);
    const judgeScore = n
      ? meanSorted(
          cards.map((i) => counted[i]),
          trim(n),
        )
      : 0;
    const audienceShare = mostVotes > 0 ? (100 * audienceVotes) / mostVotes : 0;
    const criterionMeans: Record<string, number> = {};
    for (const c of rubric.criteria) {
      if (n === 0) break;
      // levels are whole numbers, so this sum is exact in any order
      let sum = 0;
      for (const i of cards) sum += scorecards[i].scores[c.key];
      setOwn(criterionMeans, c.key, round9(sum / n));
    }
    let firstPlaces = 0;
    for (const i of cards) if (rounded[i] === top[judgeOf[i]]) firstPlaces++;
    return {
      entryId: e.entryId,
      code: e.code,
      categoryId: e.categoryId,
      countryCode: e.countryCode,
      rank: 0, // rank, decidedBy and tiedWith are filled in by rankEntries
      score: n ? round9(w > 0 ? (1 - w) * judgeScore + w * audienceShare : judgeScore) : null,
      rawMean: n
        ? round9(
            meanSorted(
              cards.map((i) => totals[i]),
              false,
            ),
          )
        : null,
      judges: n,
      criterionMeans,
      firstPlaces,
      audienceVotes,
      decidedBy: 'score',
      tiedWith: [],
    };
  });

  const copied: ResultOptions = { ...options, tieBreaks: options.tieBreaks.map((t) => ({ ...t })) };
  return { options: copied, method: describeMethod(rubric, options), entries: rankEntries(results, options.tieBreaks, decisions) };
}

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
function rankEntries(entries: EntryResult[], tieBreaks: TieBreak[], decisions: OrganiserDecision[]): EntryResult[] {
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

/**
 * Re-ranks a subset (one category, one country) with the same chain and the given decisions. Scores, criterion
 * means and first places are NOT recomputed: the calibration stays round-wide, so an entry's score is the same in
 * every table it appears in, and a judge's first place is their first place in the round.
 */
export function rankWithin(results: RoundResults, keep: (e: EntryResult) => boolean, decisions: OrganiserDecision[] = []): RoundResults {
  return { ...results, entries: rankEntries(results.entries.filter(keep), results.options.tieBreaks, decisions) };
}

function rankPer(results: RoundResults, keyOf: (e: EntryResult) => string, decisions: OrganiserDecision[]): Record<string, RoundResults> {
  const groups = new Map<string, EntryResult[]>();
  for (const e of results.entries) {
    const key = keyOf(e);
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  }
  const keys = [...groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(keys.map((k) => [k, { ...results, entries: rankEntries(groups.get(k)!, results.options.tieBreaks, decisions) }]));
}

/** categoryId -> that category's entries re-ranked (see rankWithin). */
export function resultsByCategory(results: RoundResults, decisions: OrganiserDecision[] = []): Record<string, RoundResults> {
  return rankPer(results, (e) => e.categoryId, decisions);
}

/** countryCode -> that country's entries re-ranked (see rankWithin). */
export function resultsByCountry(results: RoundResults, decisions: OrganiserDecision[] = []): Record<string, RoundResults> {
  return rankPer(results, (e) => e.countryCode, decisions);
}
