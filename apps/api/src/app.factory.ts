import type { INestApplication } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { createValidationPipe } from '@whistle/common';
import { Metrics } from '@whistle/metrics';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import { ApiExceptionFilter } from './errors/api-exception.filter.js';
import { httpMetrics } from './metrics/http-metrics.js';
import { createOpenApiDocument } from './openapi/document.js';
import { securityHeaders } from './web/security-headers.js';

/** Builds the configured HTTP application; main.ts listens on it, the e2e tests too. */
export async function createApiApp(env: Record<string, string | undefined>): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(env), { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  app.use(httpMetrics(app.get(Metrics)));
  app.use(securityHeaders());
  app.useBodyParser('json', { limit: '256kb' });
  // Open311's POST is form-encoded, as its specification says.
  app.useBodyParser('urlencoded', { extended: false, limit: '64kb' });
  app.setGlobalPrefix('api', { exclude: ['health', 'metrics', 'open311/{*path}'] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter(app.get(HttpAdapterHost).httpAdapter));
  app.enableShutdownHooks();
  app.set('trust proxy', 'loopback');
  const document = createOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return app;
}
