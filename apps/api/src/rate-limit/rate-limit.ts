import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { type AddressBucket, RateLimiter, tooManyAttempts } from './rate-limiter.js';

const RATE_LIMIT_KEY = 'clapper:rate-limit';

/** Limits the endpoint per client address with the bucket's own limit and window (RATE_LIMITS). */
export const RateLimit = (bucket: AddressBucket) => SetMetadata(RATE_LIMIT_KEY, bucket);

/**
 * Counts each request of a @RateLimit endpoint in its bucket, per client address, and refuses past the bucket's limit
 * (429 common.too_many_attempts with Retry-After). Every answer says the bucket's RateLimit-Limit and RateLimit-Remaining.
 * The counting is RateLimiter's; services that limit something themselves use RateLimiter, never this guard.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const bucket = this.reflector.get<AddressBucket | undefined>(RATE_LIMIT_KEY, context.getHandler());
    if (!bucket) return true;
    const req = context.switchToHttp().getRequest<Request>();
    const { limit, count, retryAfterSeconds } = await this.limiter.hit(bucket, req.ip ?? 'unknown');
    const res = context.switchToHttp().getResponse<Response>();
    res.setHeader('RateLimit-Limit', String(limit));
    res.setHeader('RateLimit-Remaining', String(Math.max(0, limit - count)));
    if (count > limit) {
      res.setHeader('Retry-After', String(retryAfterSeconds));
      throw tooManyAttempts(retryAfterSeconds, `Too many requests from your connection. Wait ${retryAfterSeconds} seconds and try again.`);
    }
    return true;
  }
}
