import { Body, Controller, Get, HttpCode, Inject, Post, Res } from '@nestjs/common';
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
import { SignInDto, SignUpDto } from './dto/sign-up.dto.js';


@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionService,
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

  /** Rotation: any session the browser held is destroyed, and a new token is issued. */
  private async startSession(userId: string, current: Actor | null, res: Response): Promise<void> {
    if (current) await this.sessions.destroy(current.sessionId);
    const { token, expiresAt } = await this.sessions.create(userId);
    setSessionCookie(res, this.config, token, expiresAt);
  }
}
