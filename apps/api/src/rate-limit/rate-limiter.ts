import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CommonReason } from '@clapper/domain/refusals';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Clock } from '../clock/clock.js';
import { DomainError } from '../common/domain-error.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
/** keys are at most 200 characters (rate_limit_hits.key); a longer subject (an email address) is counted by its hash */
const MAX_SUBJECT_LENGTH = 120;

/** 429 common.too_many_attempts: wait `retryAfterSeconds`; `message` is the English for API users and logs. */
export const tooManyAttempts = (retryAfterSeconds: number, message: string) =>
  new DomainError('too_many_attempts', CommonReason.TooManyAttempts, message, { retryAfterSeconds });

/** What one bucket allows: `limit` requests per subject in each fixed window of `windowMs`. */
export interface RateLimitRule {
  /** what a request is counted against: the client address (endpoints with @RateLimit) or what the caller names */
  per: 'client address' | 'account' | 'email address' | 'team member';
  windowMs: number;
  /** the allowance per window, fixed or from the configuration */
  limit: number | ((config: AppConfig) => number);
}

/**
 * Every rate limit, one bucket each: a bucket counts on its own, so using up one leaves the others open.
 * Endpoints name theirs with @RateLimit(bucket) and count per client address (a school's network is one address);
 * services count against what they name (RateLimiter.consume). The per-account lock after failed sign-ins is separate
 * (SignInThrottle), as is the number of expensive requests in progress at once (ACCOUNT_LIMITS).
 */
export const RATE_LIMITS = {
  // endpoints, per client address and minute
  /** sign-in (AUTH_RATE_LIMIT_PER_MINUTE) */
  'sign-in': { per: 'client address', windowMs: MINUTE_MS, limit: (c) => c.signIn.rateLimitPerMinute },
  /** sign-up, "send the link again" and the email link that finishes a sign-up (AUTH_RATE_LIMIT_PER_MINUTE) */
  'sign-up': { per: 'client address', windowMs: MINUTE_MS, limit: (c) => c.signIn.rateLimitPerMinute },
  /** "forgot your password", the reset link's new password and the password change (AUTH_RATE_LIMIT_PER_MINUTE) */
  password: { per: 'client address', windowMs: MINUTE_MS, limit: (c) => c.signIn.rateLimitPerMinute },
  /** an invitation's preview and acceptance (AUTH_RATE_LIMIT_PER_MINUTE) */
  invitation: { per: 'client address', windowMs: MINUTE_MS, limit: (c) => c.signIn.rateLimitPerMinute },
  /**
   * the guardian's consent pages (preview, give, refuse, withdraw): 120 a minute. Their tokens cannot be guessed, and
   * many guardians share one address behind a mobile carrier's NAT, so the limit only stops a flood.
   */
  'guardian-link': { per: 'client address', windowMs: MINUTE_MS, limit: 120 },
  /**
   * a message's unsubscribe link (the page's look-up and the one-click POST): 120 a minute. Its tokens cannot be
   * guessed, and mail providers post one-click unsubscribes for many people from a few addresses of theirs.
   */
  'unsubscribe-link': { per: 'client address', windowMs: MINUTE_MS, limit: 120 },

  // services
  /** emails with a consent link to one member's guardian: 3 an hour */
  'guardian-mail': { per: 'team member', windowMs: HOUR_MS, limit: 3 },
  /** password reset emails asked for one address (whether or not it has an account): 3 an hour */
  'password-reset-mail': { per: 'email address', windowMs: HOUR_MS, limit: 3 },
  /** verification emails a signed-in account asks for: 3 an hour */
  'verification-mail': { per: 'account', windowMs: HOUR_MS, limit: 3 },
  /** sign-up emails (confirm, or "you already have an account") to one address: 5 an hour, then silently none */
  'sign-up-mail': { per: 'email address', windowMs: HOUR_MS, limit: 5 },
  /** browser uploads one account starts (UPLOAD_STARTS_PER_HOUR) */
  'video-upload-start': { per: 'account', windowMs: HOUR_MS, limit: (c) => c.uploads.startsPerHour },
  /** audience votes (cast, changed or withdrawn) of one account: 20 a minute */
  'vote-account': { per: 'account', windowMs: MINUTE_MS, limit: 20 },
  /** audience votes from one client address (a school's network): 300 a minute */
  'vote-address': { per: 'client address', windowMs: MINUTE_MS, limit: 300 },
  /** certificate PDFs one account asks for: 20 a minute (LimitPerAccount) */
  certificate: { per: 'account', windowMs: MINUTE_MS, limit: 20 },
  /** CSV exports one account asks for: 10 a minute (LimitPerAccount) */
  export: { per: 'account', windowMs: MINUTE_MS, limit: 10 },
} as const satisfies Record<string, RateLimitRule>;

