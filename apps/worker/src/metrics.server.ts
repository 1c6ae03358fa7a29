import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@whistle/config';
import { bearerMatches } from '@whistle/metrics';
import { createServer, type Server } from 'node:http';
import { register } from 'prom-client';

/**
 * A worker on its own has no HTTP API, so what it counts (the timers' lag, the
 * actions of timers firing) is served here: GET /metrics on WORKER_METRICS_PORT, with the same
 * token as the API's, when METRICS_TOKEN is set. Prometheus scrapes each worker as a target.
 */
@Injectable()
export class WorkerMetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerMetricsServer.name);
  private server: Server | null = null;

  constructor(private readonly config: AppConfig) {}

  async onApplicationBootstrap(): Promise<void> {
    const { token, workerPort } = this.config.metrics;
    if (token === null) return;
    this.server = createServer((request, response) => {
      if (request.method !== 'GET' || request.url !== '/metrics') return void response.writeHead(404).end();
      if (!bearerMatches(request.headers.authorization, token)) return void response.writeHead(401).end();
      register.metrics().then(
        (text) => response.writeHead(200, { 'content-type': register.contentType }).end(text),
        (error: Error) => response.writeHead(500).end(error.message),
      );
    });
    await new Promise<void>((resolve, reject) => this.server!.once('error', reject).listen(workerPort, resolve));
    this.logger.log(`metrics on :${workerPort}/metrics`);
  }

  async onApplicationShutdown(): Promise<void> {
    await new Promise((resolve) => (this.server ? this.server.close(resolve) : resolve(undefined)));
  }
}
