import { CommonReason } from '@clapper/domain/refusals';
import { existsSync } from 'node:fs';
import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { AppModule, type AppRuntime } from './app.module.js';
import { originCheck } from './auth/origin-check.middleware.js';
import { verifyJsonDepth } from './common/json-depth.js';
import { TextInputPipe } from './common/text-input.pipe.js';
import { createValidationPipe } from './common/validation.js';
import { toErrorBody, type ErrorBody as ErrorBodyShape } from './common/all-exceptions.filter.js';
import { ErrorBody } from './common/error-body.dto.js';
import type { AppConfig } from './config/config.js';
import { NestPinoLogger } from './logging/logger.js';
import { reenterRequestContext, requestContext } from './logging/log-context.js';
import { loggedPath } from './logging/logged-path.js';
import { httpMetrics, metricsEnabled, publicMetricsHandler } from './metrics/metrics-endpoint.js';

export const API_PREFIX = 'api';
export const SHOWCASE_PREFIX = 'showcase';

/** Builds the HTTP application: security headers, CSRF origin check, validation, OpenAPI, and the web app. */
export async function createApp(runtime: AppRuntime, options: { serveWeb?: boolean; httpLogs?: boolean } = {}): Promise<NestExpressApplication> {
  const { config, logger } = runtime;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(runtime), {
    logger: new NestPinoLogger(logger.child({ component: 'nest' })),
    bodyParser: false,
    abortOnError: false,
  });
  const server = app.getHttpAdapter().getInstance();
  server.disable('x-powered-by');
  // requests Node refuses before Express sees them (headers or URL too long, not HTTP) get the error body too
  app.getHttpServer().on('clientError', answerClientError);
  applyHttpTimeouts(app.getHttpServer(), config.http);
  if (config.trustProxy) app.set('trust proxy', 1);

  // every request gets an id (a sane X-Request-Id, or a new one), sent back, and on each of its log lines
  app.use(requestContext);
  if (metricsEnabled(config)) app.use(httpMetrics);
  if (options.httpLogs !== false) {
    app.use(
      pinoHttp({
        logger: logger.child({ component: 'http' }),
        genReqId: (req) => (req as { id?: string }).id ?? 'unknown',
        // Paths and status only: no bodies, no query strings (they can carry student data or tokens).
        serializers: {
          req: (req: { method: string; url: string; id: unknown }) => ({ id: req.id, method: req.method, path: loggedPath(String(req.url)) }),
          res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        },
        autoLogging: { ignore: (req) => !String(req.url).startsWith('/api') || String(req.url).startsWith('/api/health') },
      }),
    );
  }
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          // presigned media and uploads go straight to the S3 endpoint browsers see
          connectSrc: ["'self'", originOf(runtime.s3.publicEndpoint)],
          mediaSrc: ["'self'", 'blob:', originOf(runtime.s3.publicEndpoint)],
          imgSrc: ["'self'", 'data:', 'blob:', originOf(runtime.s3.publicEndpoint)],
          styleSrc: ["'self'", "'unsafe-inline'"],
          scriptSrc: ["'self'"],
          frameAncestors: ["'self'"],
          upgradeInsecureRequests: config.publicUrl.startsWith('https:') ? [] : null,
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(cookieParser());
  app.use(`/${API_PREFIX}`, originCheck(config.allowedOrigins, config.session.cookieName));
  // nesting deeper than MAX_JSON_DEPTH is refused from the raw text, before JSON.parse and class-transformer walk it
  app.use(`/${API_PREFIX}`, express.json({ limit: '100kb', strict: true, verify: verifyJsonDepth }));
  app.use(`/${API_PREFIX}`, express.urlencoded({ extended: false, limit: '100kb' }));
  // body-parser errors (malformed JSON, too large or deep, false Content-Encoding) become our JSON errors, never a stack trace
  app.use(`/${API_PREFIX}`, (err: unknown, req: Request, res: Response, next: NextFunction) => {
    if (!err) return next();
    const body = toErrorBody(err);
    if (body.statusCode >= 500) logger.error({ err, method: req.method, path: req.path }, 'request body could not be read');
    res.status(body.statusCode).json(body);
  });
  // the body parsers call next() from the request stream's events: back into the request's log context
  app.use(`/${API_PREFIX}`, reenterRequestContext);

  // the public showcase is server-rendered HTML at /showcase, outside the API prefix
  app.setGlobalPrefix(API_PREFIX, { exclude: [SHOWCASE_PREFIX, `${SHOWCASE_PREFIX}/*path`] });
  // control characters in any text input are refused (naming the field) before validation sees them
  app.useGlobalPipes(new TextInputPipe(), createValidationPipe());

  // built on the first request for it, not at start: the document costs memory every process would carry
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, () => buildOpenApi(app), { jsonDocumentUrl: `${API_PREFIX}/docs-json`, raw: ['json'] });

  // Prometheus metrics: 404 on the public port unless METRICS_TOKEN is set (and METRICS_PORT is not)
  app.use('/metrics', publicMetricsHandler(config));
  if (options.serveWeb !== false) serveWebApp(app, config.webDistDir);
  return app;
}

