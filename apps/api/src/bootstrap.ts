import { existsSync } from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { AppModule, type AppRuntime } from './app.module.js';
import { originCheck } from './auth/origin-check.middleware.js';
import { createValidationPipe } from './common/validation.js';
import { toErrorBody } from './common/all-exceptions.filter.js';
import { ErrorBody } from './common/error-body.dto.js';
import { NestPinoLogger } from './logging/logger.js';

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
  const server = app.getHttpAdapter().getInstance() as express.Express;
  server.disable('x-powered-by');
  if (config.trustProxy) app.set('trust proxy', 1);

  if (options.httpLogs !== false) {
    app.use(
      pinoHttp({
        logger: logger.child({ component: 'http' }),
        // Paths and status only: no bodies, no query strings (they can carry student data or tokens).
        serializers: {
          req: (req: { method: string; url: string; id: unknown }) => ({ id: req.id, method: req.method, path: String(req.url).split('?')[0] }),
          res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        },
        autoLogging: { ignore: (req) => !String(req.url).startsWith('/api') || req.url === '/api/health' },
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
  app.use(`/${API_PREFIX}`, express.json({ limit: '100kb', strict: true }));
  app.use(`/${API_PREFIX}`, express.urlencoded({ extended: false, limit: '100kb' }));
  // body-parser errors (malformed JSON, too large) become our JSON errors, never a stack trace
  app.use(`/${API_PREFIX}`, (err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (!err) return next();
    const body = toErrorBody(err);
    res.status(body.statusCode).json(body);
  });

  // the public showcase is server-rendered HTML at /showcase, outside the API prefix
  app.setGlobalPrefix(API_PREFIX, { exclude: [SHOWCASE_PREFIX, `${SHOWCASE_PREFIX}/*path`] });
  app.useGlobalPipes(createValidationPipe());

  // built on the first request for it, not at start: the document costs memory every process would carry
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, () => buildOpenApi(app), { jsonDocumentUrl: `${API_PREFIX}/docs-json`, raw: ['json'] });

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
        op.responses.default = { description: 'An error: see code, message and fields', content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } } };
    }
  }
  return document;
}

/** The built web app on the same port; unknown non-API paths get index.html so client routes work on reload. */
function serveWebApp(app: NestExpressApplication, distDir: string): void {
  const index = path.join(distDir, 'index.html');
  if (!existsSync(index)) return;
  app.useStaticAssets(distDir, { index: false, maxAge: '1h', setHeaders: (res, file) => file.includes(`${path.sep}assets${path.sep}`) && res.setHeader('Cache-Control', 'public, max-age=31536000, immutable') });
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

function originOf(url: string): string {
  return new URL(url).origin;
}
