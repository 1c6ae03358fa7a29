import { IsOptional, IsUUID, Matches } from 'class-validator';

export const DEADLINES_QUEUE = 'deadlines';
export const RECONCILE_JOB = 'reconcile';

/** The payload of a timer job; validated before it is acted on. */
export class TimerJobData {
  @Matches(/^\d{1,18}$/, { message: 'timerId must be a positive integer id' })
  timerId!: string;

  /** Set for a ticket's timer… */
  @IsOptional() @IsUUID()
  ticketId?: string;

  /** …or for a rectification order's. */
  @IsOptional() @IsUUID()
  rectificationId?: string;
}
