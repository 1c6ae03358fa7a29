import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '@whistle/auth';
import { TimerQueue } from '@whistle/deadlines';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly timers: TimerQueue,
  ) {}

  @Public()
  @Get()
  @HealthCheck()
  @ApiOperation({
    summary: 'Whether the database and Redis answer',
    description:
      'Public, for load balancers and monitors: pings the database and counts the queued timer jobs in Redis, each within 2 s. ' +
      '200 when both answer; 503, with the failing one under `error`, when either does not.',
  })
  @ApiOkResponse({ description: 'The database and Redis answer' })
  @ApiServiceUnavailableResponse({ description: 'The database or Redis is down; the body says which' })
  check() {
    return this.health.check([
      () => this.database.pingCheck('database').withTimeout(2000),
      () =>
        this.indicators
          .check('redis')
          .attempt(async () => ({ queuedJobs: await this.timers.count() }))
          .withTimeout(2000),
    ]);
  }
}
