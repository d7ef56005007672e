import { Body, Controller, Get, HttpCode, Inject, Post, Put, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RateLimit } from '../rate-limit/rate-limit.js';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Authenticated, Public } from '../auth/access.decorator.js';
import { CurrentActor, OptionalActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/actor.js';
import { SessionService } from '../auth/session.service.js';
import { clearSessionCookie, setSessionCookie } from '../auth/session-cookie.js';
import { AccountsService } from './accounts.service.js';
import { MeDto } from './dto/me.dto.js';
import { CheckEmailDto, ResendSignUpDto, SetLocaleDto, SignInDto, SignUpDto } from './dto/sign-up.dto.js';
import { PasswordResetDoneDto, RequestPasswordResetDto, ResetPasswordDto } from './dto/password-reset.dto.js';
import { ConfirmEmailDto, EmailVerificationSentDto, EmailVerifiedDto } from './dto/email-verification.dto.js';
import { EmailVerificationService } from './email-verification.service.js';
import { PasswordResetService } from './password-reset.service.js';
import { AccountsReason } from '@clapper/domain/refusals';
import { DomainError } from '../common/domain-error.js';
import { Refuses } from '../common/refusals.decorator.js';
import { PASSWORD_REFUSALS, THROTTLE_REFUSALS } from './password.service.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionService,
    private readonly emailVerification: EmailVerificationService,
    private readonly passwordReset: PasswordResetService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Students and teachers create their own accounts. The answer is the same whether or not the address has an
   * account: a new address gets a link that confirms it and signs the person in; an address with an account gets a
   * notice with links to sign in or reset the password. Nobody is signed in here.
   */
  @Post('sign-up')
  @HttpCode(202)
  @Public()
  @RateLimit('sign-up')
  @Refuses(...PASSWORD_REFUSALS, AccountsReason.DateOfBirthOutOfRange, AccountsReason.CountryNotParticipating)
  @ApiAcceptedResponse({ type: CheckEmailDto })
  async signUp(@Body() dto: SignUpDto): Promise<CheckEmailDto> {
    const { user } = await this.accounts.signUp(dto);
    await this.emailVerification.mailSignUp(user);
    return { status: 'check_email', email: user.email };
  }

  /** "Send the link again": the same email a sign-up with this address would get, and the same answer whatever it is. */
  @Post('sign-up/resend')
  @HttpCode(202)
  @Public()
  @RateLimit('sign-up')
  @ApiAcceptedResponse({ type: CheckEmailDto })
  async resendSignUp(@Body() dto: ResendSignUpDto): Promise<CheckEmailDto> {
    await this.emailVerification.resendSignUp(dto.email);
    return { status: 'check_email', email: dto.email.toLowerCase() };
  }

  /** "Forgot your password?": mails a link (30 minutes) if the address has an account; the same answer either way. */
  @Post('password-reset')
  @HttpCode(202)
  @Public()
  @RateLimit('password')
  @Refuses(AccountsReason.PasswordResetsLimit)
  @ApiAcceptedResponse({ type: CheckEmailDto })
  async requestPasswordReset(@Body() dto: RequestPasswordResetDto): Promise<CheckEmailDto> {
    await this.passwordReset.request(dto.email);
    return { status: 'check_email', email: dto.email.toLowerCase() };
  }

  /** The reset link's page posts its token and the new password here; every session of the account ends. */
  @Post('password-reset/confirm')
  @HttpCode(200)
  @Public()
  @RateLimit('password')
  @Refuses(AccountsReason.ResetLinkInvalid, AccountsReason.ResetLinkExpired, ...PASSWORD_REFUSALS)
  @ApiOkResponse({ type: PasswordResetDoneDto })
  resetPassword(@Body() dto: ResetPasswordDto): Promise<PasswordResetDoneDto> {
    return this.passwordReset.reset(dto.token, dto.password);
  }

  @Post('sign-in')
  @HttpCode(200)
  @Public()
  @RateLimit('sign-in')
  @Refuses(AccountsReason.InvalidCredentials, AccountsReason.EmailUnconfirmed, ...THROTTLE_REFUSALS)
  @ApiOkResponse({ type: MeDto })
  async signIn(@Body() dto: SignInDto, @OptionalActor() current: Actor | null, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<MeDto> {
    // failures slow down this client address for this account, never the account's owner elsewhere
    const user = await this.accounts.verifyCredentials(dto.email, dto.password, req.ip);
    // only after the password is verified, so it tells nothing about which addresses have accounts
    if (user.signUpPending)
      throw new DomainError(
        'email_unconfirmed',
        AccountsReason.EmailUnconfirmed,
        'Confirm your email address first: open the link we sent you, or ask for a new one.',
        {
          email: user.email,
        },
      );
    await this.startSession(user.id, current, res);
    return this.accounts.me(user.id);
  }

  @Post('sign-out')
  @HttpCode(204)
  @Authenticated()
  async signOut(@CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.sessions.destroy(actor.sessionId);
    clearSessionCookie(res, this.config);
  }

  @Get('me')
  @Authenticated()
  @ApiOkResponse({ type: MeDto })
  me(@CurrentActor() actor: Actor): Promise<MeDto> {
    return this.accounts.me(actor.userId);
  }

  /** Saves the interface language the user chose; their emails are written in it. Anyone signed in, for themselves. */
  @Put('me/locale')
  @Authenticated()
  @ApiOkResponse({ type: MeDto })
  setLocale(@CurrentActor() actor: Actor, @Body() dto: SetLocaleDto): Promise<MeDto> {
    return this.accounts.setLocale(actor.userId, dto.locale);
  }

  /** Mails the signed-in user a single-use link (48 h) that proves the address is theirs; 3 per hour. */
  @Post('email-verification')
  @HttpCode(200)
  @Authenticated()
  @Refuses(AccountsReason.AlreadyVerified, AccountsReason.VerificationMailsLimit)
  @ApiOkResponse({ type: EmailVerificationSentDto })
  requestEmailVerification(@CurrentActor() actor: Actor): Promise<EmailVerificationSentDto> {
    return this.emailVerification.request(actor);
  }

  /**
   * The link's page posts its token here; signed in or not. A link that finishes a sign-up also signs the person in,
   * in whichever browser opened it.
   */
  @Post('email-verification/confirm')
  @HttpCode(200)
  @Public()
  @RateLimit('sign-up')
  @Refuses(AccountsReason.VerificationLinkInvalid, AccountsReason.VerificationLinkExpired)
  @ApiOkResponse({ type: EmailVerifiedDto })
  async confirmEmail(
    @Body() dto: ConfirmEmailDto,
    @OptionalActor() current: Actor | null,
    @Res({ passthrough: true }) res: Response,
  ): Promise<EmailVerifiedDto> {
    const { verified, userId, completedSignUp } = await this.emailVerification.confirm(dto.token);
    if (completedSignUp) await this.startSession(userId, current, res);
    return { ...verified, signedIn: completedSignUp };
  }

  /** Rotation: any session the browser held is destroyed, and a new token is issued. */
  private async startSession(userId: string, current: Actor | null, res: Response): Promise<void> {
    if (current) await this.sessions.destroy(current.sessionId);
    // the User-Agent names the device in the account's list of sessions
    const { token, expiresAt } = await this.sessions.create(userId, res.req.get('user-agent'));
    setSessionCookie(res, this.config, token, expiresAt);
  }
}
