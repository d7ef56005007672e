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
import type { Actor } from '../auth/actor.js';
import { claimAccountLink, issueAccountLink, mailAccountLink } from './account-links.js';
import { User } from './user.entity.js';
import { WelcomeService } from './welcome.service.js';
import type { EmailVerificationSentDto, EmailVerifiedDto } from './dto/email-verification.dto.js';

export const EMAIL_VERIFICATION_TTL_HOURS = 48;
const HOUR_MS = 3_600_000;

/**
 * Proves that a user reads the mail sent to their address (needed, for example, to vote in an audience choice):
 * a single-use link valid for 48 hours, of which only the SHA-256 is stored. A newer link replaces the older one.
 * The same link finishes a self sign-up: the account can sign in once its address is confirmed.
 */
@Injectable()
export class EmailVerificationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(User) private readonly users: Repository<User>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly rateLimit: RateLimiter,
    private readonly clock: Clock,
    private readonly welcome: WelcomeService,
  ) {}

  async request(actor: Actor): Promise<EmailVerificationSentDto> {
    const user = await this.users.findOneByOrFail({ id: actor.userId });
    if (user.emailVerifiedAt)
      throw new DomainError('conflict', AccountsReason.AlreadyVerified, `Your email address ${user.email} is already verified; there is nothing more to do.`, {
        email: user.email,
      });
    await this.rateLimit.consume(
      'verification-mail',
      user.id,
      (retryAfterSeconds, limit) =>
        new DomainError(
          'too_many_attempts',
          AccountsReason.VerificationMailsLimit,
          `We have already sent you ${limit} verification emails this hour. Open the latest one (check your spam folder too), or ask again in ${Math.max(1, Math.ceil(retryAfterSeconds / 60))} minutes.`,
          { limit, retryAfterSeconds },
        ),
    );
    const { link, expiresAt } = await this.issue(user, 'account.email_verification_requested');
    await mailAccountLink(this.mail, user, { kind: 'email-verification', block: 'emailVerification', link, expiresAt });
    return { sentTo: user.email, expiresAt: expiresAt.toISOString() };
  }

  /**
   * The mail that answers a sign-up: a confirmation link for a sign-up still pending, or, for an account in use, a
   * notice to its owner that someone tried to sign up with the address, with links to sign in or reset the password.
   * At most the 'sign-up-mail' limit an hour (RATE_LIMITS) reach one address; beyond that nothing is sent, and the caller's answer
   * does not change.
   */
  async mailSignUp(user: User): Promise<void> {
    if (user.disabledAt || !(await this.withinSignUpMailLimit(user.email))) return;
    const text = await this.mail.textFor(user.id);
    if (!user.signUpPending) {
      await this.mail.send({
        to: user.email,
        kind: 'sign-up-existing',
        subject: text.t('signUpExisting.subject'),
        text: text.compose(user.displayName, [
          text.t('signUpExisting.intro', { email: user.email }),
          '',
          text.t('signUpExisting.signIn'),
          `${this.config.publicUrl}/sign-in`,
          '',
          text.t('signUpExisting.reset'),
          `${this.config.publicUrl}/forgot-password`,
          '',
          text.t('signUpExisting.ignore'),
        ]),
      });
      return;
    }
    const { link, expiresAt } = await this.issue(user, 'account.sign_up_link_sent');
    await mailAccountLink(this.mail, user, { kind: 'sign-up-confirmation', block: 'signUpConfirm', link, expiresAt });
  }

  /** "Send the link again" from the check-your-email screen: mails what a sign-up with this address would. */
  async resendSignUp(emailInput: string): Promise<void> {
    const user = await this.users.findOne({ where: { email: emailInput.toLowerCase() } });
    if (user) await this.mailSignUp(user);
  }

  /**
   * Anyone holding the link may confirm (it was mailed to the address); the token is cleared, so it works once.
   * `completedSignUp` says the link finished a pending sign-up: the caller then signs the person in.
   */
  async confirm(token: string): Promise<{ verified: Omit<EmailVerifiedDto, 'signedIn'>; userId: string; completedSignUp: boolean }> {
    const confirmed = await this.db.transaction(async (m) => {
      const now = this.clock.now();
      const user = await claimAccountLink(m, 'emailVerification', token, now);
      if (user === 'invalid')
        throw new DomainError(
          'bad_request',
          AccountsReason.VerificationLinkInvalid,
          'This verification link is not valid, or it was already used. Sign in and ask for a new verification email from your account page.',
          {},
        );
      if (user === 'expired')
        throw new DomainError(
          'invitation_expired',
          AccountsReason.VerificationLinkExpired,
          `This verification link has expired (links work for ${EMAIL_VERIFICATION_TTL_HOURS} hours). Sign in and ask for a new verification email from your account page.`,
          { hours: EMAIL_VERIFICATION_TTL_HOURS },
        );
      const verifiedAt = user.emailVerifiedAt ?? now;
      const completedSignUp = user.signUpPending && !user.disabledAt;
      await m.update(User, { id: user.id }, { emailVerifiedAt: verifiedAt, signUpPending: false });
      await this.audit.record(
        {
          actorId: user.id,
          action: completedSignUp ? 'account.sign_up_confirmed' : 'account.email_verified',
          subjectType: 'user',
          subjectId: user.id,
          after: { email: user.email },
        },
        m,
      );
      return { verified: { email: user.email, emailVerified: true, emailVerifiedAt: verifiedAt.toISOString() }, userId: user.id, completedSignUp };
    });
    // the sign-up is finished: the welcome follows the email check
    if (confirmed.completedSignUp) await this.welcome.welcome(confirmed.userId);
    return confirmed;
  }

  private async issue(user: User, action: string): Promise<{ link: string; expiresAt: Date }> {
    const expiresAt = new Date(this.clock.now().getTime() + EMAIL_VERIFICATION_TTL_HOURS * HOUR_MS);
    const token = await this.db.transaction(async (m) => {
      const token = await issueAccountLink(m, user.id, 'emailVerification', expiresAt);
      await this.audit.record({ actorId: user.id, action, subjectType: 'user', subjectId: user.id, after: { expiresAt: expiresAt.toISOString() } }, m);
      return token;
    });
    return { link: `${this.config.publicUrl}/verify-email/${token}`, expiresAt };
  }

  private async withinSignUpMailLimit(email: string): Promise<boolean> {
    try {
      await this.rateLimit.consume('sign-up-mail', email, () => 'too many sign-up emails to this address');
      return true;
    } catch (err) {
      if (err instanceof DomainError && err.code === 'too_many_attempts') return false;
      throw err;
    }
  }
}
