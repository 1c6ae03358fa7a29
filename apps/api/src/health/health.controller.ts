import { InjectQueue } from '@nestjs/bullmq';
import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '@whistle/auth';
import { DEADLINES_QUEUE } from '@whistle/deadlines';
import type { Queue } from 'bullmq';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @InjectQueue(DEADLINES_QUEUE) private readonly queue: Queue,
  ) {}

  @Public()
  @Get()
  @HealthCheck()
  @ApiOkResponse({ description: 'The database and Redis answer' })
  @ApiServiceUnavailableResponse({ description: 'The database or Redis is down; the body says which' })
  check() {
    return this.health.check([
      () => this.database.pingCheck('database').withTimeout(2000),
      () =>
        this.indicators
          .check('redis')
          .attempt(async () => ({ queuedTimers: await this.queue.count() }))
          .withTimeout(2000),
    ]);
  }
}
