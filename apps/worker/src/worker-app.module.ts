import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@whistle/platform';
import { WorkerModule } from './worker.module.js';

/** The worker process on its own (PROCESS_ROLE=worker): no HTTP. */
@Module({})
export class WorkerAppModule {
  static forRoot(env: Record<string, string | undefined>): DynamicModule {
    return { module: WorkerAppModule, imports: [PlatformModule.forRoot(env), WorkerModule] };
  }
}
