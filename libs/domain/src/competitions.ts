/** The statuses an organiser sets on a competition edition. */
export const COMPETITION_STATUSES = ['draft', 'published', 'archived'] as const;
export type CompetitionStatus = (typeof COMPETITION_STATUSES)[number];
