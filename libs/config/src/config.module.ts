import { type DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { AppConfig, loadConfig } from './app-config.js';

const KEY = 'whistle';

/**
 * Validates the environment once (through @nestjs/config's `validate` hook) and
 * provides the typed AppConfig to every module.
 */
@Global()
@Module({})
export class WhistleConfigModule {
  static forRoot(env: Record<string, string | undefined>): DynamicModule {
    return {
      module: WhistleConfigModule,
      imports: [
        ConfigModule.forRoot({
          ignoreEnvFile: true,
          validate: () => ({ [KEY]: loadConfig(env) }),
        }),
      ],
      providers: [
        {
          provide: AppConfig,
          inject: [ConfigService],
          useFactory: (config: ConfigService) => config.getOrThrow<AppConfig>(KEY),
        },
      ],
      exports: [AppConfig],
    };
  }
}
