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
  'evaluation.opened',
  'evaluation.closed',
  'rectification.ordered',
  'rectification.reminder',
  'rectification.escalated',
  'rectification.reported',
  'rectification.signed_off',
  'rectification.rejected',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

export class ListNotificationsQuery {
  @ApiPropertyOptional({ description: 'true: only unread; false: only read' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'unread must be true or false' })
  unread?: boolean;
}

export class NotificationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: NOTIFICATION_TYPES }) type!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) ticketId!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Set for notices about an evaluation (测评会)' })
  evaluationId!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Set for notices about a rectification order (整改单)' })
  rectificationId!: string | null;
  @ApiProperty() message!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ nullable: true, type: Date }) readAt!: Date | null;
}
