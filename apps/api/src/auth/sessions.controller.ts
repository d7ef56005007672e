import { Thing } from '@clapper/domain/refusals';
import { Controller, Delete, Get, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { notFound } from '../common/domain-error.js';
import { uuidPipe } from '../common/uuid.pipe.js';
import { Authenticated } from './access.decorator.js';
import type { Actor } from './actor.js';
import { CurrentActor } from './current-actor.decorator.js';
import { SessionDto, SignedOutOthersDto } from './dto/session.dto.js';
import { clearSessionCookie } from './session-cookie.js';
import { SessionService } from './session.service.js';
import { describeDevice } from './user-agent.js';

/** The signed-in user's own sessions (devices): list them, end one, or end all but this one. */
@ApiTags('auth')
@Controller('auth/sessions')
export class SessionsController {
  constructor(
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** This device first, then the others, the most recently used first. */
  @Get()
  @Authenticated()
  @ApiOkResponse({ type: SessionDto, isArray: true })
  async list(@CurrentActor() actor: Actor): Promise<SessionDto[]> {
    const sessions = await this.sessions.listFor(actor.userId);
    // this device first, then the others by when they were last used
    const ordered = [...sessions.filter((s) => s.id === actor.sessionId), ...sessions.filter((s) => s.id !== actor.sessionId)];
    return ordered.map((s) => ({
      id: s.id,
      ...describeDevice(s.userAgent),
      createdAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt.toISOString(),
      current: s.id === actor.sessionId,
    }));
  }

  /** Ends one of the caller's sessions (this one too, which clears the cookie); another user's session is not found. */
  @Delete(':id')
  @HttpCode(204)
  @Authenticated()
  @ApiNoContentResponse()
  async end(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Res({ passthrough: true }) res: Response): Promise<void> {
    if (!(await this.sessions.destroyOwn(actor.userId, id))) throw notFound(Thing.Session);
    if (id === actor.sessionId) clearSessionCookie(res, this.config);
  }

  @Post('sign-out-others')
  @HttpCode(200)
  @Authenticated()
  @ApiOkResponse({ type: SignedOutOthersDto })
  async signOutOthers(@CurrentActor() actor: Actor): Promise<SignedOutOthersDto> {
    return { signedOut: await this.sessions.destroyAllFor(actor.userId, actor.sessionId) };
  }
}
