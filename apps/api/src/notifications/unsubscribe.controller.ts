import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { NotificationsReason } from '@clapper/domain/refusals';
import { Public } from '../auth/access.decorator.js';
import { Refuses } from '../common/refusals.decorator.js';
import { RateLimit } from '../rate-limit/rate-limit.js';
import { UnsubscribeLinkDto } from './dto/notifications.dto.js';
import { NotificationPreferencesService } from './notification-preferences.service.js';

/**
 * The unsubscribe link of a message that can be switched off (notification-paths.ts). The token must be in the address:
 * it is the List-Unsubscribe URL mail providers POST to (RFC 8058), with no session and no Origin
 * (origin-check.middleware.ts lets exactly this POST through). The web page at /unsubscribe/:token reads what the link
 * stops, then posts here when the person confirms: a GET never unsubscribes, as link scanners open links.
 */
@ApiTags('notifications')
@Controller('notifications/unsubscribe')
export class UnsubscribeController {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  @Get(':token')
  @Public()
  @RateLimit('unsubscribe-link')
  @Refuses(NotificationsReason.LinkNotFound)
  @ApiOperation({ summary: 'What an unsubscribe link stops (its topic), without stopping it' })
  @ApiOkResponse({ type: UnsubscribeLinkDto })
  preview(@Param('token') token: string): Promise<UnsubscribeLinkDto> {
    return this.preferences.link(token);
  }

  @Post(':token')
  @HttpCode(200)
  @Public()
  @RateLimit('unsubscribe-link')
  @Refuses(NotificationsReason.LinkNotFound)
  @ApiOperation({
    summary: 'One-click unsubscribe (RFC 8058): stops the link’s kind of message; idempotent. The body (List-Unsubscribe=One-Click) is not needed.',
  })
  @ApiOkResponse({ type: UnsubscribeLinkDto })
  unsubscribe(@Param('token') token: string): Promise<UnsubscribeLinkDto> {
    return this.preferences.unsubscribe(token);
  }
}
