import { CanActivate, ExecutionContext, Inject, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Clock } from '../clock/clock.js';
import { CommonReason } from '@clapper/domain/refusals';
import { DomainError } from '../common/domain-error.js';

const RATE_LIMIT_KEY = 'clapper:rate-limit';

/** 429 common.too_many_attempts: wait `retryAfterSeconds`; `message` is the English for API users and logs. */
export const tooManyAttempts = (retryAfterSeconds: number, message: string) =>
  new DomainError('too_many_attempts', CommonReason.TooManyAttempts, message, { retryAfterSeconds });
const WINDOW_MS = 60_000;
/** the longest window any caller counts in (consume below); purge keeps rows until it has passed */
const LONGEST_WINDOW_MS = 3_600_000;

/** Buckets of limited endpoints; each gets its own count per client address and minute. */
export type RateLimitBucket = 'auth';

export const RateLimit = (bucket: RateLimitBucket) => SetMetadata(RATE_LIMIT_KEY, bucket);

/**
 * Fixed-window rate limit per client address, counted in Postgres so that all API replicas share one count.
 * (AUTH_RATE_LIMIT_PER_MINUTE; the per-account lock after failed sign-ins is separate.)
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const bucket = this.reflector.get<RateLimitBucket | undefined>(RATE_LIMIT_KEY, context.getHandler());
    if (!bucket) return true;
    const req = context.switchToHttp().getRequest<Request>();
    const limit = this.config.signIn.rateLimitPerMinute;
    const { count, retryAfterSeconds: retryAfter } = await this.hit(`${bucket}:${req.ip ?? 'unknown'}`, WINDOW_MS);
    const res = context.switchToHttp().getResponse<Response>();
    res.setHeader('RateLimit-Limit', String(limit));
    res.setHeader('RateLimit-Remaining', String(Math.max(0, limit - count)));
    if (count > limit) {
      res.setHeader('Retry-After', String(retryAfter));
      throw tooManyAttempts(retryAfter, `Too many requests from your connection. Wait ${retryAfter} seconds and try again.`);
    }
    return true;
  }

  /**
   * For limits a decorator cannot express (per user, per action, longer windows): counts one request against `key`
   * in a fixed window of `windowMs` (at most an hour) and refuses once `limit` is passed: with the refusal `refuse`
   * builds (a domain reason that says more), or, given English words, with common.too_many_attempts.
   */
  async consume(key: string, limit: number, windowMs: number, refuse: (retryAfterSeconds: number) => string | DomainError): Promise<void> {
    const { count, retryAfterSeconds } = await this.hit(key, Math.min(windowMs, LONGEST_WINDOW_MS));
    if (count <= limit) return;
    const refusal = refuse(retryAfterSeconds);
    throw typeof refusal === 'string' ? tooManyAttempts(retryAfterSeconds, refusal) : refusal;
  }

  private async hit(key: string, windowMs: number): Promise<{ count: number; retryAfterSeconds: number }> {
    const now = this.clock.now().getTime();
    const windowStart = new Date(now - (now % windowMs));
    const rows: { count: number }[] = await this.db.query(
      `INSERT INTO rate_limit_hits (key, window_start, count) VALUES ($1, $2, 1)
       ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_hits.count + 1 RETURNING count`,
      [key, windowStart],
    );
    return { count: rows[0].count, retryAfterSeconds: Math.ceil((windowStart.getTime() + windowMs - now) / 1000) };
  }

  /** Drops finished windows (run by the hourly maintenance job). */
  async purge(): Promise<void> {
    await this.db.query(`DELETE FROM rate_limit_hits WHERE window_start < $1`, [new Date(this.clock.now().getTime() - LONGEST_WINDOW_MS)]);
  }
}
