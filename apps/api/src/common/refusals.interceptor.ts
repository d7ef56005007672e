import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { catchError, throwError, type Observable } from 'rxjs';
import { CommonReason, FieldReason, type ErrorReason } from '@clapper/domain/refusals';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { LOGGER, type Logger } from '../logging/logger.js';
import { DomainError } from './domain-error.js';
import { REFUSALS } from './refusals.decorator.js';

const ANYWHERE = new Set<string>([...Object.values(CommonReason), ...Object.values(FieldReason)]);

/**
 * Every refusal that leaves a handler must be one its controller or method declared with @Refuses (or a common
 * one). An undeclared one is logged; under STRICT_REFUSALS=true (the test suites' setting) it becomes a 500, so the integration suites
 * prove that no undeclared reason reaches a client.
 */
@Injectable()
export class RefusalsInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    return next.handle().pipe(
      catchError((error: unknown) => {
        const reason = error instanceof DomainError ? (error as DomainError).reason : null;
        if (reason && !ANYWHERE.has(reason) && !this.declared(context).has(reason)) {
          const where = `${context.getClass().name}.${context.getHandler().name}`;
          this.logger.error({ reason, handler: where }, 'undeclared refusal: add it to @Refuses');
          if (this.config.strictRefusals) return throwError(() => new Error(`undeclared refusal ${reason} from ${where}`));
        }
        return throwError(() => error);
      }),
    );
  }

  private declared(context: ExecutionContext): Set<ErrorReason> {
    const reasons = this.reflector.getAllAndMerge<ErrorReason[]>(REFUSALS, [context.getHandler(), context.getClass()]);
    return new Set(reasons);
  }
}
