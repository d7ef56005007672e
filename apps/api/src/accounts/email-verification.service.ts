import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Clock } from '../clock/clock.js';
import { AuditService } from '../audit/audit.service.js';
import { DomainError } from '../common/domain-error.js';
import { MailService } from '../mail/mail.service.js';
import { RateLimitGuard } from '../rate-limit/rate-limit.js';
import { hashToken, newToken } from '../auth/tokens.js';
import type { Actor } from '../auth/actor.js';
import { User } from './user.entity.js';
import type { EmailVerificationSentDto, EmailVerifiedDto } from './dto/email-verification.dto.js';

export const EMAIL_VERIFICATION_TTL_HOURS = 48;
/** verification emails one account may ask for per hour */
export const EMAIL_VERIFICATION_PER_HOUR = 3;
const HOUR_MS = 3_600_000;

/**
 * Proves that a user reads the mail sent to their address (needed, for example, to vote in an audience choice):
 * a single-use link valid for 48 hours, of which only the SHA-256 is stored. A newer link replaces the older one.
 */
@Injectable()
export class EmailVerificationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly rateLimit: RateLimitGuard,
    private readonly clock: Clock,
  ) {}

  async request(actor: Actor): Promise<EmailVerificationSentDto> {
    const user = await this.db.getRepository(User).findOneByOrFail({ id: actor.userId });
    if (user.emailVerifiedAt) throw new DomainError('conflict', `Your email address ${user.email} is already verified; there is nothing more to do.`);
    await this.rateLimit.consume(
      `email-verification:${user.id}`,
      EMAIL_VERIFICATION_PER_HOUR,
      HOUR_MS,
      (s) =>
        `We have already sent you ${EMAIL_VERIFICATION_PER_HOUR} verification emails this hour. Open the latest one (check your spam folder too), or ask again in ${Math.max(1, Math.ceil(s / 60))} minutes.`,
    );
    const { token, hash } = newToken();
    const expiresAt = new Date(this.clock.now().getTime() + EMAIL_VERIFICATION_TTL_HOURS * HOUR_MS);
    await this.db.transaction(async (m) => {
      await m.update(User, { id: user.id }, { emailVerificationTokenHash: hash, emailVerificationExpiresAt: expiresAt });
      await this.audit.record({ actorId: user.id, action: 'account.email_verification_requested', subjectType: 'user', subjectId: user.id, after: { expiresAt: expiresAt.toISOString() } }, m);
    });
    const link = `${this.config.publicUrl}/verify-email/${token}`;
    const text = await this.mail.textFor(user.id);
    await this.mail.send({
      to: user.email,
      kind: 'email-verification',
      subject: text.t('emailVerification.subject'),
      text: text.compose(user.displayName, [
        text.t('emailVerification.ask'),
        '',
        link,
        '',
        text.t('emailVerification.expires', { date: text.dateTime(expiresAt) }),
        text.t('emailVerification.ignore'),
      ]),
    });
    return { sentTo: user.email, expiresAt: expiresAt.toISOString() };
  }

  /** Anyone holding the link may confirm (it was mailed to the address); the token is cleared, so it works once. */
  async confirm(token: string): Promise<EmailVerifiedDto> {
    const hash = hashToken(token);
    return this.db.transaction(async (m) => {
      const user = await m.findOne(User, { where: { emailVerificationTokenHash: hash }, lock: { mode: 'pessimistic_write' } });
      if (!user)
        throw new DomainError('bad_request', 'This verification link is not valid, or it was already used. Sign in and ask for a new verification email from your account page.', undefined, {
          reason: 'token_invalid',
        });
      const now = this.clock.now();
      if (!user.emailVerificationExpiresAt || user.emailVerificationExpiresAt <= now)
        throw new DomainError('invitation_expired', `This verification link has expired (links work for ${EMAIL_VERIFICATION_TTL_HOURS} hours). Sign in and ask for a new verification email from your account page.`, undefined, {
          reason: 'token_expired',
        });
      const verifiedAt = user.emailVerifiedAt ?? now;
      await m.update(User, { id: user.id }, { emailVerifiedAt: verifiedAt, emailVerificationTokenHash: null, emailVerificationExpiresAt: null });
      await this.audit.record({ actorId: user.id, action: 'account.email_verified', subjectType: 'user', subjectId: user.id, after: { email: user.email } }, m);
      return { email: user.email, emailVerified: true, emailVerifiedAt: verifiedAt.toISOString() };
    });
  }
}
