import { NOTIFICATION_KIND_LIST, NOTIFICATION_TOPICS, topicOf, type NotificationKind, type NotificationTopic } from '@clapper/domain/notifications';
import type { Role } from '@clapper/domain/roles';

/**
 * Who gets which messages, by role: a team's (students and teachers) about their entries, a judge's about their rounds,
 * a coordinator's about their country; organisers may get any of them. Every account gets its account's own messages.
 */
const AUDIENCE: Record<'account' | 'entry' | 'judge' | 'coordinator', readonly Role[] | 'everyone'> = {
  account: 'everyone',
  entry: ['student', 'teacher', 'organiser'],
  judge: ['judge', 'organiser'],
  coordinator: ['coordinator', 'organiser'],
};

function receives(kind: NotificationKind, roles: readonly Role[]): boolean {
  const audience = AUDIENCE[kind.split('.')[0] as keyof typeof AUDIENCE];
  return audience === 'everyone' || (audience !== undefined && audience.some((r) => roles.includes(r)));
}

/** The kinds of message a person with these roles may get. */
export const kindsFor = (roles: readonly Role[]): NotificationKind[] => NOTIFICATION_KIND_LIST.filter((kind) => receives(kind, roles));

/** The topics a person with these roles may switch off: a student's draft reminders, a judge's reminders, a coordinator's digest. */
export function topicsFor(roles: readonly Role[]): NotificationTopic[] {
  const kinds = kindsFor(roles);
  return NOTIFICATION_TOPICS.filter((topic) => kinds.some((kind) => topicOf(kind) === topic));
}

/** The kinds of message a person with these roles may get that cannot be switched off. */
export const essentialKindsFor = (roles: readonly Role[]): NotificationKind[] => kindsFor(roles).filter((kind) => topicOf(kind) === null);
