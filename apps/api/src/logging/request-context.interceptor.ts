import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { Observable } from 'rxjs';
import { requestLogContext, runWithLogContext } from './log-context.js';

/**
 * Runs each handler inside its request's log context, whatever ran before it (body parsers, upload streams),
 * so that services' log lines carry the request id.
 */
@Injectable()
export class RequestContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const logContext = requestLogContext(context.switchToHttp().getRequest<Request>());
    if (!logContext) return next.handle();
    return new Observable((subscriber) => runWithLogContext(logContext, () => next.handle().subscribe(subscriber)));
  }
}
