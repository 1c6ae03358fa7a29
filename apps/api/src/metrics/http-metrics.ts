import type { Metrics } from '@whistle/metrics';
import type { NextFunction, Request, Response } from 'express';

/**
 * Times every request from its arrival to the last byte of its answer, refused ones too (401,
 * 403, 429 answer before any handler) and the console's files. The route is the template the
 * request matched, so `/api/tickets/:id` is one series whatever the id, and an unknown API path
 * is the API's catch-all `/api*path` (the console's pages, its own): a scan of random paths
 * cannot grow the series without bound. What no route matched at all is `(other)`. Mounted first (app.factory.ts), before every other middleware.
 */
export function httpMetrics(metrics: Metrics) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    response.once('finish', () => {
      const route = (request.route as { path?: unknown } | undefined)?.path;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.request(request.method, typeof route === 'string' ? `${request.baseUrl}${route}` : '(other)', response.statusCode, seconds);
    });
    next();
  };
}
