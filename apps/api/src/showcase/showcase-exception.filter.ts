import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Inject } from '@nestjs/common';
import type { Request, Response } from 'express';
import { createElement } from 'react';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../common/all-exceptions.filter.js';
import { DomainError } from '../common/domain-error.js';
import { LOGGER, type Logger } from '../logging/logger.js';
import { chooseLanguage, translator } from './showcase-i18n.js';
import { ErrorPage } from './views/error-page.js';
import { renderPage } from './views/render.js';

/**
 * The showcase answers in HTML: a 404 page for anything not public (never saying why), a 500 page without internals,
 * and the same "try again" page as a 503 with Retry-After while the database cannot be reached.
 */
@Catch()
export class ShowcaseExceptionFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>();
    const res = ctx.getResponse<Response>();
    // a refused input (a control character in the address: common/text-input.pipe.ts) is a page that does not exist
    // a showcase refusal (showcase.errors.ts) is a DomainError: a 404, never saying why
    const notFound = (exception instanceof HttpException && exception.getStatus() < 500) || (exception instanceof DomainError && exception.status < 500);
    const unavailable = !notFound && isDatabaseUnavailable(exception);
    if (unavailable) this.logger.warn({ method: req.method, path: req.path }, 'showcase request failed: the database is not answering');
    else if (!notFound) this.logger.error({ err: exception, method: req.method, path: req.path }, 'showcase request failed');
    if (res.headersSent) {
      res.destroy();
      return;
    }
    void this.answer(req, res, notFound ? 404 : unavailable ? 503 : 500);
  }

  private async answer(req: Request, res: Response, status: 404 | 500 | 503): Promise<void> {
    let body: string;
    try {
      body = await renderPage(createElement(ErrorPage, { t: translator(chooseLanguage(req).lang), status }));
    } catch {
      body = '<!doctype html><title>Clapper</title><p>Not found.</p>';
    }
    if (res.headersSent) return;
    res.status(status).setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    if (status === 503) res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    res.send(body);
  }
}
