import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const TIMER_KINDS = ['deadline', 'reminder', 'escalation'] as const;
export type TimerKind = (typeof TIMER_KINDS)[number];
export type TimerStatus = 'pending' | 'fired' | 'stale' | 'cancelled';

/**
 * A timer is a row (the truth) plus a delayed BullMQ job (the alarm clock) whose id is
 * derived from the row, so it can be re-armed at any time without doubling.
 */
@Entity('timers')
export class TimerEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  /** What the timer is for: a ticket, or a rectification order (整改单); exactly one is set. */
  @Column({ name: 'ticket_id', type: 'uuid', nullable: true }) ticketId!: string | null;
  @Column({ name: 'rectification_id', type: 'uuid', nullable: true }) rectificationId!: string | null;
  @Column('text') kind!: TimerKind;
  /** The machine event the timer sends when it fires, e.g. FEEDBACK_DEADLINE_PASSED. */
  @Column('text') event!: string;
  @Column({ type: 'smallint', nullable: true }) level!: number | null;
  @Column({ name: 'due_at', type: 'timestamptz' }) dueAt!: Date;
  @Column('text') status!: TimerStatus;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'settled_at', type: 'timestamptz', nullable: true }) settledAt!: Date | null;
}

/** The subject a timer belongs to. */
export type TimerOwner = { ticketId: string } | { rectificationId: string };

/** The BullMQ job id of a timer: deterministic, no colon. */
export function timerJobId(timer: Pick<TimerEntity, 'id' | 'kind' | 'ticketId' | 'rectificationId'>): string {
  return `${timer.kind}-${timer.ticketId ?? timer.rectificationId}-t${timer.id}`;
}
