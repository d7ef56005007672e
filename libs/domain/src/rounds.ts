/** The kinds of judging round: a country's national round, then the competition's one final. */
export const ROUND_KINDS = ['national', 'final'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

/** A round's life cycle: draft → open (judging) → closed. Results are computed from a closed round. */
export const ROUND_STATUSES = ['draft', 'open', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/**
 * How a round's ranking is computed; the web words it in the reader's language. The ranking uses the aggregation of
 * the round's results (results.ts), equal scores sharing a rank: `mean_of_weighted_totals`, the mean of the weighted
 * totals (0–100) of the submitted scorecards; `zscore_of_weighted_totals`, the same normalised per judge;
 * `calibrated_weighted_totals`, the same with each judge's estimated leniency taken off.
 */
export const RANKING_METHODS = ['mean_of_weighted_totals', 'zscore_of_weighted_totals', 'calibrated_weighted_totals'] as const;
export type RankingMethod = (typeof RANKING_METHODS)[number];
