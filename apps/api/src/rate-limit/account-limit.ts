import { applyDecorators, CallHandler, ExecutionContext, Injectable, NestInterceptor, SetMetadata, UseInterceptors } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Observable } from 'rxjs';
import type { RequestWithActor } from '../auth/access.guard.js';
import { DomainError } from '../common/domain-error.js';
import { ErrorBody } from '../common/error-body.dto.js';
import { RATE_LIMITS, RateLimiter, tooManyAttempts } from './rate-limiter.js';

const ACCOUNT_LIMIT_KEY = 'clapper:account-limit';
/** what a refusal for too many requests at once suggests waiting: they are seconds of work each */
const BUSY_RETRY_SECONDS = 5;

/** Expensive responses (certificate PDFs, CSV exports), limited per signed-in account; each is also a rate-limit bucket. */
export type AccountLimitBucket = 'certificate' | 'export';

/** At most `concurrent` at once, and `perMinute` per minute (the bucket's limit in RATE_LIMITS), per account and bucket. */
export const ACCOUNT_LIMITS: Record<AccountLimitBucket, { concurrent: number; perMinute: number; what: string }> = {
  certificate: { concurrent: 2, perMinute: RATE_LIMITS.certificate.limit, what: 'certificates' },
  export: { concurrent: 2, perMinute: RATE_LIMITS.export.limit, what: 'exports' },
};

/**
 * Requests in progress per key, in this process (each API replica counts its own, so the limit is per replica;
 * the per-minute count is shared through Postgres).
 */
@Injectable()
export class InFlightRequests {
  private readonly counts = new Map<string, number>();

  /** Takes a slot under `max` and returns its release (safe to call twice), or null when all are taken. */
  tryAcquire(key: string, max: number): (() => void) | null {
    const now = this.counts.get(key) ?? 0;
    if (now >= max) return null;
    this.counts.set(key, now + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.counts.get(key) ?? 1) - 1;
      if (left > 0) this.counts.set(key, left);
      else this.counts.delete(key);
    };
  }

  inFlight(key: string): number {
    return this.counts.get(key) ?? 0;
  }
}

/**
 * Refuses with 429 (common.too_many_attempts, params.retryAfterSeconds and a Retry-After header) when the account already
 * has its limit of these requests in progress, or has made its limit in the current minute. The slot is given back
 * when the response is finished or the client goes away (streamed responses hold it while they stream).
 */
@Injectable()
export class AccountLimitInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
    private readonly inFlight: InFlightRequests,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const bucket = this.reflector.get<AccountLimitBucket | undefined>(ACCOUNT_LIMIT_KEY, context.getHandler());
    const actor = context.switchToHttp().getRequest<RequestWithActor>().actor;
    if (!bucket || !actor) return next.handle();
    const res = context.switchToHttp().getResponse<Response>();
    const limit = ACCOUNT_LIMITS[bucket];
    const release = this.inFlight.tryAcquire(`${bucket}:${actor.userId}`, limit.concurrent);
    if (!release) {
      res.setHeader('Retry-After', String(BUSY_RETRY_SECONDS));
      throw tooManyAttempts(
        BUSY_RETRY_SECONDS,
        `You already have ${limit.concurrent} ${limit.what} being prepared. Wait until they are ready, then try again.`,
      );
    }
    res.once('close', release);
    try {
      await this.limiter.consume(
        bucket,
        actor.userId,
        (seconds, perMinute) => `You have asked for ${perMinute} ${limit.what} this minute. Wait ${seconds} seconds and try again.`,
      );
    } catch (err) {
      release();
      const retryAfter = err instanceof DomainError ? (err.params as { retryAfterSeconds?: unknown }).retryAfterSeconds : undefined;
      if (typeof retryAfter === 'number') res.setHeader('Retry-After', String(retryAfter));
      throw err;
    }
    return next.handle();
  }
}

/** Limits an expensive endpoint per account (see ACCOUNT_LIMITS); only for endpoints that require sign-in. */
export const LimitPerAccount = (bucket: AccountLimitBucket) =>
  applyDecorators(
    SetMetadata(ACCOUNT_LIMIT_KEY, bucket),
    UseInterceptors(AccountLimitInterceptor),
    ApiTooManyRequestsResponse({
      type: ErrorBody,
      description: `common.too_many_attempts: at most ${ACCOUNT_LIMITS[bucket].concurrent} at once and ${ACCOUNT_LIMITS[bucket].perMinute} a minute per account (params.retryAfterSeconds)`,
    }),
  );
