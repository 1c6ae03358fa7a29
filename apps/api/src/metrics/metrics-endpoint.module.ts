import { Module } from '@nestjs/common';
import { PrometheusModule } from '@willsoto/nestjs-prometheus';
import { DeadlinesModule } from '@whistle/deadlines';
import { WebhooksModule } from '@whistle/webhooks';
import { MetricsController, MetricsTokenGuard } from './metrics.controller.js';
import { SCRAPED_METRICS } from './scraped.js';

/** GET /metrics, with the gauges read on scrape; the timing of every request is http-metrics.ts. */
@Module({
  // Node's own series are collected by MetricsModule, once per process.
  imports: [PrometheusModule.register({ controller: MetricsController, path: '/metrics', defaultMetrics: { enabled: false } }), DeadlinesModule, WebhooksModule],
  providers: [...SCRAPED_METRICS, MetricsTokenGuard],
})
export class MetricsEndpointModule {}
