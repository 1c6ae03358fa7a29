import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const TIMER_KINDS = ['deadline', 'reminder', 'escalation'] as const;
export type TimerKind = (typeof TIMER_KINDS)[number];
export type TimerStatus = 'pending' | 'fired' | 'stale' | 'cancelled';

/**
 * A timer is a row (the truth). The alarm clock is BullMQ: one delayed job per 100-ms tick in
 * which timers fall due (TimerQueue), whose id derives from the tick, so it can be re-armed
 * at any time without doubling; the tick fires every pending timer then due (TimerDrain).
 */
@Entity('timers')
export class TimerEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  /** What the timer is for: a ticket, or a rectification order (整改单); exactly one is set. */
  @Column({ name: 'ticket_id', type: 'uuid', nullable: true }) ticketId!: string | null;
  @Column({ name: 'rectification_id', type: 'uuid', nullable: true }) rectificationId!: string | null;
  /** For a ticket's timer about one assisting department's part (协办): that department. */
  @Column({ type: 'uuid', nullable: true }) part!: string | null;
  @Column('text') kind!: TimerKind;
  /** The machine event the timer sends when it fires, e.g. FEEDBACK_DEADLINE_PASSED. */
  @Column('text') event!: string;
  @Column({ type: 'smallint', nullable: true }) level!: number | null;
  @Column({ name: 'due_at', type: 'timestamptz' }) dueAt!: Date;
  @Column('text') status!: TimerStatus;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'settled_at', type: 'timestamptz', nullable: true }) settledAt!: Date | null;
  /** Set while a worker fires the timer; other workers skip it until then. */
  @Column({ name: 'leased_until', type: 'timestamptz', nullable: true }) leasedUntil!: Date | null;
}

/** The subject a timer belongs to. */
export type TimerOwner = { ticketId: string } | { rectificationId: string };
