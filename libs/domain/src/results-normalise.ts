/** Per-judge z-scores: each judge's totals as z-scores, rescaled to the 0–100 scale; and the sorted sums results use. */

/**
 * Sums in ascending order, so that the same numbers give the same sum, to the last bit, whatever order they came
 * in: the results must not depend on the order of the rows.
 */
function sumSorted(xs: readonly number[]): number {
  return [...xs].sort((a, b) => a - b).reduce((s, x) => s + x, 0);
}

/**
 * Mean of the values, added in ascending order (as sumSorted); without the lowest and highest when `trim`. Sorts
 * `values` in place.
 */
export function meanSorted(values: number[], trim: boolean): number {
  values.sort((a, b) => a - b);
  const drop = trim ? 1 : 0;
  let sum = 0;
  for (let i = drop; i < values.length - drop; i++) sum += values[i];
  return sum / (values.length - 2 * drop);
}

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
export interface JudgeIndex {
  of: Int32Array;
  ids: string[];
}

export function indexJudges(judgeIds: readonly string[]): JudgeIndex {
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
export function normaliseByJudge(judges: JudgeIndex, totals: readonly number[]): number[] {
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
