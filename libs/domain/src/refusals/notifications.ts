/**
 * Refusals of the notifications domain (the in-app list, the settings, the one-click unsubscribe link). Each value is
 * `notifications.<name>`; the web translates it under `refusals.notifications.<name>`.
 */
export enum NotificationsReason {
  /** a notification id that is not the person's own (or no longer exists): nothing was marked */
  NotFound = 'notifications.not_found',
  /** marking as read names the notifications (`ids`) or all of them (`all: true`), not both and not neither */
  IdsOrAll = 'notifications.ids_or_all',
  /** a kind of message the person does not receive, so there is nothing to switch (`allowed`: the topics that apply) */
  TopicNotApplicable = 'notifications.topic_not_applicable',
  /** the unsubscribe link is not one we sent (mistyped, cut off by the mail app, or the account was deleted) */
  LinkNotFound = 'notifications.link_not_found',
}

/** The facts each refusal carries, for the message in the reader's language. */
export interface NotificationsReasonParams {
  [NotificationsReason.NotFound]: Record<string, never>;
  [NotificationsReason.IdsOrAll]: Record<string, never>;
  /** `topic`: the one asked for; `allowed`: the topics the person can switch */
  [NotificationsReason.TopicNotApplicable]: { topic: string; allowed: string[] };
  [NotificationsReason.LinkNotFound]: Record<string, never>;
}
