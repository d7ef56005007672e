import { CommonReason, Thing } from '@clapper/domain/refusals';
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import type { AppConfig } from '../config/config.js';
import type { ErrorBody } from '../common/all-exceptions.filter.js';
import { enableMetrics, metrics } from './metrics.js';

/** Metrics are collected when someone may read them: on their own port, or behind a token. */
export function metricsEnabled(config: AppConfig): boolean {
  return config.metrics.port !== null || config.metrics.token !== null;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Whether the request carries `Authorization: Bearer <METRICS_TOKEN>` (compared in constant time). */
function authorised(header: string | undefined, token: string | null): boolean {
  if (token === null) return true;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match !== null && timingSafeEqual(digest(match[1]), digest(token));
}

type Answer = { status: number; contentType: string; body: string; headers?: Record<string, string> };

const error = (body: ErrorBody, headers?: Record<string, string>): Answer => ({
  status: body.statusCode,
  contentType: 'application/json; charset=utf-8',
  body: JSON.stringify(body),
  headers,
});
const NOT_FOUND = error({ statusCode: 404, code: 'not_found', reason: CommonReason.NotFound, params: { thing: Thing.Page }, message: 'This was not found.' });

async function answer(method: string | undefined, authorization: string | undefined, token: string | null): Promise<Answer> {
  if (method !== 'GET' && method !== 'HEAD') return NOT_FOUND;
  if (!authorised(authorization, token))
    return error(
      { statusCode: 401, code: 'unauthenticated', reason: CommonReason.Unauthenticated, params: {}, message: 'Send the metrics token as a bearer token.' },
      { 'WWW-Authenticate': 'Bearer realm="metrics"' },
    );
  const { registry } = await enableMetrics();
  return { status: 200, contentType: registry.contentType, body: await registry.metrics() };
}

function send(res: ServerResponse, a: Answer): void {
  res.writeHead(a.status, { 'Content-Type': a.contentType, 'Cache-Control': 'no-store', ...a.headers });
  res.end(a.body);
}

/**
 * /metrics on the public port: served only when METRICS_TOKEN is set and METRICS_PORT is not (then it needs the
 * token); otherwise it answers 404, as if it were not there.
 */
export function publicMetricsHandler(config: AppConfig) {
  const served = config.metrics.port === null && config.metrics.token !== null;
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.path !== '/') return next();
    if (!served) return send(res, NOT_FOUND);
    answer(req.method, req.headers.authorization, config.metrics.token).then(
      (a) => send(res, a),
      (err: unknown) => next(err),
    );
  };
}

/**
 * /metrics on METRICS_PORT, bound to HOST like the API; also what a worker (which has no HTTP server) serves.
 * With METRICS_TOKEN set too, it needs the token there as well.
 */
export function serveMetricsPort(config: AppConfig, onError: (err: unknown) => void): Promise<Server> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== '/metrics') return send(res, NOT_FOUND);
    answer(req.method, req.headers.authorization, config.metrics.token).then(
      (a) => send(res, a),
      (err: unknown) => {
        onError(err);
        send(
          res,
          error({
            statusCode: 500,
            code: 'internal',
            reason: CommonReason.Internal,
            params: {},
            message: 'Something went wrong on our side. Please try again.',
          }),
        );
      },
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.metrics.port!, config.host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

/** Times each request and records it under its route template once answered (no raw URLs: ids stay out of labels). */
export function httpMetrics(req: Request, res: Response, next: NextFunction): void {
  const started = performance.now();
  res.once('finish', () => {
    const route = (req as { route?: { path?: unknown } }).route?.path;
    // no route, or only Nest's catch-all for unknown paths ('*path'): one label for every unknown URL
    const template = typeof route === 'string' && route.startsWith('/') ? route : 'unmatched';
    metrics().httpRequest(req.method, template, res.statusCode, (performance.now() - started) / 1000);
  });
  next();
}
