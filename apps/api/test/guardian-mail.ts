import { OutboxMessage } from '../src/mail/outbox-message.entity.js';
import type { TestApp } from './harness/test-app.js';

/**
 * The guardian's link is only ever in the email sent to the guardian: tests read it where the guardian would, in the
 * outbox. Answers the token of the latest guardian email to `to`.
 */
export async function guardianTokenFromOutbox(t: TestApp, to: string): Promise<string> {
  const mail = await t.db
    .getRepository(OutboxMessage)
    .findOneOrFail({ where: { to: to.toLowerCase(), kind: 'guardian-consent' }, order: { createdAt: 'DESC' } });
  const token = /\/consent\/([A-Za-z0-9_-]{20,})/.exec(mail.text)?.[1];
  if (!token) throw new Error(`the guardian email to ${to} has no consent link`);
  return token;
}