export type RateLimitBucket = keyof typeof RATE_LIMITS;
/** the buckets that count per client address, which an endpoint can name with @RateLimit */
export type AddressBucket = { [B in RateLimitBucket]: (typeof RATE_LIMITS)[B]['per'] extends 'client address' ? B : never }[RateLimitBucket];

/** the longest window of any bucket: purge keeps rows until it has passed */
const LONGEST_WINDOW_MS = Math.max(...Object.values(RATE_LIMITS).map((rule: RateLimitRule) => rule.windowMs));

/** One request counted: the bucket's limit, the count in the current window with this one, and when the window ends. */
export interface RateLimitHitResult {
  limit: number;
  count: number;
  retryAfterSeconds: number;
}

/**
 * Fixed-window counts per bucket and subject, kept in Postgres (rate_limit_hits) so that all API replicas share them.
 * The guard of @RateLimit endpoints uses it per client address; services use it for limits per account, email
 * address or member.
 */
@Injectable()
export class RateLimiter {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** The bucket's allowance per window. */
  limitOf(bucket: RateLimitBucket): number {
    const rule: RateLimitRule = RATE_LIMITS[bucket];
    return typeof rule.limit === 'number' ? rule.limit : rule.limit(this.config);
  }

  /** Counts one request of `subject` in `bucket`'s current window, allowed or not (the caller decides). */
  async hit(bucket: RateLimitBucket, subject: string): Promise<RateLimitHitResult> {
    const { windowMs } = RATE_LIMITS[bucket];
    const now = this.clock.now().getTime();
    const windowStart = new Date(now - (now % windowMs));
    const rows: { count: number }[] = await this.db.query(
      `INSERT INTO rate_limit_hits (key, window_start, count) VALUES ($1, $2, 1)
       ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_hits.count + 1 RETURNING count`,
      [`${bucket}:${keySubject(subject)}`, windowStart],
    );
    return { limit: this.limitOf(bucket), count: rows[0].count, retryAfterSeconds: Math.ceil((windowStart.getTime() + windowMs - now) / 1000) };
  }

  /**
   * Counts one request of `subject` in `bucket` and refuses once the bucket's limit is passed: with the refusal
   * `refuse` builds (a domain reason that says more), or, given English words, with common.too_many_attempts.
   */
  async consume(bucket: RateLimitBucket, subject: string, refuse: (retryAfterSeconds: number, limit: number) => string | DomainError): Promise<void> {
    const { count, limit, retryAfterSeconds } = await this.hit(bucket, subject);
    if (count <= limit) return;
    const refusal = refuse(retryAfterSeconds, limit);
    throw typeof refusal === 'string' ? tooManyAttempts(retryAfterSeconds, refusal) : refusal;
  }

  /** Drops finished windows (run by the hourly maintenance job). */
  async purge(): Promise<void> {
    await this.db.query(`DELETE FROM rate_limit_hits WHERE window_start < $1`, [new Date(this.clock.now().getTime() - LONGEST_WINDOW_MS)]);
  }
}

function keySubject(subject: string): string {
  return subject.length <= MAX_SUBJECT_LENGTH ? subject : `sha256:${createHash('sha256').update(subject).digest('hex')}`;
}
