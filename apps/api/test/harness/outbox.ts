import { OutboxMessage } from '../../src/mail/outbox-message.entity.js';
import type { TestApp } from './test-app.js';

/** The newest message of a kind to an address, as the person would read it. */
export function lastMail(t: TestApp, to: string, kind: string): Promise<OutboxMessage> {
  return t.db.getRepository(OutboxMessage).findOneOrFail({ where: { to, kind }, order: { createdAt: 'DESC' } });
}

/** The token of the link under `path` (like '/verify-email/') in the newest message of a kind to an address. */
export async function mailedToken(t: TestApp, to: string, kind: string, path: string): Promise<string> {
  const message = await lastMail(t, to, kind);
  const match = message.text.match(new RegExp(`${t.config.publicUrl}${path}([A-Za-z0-9_-]+)`));
  if (!match) throw new Error(`no ${path} link in: ${message.text}`);
  return match[1];
}

export const mailCount = (t: TestApp, to: string, kind?: string) => t.db.getRepository(OutboxMessage).count({ where: kind ? { to, kind } : { to } });
