import { weightedTotal } from './scorecard.js';
import { checkResultOptions, describeMethod, resolveAggregation, TRIM_MIN_JUDGES, validAudienceWeight } from './results-method.js';
import { indexJudges, meanSorted, normaliseByJudge } from './results-normalise.js';
import {
  calibratedTotals,
  calibrationDesign,
  calibrationParts,
  judgeOffsets,
  solveOffsets,
  type CalibrationPart,
  type JudgeOffset,
} from './results-calibrate.js';
import { AGGREGATION_CHOICES } from './results-types.js';
import { rankEntries } from './results-ties.js';
import type { EntryResult, OrganiserDecision, ResultOptions, ResultsInput, RoundResults } from './results-types.js';

/**
 * A round's results: every entry's score from the judges' submitted scorecards, the ranking, and how each tie
 * was settled. The aggregation is the organisers' choice, made before the scores are in and shown with the
 * results (RoundResults.method): the raw mean, a per-judge z-score, or a least-squares calibration that takes each
 * judge's estimated leniency off their totals; by default the mean where every judge scored every entry and the
 * calibration where panels differ (a lenient judge would otherwise lift exactly the entries they drew). Optionally
 * trimmed, optionally mixed with an audience vote. Ties are broken by a chain declared in advance, never by whatever
 * order the database returned the rows in: the same scorecards give the same results, row for row, however they
 * are listed.
 *
 * The parts: results-types.ts (the shapes), results-normalise.ts (the z-score), results-calibrate.ts (the
 * calibration), results-method.ts (the options' checks and the method), results-ties.ts (ranking and ties),
 * results-confidence.ts (how sure the ranking is). Import them all from here.
 */

export type {
  Aggregation,
  AggregationChoice,
  AggregationReason,
  DecidedBy,
  EntryResult,
  MethodTieBreak,
  OrganiserDecision,
  ResultEntryInput,
  ResultOptions,
  ResultScorecardInput,
  ResultsInput,
  ResultsMethod,
  RoundResults,
  TieBreak,
} from './results-types.js';
export { checkResultOptions, TIE_BREAK_KINDS, TRIM_MIN_JUDGES, validAudienceWeight, type TieBreakProblem } from './results-method.js';
export { normaliseTotals, type JudgeTotal } from './results-normalise.js';
export { AGGREGATION_CHOICES, AGGREGATION_REASONS, AGGREGATIONS } from './results-types.js';
export { resolveAggregation } from './results-method.js';
export { FULL_PRIOR_SCORECARDS, type CalibrationPart, type JudgeOffset } from './results-calibrate.js';

export const DEFAULT_RESULT_OPTIONS: ResultOptions = {
  aggregation: 'auto',
  trimmed: false,
  tieBreaks: [{ kind: 'first_places' }, { kind: 'organiser' }],
};

/**
 * Scores are compared, and reported, to nine decimal places, as in ranking.ts: two entries whose totals have the
 * same mean can differ in the last binary digit depending on the order of the additions, and a tie an organiser
 * must decide must not hide behind that. Nine places is far below any difference a judge can make.
 */
const DECIMALS = 1e9;
const round9 = (x: number): number => Math.round(x * DECIMALS) / DECIMALS;

/**
 * An entry's score from its scorecards' counted totals (as the aggregation made them): their mean, trimmed when the
 * options say so and the entry has enough of them, mixed with the audience's share (0–100) when the options weigh
 * it. Sorts `counted` in place.
 */
export function entryScore(counted: number[], options: ResultOptions, audienceShare: number): number {
  const judged = meanSorted(counted, options.trimmed && counted.length >= TRIM_MIN_JUDGES);
  const w = options.audienceWeight ?? 0;
  return w > 0 ? (1 - w) * judged + w * audienceShare : judged;
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
  if (!(AGGREGATION_CHOICES as readonly unknown[]).includes(options.aggregation))
    throw new RangeError(`Choose how totals are combined: one of ${AGGREGATION_CHOICES.join(', ')}, not ${String(options.aggregation)}.`);
  const problems = checkResultOptions(rubric, options);
  if (problems.length)
    throw new RangeError(
      `Cannot compute results with these options: ${problems.map((p) => `tie-break ${p.index + 1}: ${p.problem.reason} ${JSON.stringify(p.problem.params)}`).join('; ')}`,
    );
  if (!validAudienceWeight(options.audienceWeight))
    throw new RangeError(`Give the audience vote a weight from 0 to 1 (0 leaves the votes out of the score); ${options.audienceWeight} is outside that range.`);

  const cardsOf = new Map<string, number[]>();
  const entryIndex = new Map<string, number>();
  for (const e of entries) {
    if (cardsOf.has(e.entryId)) throw new RangeError(`Entry ${e.entryId} is listed twice.`);
    cardsOf.set(e.entryId, []);
    entryIndex.set(e.entryId, entryIndex.size);
  }
  const entryOfCard = new Int32Array(scorecards.length);
  const judges = indexJudges(scorecards.map((s) => s.judgeId));
  const judgeOf = judges.of;
  const totals = scorecards.map((s, i) => {
    const cards = cardsOf.get(s.entryId);
    if (!cards) throw new RangeError(`Judge ${s.judgeId} has a scorecard for entry ${s.entryId}, which is not among the entries.`);
    for (const c of cards)
      if (judgeOf[c] === judgeOf[i]) throw new RangeError(`Judge ${s.judgeId} has two scorecards for entry ${s.entryId}; count only the submitted one.`);
    cards.push(i);
    entryOfCard[i] = entryIndex.get(s.entryId)!;
    return weightedTotal(rubric, s.scores);
  });
  const complete = judges.ids.length * entries.length === scorecards.length;
  const applied = resolveAggregation(options.aggregation, complete);
  let counted = totals;
  let offsetsOfJudges: JudgeOffset[] = [];
  let parts: CalibrationPart[] = [];
  if (applied.aggregation === 'zscore') counted = normaliseByJudge(judges, totals);
  else if (applied.aggregation === 'calibrated') {
    const design = calibrationDesign(
      judges.ids,
      judges.of,
      entries.map((e) => e.entryId),
      entryOfCard,
    );
    const offsets = solveOffsets(design, totals);
    counted = calibratedTotals(design, totals, offsets);
    offsetsOfJudges = judgeOffsets(design, totals, offsets);
    if (design.parts > 1) parts = calibrationParts(design);
  }

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
  const mostVotes = entries.reduce((m, e) => Math.max(m, votesOf(e.entryId)), 0);

  const results = entries.map((e): EntryResult => {
    const cards = cardsOf.get(e.entryId)!;
    const n = cards.length;
    const audienceVotes = votesOf(e.entryId);
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
      score: n
        ? round9(
            entryScore(
              cards.map((i) => counted[i]),
              options,
              audienceShare,
            ),
          )
        : null,
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
  return {
    options: copied,
    method: describeMethod(rubric, options, { ...applied, parts }),
    entries: rankEntries(results, options.tieBreaks, decisions),
    judgeOffsets: offsetsOfJudges,
  };
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
