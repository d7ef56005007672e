import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Clock } from '../clock/clock.js';
import { AuditService } from '../audit/audit.service.js';
import { AccountsReason } from '@clapper/domain/refusals';
import { DomainError } from '../common/domain-error.js';
import { MailService } from '../mail/mail.service.js';
import { RateLimiter } from '../rate-limit/rate-limiter.js';
import { SessionService } from '../auth/session.service.js';
import { claimAccountLink, issueAccountLink, mailAccountLink } from './account-links.js';
import { PasswordService } from './password.service.js';
import { User } from './user.entity.js';
import { mailPasswordChanged } from './password-changed-mail.js';
import { WelcomeService } from './welcome.service.js';

export const PASSWORD_RESET_TTL_MINUTES = 30;

/**
 * "Forgot your password?": a single-use link, valid 30 minutes, of which only the SHA-256 is stored (a newer link
 * replaces the older one). Using it sets a new password under the sign-up policy, ends every session of the account and
 * tells the owner by email. The request says nothing about whether the address has an account.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(User) private readonly users: Repository<User>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly rateLimit: RateLimiter,
    private readonly clock: Clock,
    private readonly welcome: WelcomeService,
  ) {}

  /** Mails a link when the address has an account in use; counts against the address either way (429 past the limit). */
  async request(emailInput: string): Promise<void> {
    const email = emailInput.toLowerCase();
    await this.rateLimit.consume(
      'password-reset-mail',
      email,
      (retryAfterSeconds, limit) =>
        new DomainError(
          'too_many_attempts',
          AccountsReason.PasswordResetsLimit,
          `This address has asked for ${limit} password resets this hour. If it has an account, open the latest email (check your spam folder too), or ask again in ${Math.max(1, Math.ceil(retryAfterSeconds / 60))} minutes.`,
          { limit, retryAfterSeconds },
        ),
    );
    const user = await this.users.findOne({ where: { email } });
    if (!user || user.disabledAt) return;
    const expiresAt = new Date(this.clock.now().getTime() + PASSWORD_RESET_TTL_MINUTES * 60_000);
    const token = await this.db.transaction(async (m) => {
      const token = await issueAccountLink(m, user.id, 'passwordReset', expiresAt);
      await this.audit.record(
        {
          actorId: user.id,
          action: 'account.password_reset_requested',
          subjectType: 'user',
          subjectId: user.id,
          after: { expiresAt: expiresAt.toISOString() },
        },
        m,
      );
      return token;
    });
    await mailAccountLink(this.mail, user, {
      kind: 'password-reset',
      block: 'passwordReset',
      link: `${this.config.publicUrl}/reset-password/${token}`,
      expiresAt,
      facts: { minutes: PASSWORD_RESET_TTL_MINUTES },
    });
  }

  /**
   * Sets the new password with the link's token. A refused password leaves the link usable, so the person can try
   * another. The link was mailed to the address, so using it also confirms the address (and finishes a pending
   * sign-up). Every session of the account ends.
   */
  async reset(token: string, password: string): Promise<{ email: string }> {
    const now = this.clock.now();
    const user = await this.db.transaction(async (m) => {
      const user = await claimAccountLink(m, 'passwordReset', token, now);
      if (user === 'invalid' || (user !== 'expired' && user.disabledAt))
        throw new DomainError(
          'bad_request',
          AccountsReason.ResetLinkInvalid,
          'This password reset link is not valid, or it was already used. Ask for a new one from the sign-in page ("Forgot your password?").',
          {},
        );
      if (user === 'expired')
        throw new DomainError(
          'invitation_expired',
          AccountsReason.ResetLinkExpired,
          `This password reset link has expired (links work for ${PASSWORD_RESET_TTL_MINUTES} minutes). Ask for a new one from the sign-in page ("Forgot your password?").`,
          { minutes: PASSWORD_RESET_TTL_MINUTES },
        );
      this.passwords.assertAcceptable(password, user.email);
      const passwordHash = await this.passwords.hash(password);
      await m.update(User, { id: user.id }, { passwordHash, emailVerifiedAt: user.emailVerifiedAt ?? now, signUpPending: false });
      await this.audit.record({ actorId: user.id, action: 'account.password_reset', subjectType: 'user', subjectId: user.id }, m);
      return user;
    });
    await this.sessions.destroyAllFor(user.id);
    // the link confirmed the address of a sign-up never finished: its welcome follows (once per account)
    if (user.signUpPending && !user.disabledAt) await this.welcome.welcome(user.id);
    await mailPasswordChanged(this.mail, this.config.publicUrl, user, now, 'all');
    return { email: user.email };
  }
}
