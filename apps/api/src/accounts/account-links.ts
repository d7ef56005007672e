import type { EntityManager } from 'typeorm';
import { hashToken, newToken } from '../auth/tokens.js';
import type { MailService } from '../mail/mail.service.js';
import { User } from './user.entity.js';

/**
 * The single-use links mailed to an account's address: email confirmation (also used to finish a sign-up) and
 * password reset. Only the SHA-256 of a link's token is stored on the user; a newer link of a kind replaces the older
 * one, and using a link clears it.
 */
const COLUMNS = {
  emailVerification: { hash: 'emailVerificationTokenHash', expiresAt: 'emailVerificationExpiresAt' },
  passwordReset: { hash: 'passwordResetTokenHash', expiresAt: 'passwordResetExpiresAt' },
} as const satisfies Record<string, { hash: keyof User; expiresAt: keyof User }>;

export type AccountLinkKind = keyof typeof COLUMNS;

/** Stores a new link for the user, replacing any older one of that kind; returns the token to put in the link. */
export async function issueAccountLink(m: EntityManager, userId: string, kind: AccountLinkKind, expiresAt: Date): Promise<string> {
  const { token, hash } = newToken();
  const columns = COLUMNS[kind];
  await m.update(User, { id: userId }, { [columns.hash]: hash, [columns.expiresAt]: expiresAt });
  return token;
}

/**
 * The user a link's token belongs to, locked for the rest of the transaction, with the link cleared so that it works
 * once (a rolled-back transaction leaves it usable). 'invalid' when no account holds the token (never issued, used
 * or replaced), 'expired' once its time has passed.
 */
export async function claimAccountLink(m: EntityManager, kind: AccountLinkKind, token: string, now: Date): Promise<User | 'invalid' | 'expired'> {
  const columns = COLUMNS[kind];
  const user = await m.findOne(User, { where: { [columns.hash]: hashToken(token) }, lock: { mode: 'pessimistic_write' } });
  if (!user) return 'invalid';
  const expiresAt = user[columns.expiresAt];
  if (!expiresAt || expiresAt <= now) return 'expired';
  await m.update(User, { id: user.id }, { [columns.hash]: null, [columns.expiresAt]: null });
  return user;
}

/**
 * Mails a single-use account link: the catalog block's `subject`, `ask`, the link, `expires` (given `date` and any
 * other facts) and `ignore`, in the owner's language. Sign-up confirmation, address verification and password reset
 * all read this way.
 */
export async function mailAccountLink(
  mail: MailService,
  user: Pick<User, 'id' | 'email' | 'displayName'>,
  message: { kind: string; block: string; link: string; expiresAt: Date; facts?: Record<string, string | number> },
): Promise<void> {
  const text = await mail.textFor(user.id);
  await mail.send({
    to: user.email,
    kind: message.kind,
    lang: text.locale,
    subject: text.t(`${message.block}.subject`),
    text: text.compose(user.displayName, [
      text.t(`${message.block}.ask`),
      '',
      message.link,
      '',
      text.t(`${message.block}.expires`, { ...message.facts, date: text.dateTime(message.expiresAt) }),
      text.t(`${message.block}.ignore`),
    ]),
  });
}
