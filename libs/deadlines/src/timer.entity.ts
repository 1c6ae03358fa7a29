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
  @Column({ name: 'ticket_id', type: 'uuid' }) ticketId!: string;
  @Column('text') kind!: TimerKind;
  /** The machine event the timer sends when it fires, e.g. FEEDBACK_DEADLINE_PASSED. */
  @Column('text') event!: string;
  @Column({ type: 'smallint', nullable: true }) level!: number | null;
  @Column({ name: 'due_at', type: 'timestamptz' }) dueAt!: Date;
  @Column('text') status!: TimerStatus;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'settled_at', type: 'timestamptz', nullable: true }) settledAt!: Date | null;
}

/** The BullMQ job id of a timer: deterministic, no colon. */
export function timerJobId(timer: Pick<TimerEntity, 'id' | 'kind' | 'ticketId'>): string {
  return `${timer.kind}-${timer.ticketId}-t${timer.id}`;
}
