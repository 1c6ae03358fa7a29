import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { nullableEnum } from '@whistle/common';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsBoolean, IsDate, IsIn, IsOptional, IsString, IsUrl, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { WEBHOOK_SUBSCRIPTIONS } from './webhook-events.js';

const URL_OPTIONS = { require_tld: false, require_protocol: true, protocols: ['http', 'https'] };
const URL_MESSAGE = 'url must be an http:// or https:// URL';
const EVENTS_MESSAGE = `each of events must be an event type (GET /api/webhooks/event-types), a family such as ticket.*, or *`;

export class CreateWebhookDto {
  @ApiProperty({ example: 'https://oa.example.gov.cn/hooks/whistle', maxLength: 2000 })
  @IsUrl(URL_OPTIONS, { message: URL_MESSAGE }) @MaxLength(2000)
  url!: string;

  @ApiProperty({ type: [String], example: ['ticket.dispatched', 'ticket.escalated'], description: 'Event types, families (`ticket.*`), or `["*"]` for everything' })
  @ArrayMinSize(1, { message: 'events must name at least one event type, or *' }) @ArrayMaxSize(100) @ArrayUnique()
  @IsIn(WEBHOOK_SUBSCRIPTIONS, { each: true, message: EVENTS_MESSAGE })
  events!: string[];

  @ApiPropertyOptional({ format: 'uuid', description: 'Only this chain’s events; absent: every chain’s' })
  @IsOptional() @IsUUID()
  chainId?: string;

  @ApiPropertyOptional({ example: '区政务 OA 系统', maxLength: 500 })
  @IsOptional() @IsString() @MaxLength(500)
  description?: string;
}

export class UpdateWebhookDto {
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional() @IsUrl(URL_OPTIONS, { message: URL_MESSAGE }) @MaxLength(2000)
  url?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional() @ArrayMinSize(1, { message: 'events must name at least one event type, or *' }) @ArrayMaxSize(100) @ArrayUnique()
  @IsIn(WEBHOOK_SUBSCRIPTIONS, { each: true, message: EVENTS_MESSAGE })
  events?: string[];

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'null: every chain' })
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsUUID()
  chainId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500 })
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(500)
  description?: string | null;

  @ApiPropertyOptional({ description: 'false pauses the endpoint (its deliveries wait); true resumes it, also after it was disabled' })
  @IsOptional() @IsBoolean()
  active?: boolean;
}

export class RedeliverFailedDto {
  @ApiProperty({ type: String, format: 'date-time', description: 'Every failed delivery of an event at or after this moment is sent again' })
  @Type(() => Date) @IsDate({ message: 'since must be a date-time, e.g. 2026-12-01T00:00:00+08:00' })
  since!: Date;
}

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;

export class ListDeliveriesQuery {
  @ApiPropertyOptional({ enum: DELIVERY_STATUSES })
  @IsOptional() @IsIn(DELIVERY_STATUSES)
  status?: (typeof DELIVERY_STATUSES)[number];
}

export class WebhookView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() url!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ type: [String] }) events!: string[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) chainId!: string | null;
  @ApiProperty({ description: 'Deliveries are sent (false: paused by an administrator, or disabled)' }) active!: boolean;
  @ApiProperty(nullableEnum(['gone', 'failing'], { description: 'Why it was disabled: gone (it answered 410), failing (a delivery failed every attempt of the schedule)' }))
  disabledReason!: string | null;
  @ApiProperty({ type: Date, nullable: true }) disabledAt!: Date | null;
  @ApiProperty({ type: Date, nullable: true, description: 'Until then, deliveries carry a second signature made with the secret before the last rotation' })
  previousSecretUntil!: Date | null;
  @ApiProperty() pending!: number;
  @ApiProperty() failed!: number;
  @ApiProperty() delivered!: number;
  @ApiProperty({ type: Date, nullable: true }) lastAttemptAt!: Date | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class CreatedWebhookView extends WebhookView {
  @ApiProperty({ example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', description: 'The signing secret, shown this once' })
  secret!: string;
}

export class RotatedSecretView {
  @ApiProperty({ description: 'The new signing secret, shown this once' }) secret!: string;
  @ApiProperty({ description: 'Until then deliveries are signed with both secrets' }) previousSecretUntil!: Date;
}

export class DeliveryView {
  @ApiProperty({ description: 'The delivery’s id (a number, as text)' }) id!: string;
  @ApiProperty({ description: 'The event’s id; `webhook-id` is msg_ and this' }) eventId!: string;
  @ApiProperty() eventType!: string;
  @ApiProperty({ enum: DELIVERY_STATUSES }) status!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty({ type: Date, description: 'When it is tried next (pending), or was last due' }) nextAttemptAt!: Date;
  @ApiProperty({ type: Date, nullable: true }) lastAttemptAt!: Date | null;
  @ApiProperty({ type: Number, nullable: true, description: 'The HTTP status of the last attempt; null when no answer came' }) lastStatus!: number | null;
  @ApiProperty({ type: Number, nullable: true }) lastDurationMs!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why the last attempt got no answer (refused address, timeout, connection error)' }) lastError!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The first 1 KB of the last answer' }) lastResponse!: string | null;
  @ApiProperty({ type: Date, nullable: true }) deliveredAt!: Date | null;
  @ApiProperty() createdAt!: Date;
}

export class RedeliveredView {
  @ApiProperty({ description: 'How many deliveries were queued again' }) redelivered!: number;
}

export class DeliveryCountsView {
  @ApiProperty() pending!: number;
  @ApiProperty() failed!: number;
  @ApiProperty() delivered!: number;
}

export class FailedJobView {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'deliver' }) name!: string;
  @ApiProperty() failedReason!: string;
  @ApiProperty() attemptsMade!: number;
  @ApiProperty({ type: Date, nullable: true }) finishedOn!: Date | null;
}

export class WebhookQueueView {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'BullMQ jobs of the webhooks queue by state', example: { waiting: 0, delayed: 2, active: 1, failed: 0, prioritized: 0 } })
  webhooks!: Record<string, number>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'BullMQ jobs of the deadlines (timers) queue by state' })
  deadlines!: Record<string, number>;
  @ApiProperty({ type: DeliveryCountsView, description: 'Deliveries pending, failed and delivered, over every endpoint' })
  deliveries!: DeliveryCountsView;
  @ApiProperty({ type: [FailedJobView], description: 'Jobs of the webhooks queue that gave up, newest first, with their error' })
  failedJobs!: FailedJobView[];
}
