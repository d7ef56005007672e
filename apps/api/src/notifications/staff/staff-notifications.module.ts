import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsQueriesModule } from '../../accounts/accounts.queries.js';
import { CompetitionsQueriesModule } from '../../competitions/competitions.queries.js';
import { ConsentsQueriesModule } from '../../consents/consents.queries.js';
import { EntriesQueriesModule } from '../../entries/entries.queries.js';
import { JudgingModule } from '../../judging/judging.module.js';
import { Notification } from '../notification.entity.js';
import { NotificationsModule } from '../notifications.module.js';
import { CountryDigest } from './country-digest.js';
import { DraftReminders } from './draft-reminders.js';
import { StaffJobs } from './staff-jobs.js';

/** The scheduled messages: judges' and teams' reminders, and the coordinators' daily digest (the jobs in staff-jobs.ts). */
@Module({
  imports: [
    TypeOrmModule.forFeature([Notification]),
    NotificationsModule,
    JudgingModule,
    AccountsQueriesModule,
    CompetitionsQueriesModule,
    ConsentsQueriesModule,
    EntriesQueriesModule,
  ],
  providers: [DraftReminders, CountryDigest, StaffJobs],
  exports: [StaffJobs],
})
export class StaffNotificationsModule {}
