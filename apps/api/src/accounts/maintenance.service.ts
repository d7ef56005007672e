import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../queue/job-queue.js';
import { SessionService } from '../auth/session.service.js';
import { AccountsService } from './accounts.service.js';
import { RateLimiter } from '../rate-limit/rate-limiter.js';

/** The hourly clean-up job: expired sessions, failed sign-ins older than a day (SignInThrottle) and finished rate-limit windows. */
@Injectable()
export class MaintenanceService implements OnModuleInit {
  constructor(
    private readonly queue: JobQueue,
    private readonly sessions: SessionService,
    private readonly accounts: AccountsService,
    private readonly rateLimit: RateLimiter,
  ) {}

  onModuleInit(): void {
    this.queue.handle('maintenance.purge-expired', () => this.purge());
  }

  async purge(): Promise<void> {
    await this.sessions.purgeExpired();
    await this.accounts.purgeOldFailures();
    await this.rateLimit.purge();
  }
}
