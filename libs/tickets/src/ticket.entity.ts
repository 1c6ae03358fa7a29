import type { AttachmentRef } from './ticket.attachments.js';
import type { ActorRole, Category, Priority } from '@whistle/common';
import type { AssistState, StoredTicketMachine, TicketEvent, TicketState } from '@whistle/workflows';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export { CATEGORIES, type Category, PRIORITIES, type Priority } from '@whistle/common';

export const FEEDBACK_RESULTS = ['resolved', 'partially_resolved', 'unresolvable'] as const;
export type FeedbackResult = (typeof FEEDBACK_RESULTS)[number];

export const RETURN_REASONS = ['not_our_function', 'not_our_area', 'ownership_unclear', 'other'] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];

/** Why an assisting department declines its part (协办): the committee sees the code and the note. */
export const ASSIST_DECLINE_REASONS = ['not_our_function', 'not_our_area', 'already_handled', 'other'] as const;
export type AssistDeclineReason = (typeof ASSIST_DECLINE_REASONS)[number];

/**
 * One assisting department's part of the current dispatch (协办). The machine holds its state;
 * this is what people read: its deadline, the contribution or the decline.
 */
export interface AssistRecord {
  departmentId: string;
  state: AssistState;
  requestedAt: string;
  dueBy: string;
  acceptedAt: string | null;
  /** When it was given or declined. */
  at: string | null;
  /** The contribution (协办意见). */
  content: string | null;
  declineReason: AssistDeclineReason | null;
  declineNote: string | null;
  /** Given by its deadline: true; given late or the deadline passed first: false; open and not yet due, or declined: null. */
  onTime: boolean | null;
}

export interface Feedback {
  result: FeedbackResult;
  content: string;
  at: string;
  onTime: boolean;
  /** The assisting departments' parts as they stood when the feedback was given. */
  assists?: Pick<AssistRecord, 'departmentId' | 'state' | 'content' | 'onTime'>[];
  /** The files the feedback carried. */
  attachments?: AttachmentRef[];
}

export interface Rating {
  score: number;
  comment: string | null;
  at: string;
}

/** The department's open question to the enterprise; the feedback clock is paused meanwhile. */
export interface InfoRequest {
  question: string;
  requestedAt: string;
  requestedBy: string;
}

export interface ExtensionRequest {
  until: string;
  reason: string;
  requestedAt: string;
  requestedBy: string;
}

/**
 * A service order. `machine` is the XState snapshot and the truth of the workflow;
 * `state`, `overdue`, `escalationLevel` and `returnCount` are copies of it kept for queries.
 */
@Entity('tickets')
export class TicketEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') code!: string;
  @Column('text') title!: string;
  @Column('text') description!: string;
  @Column('text') category!: Category;
  /** The service catalogue item ordered (服务清单), or null for an order of "other" kinds. */
  @Column({ name: 'service_code', type: 'text', nullable: true }) serviceCode!: string | null;
  @Column({ type: 'text', nullable: true }) priority!: Priority | null;
  @Column('text') state!: TicketState;
  @Column('jsonb') machine!: StoredTicketMachine;
  @Column({ name: 'enterprise_id', type: 'uuid' }) enterpriseId!: string;
  @Column({ name: 'chain_id', type: 'uuid' }) chainId!: string;
  @Column({ name: 'department_id', type: 'uuid', nullable: true }) departmentId!: string | null;
  @Column({ name: 'leader_user_id', type: 'uuid', nullable: true }) leaderUserId!: string | null;
  @Column({ name: 'dispatch_by', type: 'timestamptz', nullable: true }) dispatchBy!: Date | null;
  @Column({ name: 'accept_by', type: 'timestamptz', nullable: true }) acceptBy!: Date | null;
  /** The dual-feedback deadline; while rectifying, the rectification deadline. */
  @Column({ name: 'feedback_by', type: 'timestamptz', nullable: true }) feedbackBy!: Date | null;
  @Column({ name: 'rate_by', type: 'timestamptz', nullable: true }) rateBy!: Date | null;
  @Column({ name: 'first_dispatched_at', type: 'timestamptz', nullable: true }) firstDispatchedAt!: Date | null;
  @Column('boolean') overdue!: boolean;
  @Column({ name: 'escalation_level', type: 'smallint' }) escalationLevel!: number;
  @Column({ name: 'return_count', type: 'integer' }) returnCount!: number;
  @Column({ type: 'jsonb', nullable: true }) feedback!: Feedback | null;
  @Column({ type: 'jsonb', nullable: true }) rating!: Rating | null;
  @Column({ name: 'extension_request', type: 'jsonb', nullable: true }) extensionRequest!: ExtensionRequest | null;
  @Column({ name: 'info_request', type: 'jsonb', nullable: true }) infoRequest!: InfoRequest | null;
  /** The assisting departments' parts of the current dispatch (协办); empty for most orders. */
  @Column('jsonb') assists!: AssistRecord[];
  /** The earlier order of the chain the committee linked this one to as the same problem (每月一题); null if none. */
  @Column({ name: 'repeat_of', type: 'uuid', nullable: true }) repeatOf!: string | null;
  /** Time the clock stood still waiting for the enterprise, over all requests; added to the deadline. */
  @Column({ name: 'paused_seconds', type: 'integer' }) pausedSeconds!: number;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  /** Checked by every write: `UPDATE … WHERE id = $1 AND version = $2`. */
  @Column('integer') version!: number;
}

/**
 * One line of a ticket's timeline; `seq` equals the ticket version it produced. `event` is
 * the machine event it applied (null for `placed`), so the timeline replays to the ticket's
 * state; `hash` chains each line to the one before (see ticket.audit.ts).
 */
@Entity('ticket_events')
export class TicketEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ name: 'ticket_id', type: 'uuid' }) ticketId!: string;
  @Column('integer') seq!: number;
  @Column('text') type!: string;
  @Column({ type: 'jsonb', nullable: true }) event!: TicketEvent | null;
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId!: string | null;
  @Column({ name: 'actor_role', type: 'text' }) actorRole!: ActorRole;
  @Column({ name: 'from_state', type: 'text', nullable: true }) fromState!: TicketState | null;
  @Column({ name: 'to_state', type: 'text' }) toState!: TicketState;
  @Column('jsonb') payload!: Record<string, unknown>;
  @Column({ type: 'timestamptz' }) at!: Date;
  @Column({ name: 'prev_hash', type: 'text' }) prevHash!: string;
  @Column('text') hash!: string;
}

