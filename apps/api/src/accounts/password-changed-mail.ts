import type { MailService } from '../mail/mail.service.js';
import type { User } from './user.entity.js';

/**
 * Tells the owner that their password changed, in their language, with the way back if it was not them. One message
 * for both paths: a reset ends every session; a change from the account page ends the other devices' only.
 */
export async function mailPasswordChanged(
  mail: MailService,
  publicUrl: string,
  user: Pick<User, 'id' | 'email' | 'displayName'>,
  at: Date,
  ended: 'all' | 'others',
): Promise<void> {
  const text = await mail.textFor(user.id);
  await mail.send({
    to: user.email,
    kind: 'password-changed',
    subject: text.t('passwordChanged.subject'),
    text: text.compose(user.displayName, [
      text.t('passwordChanged.done', { email: user.email, date: text.dateTime(at) }),
      text.t(ended === 'all' ? 'passwordChanged.signedOut' : 'passwordChanged.signedOutOthers'),
      '',
      text.t('passwordChanged.notYou'),
      `${publicUrl}/forgot-password`,
    ]),
  });
}
