/**
 * How sure the ranking is: for the entries near each cut-off (the last award place, the promotion quota), the
 * probability that the entry belongs above it, and for each two neighbours there the probability that the higher
 * one is rightly higher. And each judge's estimated offset and scale, with a 95% interval.
 *
 * The estimate is a seeded bootstrap that resamples judges and scorecards. Each entry's quality and each judge's
 * offset are first estimated with the calibration model (results-calibrate.ts): total = quality + judge offset +
 * noise. Each resample then judges the round again, on the same panels:
 * - every judge of the round takes the offset and the range (scale) of a judge drawn at random from the round's
 *   judges (with replacement): had other judges been drawn, the leniency would have fallen elsewhere, and an entry
 *   far from the middle would have met other ranges;
 * - every scorecard takes the noise of a scorecard drawn at random: a judge drawn at random, then one of that judge's
 *   residuals (total less quality, offset and range), scaled up for the degrees of freedom the fit used;
 * and the round's own method (mean, z-score or calibration, trimmed or not, with the audience share) scores it.
 * The share of resamples in which an entry lands above a cut-off is its probability; the same for a pair.
 *
 * What the model assumes, and how well the figures are calibrated on simulated rounds: docs/fairness.md and
 * `npm run bench:fairness`. Same input, same seed: the same figures, whatever the order of the rows.
 */
import { calibrationDesignOf, judgeOffsets, solveOffsets, type CalibrationDesign } from './results-calibrate.js';
import { normaliseByJudge } from './results-normalise.js';
import { computeResults, entryScore } from './results.js';
import type { Aggregation, ResultsInput, RoundResults } from './results-types.js';
import { weightedTotal } from './scorecard.js';
import { seededRandom } from './random.js';

/** The fewest resamples the figures are made from. */
export const MIN_RESAMPLES = 1000;
/** A pair is too close to call when neither order reaches this probability. */
export const TOO_CLOSE = 0.7;
/** Entries shown on either side of a cut-off. */
export const CUTOFF_WINDOW = 3;

export interface ConfidenceOptions {
  /** positions after which a line is drawn: 3 means "the first three" (awards, a promotion quota) */
  cutoffs: number[];
  /** at least MIN_RESAMPLES (the default) */
  resamples?: number;
  seed?: number;
  /** entries shown on either side of each cut-off (default CUTOFF_WINDOW) */
  window?: number;
}

export interface EntryConfidence {
  entryId: string;
  code: string;
  /** place in the ranking shown, 1-based */
  position: number;
  /** probability that the entry belongs above the cut-off, 0 to 1 */
  above: number;
}

/** Two neighbours in the ranking: the probability that `higher` rightly ranks above `lower`. */
export interface PairConfidence {
  higherId: string;
  higherCode: string;
  lowerId: string;
  lowerCode: string;
  probability: number;
  /** neither order reaches TOO_CLOSE: another judge on these two entries would help */
  tooClose: boolean;
}

export interface CutoffConfidence {
  position: number;
  /** the entries around the cut-off, in the order shown */
  entries: EntryConfidence[];
  /** each two neighbours among them, the pair across the cut-off included */
  pairs: PairConfidence[];
}

/** A 95% interval: the 2.5th and 97.5th percentiles over the resamples. */
export type Interval = [number, number];

export interface JudgeEffect {
  judgeId: string;
  scorecards: number;
  /** points this judge adds to a typical total (0–100 scale): + lenient, − severe */
  offset: number;
  offsetInterval: Interval | null;
  /**
   * how widely the judge spreads their totals, against the entries' estimated quality: 1 typical, below 1 a narrow
   * range, above 1 a wide one. Null when it cannot be measured (fewer than two entries of different quality).
   */
  scale: number | null;
  scaleInterval: Interval | null;
  /** every total of this judge is the same */
  constant: boolean;
  /** pseudo-scorecards of prior towards 0 (see FULL_PRIOR_SCORECARDS) */
  prior: number;
}

export interface RankingConfidence {
  resamples: number;
  seed: number;
  aggregation: Aggregation;
  /** the noise of a scorecard total, in points (standard deviation); null when no entry has two scorecards */
  noise: number | null;
  cutoffs: CutoffConfidence[];
  /** by judge id */
  judges: JudgeEffect[];
}

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Each entry's quality under the calibration model: the mean of its totals less their judges' offsets; NaN unscored. */
function qualities(d: CalibrationDesign, totals: ArrayLike<number>, offsets: ArrayLike<number>): Float64Array {
  const q = new Float64Array(d.entryIds.length).fill(Number.NaN);
  d.entryCards.forEach((cs, e) => {
    if (!cs.length) return;
    let sum = 0;
    for (const c of cs) sum += totals[c] - offsets[d.cardJudge[c]];
    q[e] = sum / cs.length;
  });
  return q;
}

