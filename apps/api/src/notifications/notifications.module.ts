import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsQueriesModule } from '../accounts/accounts.queries.js';
import { CompetitionsQueriesModule } from '../competitions/competitions.queries.js';
import { MailModule } from '../mail/mail.module.js';
import { Notification } from './notification.entity.js';
import { NotificationOnce } from './notification-once.entity.js';
import { NotificationOptOut } from './notification-opt-out.entity.js';
import { Notifier } from './notifier.service.js';
import { NotificationPreferencesService } from './notification-preferences.service.js';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsInboxService } from './notifications-inbox.service.js';
import { UnsubscribeController } from './unsubscribe.controller.js';
import { UnsubscribeLink } from './unsubscribe-link.entity.js';

/**
 * Notifications: the Notifier that every domain calls to tell a person something (email and in-app list), and the
 * tables it owns (the in-app list, opt-outs, unsubscribe links, once-only keys).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([Notification, NotificationOnce, NotificationOptOut, UnsubscribeLink]),
    MailModule,
    AccountsQueriesModule,
    CompetitionsQueriesModule,
  ],
  controllers: [NotificationsController, UnsubscribeController],
  providers: [Notifier, NotificationsInboxService, NotificationPreferencesService],
  exports: [Notifier],
})
export class NotificationsModule {}
