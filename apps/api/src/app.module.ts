import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AssessmentModule } from '@whistle/assessment';
import { AuthModule, JwtAuthGuard, RolesGuard } from '@whistle/auth';
import { AppConfig, loadConfig } from '@whistle/config';
import { DeadlinesModule } from '@whistle/deadlines';
import { NotificationsModule } from '@whistle/notifications';
import { OrganisationModule } from '@whistle/organisation';
import { PlatformModule } from '@whistle/platform';
import { TicketsModule } from '@whistle/tickets';
import { WebhooksModule } from '@whistle/webhooks';
import { Open311Module } from '@whistle/open311';
import { hashKey } from '@whistle/open311';
import { AttachmentsController, RectificationAttachmentsController, TicketAttachmentsController } from './controllers/attachments.controller.js';
import type { Request } from 'express';
import { WorkerModule } from '../../worker/src/index.js';
import { AdministratorBootstrap } from './bootstrap/administrator.bootstrap.js';
import { DemoSeeder } from './bootstrap/demo.seed.js';
import { EvaluationsController, RectificationsController, ReportsController } from './controllers/assessment.controller.js';
import { AuthController } from './controllers/auth.controller.js';
import { AuditController } from './controllers/audit.controller.js';
import { CatalogueController } from './controllers/catalogue.controller.js';
import { DirectoryController } from './controllers/directory.controller.js';
import { ImportsController } from './controllers/imports.controller.js';
import { NotificationsController } from './controllers/notifications.controller.js';
import { OrganisationController } from './controllers/organisation.controller.js';
import { SettingsController } from './controllers/settings.controller.js';
import { TicketActionsController, TicketsController } from './controllers/tickets.controller.js';
import { WebhooksController } from './controllers/webhooks.controller.js';
import { ApiKeysController } from './controllers/api-keys.controller.js';
import { Open311Controller } from './open311/open311.controller.js';
import { HealthController } from './health/health.controller.js';
import { MetaController } from './meta/meta.controller.js';
import { MetaService } from './meta/meta.service.js';
import { MetricsEndpointModule } from './metrics/metrics-endpoint.module.js';
import { SharedThrottlerStorage, SharedThrottlerStorageModule } from './throttle/shared-throttler-storage.js';
import { WebConsoleModule } from './web/web-console.module.js';

const MINUTE = 60_000;

/**
 * The HTTP API; with PROCESS_ROLE=all (the default) the queue workers run in the same
 * process, with PROCESS_ROLE=api they run elsewhere (apps/worker).
 */
@Module({})
export class AppModule {
  static forRoot(env: Record<string, string | undefined>): DynamicModule {
    const { runsWorker, web } = loadConfig(env);
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(env),
        ThrottlerModule.forRootAsync({
          imports: [SharedThrottlerStorageModule],
          inject: [AppConfig, SharedThrottlerStorage],
          useFactory: (config: AppConfig, storage: SharedThrottlerStorage) => ({
            storage,
            throttlers: [
              { name: 'default', ttl: MINUTE, limit: config.throttle.limit },
              {
                name: 'login',
                ttl: MINUTE,
                limit: config.throttle.loginLimit,
                skipIf: (context) => context.switchToHttp().getRequest<Request>().path !== '/api/auth/login',
              },
              // Per API key (by its hash; per address for the public resources), on the Open311 facade only.
              {
                name: 'open311',
                ttl: MINUTE,
                limit: config.throttle.open311Limit,
                skipIf: (context) => !context.switchToHttp().getRequest<Request>().path.startsWith('/open311/'),
                getTracker: (req: Record<string, unknown>) => {
                  const { query, body, ip } = req as unknown as Request;
                  const key = (query?.api_key ?? (body as { api_key?: unknown } | undefined)?.api_key) as unknown;
                  return typeof key === 'string' && key.length > 0 ? `key:${hashKey(key)}` : `ip:${ip}`;
                },
              },
            ],
          }),
        }),
        TerminusModule,
        AuthModule,
        OrganisationModule,
        NotificationsModule,
        DeadlinesModule,
        TicketsModule,
        AssessmentModule,
        WebhooksModule,
        Open311Module,
        ...(runsWorker ? [WorkerModule] : []),
        MetricsEndpointModule,
        WebConsoleModule.forRoot(web.root),
      ],
      controllers: [
        AuthController,
        AuditController,
        ImportsController,
        CatalogueController,
        OrganisationController,
        TicketsController,
        TicketActionsController,
        TicketAttachmentsController,
        RectificationAttachmentsController,
        AttachmentsController,
        NotificationsController,
        EvaluationsController,
        RectificationsController,
        ReportsController,
        SettingsController,
        DirectoryController,
        WebhooksController,
        ApiKeysController,
        Open311Controller,
        MetaController,
        HealthController,
      ],
      providers: [
        { provide: APP_GUARD, useClass: ThrottlerGuard },
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_GUARD, useClass: RolesGuard },
        AdministratorBootstrap,
        DemoSeeder,
        MetaService,
      ],
    };
  }
}
