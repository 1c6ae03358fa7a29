import { type CanActivate, Controller, type ExecutionContext, Get, Injectable, NotFoundException, Res, UnauthorizedException, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { PrometheusController } from '@willsoto/nestjs-prometheus';
import { Public } from '@whistle/auth';
import { AppConfig } from '@whistle/config';
import { bearerMatches } from '@whistle/metrics';
import type { Request, Response } from 'express';

/**
 * `Authorization: Bearer $METRICS_TOKEN`; without METRICS_TOKEN the route answers 404, as if
 * there were none (the series name departments and show the load: not for everyone to read).
 */
@Injectable()
export class MetricsTokenGuard implements CanActivate {
  constructor(private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const { token } = this.config.metrics;
    if (token === null) throw new NotFoundException('Cannot GET /metrics');
    if (!bearerMatches(context.switchToHttp().getRequest<Request>().headers.authorization, token)) {
      throw new UnauthorizedException('GET /metrics needs Authorization: Bearer followed by METRICS_TOKEN');
    }
    return true;
  }
}

/** Prometheus text format (prom-client's registry); not part of the JSON API, so not in the OpenAPI document. */
@ApiExcludeController()
@Controller()
export class MetricsController extends PrometheusController {
  @Public()
  @UseGuards(MetricsTokenGuard)
  @Get()
  override index(@Res({ passthrough: true }) response: Response): Promise<string> {
    return super.index(response);
  }
}
