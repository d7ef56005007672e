import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsQueriesModule } from '../accounts/accounts.queries.js';
import { CompetitionsQueriesModule } from '../competitions/competitions.queries.js';
import { ConsentsQueriesModule } from '../consents/consents.queries.js';
import { VideosQueriesModule } from '../videos/videos.queries.js';
import { MailModule } from '../mail/mail.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { EntriesController } from './entries.controller.js';
import { EntriesReviewController } from './entries-review.controller.js';
import { EntriesReviewService } from './entries-review.service.js';
import { EntryScreeningService } from './entry-screening.service.js';
import { EntriesService } from './entries.service.js';
import { EntryAccess } from './entry-access.service.js';
import { Entry } from './entry.entity.js';
import { LicenceGrant, LicenceVersion } from './licence.entity.js';
import { TeamMember } from './team-member.entity.js';
import { TeamNotices } from './team-notices.js';

@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([Entry, TeamMember, LicenceVersion, LicenceGrant]),
    AccountsQueriesModule,
    CompetitionsQueriesModule,
    ConsentsQueriesModule,
    VideosQueriesModule,
    MailModule,
    NotificationsModule,
  ],
  controllers: [EntriesController, EntriesReviewController],
  providers: [EntriesService, EntryAccess, EntriesReviewService, EntryScreeningService, TeamNotices],
  exports: [EntryAccess, EntriesService, TeamNotices],
})
export class EntriesModule {}
