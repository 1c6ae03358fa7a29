import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/**
 * Every tag an operation may carry, with what it groups. A controller's `@ApiTags` must name
 * one of these (Spectral's `operation-tag-defined` fails otherwise).
 */
export const API_TAGS = {
  auth: 'Logging in and the caller’s own account.',
  organisation: 'Industrial chains (产业链), departments, enterprises and users; administrators manage them.',
  tickets: 'Service orders (企业点单): placing, listing, reading one, its tamper-evident timeline.',
  'ticket actions': 'What moves a ticket along its cycle: dispatch (派单), accept (接单), return (退单), dual feedback (双反馈), rating (评单), extensions (延期), reminders (催办)…',
  notifications: 'The caller’s inbox.',
  evaluations: 'Half-monthly evaluation meetings (测评会) where supervisors score departments, and rectification orders (整改).',
  reports: 'The scoreboard (三率), the meeting agenda and the ledgers (台账) as JSON, CSV or XLSX.',
  settings: 'SLA policies and the working calendar deadlines are counted in.',
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
  return SwaggerModule.createDocument(app, builder.build());
}
