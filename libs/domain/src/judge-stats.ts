/**
 * Each judge's score distribution, for the organisers' view of a round, with flags on judges who look out of
 * line with the panel: far more generous or harsher than the rest, or giving nearly the same total to everything.
 *
 * A flag is a prompt to look, never a verdict: a judge may simply have drawn a strong or weak batch of entries,
 * and a flat judge may have drawn entries that really are alike. Calibrated aggregation (DOMAIN.md) corrects
 * leniency in the results; these flags help an organiser notice it, ask, and explain the result afterwards. So
 * the thresholds are few, fixed in advance, visible, and set to stay quiet on ordinary differences between judges.
 */

export interface JudgeTotals {
  judgeId: string;
  /** weighted totals (0–100) of the judge's SUBMITTED scorecards in a round */
  totals: number[];
}

export const JUDGE_FLAGS = ['lenient', 'severe', 'flat'] as const;
export type JudgeFlag = (typeof JUDGE_FLAGS)[number];

export interface JudgeStats {
  judgeId: string;
  count: number;
  /** null when the judge has submitted nothing, as are sd, min and max */
  mean: number | null;
  /** population standard deviation: it describes the totals this judge gave, it does not estimate anything */
  sd: number | null;
  min: number | null;
  max: number | null;
  /** 10 buckets of width 10 over 0–100: [0, 10), [10, 20) … [90, 100]; 100 goes in the last */
  histogram: number[];
  flags: JudgeFlag[];
}

export interface JudgeStatsOptions {
  /**
   * Default 5. A judge with fewer submitted scorecards gets no flags: on two or three entries, the luck of the
   * draw moves a mean by more than any threshold worth defending.
   */
  minCount?: number;
  /**
   * Default 1.5. Flag 'lenient' or 'severe' when |judge mean − panel mean| > meanDistance × the standard deviation
   * of the judges' means, and is at least MIN_MEAN_DISTANCE (10) points. The relative test asks "unusual for this
   * panel"; the absolute floor keeps a close-knit panel from flagging a judge for a few points that change no
   * outcome. Note that with n qualifying judges a lone outlier is at most √(n−1) standard deviations from the
   * others' mean, so with the default, mean flags need a panel of at least four qualifying judges.
   */
  meanDistance?: number;
  /**
   * Default 3 points. Flag 'flat' when the judge's totals have a standard deviation below this: on a 0–100 scale,
   * totals within a few points of each other barely tell the entries apart, so such a judge's scorecards decide
   * little of the ranking however many they are.
   */
  flatSd?: number;
}

export interface PanelStats {
  judges: JudgeStats[];
  /**
   * Mean of all the submitted totals of the judges with at least minCount scorecards, pooled, so a judge weighs
   * by how many entries they scored. When no judge has that many, of all judges' totals: the figure is still
   * worth showing, but then no judge is flagged. Null when nobody has submitted anything.
   */
  panelMean: number | null;
  /** Population standard deviation of the same pooled totals as panelMean, to set beside each judge's sd. */
  panelSd: number | null;
  /**
   * Population standard deviation of the means of the judges with at least minCount scorecards: the yardstick
   * of the lenient and severe flags, returned so that an organiser can show it. Null when no judge qualifies.
   */
  judgeMeansSd: number | null;
}

export const MIN_MEAN_DISTANCE = 10;
/**
 * Comparisons with the thresholds forgive this much floating-point error, so that a judge exactly on a threshold
 * is treated the same whatever order the totals were added in, or whatever constant they were all shifted by.
 */
const TOLERANCE = 1e-9;

const HISTOGRAM_BUCKETS = 10;

const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);

/** Population mean and standard deviation; null for no values. */
function meanSd(xs: number[]): { mean: number; sd: number } | null {
  if (xs.length === 0) return null;
  const mean = sum(xs) / xs.length;
  return { mean, sd: Math.sqrt(sum(xs.map((x) => (x - mean) ** 2)) / xs.length) };
}

function histogram(totals: number[]): number[] {
  const buckets = new Array<number>(HISTOGRAM_BUCKETS).fill(0);
  for (const t of totals) buckets[Math.min(Math.floor(t / 10), HISTOGRAM_BUCKETS - 1)]++;
  return buckets;
}

/** Throws a RangeError on a total outside 0–100: it cannot be a weighted total, and counting it would hide a bug. */
function assertTotals(j: JudgeTotals): void {
  const bad = j.totals.find((t) => !(t >= 0 && t <= 100));
  if (bad !== undefined) throw new RangeError(`Judge ${j.judgeId} has a total of ${bad}; weighted totals are from 0 to 100.`);
}

/**
 * Per-judge figures in the order given, with the panel's. Judges with fewer than minCount scorecards are shown
 * but neither flagged nor counted in the panel's figures (see PanelStats.panelMean). Throws a RangeError on a
 * total outside 0–100.
 */
export function judgeStats(judges: JudgeTotals[], options: JudgeStatsOptions = {}): PanelStats {
  const { minCount = 5, meanDistance = 1.5, flatSd = 3 } = options;
  judges.forEach(assertTotals);
  const qualifies = (j: JudgeTotals) => j.totals.length > 0 && j.totals.length >= minCount;
  const qualified = judges.filter(qualifies);
  const panel = meanSd((qualified.length ? qualified : judges).flatMap((j) => j.totals));
  const spread = meanSd(qualified.map((j) => sum(j.totals) / j.totals.length));

  const stats = judges.map((j): JudgeStats => {
    const own = meanSd(j.totals);
    const flags: JudgeFlag[] = [];
    if (own && panel && spread && qualifies(j)) {
      const distance = own.mean - panel.mean;
      const far = Math.abs(distance) >= MIN_MEAN_DISTANCE - TOLERANCE && Math.abs(distance) > meanDistance * spread.sd + TOLERANCE;
      if (far) flags.push(distance > 0 ? 'lenient' : 'severe');
      if (own.sd < flatSd - TOLERANCE) flags.push('flat');
    }
    return {
      judgeId: j.judgeId,
      count: j.totals.length,
      mean: own?.mean ?? null,
      sd: own?.sd ?? null,
      min: own ? Math.min(...j.totals) : null,
      max: own ? Math.max(...j.totals) : null,
      histogram: histogram(j.totals),
      flags,
    };
  });
  return { judges: stats, panelMean: panel?.mean ?? null, panelSd: panel?.sd ?? null, judgeMeansSd: spread?.sd ?? null };
}

/** To one decimal, as organisers read totals; 18, not 18.04. */
const oneDecimal = (x: number): number => Math.round(x * 10) / 10;

/**
 * The facts behind a flag, for the organisers' view to word in the reader's language, e.g. "Scores 18 points above
 * the panel's average on 12 scorecards": `points` is the distance of the judge's mean from the panel's (never
 * negative: the flag says which side), `sd`, `min` and `max` describe the judge's totals; all to one decimal.
 */
export interface JudgeFlagNote {
  flag: JudgeFlag;
  count: number;
  points: number;
  sd: number;
  min: number;
  max: number;
}

export function judgeFlagNote(flag: JudgeFlag, s: JudgeStats, panelMean: number): JudgeFlagNote {
  return {
    flag,
    count: s.count,
    points: oneDecimal(Math.abs((s.mean ?? panelMean) - panelMean)),
    sd: oneDecimal(s.sd ?? 0),
    min: oneDecimal(s.min ?? 0),
    max: oneDecimal(s.max ?? 0),
  };
}
