import { CommonReason } from '@clapper/domain/refusals';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { DomainError } from '../common/domain-error.js';
import type { RequestWithActor } from './access.guard.js';
import type { Actor } from './actor.js';

/** The signed-in actor; only on endpoints that require sign-in. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const actor = ctx.switchToHttp().getRequest<RequestWithActor>().actor;
  if (!actor) throw new DomainError('unauthenticated', CommonReason.Unauthenticated, 'Please sign in first.', {});
  return actor;
});

/** The actor when signed in, otherwise null; for public endpoints that show more to some. */
export const OptionalActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor | null => {
  return ctx.switchToHttp().getRequest<RequestWithActor>().actor ?? null;
});
