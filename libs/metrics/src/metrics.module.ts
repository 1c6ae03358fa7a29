import { type DynamicModule, Global, Module } from '@nestjs/common';
import { collectDefaultMetrics, register } from 'prom-client';
import { COUNTED_METRICS, Metrics } from './metrics.js';

/** Node's own series (CPU, memory, event loop lag, GC), once per process however many apps it builds (the e2e suites build several). */
function collectProcessMetrics(): void {
  if (!register.getSingleMetric('process_cpu_user_seconds_total')) collectDefaultMetrics();
}

/** The counters every process adds to: global, so any service can take `Metrics`. The API serves them (apps/api/src/metrics). */
@Global()
@Module({ providers: [...COUNTED_METRICS, Metrics], exports: [Metrics] })
export class MetricsModule {
  static forRoot(): DynamicModule {
    collectProcessMetrics();
    return { module: MetricsModule };
  }
}
