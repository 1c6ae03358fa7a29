import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

export const NOTIFICATION_TYPES = [
  'ticket.placed',
  'ticket.dispatched',
  'ticket.accepted',
  'ticket.returned',
  'ticket.feedback',
  'ticket.rated',
  'ticket.closed',
  'ticket.withdrawn',
  'ticket.reminded',
  'ticket.extension_requested',
  'ticket.extension_decided',
  'deadline.reminder',
  'ticket.escalated',
  'ticket.info_requested',
  'ticket.info_provided',
  'ticket.assist_requested',
  'ticket.assisted',
  'ticket.assist_declined',
  'ticket.assist_asked',
  'ticket.assist_reminder',
  'evaluation.opened',
  'evaluation.closed',
  'rectification.ordered',
  'rectification.reminder',
  'rectification.escalated',
  'rectification.reported',
  'rectification.signed_off',
  'rectification.rejected',
  'webhook.disabled',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

export class ListNotificationsQuery {
  @ApiPropertyOptional({ description: 'true: only unread; false: only read' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'unread must be true or false' })
  unread?: boolean;
}

/**
 * The values a notice's sentence needs besides the ticket, evaluation or rectification order it
 * names, so the console can word it in the reader's language; which are set depends on `type`.
 */
export interface NotificationParams {
  enterpriseName?: string;
  priority?: string;
  reason?: string;
  note?: string;
  result?: string;
  score?: number;
  threshold?: number;
  rectify?: boolean;
  approved?: boolean;
  until?: string;
  dueBy?: string;
  level?: number;
  question?: string;
  departments?: number;
  /** The assisting department (协办) a notice is about. */
  departmentId?: string;
  /** webhook.disabled: the endpoint's URL. */
  url?: string;
}

export class NotificationParamsView implements NotificationParams {
  @ApiPropertyOptional({ description: 'ticket.placed: the ordering enterprise' }) enterpriseName?: string;
  @ApiPropertyOptional({ enum: ['urgent', 'high', 'normal', 'low'], description: 'ticket.dispatched' }) priority?: string;
  @ApiPropertyOptional({
    enum: ['not_our_function', 'not_our_area', 'ownership_unclear', 'already_handled', 'other', 'gone', 'failing'],
    description:
      'ticket.returned: the department’s coded reason (退单); ticket.assist_declined: the assisting department’s; ticket.assist_asked carries the lead’s words in `note`; ' +
      'webhook.disabled: gone (the endpoint answered 410) or failing (a delivery failed every attempt)',
  })
  reason?: string;
  @ApiPropertyOptional({ description: 'Free text: ticket.withdrawn (the reason), ticket.reminded (the committee’s note, if any), rectification.rejected' })
  note?: string;
  @ApiPropertyOptional({ enum: ['resolved', 'partially_resolved', 'unresolvable'], description: 'ticket.feedback' }) result?: string;
  @ApiPropertyOptional({
    description: 'ticket.rated: the rating (1-5); evaluation.closed: the department’s result (absent without scores); rectification.ordered: the result that fell short',
  })
  score?: number;
  @ApiPropertyOptional({ description: 'rectification.ordered: the threshold the result fell below' }) threshold?: number;
  @ApiPropertyOptional({ description: 'ticket.rated: the rating sent the order back for rectification (整改)' }) rectify?: boolean;
  @ApiPropertyOptional({ description: 'ticket.extension_decided' }) approved?: boolean;
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The assisting department (协办): ticket.assist_requested, ticket.assisted, ticket.assist_declined, ticket.assist_reminder, ticket.escalated of a part; ticket.assist_asked: the one the lead suggests',
  })
  departmentId?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'ticket.extension_requested, ticket.extension_decided (when approved): the new feedback deadline' })
  until?: string;
  @ApiPropertyOptional({
    format: 'date-time',
    description: 'deadline.reminder, ticket.info_provided: the feedback deadline; rectification.ordered, rectification.reminder: the report’s deadline',
  })
  dueBy?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 3, description: 'ticket.escalated, rectification.escalated: the escalation level (督办)' }) level?: number;
  @ApiPropertyOptional({ description: 'ticket.info_requested: the department’s question' }) question?: string;
  @ApiPropertyOptional({ description: 'webhook.disabled: the endpoint’s URL (`reason` is gone or failing)' }) url?: string;
  @ApiPropertyOptional({ description: 'evaluation.opened: how many departments to score' }) departments?: number;
}

export class UnreadCountView {
  @ApiProperty({ description: 'The caller’s unread notices' }) unread!: number;
}

export class ReadAllView {
  @ApiProperty({ description: 'How many notices this call marked read' }) read!: number;
}

export class NotificationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: NOTIFICATION_TYPES }) type!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) ticketId!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Set for notices about an evaluation (测评会)' })
  evaluationId!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Set for notices about a rectification order (整改单)' })
  rectificationId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'PHARMA-2026-000001', description: 'The ticket’s code, for notices about a ticket' })
  ticketCode!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The ticket’s title, for notices about a ticket' }) ticketTitle!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The rectification order’s code (整改单), for notices about one' }) rectificationCode!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The evaluation’s title (测评会), for notices about one' }) evaluationTitle!: string | null;
  @ApiProperty({ type: NotificationParamsView, description: 'What the sentence of this `type` needs besides the names above; `{}` when nothing' })
  params!: NotificationParamsView;
  @ApiProperty({ description: 'The notice in English, as it was written; the console words it from `type`, the names and `params`' }) message!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ nullable: true, type: Date }) readAt!: Date | null;
}
