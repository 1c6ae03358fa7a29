import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One dispatch of a ticket to a department, from 派单 until the department returns it or the
 * ticket ends: what the scoreboard counts. Written in the transaction of each change, so the
 * three rates are plain aggregates and need no replay of timelines.
 */
@Entity('ticket_assignments')
export class TicketAssignmentEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ name: 'ticket_id', type: 'uuid' }) ticketId!: string;
  @Column({ name: 'chain_id', type: 'uuid' }) chainId!: string;
  @Column({ name: 'department_id', type: 'uuid' }) departmentId!: string;
  @Column('text') category!: string;
  @Column({ type: 'text', nullable: true }) priority!: string | null;
  @Column({ name: 'dispatched_at', type: 'timestamptz' }) dispatchedAt!: Date;
  @Column({ name: 'accept_by', type: 'timestamptz' }) acceptBy!: Date;
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true }) acceptedAt!: Date | null;
  @Column({ name: 'returned_at', type: 'timestamptz', nullable: true }) returnedAt!: Date | null;
  @Column({ name: 'return_reason', type: 'text', nullable: true }) returnReason!: string | null;
  /** The first feedback's time, whether it met the deadline and its result. */
  @Column({ name: 'first_feedback_at', type: 'timestamptz', nullable: true }) firstFeedbackAt!: Date | null;
  @Column({ name: 'first_feedback_on_time', type: 'boolean', nullable: true }) firstFeedbackOnTime!: boolean | null;
  @Column({ name: 'first_result', type: 'text', nullable: true }) firstResult!: string | null;
  @Column({ name: 'last_result', type: 'text', nullable: true }) lastResult!: string | null;
  /** The feedback deadline passed before any feedback. */
  @Column({ name: 'feedback_missed', type: 'boolean' }) feedbackMissed!: boolean;
  /** An unsatisfied rating sent it back to the department (整改). */
  @Column('boolean') reopened!: boolean;
  @Column('integer') ratings!: number;
  @Column({ name: 'satisfied_ratings', type: 'integer' }) satisfiedRatings!: number;
  @Column({ name: 'rating_sum', type: 'integer' }) ratingSum!: number;
  @Column({ name: 'escalations_1', type: 'integer' }) escalations1!: number;
  @Column({ name: 'escalations_2', type: 'integer' }) escalations2!: number;
  @Column({ name: 'escalations_3', type: 'integer' }) escalations3!: number;
  /** When the ticket ended (closed or withdrawn) while with this department. */
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true }) endedAt!: Date | null;
  @Column({ name: 'end_state', type: 'text', nullable: true }) endState!: string | null;
}
