import type { Problem } from '../refusals.js';

/** Refusals of the entries domain. Each value is `entries.<name>`; the web translates it under `refusals.entries.<name>`. */
export enum EntriesReason {
  /** only students and teachers with a school (and a country) make entries */
  SchoolRequired = 'entries.school_required',
  /** the competition chosen is not open for entries */
  CompetitionNotOpen = 'entries.competition_not_open',
  /** the competition chosen does not include the student's country */
  CountryNotInCompetition = 'entries.country_not_in_competition',
  /** the submission window has closed: no new entries */
  SubmissionsClosed = 'entries.submissions_closed',
  CategoryNotInCompetition = 'entries.category_not_in_competition',
  /** a member id given that is not one of the entry's members */
  NotAMember = 'entries.not_a_member',
  NotThisLicence = 'entries.not_this_licence',
  /** the licence text changed since it was read: read the current version and accept that */
  LicenceChanged = 'entries.licence_changed',
  /** a submitted entry is not changed: withdraw it first (while the window is open) */
  SubmittedLocked = 'entries.submitted_locked',
  WithdrawnLocked = 'entries.withdrawn_locked',
  /** the entry cannot be submitted yet: `problems` lists each unmet requirement (the reasons below) */
  NotReady = 'entries.not_ready',
  /** only a submitted entry is withdrawn or screened */
  NotSubmitted = 'entries.not_submitted',
  WithdrawClosed = 'entries.withdraw_closed',
  /** minors are credited by first name and country only: the `options` refused, the minors by first name */
  MinorCreditLimited = 'entries.minor_credit_limited',
  /** screening asked for changes until `dueAt`, which has passed: the entry can no longer be resubmitted */
  ChangesDeadlinePassed = 'entries.changes_deadline_passed',
  /** the deadline for requested changes must be later than now */
  DueNotInFuture = 'entries.due_not_in_future',
  /** a bulk screening named entries that are not submitted (`codes`): nothing was changed */
  BulkNotSubmitted = 'entries.bulk_not_submitted',
  // what stands between an entry and its submission (libs/domain/src/submission.ts), each listed in `not_ready`
  WindowNotOpen = 'entries.window_not_open',
  WindowClosed = 'entries.window_closed',
  MissingTitle = 'entries.missing_title',
  MissingSynopsisEnglish = 'entries.missing_synopsis_english',
  NoVideo = 'entries.no_video',
  VideoNotReady = 'entries.video_not_ready',
  VideoRejected = 'entries.video_rejected',
  MissingSubtitles = 'entries.missing_subtitles',
  TeamTooSmall = 'entries.team_too_small',
  TeamTooLarge = 'entries.team_too_large',
  AgeOutsideCategory = 'entries.age_outside_category',
  ParticipantConsentMissing = 'entries.participant_consent_missing',
  GuardianConsentMissing = 'entries.guardian_consent_missing',
  GuardianConsentPending = 'entries.guardian_consent_pending',
  LicenceNotAccepted = 'entries.licence_not_accepted',
  SchoolLimitReached = 'entries.school_limit_reached',
}

/** The reasons a submission check can list (`entries.not_ready`'s `problems`, and an entry's checklist). */
export type SubmissionReason =
  | EntriesReason.WindowNotOpen
  | EntriesReason.WindowClosed
  | EntriesReason.MissingTitle
  | EntriesReason.MissingSynopsisEnglish
  | EntriesReason.NoVideo
  | EntriesReason.VideoNotReady
  | EntriesReason.VideoRejected
  | EntriesReason.MissingSubtitles
  | EntriesReason.TeamTooSmall
  | EntriesReason.TeamTooLarge
  | EntriesReason.AgeOutsideCategory
  | EntriesReason.ParticipantConsentMissing
  | EntriesReason.GuardianConsentMissing
  | EntriesReason.GuardianConsentPending
  | EntriesReason.LicenceNotAccepted
  | EntriesReason.SchoolLimitReached;

type None = Record<string, never>;

/** The facts each refusal carries, for the message in the reader's language. */
export interface EntriesReasonParams {
  [EntriesReason.SchoolRequired]: None;
  [EntriesReason.CompetitionNotOpen]: None;
  [EntriesReason.CountryNotInCompetition]: { country: string };
  [EntriesReason.SubmissionsClosed]: { closedAt: string };
  [EntriesReason.CategoryNotInCompetition]: None;
  [EntriesReason.NotAMember]: None;
  [EntriesReason.NotThisLicence]: None;
  [EntriesReason.LicenceChanged]: None;
  [EntriesReason.SubmittedLocked]: None;
  [EntriesReason.WithdrawnLocked]: None;
  [EntriesReason.NotReady]: { problems: Problem<SubmissionReason>[] };
  [EntriesReason.NotSubmitted]: None;
  [EntriesReason.WithdrawClosed]: { closedAt: string };
  /** `options`: 'full_names' and/or 'school'; `members`: the minors' first names */
  [EntriesReason.MinorCreditLimited]: { options: string[]; members: string[] };
  [EntriesReason.ChangesDeadlinePassed]: { dueAt: string };
  [EntriesReason.DueNotInFuture]: None;
  /** the entry codes */
  [EntriesReason.BulkNotSubmitted]: { codes: string[] };
  [EntriesReason.WindowNotOpen]: { opensAt: string };
  [EntriesReason.WindowClosed]: { closedAt: string };
  [EntriesReason.MissingTitle]: None;
  [EntriesReason.MissingSynopsisEnglish]: None;
  [EntriesReason.NoVideo]: None;
  [EntriesReason.VideoNotReady]: { status: string };
  [EntriesReason.VideoRejected]: None;
  /** language codes */
  [EntriesReason.MissingSubtitles]: { languages: string[] };
  [EntriesReason.TeamTooSmall]: { min: number; size: number };
  [EntriesReason.TeamTooLarge]: { max: number; size: number };
  [EntriesReason.AgeOutsideCategory]: { name: string; age: number; minAge: number; maxAge: number };
  [EntriesReason.ParticipantConsentMissing]: { name: string };
  [EntriesReason.GuardianConsentMissing]: { name: string };
  [EntriesReason.GuardianConsentPending]: { name: string };
  [EntriesReason.LicenceNotAccepted]: None;
  [EntriesReason.SchoolLimitReached]: { limit: number };
}