/** The least-squares slope of the judge's totals on their entries' qualities; null when the qualities do not vary. */
function slope(d: CalibrationDesign, j: number, totals: ArrayLike<number>, q: Float64Array): number | null {
  const cs = d.judgeCards[j];
  if (cs.length < 2) return null;
  let my = 0;
  let mq = 0;
  for (const c of cs) {
    my += totals[c];
    mq += q[d.cardEntry[c]];
  }
  my /= cs.length;
  mq /= cs.length;
  let num = 0;
  let den = 0;
  for (const c of cs) {
    const dq = q[d.cardEntry[c]] - mq;
    num += (totals[c] - my) * dq;
    den += dq * dq;
  }
  return den > 1e-9 ? num / den : null;
}

function percentile(sorted: Float64Array, p: number): number {
  const at = p * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

/**
 * How much of a place above the line after `places` a score holds among these scores (sorted ascending): 1 when
 * fewer than `places` scores are above it and all its equals fit too, 0 when `places` or more are above it, and
 * otherwise the places left shared among the equal scores (two tied across the line hold half each).
 */
function shareAbove(sorted: Float64Array, s: number, places: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < s) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < sorted.length && sorted[end] === s) end++;
  const above = sorted.length - end;
  const equal = end - lo;
  if (above >= places) return 0;
  return Math.min(1, (places - above) / equal);
}

/**
 * The residuals of the model (quality + offset, + (scale − 1) × (quality − middle) when `scale` is given) of the
 * entries with two scorecards or more, by judge; the scale-up for the degrees of freedom the fit used; and the noise
 * (standard deviation of a total), null when no entry has two scorecards.
 */
function residualsOf(
  d: CalibrationDesign,
  totals: ArrayLike<number>,
  quality: Float64Array,
  offsets: ArrayLike<number>,
  scale: Float64Array | null,
  middle: number,
): { residuals: number[][]; inflate: number; noise: number | null } {
  const residuals: number[][] = d.judgeIds.map(() => []);
  let pooled = 0;
  let fitted = 0;
  let squares = 0;
  d.entryCards.forEach((cs, e) => {
    if (cs.length < 2) return;
    fitted++;
    for (const c of cs) {
      const j = d.cardJudge[c];
      const r = totals[c] - quality[e] - offsets[j] - (scale ? (scale[j] - 1) * (quality[e] - middle) : 0);
      residuals[j].push(r);
      squares += r * r;
      pooled++;
    }
  });
  const judgesFitted = residuals.filter((rs) => rs.length).length;
  const dof = pooled - fitted - Math.max(0, judgesFitted - d.parts) * (scale ? 2 : 1);
  return { residuals, inflate: dof > 0 ? Math.sqrt(pooled / dof) : 1, noise: dof > 0 ? Math.sqrt(squares / dof) : null };
}

/** The judges' slopes pulled towards 1 by the share of their spread the noise explains; 1 where there is none. */
function shrunkScales(d: CalibrationDesign, raw: (number | null)[], quality: Float64Array, noise: number | null): Float64Array {
  const out = new Float64Array(raw.length).fill(1);
  const known = raw.map((s, j) => (s === null ? -1 : j)).filter((j) => j >= 0);
  if (noise === null || known.length < 2) return out;
  let mean = 0;
  for (const j of known) mean += raw[j]!;
  mean /= known.length;
  let spread = 0;
  let sampling = 0;
  for (const j of known) {
    spread += (raw[j]! - mean) ** 2;
    const cs = d.judgeCards[j];
    let mq = 0;
    for (const c of cs) mq += quality[d.cardEntry[c]];
    mq /= cs.length;
    let sxx = 0;
    for (const c of cs) sxx += (quality[d.cardEntry[c]] - mq) ** 2;
    sampling += (noise * noise) / sxx;
  }
  const kept = Math.max(0, 1 - sampling / Math.max(spread, 1e-12));
  for (const j of known) out[j] = 1 + kept * (raw[j]! - 1);
  return out;
}

/**
 * The figures for these results (computed from `input` when not given). Throws a RangeError on fewer than
 * MIN_RESAMPLES resamples; cut-offs outside the scored entries are left out.
 */
