import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { JudgeNotifications } from '../../judging/judge-notifications.service.js';
import { LOGGER, type Logger } from '../../logging/logger.js';
import { JobQueue } from '../../queue/job-queue.js';
import { CountryDigest } from './country-digest.js';
import { DraftReminders } from './draft-reminders.js';

/**
 * The scheduled messages (queue/jobs.ts SCHEDULES): `notifications.reminders` every hour (judges behind schedule before
 * their window closes, teams with a draft before the submission window closes) and `notifications.digest` once a day
 * (the coordinators' digest). Every message carries a once-only key, so a run repeated by a retry or by another worker
 * sends nothing twice.
 */
@Injectable()
export class StaffJobs implements OnModuleInit {
  constructor(
    private readonly queue: JobQueue,
    private readonly judges: JudgeNotifications,
    private readonly drafts: DraftReminders,
    private readonly digest: CountryDigest,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    this.queue.handle('notifications.reminders', async () => {
      await this.reminders();
    });
    this.queue.handle('notifications.digest', async () => {
      await this.digests();
    });
  }

  async reminders(): Promise<{ judges: number; drafts: number }> {
    const report = { judges: await this.judges.remindBehind(), drafts: await this.drafts.run() };
    this.logger.info({ job: 'notifications.reminders', ...report }, 'reminders sent');
    return report;
  }

  async digests(): Promise<{ digests: number }> {
    const report = { digests: await this.digest.run() };
    this.logger.info({ job: 'notifications.digest', ...report }, 'digests sent');
    return report;
  }
}
