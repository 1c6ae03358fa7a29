import { type ArgumentsHost, Body, Catch, Controller, type ExceptionFilter, Get, HttpCode, HttpException, Logger, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@whistle/auth';
import { type Actor, DOMAIN_ERROR_STATUS, DomainError, ForbiddenError, NotFoundError } from '@whistle/common';
import { ApiKeysService, type Format, type NewRequest, Open311Facade, render, type RequestFilters } from '@whistle/open311';
import type { Request, Response } from 'express';

/** `requests.json` → ['requests', 'json']; anything but .json and .xml is no resource (404). */
function split(file: string): [string, Format] {
  const dot = file.lastIndexOf('.');
  const format = file.slice(dot + 1);
  if (dot <= 0 || (format !== 'json' && format !== 'xml')) throw new NotFoundError('resource (add .json or .xml)');
  return [file.slice(0, dot), format];
}

/** Discovery in XML: `<endpoints><endpoint>…<formats><format>…`. */
const discoveryXml = (d: ReturnType<Open311Facade['discovery']>) => ({
  ...d,
  endpoints: { endpoint: d.endpoints.map((e) => ({ ...e, formats: { format: e.formats } })) },
});

const formatOf = (path: string): Format => (path.split('?')[0]!.endsWith('.json') ? 'json' : 'xml');

/** The 4xx status an Express error carries (body-parser's, a malformed path's), if any. */
function clientStatus(error: Error): number | null {
  const status = (error as Error & { status?: unknown }).status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null;
}

/** The engine's field names as Open311 names them, in error descriptions. */
const FIELDS: [RegExp, string][] = [
  [/\bserviceCode\b/g, 'service_code'],
  [/\benterpriseId\b/g, 'account_id'],
];

/** Errors in the specification's form: `[{code, description}]`, or `<errors><error>…` in XML; 401 is 403 there. */
@Catch()
class Open311ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Open311');

  catch(error: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    let status = 500;
    let description = 'internal error';
    if (error instanceof DomainError) {
      status = DOMAIN_ERROR_STATUS[error.code];
      description = error.message;
    } else if (error instanceof HttpException) {
      status = error.getStatus();
      const body = error.getResponse() as { message?: string | string[] } | string;
      description = typeof body === 'string' ? body : Array.isArray(body.message) ? body.message.join('; ') : (body.message ?? error.message);
    } else if (error instanceof Error && clientStatus(error) !== null) {
      // Express's own: a path it cannot decode, a body it cannot parse.
      status = clientStatus(error)!;
      description = error.message;
    }
    if (status >= 500) this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    if (status === 401) status = 403;
    for (const [pattern, name] of FIELDS) description = description.replace(pattern, name);
    const { type, text } = render(formatOf(request.originalUrl), [{ code: status, description }], { root: 'errors', item: 'error' });
    response.status(status).type(type).send(text);
  }
}

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) at /open311/v2: discovery and
 * services are public; requests and tokens need `api_key` (query, or the form of a POST). Its
 * own specification documents it, so it is not in /docs-json.
 */
@ApiExcludeController()
@Public()
@UseFilters(Open311ErrorFilter)
@Controller('open311/v2')
export class Open311Controller {
  constructor(
    private readonly facade: Open311Facade,
    private readonly keys: ApiKeysService,
  ) {}

  private async actor(key: unknown): Promise<Actor> {
    if (typeof key !== 'string' || key.length === 0) throw new ForbiddenError('api_key is required');
    const actor = await this.keys.authenticate(key);
    if (!actor) throw new ForbiddenError('api_key is not valid (unknown or revoked)');
    return actor;
  }

  private send(res: Response, format: Format, body: unknown, xml: Parameters<typeof render>[2]): void {
    const { type, text } = render(format, body, xml);
    res.type(type).send(text);
  }

  @Get(':file')
  async root(@Param('file') file: string, @Query() query: RequestFilters & { api_key?: string }, @Req() req: Request, @Res() res: Response): Promise<void> {
    const [resource, format] = split(file);
    if (resource === 'discovery') {
      return this.send(res, format, this.facade.discovery(`${req.protocol}://${req.get('host')}`), { root: 'discovery', shape: discoveryXml });
    }
    if (resource === 'services') return this.send(res, format, await this.facade.services(), { root: 'services', item: 'service' });
    if (resource === 'requests') {
      const { api_key, ...filters } = query;
      return this.send(res, format, await this.facade.requests(await this.actor(api_key), filters), { root: 'service_requests', item: 'request' });
    }
    throw new NotFoundError('resource');
  }

  @Get('services/:file')
  async service(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const [code, format] = split(file);
    this.send(res, format, await this.facade.service(code), { root: 'service_definition' });
  }

  @Get('requests/:file')
  async request(@Param('file') file: string, @Query('api_key') key: unknown, @Res() res: Response): Promise<void> {
    const [id, format] = split(file);
    this.send(res, format, [await this.facade.request(await this.actor(key), id)], { root: 'service_requests', item: 'request' });
  }

  @Get('tokens/:file')
  async token(@Param('file') file: string, @Query('api_key') key: unknown, @Res() res: Response): Promise<void> {
    const [token, format] = split(file);
    this.send(res, format, await this.facade.token(await this.actor(key), token), { root: 'service_requests', item: 'request' });
  }

  /** POST requests.{json,xml}, form-encoded as the specification says. */
  @Post(':file')
  @HttpCode(201)
  async create(@Param('file') file: string, @Body() form: NewRequest & { api_key?: string }, @Res() res: Response): Promise<void> {
    const [resource, format] = split(file);
    if (resource !== 'requests') throw new NotFoundError('resource');
    const { api_key, ...fields } = (form ?? {}) as NewRequest & { api_key?: string };
    this.send(res.status(201), format, await this.facade.create(await this.actor(api_key), fields), { root: 'service_requests', item: 'request' });
  }
}
