import { Body, Controller, HttpCode, Put, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { RateLimit } from '../rate-limit/rate-limit.js';
import { Authenticated } from '../auth/access.decorator.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { ChangePasswordDto, PasswordChangedDto } from './dto/password-change.dto.js';
import { PasswordChangeService } from './password-change.service.js';
import { PASSWORD_REFUSALS, THROTTLE_REFUSALS } from './password.service.js';
import { AccountsReason } from '@clapper/domain/refusals';
import { Refuses } from '../common/refusals.decorator.js';

@ApiTags('auth')
@Controller('auth/me')
export class PasswordChangeController {
  constructor(private readonly passwordChange: PasswordChangeService) {}

  /** Anyone signed in, for themselves, with their current password; every other session of the account ends. */
  @Put('password')
  @HttpCode(200)
  @Authenticated()
  @RateLimit('password')
  @Refuses(AccountsReason.SamePassword, AccountsReason.WrongCurrentPassword, ...PASSWORD_REFUSALS, ...THROTTLE_REFUSALS)
  @ApiOkResponse({ type: PasswordChangedDto })
  change(@CurrentActor() actor: Actor, @Body() dto: ChangePasswordDto, @Req() req: Request): Promise<PasswordChangedDto> {
    return this.passwordChange.change(actor, dto.currentPassword, dto.newPassword, req.ip);
  }
}
