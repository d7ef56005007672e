/**
 * What the platform tells people, and which of it they may switch off. A notification is a code with facts (never an
 * English sentence): the email renders it in the recipient's language on the server, the in-app list renders the same
 * code and facts in the reader's language in the browser.
 */

/** The kinds of message that people may switch off, each as a whole: a link in every such message stops its kind. */
export const NOTIFICATION_TOPICS = ['draft_reminders', 'judging_reminders', 'country_digest'] as const;
export type NotificationTopic = (typeof NOTIFICATION_TOPICS)[number];

export function isNotificationTopic(value: unknown): value is NotificationTopic {
  return typeof value === 'string' && (NOTIFICATION_TOPICS as readonly string[]).includes(value);
}

/** An organiser's text in each language of the competition (a competition's name), as stored: the reader's language is picked when shown. */
export type LocalisedText = Record<string, string>;

/** Facts a message carries: codes, names the person may see, numbers, ISO instants, organisers' texts by language. */
export type NotificationFacts = Record<string, string | number | boolean | null | string[] | LocalisedText>;

/** The entry a notification is about, as its team sees it. */
interface EntryFacts {
  entryId: string;
  entryCode: string;
  title: string;
  competition: LocalisedText;
}

/** A round, as the web names it: its kind and, for a national round, its country. */
interface RoundFacts {
  roundId: string;
  roundKind: 'national' | 'final';
  countryCode: string | null;
  competition: LocalisedText;
}

/**
 * The facts of each kind of notification: the in-app list renders them in the reader's language, so they are codes,
 * numbers, ISO instants and names (never sentences). The email is written from the same facts on the server.
 */
export interface NotificationFactsByKind {
  'account.welcome': Record<string, never>;
  'entry.submitted': EntryFacts;
  'entry.video_ready': EntryFacts;
  /** problems: the video problem codes the processor gave (as in the videos refusals) */
  'entry.video_rejected': EntryFacts & { problems: string[] };
  /** dueAt: until when changes may be resubmitted (ISO), with changes_requested */
  'entry.screened': EntryFacts & { outcome: 'eligible' | 'ineligible' | 'changes_requested'; dueAt: string | null };
  'entry.consent_changed': EntryFacts & { consentKind: 'participant' | 'guardian'; status: 'given' | 'refused' | 'withdrawn' };
  'entry.promoted': EntryFacts;
  /** award: the award's name by language, or null; rank: the entry's place in its round, or null */
  'entry.results_published': EntryFacts & { award: LocalisedText | null; rank: number | null };
  /** closesAt: the submission window's end (ISO); missing: the checklist's codes still to do */
  'entry.draft_reminder': EntryFacts & { closesAt: string; missing: string[] };
  'judge.assignment_ready': RoundFacts & { assigned: number; closesAt: string };
  'judge.reminder': RoundFacts & { left: number; closesAt: string };
  'judge.round_closed': RoundFacts & { submitted: number };
  'coordinator.consent_changed': EntryFacts & { consentKind: 'participant' | 'guardian'; status: 'given' | 'refused' | 'withdrawn' };
  /** the day's new facts for the coordinator's country */
  'coordinator.digest': {
    countryCode: string;
    competition: LocalisedText;
    competitionId: string;
    submitted: number;
    consentsWaiting: number;
    toScreen: number;
  };
}

/**
 * Every kind of notification, with the topic that switches it off, or null for the messages that must reach people
 * (receipts, decisions, consents, results, account security): those cannot be switched off.
 */
export const NOTIFICATION_KINDS: { [K in keyof NotificationFactsByKind]: NotificationTopic | null } = {
  // accounts
  'account.welcome': null,
  // a team's entry
  'entry.submitted': null,
  'entry.video_ready': null,
  'entry.video_rejected': null,
  'entry.screened': null,
  'entry.consent_changed': null,
  'entry.promoted': null,
  'entry.results_published': null,
  'entry.draft_reminder': 'draft_reminders',
  // judges
  'judge.assignment_ready': null,
  'judge.reminder': 'judging_reminders',
  'judge.round_closed': null,
  // coordinators
  'coordinator.consent_changed': null,
  'coordinator.digest': 'country_digest',
};

export type NotificationKind = keyof NotificationFactsByKind;

export const NOTIFICATION_KIND_LIST = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];

export function topicOf(kind: NotificationKind): NotificationTopic | null {
  return NOTIFICATION_KINDS[kind];
}
