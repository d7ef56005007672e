/** The kinds of judging round: a country's national round, then the competition's one final. */
export const ROUND_KINDS = ['national', 'final'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

/** A round's life cycle: draft → open (judging) → closed. Results are computed from a closed round. */
export const ROUND_STATUSES = ['draft', 'open', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/**
 * How a round's ranking is computed; the web words it in the reader's language. `mean_of_weighted_totals`: the mean of
 * the weighted totals (0–100) of the submitted scorecards, equal means sharing a rank.
 */
export const RANKING_METHODS = ['mean_of_weighted_totals'] as const;
export type RankingMethod = (typeof RANKING_METHODS)[number];
