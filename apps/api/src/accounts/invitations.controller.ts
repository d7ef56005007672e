import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiCreatedResponse } from '@nestjs/swagger';
import { RateLimit } from '../rate-limit/rate-limit.js';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Public, Roles } from '../auth/access.decorator.js';
import { CurrentActor, OptionalActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/actor.js';
import { SessionService } from '../auth/session.service.js';
import { setSessionCookie } from '../auth/session-cookie.js';

import { AccountsReason } from '@clapper/domain/refusals';
import { Refuses } from '../common/refusals.decorator.js';
import { uuidPipe } from '../common/uuid.pipe.js';
import { AccountsService } from './accounts.service.js';
import { MeDto } from './dto/me.dto.js';
import { AcceptInvitationDto, CreateInvitationDto, InvitationDto, InvitationPreviewDto, InvitationTokenDto } from './dto/invitation.dto.js';
import { InvitationsService } from './invitations.service.js';
import { PASSWORD_REFUSALS } from './password.service.js';

/** A link that no longer opens an invitation. */
const LINK_REFUSALS = [AccountsReason.InvitationInvalid, AccountsReason.InvitationUsed, AccountsReason.InvitationExpired] as const;

@ApiTags('invitations')
@Controller('invitations')
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly accounts: AccountsService,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @Roles('organiser', 'coordinator')
  @Refuses(
    AccountsReason.CountryNotParticipating,
    AccountsReason.RoundInvitationJudgesOnly,
    AccountsReason.RoundNotManaged,
    AccountsReason.RoundClosed,
    AccountsReason.JudgeCountryRequired,
  )
  @ApiCreatedResponse({ type: InvitationDto })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateInvitationDto): Promise<InvitationDto> {
    return this.invitations.create(actor, dto);
  }

  @Get()
  @Roles('organiser', 'coordinator')
  @ApiOkResponse({ type: [InvitationDto] })
  list(@CurrentActor() actor: Actor): Promise<InvitationDto[]> {
    return this.invitations.list(actor);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('organiser', 'coordinator')
  @Refuses(AccountsReason.InvitationAccepted)
  revoke(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<void> {
    return this.invitations.revoke(actor, id);
  }

  /** The token travels in the body, never in a URL, so it stays out of logs. */
  @Post('preview')
  @HttpCode(200)
  @Public()
  @RateLimit('invitation')
  @Refuses(...LINK_REFUSALS)
  @ApiOkResponse({ type: InvitationPreviewDto })
  preview(@Body() dto: InvitationTokenDto): Promise<InvitationPreviewDto> {
    return this.invitations.preview(dto.token);
  }

  @Post('accept')
  @HttpCode(200)
  @Public()
  @RateLimit('invitation')
  @Refuses(...LINK_REFUSALS, AccountsReason.InvitationSignInFirst, ...PASSWORD_REFUSALS)
  @ApiOkResponse({ type: MeDto })
  async accept(@Body() dto: AcceptInvitationDto, @OptionalActor() actor: Actor | null, @Res({ passthrough: true }) res: Response): Promise<MeDto> {
    const user = await this.invitations.accept(dto, actor);
    if (actor) await this.sessions.destroy(actor.sessionId);
    const { token, expiresAt } = await this.sessions.create(user.id);
    setSessionCookie(res, this.config, token, expiresAt);
    return this.accounts.me(user.id);
  }
}
