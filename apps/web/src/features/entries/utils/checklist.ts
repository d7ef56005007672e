import type { TFunction } from '../../../lib/translator';
import { problemText as refusalText } from '../../../lib/error-message';

/** The workspace sections a problem is fixed in; their ids are the link targets of the checklist. */
export type EntrySection = 'details' | 'team' | 'video' | 'subtitles' | 'licence' | 'submit';

export const sectionId = (section: EntrySection) => `entry-${section}`;

const SECTION_OF: Record<string, EntrySection> = {
  'entries.missing_title': 'details',
  'entries.missing_synopsis_english': 'details',
  'entries.no_video': 'video',
  'entries.video_not_ready': 'video',
  'entries.video_rejected': 'video',
  'entries.missing_subtitles': 'subtitles',
  'entries.team_too_small': 'team',
  'entries.team_too_large': 'team',
  'entries.age_outside_category': 'team',
  'entries.participant_consent_missing': 'team',
  'entries.guardian_consent_missing': 'team',
  'entries.guardian_consent_pending': 'team',
  'entries.licence_not_accepted': 'licence',
  'entries.window_not_open': 'submit',
  'entries.window_closed': 'submit',
  'entries.school_limit_reached': 'submit',
};

/** Where to go to fix a problem; unknown reasons point at the submit section, which lists every problem. */
export const sectionFor = (reason: string): EntrySection => SECTION_OF[reason] ?? 'submit';

/** One unmet requirement of a submission: a reason (`entries.<code>`) with its facts, from the checklist or a refusal. */
export interface Problem {
  reason: string;
  params: Record<string, unknown>;
}

/** The problem in the reader's language, every fact formatted by the catalog (refusals.entries.<code>). */
export function problemText(t: TFunction, p: Problem): string {
  return refusalText(t, p) ?? t('errors.unknown');
}

/** Checklist items with where each one is fixed, in the order of the workspace's sections. */
export function checklistItems<P extends Problem>(problems: readonly P[]): (P & { section: EntrySection })[] {
  const order: EntrySection[] = ['details', 'team', 'video', 'subtitles', 'licence', 'submit'];
  return problems.map((p) => ({ ...p, section: sectionFor(p.reason) })).sort((a, b) => order.indexOf(a.section) - order.indexOf(b.section));
}
