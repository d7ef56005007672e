import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, MoreThan, Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Clock } from '../clock/clock.js';
import { AccountsReason } from '@clapper/domain/refusals';
import { DomainError } from '../common/domain-error.js';
import { SignInFailure } from './sign-in-failure.entity.js';

/** How long failures of one client for one account count: a success from that client forgets them at once. */
export const FAILURE_MEMORY_MS = 24 * 3_600_000;
/** the longest client address kept (an IPv6 address with a zone fits) */
const ADDRESS_LENGTH = 64;

/**
 * The wait, in seconds, before a client that has failed `failures` times for one account may try again:
 * none up to `freeFailures`, then 2^failures seconds, capped at `maxDelaySeconds`.
 */
export function delaySeconds(failures: number, freeFailures: number, maxDelaySeconds: number): number {
  if (failures < freeFailures) return 0;
  return Math.min(2 ** Math.min(failures, 30), maxDelaySeconds);
}

export const clientAddressOf = (ip: string | undefined): string => (ip && ip.length ? ip.slice(0, ADDRESS_LENGTH) : 'unknown');

/**
 * Slows down the client that fails, never the account: failed passwords are counted per (account, client address),
 * and past SIGN_IN_MAX_FAILURES each further attempt from that client must wait 2^failures seconds (at most
 * SIGN_IN_LOCK_MINUTES). The owner on another client is not affected. One client address failing across many
 * accounts (password spraying) waits too, past SIGN_IN_MAX_FAILURES_PER_CLIENT within SIGN_IN_LOCK_MINUTES.
 * Counted in Postgres, so every API replica sees the same counts.
 */
@Injectable()
export class SignInThrottle {
  constructor(
    @InjectRepository(SignInFailure) private readonly failures: Repository<SignInFailure>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * Runs `check` (true when the password is right) unless this client must still wait, and records the outcome.
   * The attempt is recorded as a failure before the check, so that parallel attempts cannot slip through one wait.
   */
  async attempt(emailInput: string, ip: string | undefined, check: () => Promise<boolean>): Promise<boolean> {
    const email = emailInput.toLowerCase();
    const clientAddress = clientAddressOf(ip);
    const { maxFailures } = this.config.signIn;
    const now = this.clock.now();
    await this.assertClientNotSpraying(clientAddress, now);
    const rows: { n: number; last: Date | null }[] = await this.failures.query(
      `SELECT count(*)::int AS n, max("at") AS last FROM "sign_in_failures" WHERE "email" = $1 AND "client_address" = $2 AND "at" > $3`,
      [email, clientAddress, new Date(now.getTime() - FAILURE_MEMORY_MS)],
    );
    const { n, last } = rows[0];
    const wait = delaySeconds(n, maxFailures, this.maxDelaySeconds);
    if (last && wait > 0) this.assertWaited(new Date(last), wait, now);

    const inserted = await this.failures.insert({ email, clientAddress, at: now });
    const id = String(inserted.identifiers[0].id);
    if (last && n >= maxFailures) {
      // a slowed-down client gets one attempt per wait: a parallel attempt in the same slot waits for the next one
      const concurrent = await this.failures.count({ where: { email, clientAddress, at: MoreThan(new Date(last)) } });
      if (concurrent > 1) {
        await this.failures.delete({ id });
        this.assertWaited(now, delaySeconds(n + 1, maxFailures, this.maxDelaySeconds), now);
      }
    }
    const ok = await check();
    if (ok) await this.failures.delete({ email, clientAddress });
    return ok;
  }

  /** Drops failures nobody counts any more (run by the hourly maintenance job). */
  async purge(): Promise<void> {
    await this.failures.delete({ at: LessThan(new Date(this.clock.now().getTime() - FAILURE_MEMORY_MS)) });
  }

  private get maxDelaySeconds(): number {
    return this.config.signIn.maxDelayMinutes * 60;
  }

  private assertWaited(since: Date, waitSeconds: number, now: Date): void {
    const retryAfterSeconds = Math.ceil((since.getTime() + waitSeconds * 1000 - now.getTime()) / 1000);
    if (retryAfterSeconds <= 0) return;
    throw new DomainError(
      'too_many_attempts',
      AccountsReason.SignInFailures,
      `Too many failed sign-ins from your connection for this account. Wait ${retryAfterSeconds} seconds and try again.`,
      { retryAfterSeconds },
    );
  }

  private async assertClientNotSpraying(clientAddress: string, now: Date): Promise<void> {
    const { maxFailuresPerClient } = this.config.signIn;
    const windowMs = this.maxDelaySeconds * 1000;
    // the failure whose ageing out brings this client back under the cap
    const rows: { at: Date }[] = await this.failures.query(
      `SELECT "at" FROM "sign_in_failures" WHERE "client_address" = $1 AND "at" > $2 ORDER BY "at" DESC OFFSET $3 LIMIT 1`,
      [clientAddress, new Date(now.getTime() - windowMs), maxFailuresPerClient - 1],
    );
    if (!rows.length) return;
    const retryAfterSeconds = Math.max(1, Math.ceil((new Date(rows[0].at).getTime() + windowMs - now.getTime()) / 1000));
    throw new DomainError(
      'too_many_attempts',
      AccountsReason.ClientFailures,
      `Too many failed sign-ins from your connection. Wait ${retryAfterSeconds} seconds and try again.`,
      { retryAfterSeconds },
    );
  }
}
