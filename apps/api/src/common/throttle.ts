import type { ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

/**
 * Sign-up, sign-in and invitation endpoints: requests per client address per minute
 * (AUTH_RATE_LIMIT_PER_MINUTE). The failed-sign-in lock per account is separate.
 */
export const AUTH_THROTTLE = {
  default: {
    ttl: 60_000,
    limit: (ctx: ExecutionContext) => Number(ctx.switchToHttp().getRequest<Request>().app.locals.authRateLimit ?? 20),
  },
};
