import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { NotificationsReason } from '@clapper/domain/refusals';
import { Authenticated } from '../auth/access.decorator.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { DomainError } from '../common/domain-error.js';
import { PageQueryDto } from '../common/dto.js';
import { Refuses } from '../common/refusals.decorator.js';
import { MarkReadDto, NotificationPageDto, NotificationPreferencesDto, UnreadCountDto, UpdateNotificationPreferencesDto } from './dto/notifications.dto.js';
import { NotificationPreferencesService } from './notification-preferences.service.js';
import { NotificationsInboxService } from './notifications-inbox.service.js';

const rolesOf = (actor: Actor) => actor.grants.map((g) => g.role);

/** The signed-in person's own notifications (the bell and the list) and their settings: never anyone else's. */
@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly inbox: NotificationsInboxService,
    private readonly preferences: NotificationPreferencesService,
  ) {}

  /** One's own notifications, newest first, with how many are unread. */
  @Get()
  @Authenticated()
  @ApiOkResponse({ type: NotificationPageDto })
  list(@CurrentActor() actor: Actor, @Query() q: PageQueryDto): Promise<NotificationPageDto> {
    return this.inbox.list(actor.userId, q.limit ?? 50, q.offset ?? 0);
  }

  /** The bell's count: a light query, asked on navigation and when the window gets focus. */
  @Get('unread-count')
  @Authenticated()
  @ApiOkResponse({ type: UnreadCountDto })
  async unreadCount(@CurrentActor() actor: Actor): Promise<UnreadCountDto> {
    return { unread: await this.inbox.unread(actor.userId) };
  }

  /** Marks one's own notifications read (those named, or all); another person's id is a 404 and nothing is marked. */
  @Post('read')
  @HttpCode(200)
  @Authenticated()
  @Refuses(NotificationsReason.NotFound, NotificationsReason.IdsOrAll)
  @ApiOkResponse({ type: UnreadCountDto })
  async markRead(@CurrentActor() actor: Actor, @Body() dto: MarkReadDto): Promise<UnreadCountDto> {
    if ((dto.all === true) === (dto.ids !== undefined))
      throw new DomainError('bad_request', NotificationsReason.IdsOrAll, 'Send the ids of the notifications to mark read, or all: true (not both).', {});
    return { unread: await this.inbox.markRead(actor.userId, dto.all ? { all: true } : { ids: dto.ids ?? [] }) };
  }

  /** The kinds of message one may switch off (by one's roles), each on or off, and those that cannot be switched off. */
  @Get('preferences')
  @Authenticated()
  @ApiOkResponse({ type: NotificationPreferencesDto })
  getPreferences(@CurrentActor() actor: Actor): Promise<NotificationPreferencesDto> {
    return this.preferences.get(actor.userId, rolesOf(actor));
  }

  /** Switches the topics named on or off (others stay as they are). */
  @Put('preferences')
  @Authenticated()
  @Refuses(NotificationsReason.TopicNotApplicable)
  @ApiOkResponse({ type: NotificationPreferencesDto })
  updatePreferences(@CurrentActor() actor: Actor, @Body() dto: UpdateNotificationPreferencesDto): Promise<NotificationPreferencesDto> {
    return this.preferences.update(actor.userId, rolesOf(actor), dto.topics);
  }
}