export function rankingConfidence(input: ResultsInput, options: ConfidenceOptions, results: RoundResults = computeResults(input)): RankingConfidence {
  const resamples = options.resamples ?? MIN_RESAMPLES;
  const seed = options.seed ?? 1;
  const window = options.window ?? CUTOFF_WINDOW;
  if (!(Number.isInteger(resamples) && resamples >= MIN_RESAMPLES)) throw new RangeError(`Use at least ${MIN_RESAMPLES} resamples, not ${resamples}.`);
  const aggregation = results.method.aggregation;

  // canonical order: scorecards by entry id then judge id, so that the random draws do not depend on the input's order
  const cards = [...input.scorecards].sort((a, b) => byId(a.entryId, b.entryId) || byId(a.judgeId, b.judgeId));
  const totals = cards.map((c) => weightedTotal(input.rubric, c.scores));
  const d = calibrationDesignOf(
    cards.map((c) => c.judgeId),
    cards.map((c) => c.entryId),
    input.entries.map((e) => e.entryId),
  );
  const J = d.judgeIds.length;
  const E = d.entryIds.length;
  // the z-score's judge index, from the design's numbering
  const judgeIndex = { of: d.cardJudge, ids: d.judgeIds };
  const offsets = solveOffsets(d, totals);
  const quality = qualities(d, totals, offsets);

  // Each judge's range (scale): the slope of their totals on their entries' quality, around the round's mean quality.
  // A slope from a few scorecards is noisy, so the slopes are pulled towards 1 by the share of their spread that
  // the noise explains (empirical Bayes); the resamples draw a judge's range with their offset, so that an entry far
  // from the middle, where judges' ranges part most, is as uncertain as it is.
  const scoredEntries = d.entryCards.map((cs, e) => (cs.length ? e : -1)).filter((e) => e >= 0);
  let middle = 0;
  for (const e of scoredEntries) middle += quality[e];
  middle /= Math.max(1, scoredEntries.length);
  const rawScale = d.judgeIds.map((_, j) => slope(d, j, totals, quality));
  const offsetOnly = residualsOf(d, totals, quality, offsets, null, middle);
  const scale = shrunkScales(d, rawScale, quality, offsetOnly.noise);
  const { residuals, inflate, noise } = residualsOf(d, totals, quality, offsets, scale, middle);
  const noisy = residuals.map((rs, j) => (rs.length ? j : -1)).filter((j) => j >= 0);

  // the cut-offs and the entries around them, as the ranking shows them
  const scored = results.entries.filter((e) => e.score !== null);
  const eAt = new Map(d.entryIds.map((id, e) => [id, e]));
  const cutoffs = [...new Set(options.cutoffs)].filter((c) => Number.isInteger(c) && c >= 1 && c < scored.length).sort((a, b) => a - b);
  const shown = cutoffs.map((c) => scored.slice(Math.max(0, c - window), Math.min(scored.length, c + window)));
  const shownAt = shown.map((rs) => rs.map((r) => eAt.get(r.entryId)!));
  const aboveCount = cutoffs.map((_, k) => new Float64Array(shown[k].length));
  const pairCount = cutoffs.map((_, k) => new Float64Array(Math.max(0, shown[k].length - 1)));

  // the audience's share of each entry (0–100), as the results counted the votes
  const mostVotes = results.entries.reduce((m, e) => Math.max(m, e.audienceVotes), 0);
  const audience = new Float64Array(E);
  if (mostVotes > 0) for (const r of results.entries) audience[eAt.get(r.entryId)!] = (100 * r.audienceVotes) / mostVotes;

  const starOffset = new Float64Array(J);
  const starScale = new Float64Array(J);
  const star = new Float64Array(totals.length);
  const score = new Float64Array(E);
  const offsetError = d.judgeIds.map(() => new Float64Array(resamples));
  const scaleError = d.judgeIds.map(() => new Float64Array(resamples).fill(Number.NaN));

  /** One resample: the round judged again (see the top of the file); fills `score`, returns the offsets estimated. */
  const judgeAgain = (random: () => number): Float64Array => {
    const draw = (n: number) => Math.floor(random() * n);
    for (let j = 0; j < J; j++) {
      const from = draw(J);
      starOffset[j] = offsets[from];
      starScale[j] = scale[from];
    }
    for (let c = 0; c < star.length; c++) {
      let e = 0;
      if (noisy.length) {
        const from = residuals[noisy[draw(noisy.length)]];
        e = from[draw(from.length)] * inflate;
      }
      const q = quality[d.cardEntry[c]];
      // a total stays on the 0–100 scale, as a judge's levels stay within the rubric: a lenient judge saturates at the top
      star[c] = Math.min(100, Math.max(0, q + starOffset[d.cardJudge[c]] + (starScale[d.cardJudge[c]] - 1) * (q - middle) + e));
    }
    const estimated = solveOffsets(d, star);
    const counted: ArrayLike<number> =
      aggregation === 'calibrated'
        ? Float64Array.from(star, (t, c) => t - estimated[d.cardJudge[c]])
        : aggregation === 'zscore'
          ? normaliseByJudge(judgeIndex, Array.from(star))
          : star;
    for (const e of scoredEntries)
      score[e] = entryScore(
        Array.from(d.entryCards[e], (c) => counted[c]),
        results.options,
        audience[e],
      );
    return estimated;
  };

  // first pass: how far each entry's score moves from one judging to the next, and the judges' estimates
  let random = seededRandom(seed);
  const sum = new Float64Array(E);
  const sumSq = new Float64Array(E);
  for (let s = 0; s < resamples; s++) {
    const estimated = judgeAgain(random);
    for (const e of scoredEntries) {
      sum[e] += score[e];
      sumSq[e] += score[e] * score[e];
    }
    const q = qualities(d, star, estimated);
    for (let j = 0; j < J; j++) {
      offsetError[j][s] = estimated[j] - starOffset[j];
      const sl = slope(d, j, star, q);
      if (sl !== null) scaleError[j][s] = sl - starScale[j];
    }
  }

  // Shrinkage (empirical Bayes): an entry at the top of the ranking is there partly by luck, more so the noisier its
  // score. Each entry's true score is taken as the round's mean plus λ times its distance from it, where λ = V / (V +
  // its variance) and V is the spread of the true scores (the scores' spread less the noise); the resamples' errors,
  // scaled by √λ, are spread around that. Without it, the figures were too sure of the entries near the top.
  const observed = new Float64Array(E);
  for (const r of scored) observed[eAt.get(r.entryId)!] = r.score!;
  const mid = new Float64Array(E);
  const variance = new Float64Array(E);
  let meanObserved = 0;
  for (const e of scoredEntries) {
    mid[e] = sum[e] / resamples;
    variance[e] = Math.max(0, sumSq[e] / resamples - mid[e] * mid[e]);
    meanObserved += observed[e];
  }
  meanObserved /= Math.max(1, scoredEntries.length);
  let spread = 0;
  let noiseVar = 0;
  for (const e of scoredEntries) {
    spread += (observed[e] - meanObserved) ** 2;
    noiseVar += variance[e];
  }
  spread /= Math.max(1, scoredEntries.length);
  noiseVar /= Math.max(1, scoredEntries.length);
  const trueSpread = Math.max(spread - noiseVar, spread / 100);
  const lambda = new Float64Array(E);
  for (const e of scoredEntries) lambda[e] = variance[e] > 0 ? trueSpread / (trueSpread + variance[e]) : 1;

  // second pass: the same resamples again (same seed), each entry's plausible true score, and what lies above what
  random = seededRandom(seed);
  const sortedScores = new Float64Array(scoredEntries.length);
  for (let s = 0; s < resamples; s++) {
    judgeAgain(random);
    for (const e of scoredEntries) score[e] = meanObserved + lambda[e] * (observed[e] - meanObserved) - Math.sqrt(lambda[e]) * (score[e] - mid[e]);
    scoredEntries.forEach((e, i) => (sortedScores[i] = score[e]));
    sortedScores.sort();
    cutoffs.forEach((c, k) => {
      shownAt[k].forEach((e, i) => {
        aboveCount[k][i] += shareAbove(sortedScores, score[e], c);
        if (i > 0) {
          const hi = score[shownAt[k][i - 1]];
          pairCount[k][i - 1] += hi > score[e] ? 1 : hi === score[e] ? 0.5 : 0;
        }
      });
    });
  }

  const judges = judgeOffsets(d, totals, offsets).map(({ judgeId, offset, scorecards, prior, constant }, j): JudgeEffect => {
    const oe = offsetError[j].slice().sort();
    const sc = rawScale[j];
    const se = scaleError[j].filter((x) => !Number.isNaN(x)).sort();
    return {
      judgeId,
      scorecards,
      offset,
      offsetInterval: noise === null ? null : [offset - percentile(oe, 0.975), offset - percentile(oe, 0.025)],
      scale: constant ? 0 : sc,
      scaleInterval: sc === null || constant || se.length < resamples / 2 ? null : [sc - percentile(se, 0.975), sc - percentile(se, 0.025)],
      constant,
      prior,
    };
  });

  return {
    resamples,
    seed,
    aggregation,
    noise,
    cutoffs: cutoffs.map((position, k) => ({
      position,
      entries: shown[k].map((r, i) => ({
        entryId: r.entryId,
        code: r.code,
        position: scored.indexOf(r) + 1,
        above: aboveCount[k][i] / resamples,
      })),
      pairs: shown[k].slice(1).map((r, i) => {
        const probability = pairCount[k][i] / resamples;
        return {
          higherId: shown[k][i].entryId,
          higherCode: shown[k][i].code,
          lowerId: r.entryId,
          lowerCode: r.code,
          probability,
          tooClose: Math.max(probability, 1 - probability) < TOO_CLOSE,
        };
      }),
    })),
    judges,
  };
}
