import { CommonReason } from '@clapper/domain/refusals';
import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DomainError } from '../common/domain-error.js';
import { LOGGER, type Logger } from '../logging/logger.js';
import { ACCESS_KEY, type AccessRule } from './access.decorator.js';
import type { Actor } from './actor.js';
import { SessionService } from './session.service.js';

export type RequestWithActor = Request & { actor?: Actor | null };

/** Deny by default: a handler that does not declare who may call it is refused to everyone. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return false;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    const req = context.switchToHttp().getRequest<RequestWithActor>();
    if (!rule) {
      this.logger.error({ handler: `${context.getClass().name}.${context.getHandler().name}` }, 'endpoint without an access declaration refused');
      throw new DomainError('access_undeclared', CommonReason.AccessUndeclared, 'This endpoint is not open to anyone.', {});
    }
    const token = (req.cookies as Record<string, string> | undefined)?.[this.config.session.cookieName];
    req.actor = token ? await this.sessions.resolve(token) : null;
    if (rule.kind === 'public') return true;
    if (!req.actor) throw new DomainError('unauthenticated', CommonReason.Unauthenticated, 'Please sign in first.', {});
    if (rule.kind === 'authenticated') return true;
    if (rule.roles.some((r) => req.actor!.has(r))) return true;
    throw new DomainError('forbidden', CommonReason.Forbidden, 'Your account does not have access to this.', {});
  }
}
