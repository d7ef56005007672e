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
  const byJudge = new Map<string, number[]>();
  for (const c of cards) {
    if (!Number.isFinite(c.total)) throw new RangeError(`Judge ${c.judgeId} has a total of ${c.total}; totals must be numbers.`);
    const totals = byJudge.get(c.judgeId);
    if (totals) totals.push(c.total);
    else byJudge.set(c.judgeId, [c.total]);
  }
  const stats = new Map<string, { mean: number; sd: number }>();
  const variances: number[] = [];
  for (const [judgeId, totals] of byJudge) {
    const mean = sumSorted(totals) / totals.length;
    const variance = sumSorted(totals.map((t) => (t - mean) ** 2)) / totals.length;
    stats.set(judgeId, { mean, sd: Math.sqrt(variance) });
    if (totals.length >= 2) variances.push(variance);
  }
  const pooledSd = variances.length ? Math.sqrt(sumSorted(variances) / variances.length) : 0;
  return cards.map((c) => {
    const { mean, sd } = stats.get(c.judgeId)!;
    return 50 + (sd > 0 ? (c.total - mean) / sd : 0) * pooledSd;
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
      problems.push(`${which} repeats tie-break ${earlier + 1} (${tieBreakLabel(rubric, t)}): a tie it did not break the first time, it cannot break the second. Remove it.`);
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

function mean(xs: readonly number[]): number {
  return sumSorted(xs) / xs.length;
}

/** Mean of the totals; with trimming and at least TRIM_MIN_JUDGES of them, without one highest and one lowest. */
function entryMean(totals: readonly number[], trimmed: boolean): number {
  if (!trimmed || totals.length < TRIM_MIN_JUDGES) return mean(totals);
  return mean([...totals].sort((a, b) => a - b).slice(1, -1));
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
  const entriesOfJudge = new Map<string, Set<string>>();
  const totals = scorecards.map((s, i) => {
    const cards = cardsOf.get(s.entryId);
    if (!cards) throw new RangeError(`Judge ${s.judgeId} has a scorecard for entry ${s.entryId}, which is not among the entries.`);
    const judged = entriesOfJudge.get(s.judgeId) ?? new Set<string>();
    if (judged.has(s.entryId)) throw new RangeError(`Judge ${s.judgeId} has two scorecards for entry ${s.entryId}; count only the submitted one.`);
    judged.add(s.entryId);
    entriesOfJudge.set(s.judgeId, judged);
    cards.push(i);
    return weightedTotal(rubric, s.scores);
  });
  const counted = options.normalise ? normaliseTotals(scorecards.map((s, i) => ({ judgeId: s.judgeId, total: totals[i] }))) : totals;

  // each judge's top total, to the same nine places as everything compared
  const top = new Map<string, number>();
  scorecards.forEach((s, i) => {
    const t = round9(totals[i]);
    const best = top.get(s.judgeId);
    if (best === undefined || t > best) top.set(s.judgeId, t);
  });

  const votesOf = (entryId: string): number => {
    if (!Object.hasOwn(votes, entryId)) return 0;
    const v = votes[entryId];
    if (!(Number.isInteger(v) && v >= 0)) throw new RangeError(`Entry ${entryId} has ${v} audience votes; votes are counted in whole numbers, 0 or more.`);
    return v;
  };
  const w = options.audienceWeight ?? 0;
  const mostVotes = entries.reduce((m, e) => Math.max(m, votesOf(e.entryId)), 0);

  const results = entries.map((e): EntryResult => {
    const cards = cardsOf.get(e.entryId)!;
    const audienceVotes = votesOf(e.entryId);
    const base = { entryId: e.entryId, code: e.code, categoryId: e.categoryId, countryCode: e.countryCode, rank: 0 };
    // rank, decidedBy and tiedWith are filled in by rankEntries
    const ties = { decidedBy: 'score' as DecidedBy, tiedWith: [] as string[] };
    if (cards.length === 0)
      return { ...base, score: null, rawMean: null, judges: 0, criterionMeans: {}, firstPlaces: 0, audienceVotes, ...ties };
    const judgeScore = entryMean(cards.map((i) => counted[i]), options.trimmed);
    const audienceShare = mostVotes > 0 ? (100 * audienceVotes) / mostVotes : 0;
    const score = w > 0 ? (1 - w) * judgeScore + w * audienceShare : judgeScore;
    const criterionMeans = Object.fromEntries(
      rubric.criteria.map((c) => [c.key, round9(mean(cards.map((i) => scorecards[i].scores[c.key])))]),
    );
    const firstPlaces = cards.filter((i) => round9(totals[i]) === top.get(scorecards[i].judgeId)).length;
    return {
      ...base,
      score: round9(score),
      rawMean: round9(mean(cards.map((i) => totals[i]))),
      judges: cards.length,
      criterionMeans,
      firstPlaces,
      audienceVotes,
      ...ties,
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

/**
 * Ranks by score, highest first, breaking equal scores with the chain; fills rank, decidedBy and tiedWith anew.
 * Groups the chain leaves tied share a rank, listed by code. Entries without a score come last, by code, sharing
 * the rank after the last scored entry, but are not reported as tied: nothing was compared.
 */
function rankEntries(entries: EntryResult[], tieBreaks: TieBreak[], decisions: OrganiserDecision[]): EntryResult[] {
  const scored = entries.filter((e) => e.score !== null).sort((a, b) => b.score! - a.score! || byCode(a, b));
  const unscored = entries.filter((e) => e.score === null).sort(byCode);

  let groups: EntryResult[][] = [];
  for (const e of scored) {
    const last = groups.at(-1);
    if (last && last[0].score === e.score) last.push(e);
    else groups.push([e]);
  }
  const decidedBy = new Map<EntryResult, DecidedBy>();
  for (const g of groups) if (g.length === 1) decidedBy.set(g[0], 'score');
  const places = decisions.map(placesIn);
  for (const t of tieBreaks) {
    groups = groups.flatMap((g) => {
      if (g.length < 2) return [g];
      const parts = splitBy(g, t, places);
      for (const p of parts) if (p.length === 1 && parts.length > 1) decidedBy.set(p[0], t.kind);
      return parts;
    });
  }

  const ranked: EntryResult[] = [];
  for (const g of groups) {
    const rank = ranked.length + 1;
    for (const e of g) {
      const tiedWith = g.length > 1 ? g.filter((x) => x !== e).map((x) => x.code) : [];
      ranked.push({ ...e, rank, decidedBy: decidedBy.get(e) ?? 'unresolved', tiedWith });
    }
  }
  const lastRank = ranked.length + 1;
  for (const e of unscored) ranked.push({ ...e, rank: lastRank, decidedBy: 'score', tiedWith: [] });
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
