import type { TFunction } from 'i18next';

/** The workspace sections a problem is fixed in; their ids are the link targets of the checklist. */
export type EntrySection = 'details' | 'team' | 'video' | 'subtitles' | 'licence' | 'submit';

export const sectionId = (section: EntrySection) => `entry-${section}`;

const SECTION_OF: Record<string, EntrySection> = {
  missing_title: 'details',
  missing_synopsis_english: 'details',
  no_video: 'video',
  video_not_ready: 'video',
  video_rejected: 'video',
  missing_subtitles: 'subtitles',
  team_too_small: 'team',
  team_too_large: 'team',
  age_outside_category: 'team',
  participant_consent_missing: 'team',
  guardian_consent_missing: 'team',
  guardian_consent_pending: 'team',
  licence_not_accepted: 'licence',
  window_not_open: 'submit',
  window_closed: 'submit',
  school_limit_reached: 'submit',
};

/** Where to go to fix a problem; unknown codes point at the submit section, which lists every problem. */
export const sectionFor = (code: string): EntrySection => SECTION_OF[code] ?? 'submit';

export interface Problem {
  code: string;
  params: Record<string, unknown>;
  message: string;
}

/** Params ready for a translation: dates formatted, lists joined, language codes named. */
export function translationParams(
  params: Record<string, unknown>,
  format: { date: (iso: string) => string; language: (code: string) => string },
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) {
    if (Array.isArray(v)) out[k] = v.map((x) => (k === 'languages' ? format.language(String(x)) : String(x))).join(', ');
    else if (typeof v === 'number') out[k] = v;
    else if (typeof v === 'string' && /At$/.test(k)) out[k] = format.date(v);
    else out[k] = typeof v === 'string' || typeof v === 'boolean' || typeof v === 'bigint' ? String(v) : '';
  }
  return out;
}

/** The problem in the reader's language when we have a translation for its code, else the server's words. */
export function problemText(t: TFunction, p: Problem, format: { date: (iso: string) => string; language: (code: string) => string }): string {
  const translated = t(`entries.problems.${p.code}`, { ...translationParams(p.params ?? {}, format), defaultValue: '' });
  return translated || p.message;
}

/** Checklist items with where each one is fixed, in the order of the workspace's sections. */
export function checklistItems<P extends Problem>(problems: readonly P[]): (P & { section: EntrySection })[] {
  const order: EntrySection[] = ['details', 'team', 'video', 'subtitles', 'licence', 'submit'];
  return problems.map((p) => ({ ...p, section: sectionFor(p.code) })).sort((a, b) => order.indexOf(a.section) - order.indexOf(b.section));
}
