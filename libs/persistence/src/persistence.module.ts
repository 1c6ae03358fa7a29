import { type DynamicModule, Global, Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@whistle/config';
import { DataSource } from 'typeorm';
import { EmbeddedPostgres } from './embedded-postgres.js';
import { MIGRATIONS } from './migrations/index.js';
import { usePreparedStatements } from './prepared.js';

/** Holds the embedded database (when DATABASE_URL is unset) and closes it after the pool. */
@Injectable()
export class DatabaseHost implements OnApplicationShutdown {
  private readonly logger = new Logger('Database');

  constructor(
    readonly embedded: EmbeddedPostgres | null,
    private readonly moduleRef: ModuleRef,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    // The pool must close before the embedded socket server it talks to.
    const dataSource = this.moduleRef.get(DataSource, { strict: false });
    if (dataSource.isInitialized) await dataSource.destroy();
    await this.embedded?.stop();
    this.logger.log(`database closed${this.embedded ? ' (embedded)' : ''}`);
  }
}

@Module({
  providers: [
    {
      provide: DatabaseHost,
      inject: [AppConfig, ModuleRef],
      useFactory: async (config: AppConfig, moduleRef: ModuleRef) => {
        const embedded = config.database.url ? null : await EmbeddedPostgres.start(config.database.dataDir);
        return new DatabaseHost(embedded, moduleRef);
      },
    },
  ],
  exports: [DatabaseHost],
})
class DatabaseHostModule {}

/** The database: PostgreSQL at DATABASE_URL, or the embedded one; migrations run at start. */
@Global()
@Module({})
export class PersistenceModule {
  static forRoot(): DynamicModule {
    return {
      module: PersistenceModule,
      exports: [DatabaseHostModule],
      imports: [
        DatabaseHostModule,
        TypeOrmModule.forRootAsync({
          imports: [DatabaseHostModule],
          inject: [AppConfig, DatabaseHost],
          useFactory: (config: AppConfig, database: DatabaseHost) => {
            // PGlite is one session behind its socket: connections would share prepared statements.
            usePreparedStatements(!database.embedded);
            return {
              type: 'postgres' as const,
              ...(database.embedded
                ? { host: database.embedded.address.host, port: database.embedded.address.port, username: 'postgres', database: 'postgres' }
                : { url: config.database.url! }),
              autoLoadEntities: true,
              synchronize: false,
              migrations: MIGRATIONS,
              migrationsRun: true,
              migrationsTransactionMode: 'each' as const,
              retryAttempts: 2,
              retryDelay: 1000,
              extra: { max: 10, connectionTimeoutMillis: 5000 },
            };
          },
        }),
      ],
    };
  }
}
