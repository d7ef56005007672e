import { ageOn, isMinor } from './age.js';
import { ageFits } from './categories.js';
import type { EntryRules } from './entry-rules.js';

/** What the submission check needs to know about an entry, gathered by the API. */
export interface SubmissionFacts {
  now: Date;
  submissionOpensAt: Date;
  submissionClosesAt: Date;
  rules: Pick<EntryRules, 'teamSizeMin' | 'teamSizeMax' | 'entriesPerSchool' | 'requiredSubtitleLanguages' | 'requiredConsents'>;
  referenceDate: string;
  category: { minAge: number; maxAge: number };
  title: string;
  synopsisEnglish: string;
  members: { fullName: string; dateOfBirth: string; participantConsent: ConsentState; guardianConsent: ConsentState }[];
  video: { status: 'uploading' | 'uploaded' | 'processing' | 'ready' | 'rejected' | 'replaced' } | null;
  subtitleLanguages: string[];
  licenceAccepted: boolean;
  /** entries of the same school in this competition already submitted (this one excluded) */
  otherSubmittedFromSchool: number;
}

export type ConsentState = 'none' | 'requested' | 'given' | 'refused' | 'form_required' | 'pending_verification' | 'rejected' | 'withdrawn';

/** What a submission check can find, each with its facts; the API sends them as the reasons `entries.<code>`. */
export const SUBMISSION_PROBLEM_CODES = [
  'window_not_open',
  'window_closed',
  'missing_title',
  'missing_synopsis_english',
  'no_video',
  'video_not_ready',
  'video_rejected',
  'missing_subtitles',
  'team_too_small',
  'team_too_large',
  'age_outside_category',
  'participant_consent_missing',
  'guardian_consent_missing',
  'guardian_consent_pending',
  'licence_not_accepted',
  'school_limit_reached',
] as const;

export type SubmissionProblemCode = (typeof SUBMISSION_PROBLEM_CODES)[number];

export type SubmissionProblem =
  | { code: 'window_not_open'; params: { opensAt: string } }
  | { code: 'window_closed'; params: { closedAt: string } }
  | { code: 'missing_title' }
  | { code: 'missing_synopsis_english' }
  | { code: 'no_video' }
  | { code: 'video_not_ready'; params: { status: string } }
  | { code: 'video_rejected' }
  | { code: 'missing_subtitles'; params: { languages: string[] } }
  | { code: 'team_too_small'; params: { min: number; size: number } }
  | { code: 'team_too_large'; params: { max: number; size: number } }
  | { code: 'age_outside_category'; params: { name: string; age: number; minAge: number; maxAge: number } }
  | { code: 'participant_consent_missing'; params: { name: string } }
  | { code: 'guardian_consent_missing'; params: { name: string } }
  | { code: 'guardian_consent_pending'; params: { name: string } }
  | { code: 'licence_not_accepted' }
  | { code: 'school_limit_reached'; params: { limit: number } };

/** Every unmet requirement at once, so the team can fix them all in one go. */
export function checkSubmission(f: SubmissionFacts): SubmissionProblem[] {
  const problems: SubmissionProblem[] = [];
  if (f.now < f.submissionOpensAt) problems.push({ code: 'window_not_open', params: { opensAt: f.submissionOpensAt.toISOString() } });
  if (f.now >= f.submissionClosesAt) problems.push({ code: 'window_closed', params: { closedAt: f.submissionClosesAt.toISOString() } });
  if (!f.title.trim()) problems.push({ code: 'missing_title' });
  if (!f.synopsisEnglish.trim()) problems.push({ code: 'missing_synopsis_english' });
  if (!f.video) problems.push({ code: 'no_video' });
  else if (f.video.status === 'rejected') problems.push({ code: 'video_rejected' });
  else if (f.video.status !== 'ready') problems.push({ code: 'video_not_ready', params: { status: f.video.status } });
  const missing = f.rules.requiredSubtitleLanguages.filter((l) => !f.subtitleLanguages.includes(l));
  if (missing.length) problems.push({ code: 'missing_subtitles', params: { languages: missing } });
  const size = f.members.length;
  if (size < f.rules.teamSizeMin) problems.push({ code: 'team_too_small', params: { min: f.rules.teamSizeMin, size } });
  if (size > f.rules.teamSizeMax) problems.push({ code: 'team_too_large', params: { max: f.rules.teamSizeMax, size } });
  const needsParticipant = f.rules.requiredConsents.includes('participation') || f.rules.requiredConsents.includes('appearance');
  const needsGuardian = f.rules.requiredConsents.includes('guardian');
  for (const m of f.members) {
    const age = ageOn(m.dateOfBirth, f.referenceDate);
    if (!ageFits(age, f.category))
      problems.push({ code: 'age_outside_category', params: { name: m.fullName, age, minAge: f.category.minAge, maxAge: f.category.maxAge } });
    if (needsParticipant && m.participantConsent !== 'given') problems.push({ code: 'participant_consent_missing', params: { name: m.fullName } });
    if (needsGuardian && isMinor(m.dateOfBirth, f.referenceDate) && m.guardianConsent !== 'given') {
      if (m.guardianConsent === 'pending_verification') problems.push({ code: 'guardian_consent_pending', params: { name: m.fullName } });
      else problems.push({ code: 'guardian_consent_missing', params: { name: m.fullName } });
    }
  }
  if (!f.licenceAccepted) problems.push({ code: 'licence_not_accepted' });
  if (f.otherSubmittedFromSchool >= f.rules.entriesPerSchool) problems.push({ code: 'school_limit_reached', params: { limit: f.rules.entriesPerSchool } });
  return problems;
}
