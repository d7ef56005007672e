import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

/** What every log line written while serving one request, or running one job, carries (see logger.ts's mixin). */
export interface LogContext {
  reqId?: string;
  jobId?: string;
  job?: string;
}

const storage = new AsyncLocalStorage<LogContext>();

/** The context of the request or job this code runs for, if any. */
export function currentLogContext(): LogContext | undefined {
  return storage.getStore();
}

/** Runs fn with the given context: log lines written inside it (and in what it awaits) carry it. */
export function runWithLogContext<T>(context: LogContext, fn: () => T): T {
  return storage.run(context, fn);
}

export const REQUEST_ID_HEADER = 'X-Request-Id';
/** An incoming id we keep: short, and only characters that cannot forge a log field or a header. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;
const CONTEXT = Symbol('logContext');

type WithContext = Request & { id?: string; [CONTEXT]?: LogContext };

/**
 * Gives each request an id (a sane incoming X-Request-Id, else a new UUID), returns it in the X-Request-Id
 * response header, and runs the rest of the request in its log context.
 */
export function requestContext(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.headers['x-request-id'];
  const reqId = typeof incoming === 'string' && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
  const r = req as WithContext;
  r.id = reqId;
  r[CONTEXT] = { reqId };
  res.setHeader(REQUEST_ID_HEADER, reqId);
  storage.run(r[CONTEXT], next);
}

/**
 * Enters the request's context again. Body parsers call next() from the request stream's events, which run
 * outside it; this middleware goes after them.
 */
export function reenterRequestContext(req: Request, _res: Response, next: NextFunction): void {
  const context = (req as WithContext)[CONTEXT];
  if (context && storage.getStore() !== context) storage.run(context, next);
  else next();
}

/** The context of a request, for code that runs after the request's own async chain (e.g. an interceptor). */
export function requestLogContext(req: Request): LogContext | undefined {
  return (req as WithContext)[CONTEXT];
}
