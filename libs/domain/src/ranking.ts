/**
 * The national ranking a coordinator confirms to promote entries to the regional final: the plain mean of the
 * submitted scorecards' weighted totals. (The results library with normalisation across judges comes later, and
 * will say which aggregation it used; this one is the raw mean.)
 */

export interface EntryScores {
  entryId: string;
  code: string;
  /** weighted totals of submitted scorecards */
  totals: number[];
}

export interface RankedEntry {
  entryId: string;
  code: string;
  rank: number;
  /** null when no scorecard has been submitted */
  mean: number | null;
  /** how many submitted scorecards the mean is over */
  judges: number;
  /** codes of the other entries with the same mean, by code; empty for entries without a mean */
  tiedWith: string[];
}

/**
 * Means are kept to nine decimal places. Totals are decimal fractions, and two entries whose totals have the
 * same mean can differ in the last binary digit, depending on the order the totals were added in; a tie a
 * coordinator must decide must not hide behind that. Nine places is far below any difference a judge can make.
 */
const MEAN_DECIMALS = 1e9;

function meanOf(totals: number[]): number | null {
  if (totals.length === 0) return null;
  const sum = [...totals].sort((a, b) => a - b).reduce((s, t) => s + t, 0);
  return Math.round((sum / totals.length) * MEAN_DECIMALS) / MEAN_DECIMALS;
}

/** By code, then id, comparing code units so that the order is the same on every machine and locale. */
const byCode = (a: { code: string; entryId: string }, b: { code: string; entryId: string }): number =>
  a.code < b.code ? -1 : a.code > b.code ? 1 : a.entryId < b.entryId ? -1 : a.entryId > b.entryId ? 1 : 0;

/**
 * Ranked by mean total, highest first; entries without a submitted scorecard come last (mean null). Equal means
 * share a rank (1,2,2,4) and are listed by code so the order is deterministic. Entries without a mean share the
 * rank after the last scored entry, but are not reported as tied: nothing was compared, and a tie warning there
 * would only distract from the real ones.
 */
export function rankByMean(entries: EntryScores[]): RankedEntry[] {
  const scored = entries.map((e) => ({ entryId: e.entryId, code: e.code, mean: meanOf(e.totals), judges: e.totals.length }));
  scored.sort((a, b) => {
    if (a.mean !== b.mean) {
      if (a.mean === null) return 1;
      if (b.mean === null) return -1;
      return b.mean - a.mean;
    }
    return byCode(a, b);
  });
  return scored.map((e): RankedEntry => {
    const first = scored.findIndex((x) => x.mean === e.mean);
    const tiedWith = e.mean === null ? [] : scored.filter((x) => x.mean === e.mean && x !== e).map((x) => x.code);
    return { ...e, rank: first + 1, tiedWith };
  });
}
