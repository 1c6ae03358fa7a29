import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, getSchemaPath, type OpenAPIObject, type OperationObject, type ResponseObject, SwaggerModule } from '@nestjs/swagger';
import { ErrorResponse } from '@whistle/common';

/**
 * Every tag an operation may carry, with what it groups. A controller's `@ApiTags` must name
 * one of these (Spectral's `operation-tag-defined` fails otherwise).
 */
export const API_TAGS = {
  auth: 'Logging in and the caller’s own account.',
  audit: 'The administrators’ audit trail: every change to the organisation, users, SLA policies and the calendar, hash-chained.',
  organisation: 'Industrial chains (产业链), departments, enterprises and users; administrators manage them.',
  catalogue: 'The service catalogue (服务清单): what enterprises can order, with the department and priority a dispatch starts from.',
  imports: 'Bulk import of departments, enterprises and users from CSV or XLSX (Chinese or English headings): a dry run naming every bad row, then all or nothing.',
  tickets: 'Service orders (企业点单): placing, listing, reading one, its tamper-evident timeline.',
  'ticket actions': 'What moves a ticket along its cycle: dispatch (派单), accept (接单), return (退单), dual feedback (双反馈), rating (评单), extensions (延期), reminders (催办)…',
  attachments: 'Files attached to orders (附件): photos and documents, their type read from their bytes, kept by their SHA-256 and named in the timeline.',
  notifications: 'The caller’s inbox.',
  evaluations: 'Half-monthly evaluation meetings (测评会) where supervisors score departments, and rectification orders (整改).',
  reports: 'The scoreboard (三率), the meeting agenda and the ledgers (台账) as JSON, CSV or XLSX.',
  settings: 'SLA policies and the working calendar deadlines are counted in.',
  directory: 'The names behind the ids (chains, departments, enterprises, leaders in charge, scorers), scoped to what the caller may know.',
  webhooks: 'Outbound webhooks (Standard Webhooks): endpoints told of every timeline line, rectification and evaluation change, their deliveries, and the queues.',
  'api-keys': 'API keys for the Open311 GeoReport v2 facade at /open311/v2 (documented by its own specification, not here).',
  meta: 'The deployment’s version, time zone and default deadlines, for the console before login.',
  health: 'Whether the database and Redis answer.',
} as const;

export type ApiTag = keyof typeof API_TAGS;

/** The OpenAPI document served at /docs-json (and /docs). */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('Whistle — 企业吹哨、部门报到')
    .setDescription(
      'Enterprises place service orders, the chain committee dispatches them to departments, ' +
        'departments accept and give dual feedback within a month, enterprises rate. Missed deadlines escalate.',
    )
    .setVersion('1')
    .addServer('/', 'This server')
    .addBearerAuth();
  for (const [name, description] of Object.entries(API_TAGS)) builder.addTag(name, description);
  return declareErrors(SwaggerModule.createDocument(app, builder.build(), { extraModels: [ErrorResponse] }));
}

/** The answers any route may give besides its own, and why. */
const STANDARD_ERRORS = {
  400: 'The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON',
  401: 'No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation)',
  403: 'The caller’s role may not do this; or, with `code: password_change_required`, the caller must first replace a one-time password (POST /api/auth/password)',
  413: 'The body is larger than 256 kB',
  415: 'The body’s content type or charset is not understood',
  429: 'Too many requests from this address (THROTTLE_LIMIT a minute)',
  431: 'The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body',
  503: 'The database cannot be reached; try again after Retry-After seconds',
} as const;

/** The routes that answer a user who must first change a one-time password (@AllowedBeforePasswordChange). */
const BEFORE_PASSWORD_CHANGE = new Set(['AuthController_me', 'AuthController_changePassword']);

/**
 * Declares, with the shared ErrorResponse body, the errors every route can answer (the guards,
 * the body parser, the throttler and the database do not show in a controller's decorators),
 * and gives the error answers a controller declares (403, 404, 409…) the same body.
 */
function declareErrors(document: OpenAPIObject): OpenAPIObject {
  const error = { 'application/json': { schema: { $ref: getSchemaPath(ErrorResponse) } } };
  for (const item of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation: OperationObject | undefined = item[method];
      if (!operation) continue;
      const takesBody = method !== 'get' && method !== 'delete';
      const statuses: Array<keyof typeof STANDARD_ERRORS> = [429, 431, 503];
      if (takesBody || operation.parameters?.length) statuses.push(400);
      if (takesBody) statuses.push(413, 415);
      if (operation.security?.length) statuses.push(401);
      // Any signed-in route but the two a one-time password leaves open.
      if (operation.security?.length && !BEFORE_PASSWORD_CHANGE.has(operation.operationId ?? '')) statuses.push(403);
      for (const status of statuses) operation.responses[status] ??= { description: STANDARD_ERRORS[status] };
      for (const [status, response] of Object.entries(operation.responses)) {
        const bodiless = status === '431';
        if (Number(status) >= 400 && !bodiless && response && !('$ref' in response) && !(response as ResponseObject).content) (response as ResponseObject).content = error;
      }
    }
  }
  return document;
}
