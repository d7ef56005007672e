import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccountLimitInterceptor, InFlightRequests } from './account-limit.js';
import { RateLimitGuard } from './rate-limit.js';
import { RateLimiter } from './rate-limiter.js';

/** RateLimiter for services; the guard runs on every request (for @RateLimit endpoints) and is no one's dependency. */
@Global()
@Module({
  providers: [RateLimiter, { provide: APP_GUARD, useClass: RateLimitGuard }, InFlightRequests, AccountLimitInterceptor],
  exports: [RateLimiter, InFlightRequests, AccountLimitInterceptor],
})
export class RateLimitModule {}
