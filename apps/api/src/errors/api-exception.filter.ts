import { type ArgumentsHost, BadRequestException, Catch, HttpStatus, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { DomainError, DomainExceptionFilter, InvalidInputError } from '@whistle/common';
import { isDatabaseUnavailable } from '@whistle/persistence';
import type { Response } from 'express';

/** Seconds a client should wait before retrying while the database is away. */
const RETRY_AFTER_SECONDS = 5;

/**
 * The API's one exception filter: domain errors by their code, an unreadable body as a 400
 * naming `body`, a database that cannot be
 * reached as 503 with Retry-After (a restart is an outage, not a bug), everything else as
 * Nest answers it (HttpExceptions as they are, the rest 500 and logged).
 */
@Catch()
export class ApiExceptionFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('HTTP');
  private readonly domain = new DomainExceptionFilter();

  override catch(error: unknown, host: ArgumentsHost): void {
    if (error instanceof DomainError) return this.domain.catch(error, host);
    if (error instanceof BadRequestException && (error.cause instanceof SyntaxError || error.cause instanceof URIError)) {
      // Express could not read the request: the JSON body, or a %-escape in the path.
      const field = error.cause instanceof SyntaxError ? 'body' : 'path';
      const message = error.cause instanceof SyntaxError ? `is not valid JSON (${error.cause.message})` : 'has an invalid %-escape';
      return this.domain.catch(new InvalidInputError(field, message), host);
    }
    if (isDatabaseUnavailable(error)) {
      this.logger.warn(`database unavailable: ${(error as Error).message}`);
      host
        .switchToHttp()
        .getResponse<Response>()
        .status(HttpStatus.SERVICE_UNAVAILABLE)
        .set('Retry-After', String(RETRY_AFTER_SECONDS))
        .json({
          statusCode: HttpStatus.SERVICE_UNAVAILABLE,
          error: 'unavailable',
          message: `the database cannot be reached; try again in ${RETRY_AFTER_SECONDS} s`,
        });
      return;
    }
    super.catch(error, host);
  }
}
