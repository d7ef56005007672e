import { Body, Controller, Get, HttpCode, Inject, Post, Put, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RateLimit } from '../rate-limit/rate-limit.js';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Authenticated, Public } from '../auth/access.decorator.js';
import { CurrentActor, OptionalActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/actor.js';
import { SessionService } from '../auth/session.service.js';
import { clearSessionCookie, setSessionCookie } from '../auth/session-cookie.js';
import { AccountsService } from './accounts.service.js';
import { MeDto } from './dto/me.dto.js';
import { SetLocaleDto, SignInDto, SignUpDto } from './dto/sign-up.dto.js';
import { ConfirmEmailDto, EmailVerificationSentDto, EmailVerifiedDto } from './dto/email-verification.dto.js';
import { EmailVerificationService } from './email-verification.service.js';


@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionService,
    private readonly emailVerification: EmailVerificationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Students and teachers create their own accounts; they are signed in at once. */
  @Post('sign-up')
  @Public()
  @RateLimit('auth')
  @ApiOkResponse({ type: MeDto })
  async signUp(@Body() dto: SignUpDto, @OptionalActor() current: Actor | null, @Res({ passthrough: true }) res: Response): Promise<MeDto> {
    const user = await this.accounts.signUp(dto);
    await this.startSession(user.id, current, res);
    return this.accounts.me(user.id);
  }

  @Post('sign-in')
  @HttpCode(200)
  @Public()
  @RateLimit('auth')
  @ApiOkResponse({ type: MeDto })
  async signIn(@Body() dto: SignInDto, @OptionalActor() current: Actor | null, @Res({ passthrough: true }) res: Response): Promise<MeDto> {
    const user = await this.accounts.verifyCredentials(dto.email, dto.password);
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
  @ApiOkResponse({ type: EmailVerificationSentDto })
  requestEmailVerification(@CurrentActor() actor: Actor): Promise<EmailVerificationSentDto> {
    return this.emailVerification.request(actor);
  }

  /** The link's page posts its token here; signed in or not. */
  @Post('email-verification/confirm')
  @HttpCode(200)
  @Public()
  @RateLimit('auth')
  @ApiOkResponse({ type: EmailVerifiedDto })
  confirmEmail(@Body() dto: ConfirmEmailDto): Promise<EmailVerifiedDto> {
    return this.emailVerification.confirm(dto.token);
  }

  /** Rotation: any session the browser held is destroyed, and a new token is issued. */
  private async startSession(userId: string, current: Actor | null, res: Response): Promise<void> {
    if (current) await this.sessions.destroy(current.sessionId);
    const { token, expiresAt } = await this.sessions.create(userId);
    setSessionCookie(res, this.config, token, expiresAt);
  }
}
