import type { TicketState } from '@whistle/workflows';
import type { TicketEntity } from './ticket.entity.js';

/** How a ticket list may be ordered. */
export const TICKET_SORTS = ['created', 'deadline', 'priority', 'escalation'] as const;
export type TicketSort = (typeof TICKET_SORTS)[number];

/** The stage whose deadline runs now. */
export const DEADLINE_STAGES = ['dispatch', 'accept', 'feedback', 'rectify', 'rate'] as const;
export type DeadlineStage = (typeof DEADLINE_STAGES)[number];

const STAGE_OF: Partial<Record<TicketState, DeadlineStage>> = {
  placed: 'dispatch',
  returned: 'dispatch',
  dispatched: 'accept',
  in_progress: 'feedback',
  rectifying: 'rectify',
  feedback_given: 'rate',
};

const DEADLINE_OF: Record<DeadlineStage, 'dispatchBy' | 'acceptBy' | 'feedbackBy' | 'rateBy'> = {
  dispatch: 'dispatchBy',
  accept: 'acceptBy',
  feedback: 'feedbackBy',
  rectify: 'feedbackBy',
  rate: 'rateBy',
};

/**
 * The deadline the ticket runs against now: none once closed or withdrawn, and none while the
 * clock stands still for the enterprise's information (awaiting_info).
 */
export function currentDeadline(t: Pick<TicketEntity, 'state' | 'dispatchBy' | 'acceptBy' | 'feedbackBy' | 'rateBy'>): { stage: DeadlineStage | null; at: Date | null } {
  const stage = STAGE_OF[t.state] ?? null;
  return { stage, at: stage ? t[DEADLINE_OF[stage]] : null };
}

/**
 * The current deadline in SQL, on the `t` alias, for sorting and filtering. It must stay
 * exactly the expression of the indexes of migration 1764100000000 (the planner matches index
 * expressions by their text), so it is written once here. A paused ticket (awaiting_info) sorts
 * by its frozen feedback deadline; every open ticket has a value, closed and withdrawn ones
 * none, so `IS NOT NULL` is "open" read from the index.
 */
export const CURRENT_DEADLINE_SQL =
  "(CASE t.state WHEN 'placed' THEN t.dispatch_by WHEN 'returned' THEN t.dispatch_by WHEN 'dispatched' THEN t.accept_by" +
  " WHEN 'in_progress' THEN t.feedback_by WHEN 'awaiting_info' THEN t.feedback_by WHEN 'rectifying' THEN t.feedback_by" +
  " WHEN 'feedback_given' THEN t.rate_by ELSE NULL::timestamptz END)";

/** urgent, high, normal, low, then none (not yet dispatched). */
const PRIORITY_RANK_SQL = "(CASE t.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 WHEN 'low' THEN 3 ELSE 4 END)";

/** The sort keys of each order, most significant first; ties end on the id, so pages do not overlap. */
export const SORT_KEYS: Record<TicketSort, { sql: string; descending: boolean }[]> = {
  created: [
    { sql: 't.created_at', descending: true },
    { sql: 't.id', descending: true },
  ],
  deadline: [
    { sql: CURRENT_DEADLINE_SQL, descending: false },
    { sql: 't.id', descending: false },
  ],
  priority: [
    { sql: PRIORITY_RANK_SQL, descending: false },
    { sql: CURRENT_DEADLINE_SQL, descending: false },
    { sql: 't.id', descending: false },
  ],
  escalation: [
    { sql: 't.escalation_level', descending: true },
    { sql: CURRENT_DEADLINE_SQL, descending: false },
    { sql: 't.id', descending: false },
  ],
};
