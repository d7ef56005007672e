import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccountLimitInterceptor, InFlightRequests } from './account-limit.js';
import { RateLimitGuard } from './rate-limit.js';

@Global()
@Module({
  providers: [RateLimitGuard, { provide: APP_GUARD, useExisting: RateLimitGuard }, InFlightRequests, AccountLimitInterceptor],
  exports: [RateLimitGuard, InFlightRequests, AccountLimitInterceptor],
})
export class RateLimitModule {}
