import { type DynamicModule, Module } from '@nestjs/common';
import { CommonModule } from '@whistle/common';
import { AppConfig, WhistleConfigModule } from '@whistle/config';
import { MetricsModule } from '@whistle/metrics';
import { PersistenceModule } from '@whistle/persistence';
import { LoggerModule } from 'nestjs-pino';
import { demoteLoadingNoise, logDestination } from './log-output.js';

/** What every process role needs: typed config, clock, structured logs, the database, the metrics it counts. */
@Module({})
export class PlatformModule {
  static forRoot(env: Record<string, string | undefined>): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        WhistleConfigModule.forRoot(env),
        CommonModule,
        LoggerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            pinoHttp: [
              {
                level: config.logLevel,
                redact: ['req.headers.authorization', 'req.headers.cookie'],
                // Health probes would drown everything else.
                autoLogging: { ignore: (req) => req.url === '/health' },
                hooks: { logMethod: demoteLoadingNoise },
              },
              logDestination(config),
            ],
          }),
        }),
        PersistenceModule.forRoot(),
        MetricsModule.forRoot(),
      ],
    };
  }
}
