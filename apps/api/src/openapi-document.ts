import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from './app.module.js';
import { buildOpenApi, API_PREFIX } from './bootstrap.js';
import { loadConfig } from './config/config.js';
import { createLogger } from './logging/logger.js';

/**
 * The OpenAPI document, built from the controllers and DTOs alone: Nest's preview mode wires the modules
 * without creating providers, so no database or storage is needed.
 */
export async function generateOpenApiDocument(): Promise<OpenAPIObject> {
  const config = loadConfig({});
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({
      config,
      logger: createLogger('silent'),
      databaseUrl: 'postgres://preview@127.0.0.1:1/preview',
      s3: {
        endpoint: 'http://127.0.0.1:1',
        publicEndpoint: 'http://127.0.0.1:1',
        region: 'us-east-1',
        bucket: 'preview',
        accessKeyId: 'x',
        secretAccessKey: 'x',
        forcePathStyle: true,
        embedded: false,
      },
    }),
    { preview: true, logger: false, abortOnError: false },
  );
  app.setGlobalPrefix(API_PREFIX);
  const doc = buildOpenApi(app);
  await app.close().catch(() => undefined);
  return doc;
}
