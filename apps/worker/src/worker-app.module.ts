import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@whistle/platform';
import { WorkerMetricsServer } from './metrics.server.js';
import { WorkerModule } from './worker.module.js';

/** The worker process on its own (PROCESS_ROLE=worker): no HTTP API, only its metrics (METRICS_TOKEN). */
@Module({})
export class WorkerAppModule {
  static forRoot(env: Record<string, string | undefined>): DynamicModule {
    return { module: WorkerAppModule, imports: [PlatformModule.forRoot(env), WorkerModule], providers: [WorkerMetricsServer] };
  }
}
