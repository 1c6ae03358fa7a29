import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, ValidateBy, type ValidationOptions } from 'class-validator';
import { Duration } from 'luxon';

/** The longest window a due-soon question may ask about. */
const LONGEST_WINDOW = Duration.fromObject({ years: 1 });

/** A positive ISO 8601 duration of at most a year (P3D, PT12H). */
export function IsWindow(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isWindow',
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string') return false;
          const duration = Duration.fromISO(value);
          return duration.isValid && duration.toMillis() > 0 && duration.toMillis() <= LONGEST_WINDOW.toMillis();
        },
        defaultMessage: (args) => `${args?.property} must be a positive ISO 8601 duration of at most a year, such as P3D or PT12H`,
      },
    },
    options,
  );
}

export const DUE_SOON_WITHIN = 'P3D';

export class TicketCountsQuery {
  @ApiPropertyOptional({ default: DUE_SOON_WITHIN, example: 'P3D', description: 'The window of `dueSoon`: an ISO 8601 duration from now' })
  @IsOptional() @IsWindow()
  dueSoonWithin: string = DUE_SOON_WITHIN;
}

/** The dispatcher's queues (and every role's), counted over the tickets the caller may see. */
export class TicketCountsView {
  @ApiProperty({ description: 'placed + returned: waiting for 派单' }) toDispatch!: number;
  @ApiProperty({ description: 'dispatched: waiting for the department to accept (接单)' }) awaitingAcceptance!: number;
  @ApiProperty({ description: 'in_progress + awaiting_info + rectifying' }) inProgress!: number;
  @ApiProperty({ description: 'open, the current deadline within `dueSoonWithin` from now and not passed; paused tickets (awaiting_info) are not counted' })
  dueSoon!: number;
  @ApiProperty({ description: 'open and overdue (the current stage’s deadline has passed)' }) overdue!: number;
  @ApiProperty({ description: 'open with escalationLevel > 0 (督办)' }) escalated!: number;
  @ApiProperty({ description: 'feedback_given: waiting for the enterprise’s rating (评单)' }) feedbackGiven!: number;
  @ApiProperty({ description: 'every open ticket (not closed, not withdrawn)' }) open!: number;
  @ApiProperty({
    description: '协办: open orders whose assisting part is still owed; for a department (or leader) its own parts (`assist=open`), for other roles any part',
  })
  assistOpen!: number;
  @ApiProperty({ example: 'P3D', description: 'The window dueSoon was counted with' }) dueSoonWithin!: string;
  @ApiProperty({ type: String, format: 'date-time', description: 'The moment counted at (the server’s clock)' }) at!: Date;
}
