/** The kinds of judging round: a country's national round, then the competition's one final. */
export const ROUND_KINDS = ['national', 'final'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

/** A round's life cycle: draft → open (judging) → closed. Results are computed from a closed round. */
export const ROUND_STATUSES = ['draft', 'open', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];
