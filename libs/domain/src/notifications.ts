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

/** Facts a message carries: codes, names the person may see, numbers and ISO instants. */
export type NotificationFacts = Record<string, string | number | boolean | null | string[]>;

/**
 * Every kind of notification, with the topic that switches it off, or null for the messages that must reach people
 * (receipts, decisions, consents, results, account security): those cannot be switched off.
 */
export const NOTIFICATION_KINDS = {
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
} as const satisfies Record<string, NotificationTopic | null>;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;

export const NOTIFICATION_KIND_LIST = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];

export function topicOf(kind: NotificationKind): NotificationTopic | null {
  return NOTIFICATION_KINDS[kind];
}