export function buildOpenApi(app: NestExpressApplication): OpenAPIObject {
  const cfg = new DocumentBuilder()
    .setTitle('Clapper API')
    .setDescription('Student cybersecurity-awareness video competitions. Every endpoint states who may call it.')
    .setVersion('0.1.0')
    .addCookieAuth('clapper_session')
    .build();
  const document = SwaggerModule.createDocument(app, cfg, {
    extraModels: [ErrorBody],
    operationIdFactory: (controllerKey, methodKey) => `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
  // Every operation can answer with the one error shape.
  for (const item of Object.values(document.paths)) {
    for (const op of Object.values(item) as { responses?: Record<string, unknown> }[]) {
      if (op && typeof op === 'object' && op.responses && !op.responses.default)
        op.responses.default = {
          description: 'An error: see code, message and fields',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
        };
    }
  }
  return document;
}

/** The built web app on the same port; unknown non-API paths get index.html so client routes work on reload. */
function serveWebApp(app: NestExpressApplication, distDir: string): void {
  const index = path.join(distDir, 'index.html');
  if (!existsSync(index)) return;
  app.useStaticAssets(distDir, {
    index: false,
    maxAge: '1h',
    setHeaders: (res: Response, file: string) =>
      file.includes(`${path.sep}assets${path.sep}`) && res.setHeader('Cache-Control', 'public, max-age=31536000, immutable'),
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isServerPath(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

/** Paths the server answers itself (the API and the server-rendered showcase), never the web app's index.html. */
function isServerPath(p: string): boolean {
  return [API_PREFIX, SHOWCASE_PREFIX].some((prefix) => p === `/${prefix}` || p.startsWith(`/${prefix}/`));
}

/**
 * How long a connection stays open between requests. Node's default, 5 s, is shorter than the idle time of the
 * clients that reuse connections (a browser, a load balancer, an API client waiting on a video): one that sends on a
 * connection just as the server closes it gets ECONNRESET (seen in the browser suite, and in bench:surge). Longer
 * than the 60 s idle timeout of the usual load balancers, so that they, not we, close first.
 */
const KEEP_ALIVE_MS = 65_000;

/**
 * How long a client may take (HTTP_*_TIMEOUT_SECONDS). Headers not all in within headersTimeout, or a request not
 * all in within requestTimeout: Node answers 408 (answerClientError) and closes the connection. No bytes either way
 * for idleTimeout while a request is under way: the connection is closed; a streamed upload then fails like any
 * interrupted one (its multipart upload aborted, its row removed). The server's own time between a request fully
 * received and its answer does not count as idle. A connection idle between requests is closed
 * after KEEP_ALIVE_MS.
 */
function applyHttpTimeouts(server: HttpServer, t: AppConfig['http']): void {
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = t.headersTimeoutSeconds * 1000;
  server.requestTimeout = t.requestTimeoutSeconds * 1000;
  server.setTimeout(t.idleTimeoutSeconds * 1000);
  // The idle timeout is for a client that stops sending or reading. Once a request is all in and before its answer
  // starts, the quiet is ours (storing an upload, a slow query): closing then would lose an answer whose work is done.
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    res.on('timeout', (socket: Duplex) => {
      if (req.complete && !res.headersSent) return;
      socket.destroy();
    });
  });
  // Node checks the first two on an interval (30 s by default) that starts when the server listens: a quarter of
  // the shorter one keeps the overrun small.
  (server as HttpServer & { connectionsCheckingInterval: number }).connectionsCheckingInterval = Math.min(
    30_000,
    Math.max(250, (Math.min(t.headersTimeoutSeconds, t.requestTimeoutSeconds) * 1000) / 4),
  );
}

/**
 * Node's own refusals (431 for headers or a URL over its limit, 408 for a request too slow to arrive, 400 for
 * anything it cannot parse), as our error body.
 */
function answerClientError(err: Error & { code?: string }, socket: Duplex): void {
  const response = (socket as Duplex & { _httpMessage?: { headersSent: boolean } })._httpMessage;
  if (err.code === 'ECONNRESET' || !socket.writable || response?.headersSent) {
    socket.destroy();
    return;
  }
  const timedOut = err.code === 'ERR_HTTP_REQUEST_TIMEOUT';
  const body: ErrorBodyShape =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? {
          statusCode: 431,
          code: 'headers_too_large',
          reason: CommonReason.HeadersTooLarge,
          params: {},
          message: 'The request headers or its URL are too long. Shorten the URL (or its query) and try again.',
        }
      : timedOut
        ? {
            statusCode: 408,
            code: 'request_timeout',
            reason: CommonReason.RequestTimeout,
            params: {},
            message: 'The request took too long to arrive. Check the connection and try again.',
          }
        : { statusCode: 400, code: 'bad_request', reason: CommonReason.BadRequest, params: {}, message: 'The request is not valid HTTP.' };
  const json = JSON.stringify(body);
  const reason = { 431: 'Request Header Fields Too Large', 408: 'Request Timeout' }[body.statusCode] ?? 'Bad Request';
  const answer = `HTTP/1.1 ${body.statusCode} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`;
  // a client too slow to send may also never close its side: once the answer is out, the connection goes
  if (timedOut) socket.end(answer, () => socket.destroy());
  else socket.end(answer);
}

function originOf(url: string): string {
  return new URL(url).origin;
}
