import type { Competition } from '../competitions/competitions.queries.js';

export const PUBLICATION_STATES = ['open', 'sealed', 'published'] as const;
export type PublicationState = (typeof PUBLICATION_STATES)[number];

/**
 * Results are sealed from the moment the organisers confirm the awards until they publish them, or until the
 * scheduled ceremony time passes. Before sealing there is nothing to publish ('open': still being worked on).
 * Everything public (showcase, team results, certificates, vote counts) asks this one question.
 */
export function publicationState(c: Pick<Competition, 'resultsSealedAt' | 'resultsPublishedAt' | 'ceremonyAt'>, now: Date): PublicationState {
  if (c.resultsPublishedAt && c.resultsPublishedAt.getTime() <= now.getTime()) return 'published';
  if (c.resultsSealedAt) {
    if (c.ceremonyAt && c.ceremonyAt.getTime() <= now.getTime()) return 'published';
    return 'sealed';
  }
  return 'open';
}

export const isPublished = (c: Pick<Competition, 'resultsSealedAt' | 'resultsPublishedAt' | 'ceremonyAt'>, now: Date): boolean =>
  publicationState(c, now) === 'published';

/** The instant results became public: the explicit publication, else the ceremony time (when sealed before it). */
export function publishedAt(c: Pick<Competition, 'resultsSealedAt' | 'resultsPublishedAt' | 'ceremonyAt'>, now: Date): Date | null {
  if (!isPublished(c, now)) return null;
  if (c.resultsPublishedAt && (!c.ceremonyAt || c.resultsPublishedAt <= c.ceremonyAt)) return c.resultsPublishedAt;
  return c.ceremonyAt ?? c.resultsPublishedAt;
}
