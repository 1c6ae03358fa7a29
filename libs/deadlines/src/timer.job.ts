import { IsOptional, IsUUID, Matches } from 'class-validator';

export const DEADLINES_QUEUE = 'deadlines';
export const RECONCILE_JOB = 'reconcile';
/** The alarm: fires every pending timer due by then. */
export const TICK_JOB = 'tick';

/** The payload of a tick: the moment it stands for (informative; the drain reads the clock). */
export interface TickJobData {
  at: string;
}

/**
 * The payload of a job for one timer, as armed before ticks (issue 5): such jobs may still sit
 * in Redis after an upgrade, and are fired as before. Validated before it is acted on.
 */
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
