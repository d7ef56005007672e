import type { EntityManager } from 'typeorm';
import { LegalText } from '../consents/legal-text.entity.js';

/** The languages whose built-in consent and licence texts the demo organiser has reviewed and approved. */
export const DEMO_APPROVED_LANGUAGES = ['ja', 'th', 'vi'] as const;

/**
 * The demo's consent and licence texts approved in English (by the platform), Japanese, Thai and Vietnamese: the
 * translations Clapper drafted, approved by the demo organiser, so that a guardian or student reading one of those
 * languages is shown the text in it. The other languages stay drafts, as a real competition's would.
 */
export async function approveDemoTexts(m: EntityManager, competitionId: string, organiser: { id: string; name: string }, at: Date): Promise<void> {
  await m
    .createQueryBuilder()
    .update(LegalText)
    .set({ approvedBy: organiser.id, approvedByName: organiser.name, approvedAt: at })
    .where('competition_id = :competitionId AND language IN (:...languages) AND approved_at IS NULL', {
      competitionId,
      languages: [...DEMO_APPROVED_LANGUAGES],
    })
    .execute();
}
