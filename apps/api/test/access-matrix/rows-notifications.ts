import { newToken } from '../../src/auth/tokens.js';
import { Notification } from '../../src/notifications/notification.entity.js';
import { UnsubscribeLink } from '../../src/notifications/unsubscribe-link.entity.js';
import { EVERYONE, SIGNED_IN, type Row, type Who } from './row.js';
import type { World } from './world.js';

/** A fresh unsubscribe link of the student's draft reminders: its token, as a message would carry it. */
async function unsubscribeToken(w: World): Promise<string> {
  const { token, hash } = newToken();
  await w.t.db.getRepository(UnsubscribeLink).insert({ tokenHash: hash, userId: w.users.student.id, topic: 'draft_reminders' });
  return token;
}

/** A notification of the persona's own, unread. */
async function ownNotification(w: World, who: Who): Promise<string> {
  const user = w.users[who as Exclude<Who, 'anonymous'>];
  const row = await w.t.db.getRepository(Notification).save({ userId: user.id, kind: 'account.welcome', facts: {}, path: '/me/notifications', readAt: null });
  return row.id;
}

/** The signed-in person's own notifications and settings; the unsubscribe link of a message works for anyone holding it. */
export const notificationsRows: Row[] = [
  { method: 'get', op: '/api/notifications', allowed: SIGNED_IN, call: () => ({ path: '/api/notifications' }) },
  { method: 'get', op: '/api/notifications/unread-count', allowed: SIGNED_IN, call: () => ({ path: '/api/notifications/unread-count' }) },
  {
    method: 'post',
    op: '/api/notifications/read',
    allowed: SIGNED_IN,
    call: async (w, who) => ({ path: '/api/notifications/read', body: { ids: [await ownNotification(w, who)] } }),
  },
  { method: 'get', op: '/api/notifications/preferences', allowed: SIGNED_IN, call: () => ({ path: '/api/notifications/preferences' }) },
  // an empty list changes nothing: every persona may send it, whatever topics apply to them
  { method: 'put', op: '/api/notifications/preferences', allowed: SIGNED_IN, call: () => ({ path: '/api/notifications/preferences', body: { topics: [] } }) },
  {
    method: 'get',
    op: '/api/notifications/unsubscribe/{token}',
    allowed: EVERYONE,
    call: async (w) => ({ path: `/api/notifications/unsubscribe/${await unsubscribeToken(w)}` }),
  },
  {
    method: 'post',
    op: '/api/notifications/unsubscribe/{token}',
    allowed: EVERYONE,
    call: async (w) => ({ path: `/api/notifications/unsubscribe/${await unsubscribeToken(w)}` }),
  },
];
