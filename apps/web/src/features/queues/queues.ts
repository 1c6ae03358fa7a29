import type { components, operations } from '@/api/schema';
import type { Role } from '@/features/auth/session';
import type { MessageKey } from '@/lib/i18n';

/** The ticket list's query, as the generated client has it. */
export type TicketListQuery = NonNullable<operations['TicketsController_list']['parameters']['query']>;
export type TicketSort = NonNullable<TicketListQuery['sort']>;
export type TicketCounts = components['schemas']['TicketCountsView'];
/** The counts of GET /api/tickets/counts that a queue can show (the numbers, not the window or the time). */
export type CountKey = { [K in keyof TicketCounts]: TicketCounts[K] extends number ? K : never }[keyof TicketCounts];

export type QueueId =
  | 'toDispatch'
  | 'awaitingAcceptance'
  | 'incoming'
  | 'inProgress'
  | 'dueSoon'
  | 'overdue'
  | 'escalated'
  | 'awaitingInfo'
  | 'rectifying'
  | 'feedbackGiven'
  | 'assisting'
  | 'open';

/** The window of "due soon", the same for the list and for its count. */
export const DUE_SOON = 'P3D';
/** The returned orders above a "to dispatch" queue come ten to a page (they are few, and each row is tall). */
export const RETURNED_PAGE_SIZE = 10;

/** One queue: the filter it is, the count that says how full it is, how it sorts unless told. */
export interface QueueDef {
  id: QueueId;
  label: MessageKey;
  hint: MessageKey;
  /** The list's filter, without sort and page. */
  filter: Omit<TicketListQuery, 'sort' | 'page' | 'pageSize'>;
  /** The field of GET /api/tickets/counts that counts exactly this filter; none: the list's total. */
  count?: CountKey;
  defaultSort: TicketSort;
  /** Rows carry the return count and the last return's reason (the to-dispatch queue). */
  showReturns?: boolean;
}

/** The sorts a person may choose: 轻重缓急 (urgency, then deadline), the deadline, 督办 level, newest. */
export const SORTS: readonly TicketSort[] = ['priority', 'deadline', 'escalation', 'created'];

export function sortLabel(sort: TicketSort): MessageKey {
  return `queues.sort.${sort}` as MessageKey;
}

const toDispatch: QueueDef = {
  id: 'toDispatch',
  label: 'queues.tab.toDispatch',
  hint: 'queues.hint.toDispatch',
  filter: { states: 'placed,returned' },
  count: 'toDispatch',
  defaultSort: 'deadline',
  showReturns: true,
};
const awaitingAcceptance: QueueDef = {
  id: 'awaitingAcceptance',
  label: 'queues.tab.awaitingAcceptance',
  hint: 'queues.hint.awaitingAcceptance',
  filter: { state: 'dispatched' },
  count: 'awaitingAcceptance',
  defaultSort: 'deadline',
};
const inProgress: QueueDef = {
  id: 'inProgress',
  label: 'queues.tab.inProgress',
  hint: 'queues.hint.inProgress',
  filter: { states: 'in_progress,awaiting_info,rectifying' },
  count: 'inProgress',
  defaultSort: 'priority',
};
const dueSoon: QueueDef = {
  id: 'dueSoon',
  label: 'queues.tab.dueSoon',
  hint: 'queues.hint.dueSoon',
  filter: { dueWithin: DUE_SOON },
  count: 'dueSoon',
  defaultSort: 'deadline',
};
const overdue: QueueDef = {
  id: 'overdue',
  label: 'queues.tab.overdue',
  hint: 'queues.hint.overdue',
  filter: { overdue: true, open: true },
  count: 'overdue',
  defaultSort: 'deadline',
};
const escalated: QueueDef = {
  id: 'escalated',
  label: 'queues.tab.escalated',
  hint: 'queues.hint.escalated',
  filter: { escalated: true, open: true },
  count: 'escalated',
  defaultSort: 'escalation',
};

/** 协办: the orders whose assisting part is still owed (for a department or leader: its own parts). */
const assisting: QueueDef = {
  id: 'assisting',
  label: 'queues.tab.assisting',
  hint: 'queues.hint.assisting',
  filter: { assist: 'open', open: true },
  count: 'assistOpen',
  defaultSort: 'deadline',
};

/** 党委派单: the chain committee's queues, in the order the work flows. */
export const DISPATCH_QUEUES: readonly QueueDef[] = [toDispatch, awaitingAcceptance, inProgress, dueSoon, overdue, escalated, { ...assisting, hint: 'queues.hint.assistingCommittee' }];

/** 部门接单: a department's orders, from the new ones to those waiting for the rating. */
export const DEPARTMENT_QUEUES: readonly QueueDef[] = [
  { ...awaitingAcceptance, id: 'incoming', label: 'queues.tab.incoming', hint: 'queues.hint.incoming' },
  assisting,
  // Only the orders being worked on: the paused and the rectifying ones have tabs of their own.
  { id: 'inProgress', label: 'queues.tab.inProgress', hint: 'queues.hint.inProgressDepartment', filter: { state: 'in_progress' }, defaultSort: 'deadline' },
  { id: 'awaitingInfo', label: 'queues.tab.awaitingInfo', hint: 'queues.hint.awaitingInfo', filter: { state: 'awaiting_info' }, defaultSort: 'deadline' },
  { id: 'rectifying', label: 'queues.tab.rectifying', hint: 'queues.hint.rectifying', filter: { state: 'rectifying' }, defaultSort: 'deadline' },
  { id: 'feedbackGiven', label: 'queues.tab.feedbackGiven', hint: 'queues.hint.feedbackGiven', filter: { state: 'feedback_given' }, count: 'feedbackGiven', defaultSort: 'deadline' },
];

/** The leader in charge: escalations first, then what is overdue, then every open order. */
export const LEADER_QUEUES: readonly QueueDef[] = [
  escalated,
  overdue,
  { id: 'open', label: 'queues.tab.open', hint: 'queues.hint.open', filter: { open: true }, count: 'open', defaultSort: 'escalation' },
  { ...assisting, hint: 'queues.hint.assistingLeader' },
];

/**
 * Which queues /work shows: a department's own, or the leader's view. This chooses a
 * workspace, not a permission: the API shows each caller only the orders it may see.
 */
export function workQueuesFor(role: Role | undefined): { kind: 'department' | 'leader'; queues: readonly QueueDef[] } {
  return role === 'department' ? { kind: 'department', queues: DEPARTMENT_QUEUES } : { kind: 'leader', queues: LEADER_QUEUES };
}

/** The queue the address names (`?queue=`), else the first. */
export function pickQueue(queues: readonly QueueDef[], id: string | null): QueueDef {
  return queues.find((q) => q.id === id) ?? queues[0];
}

/**
 * The queue to open when the address names none: the first that holds orders, once every count
 * is known (a clerk lands where there is work, not on an empty first tab); undefined until then.
 */
export function busiestFirst(queues: readonly QueueDef[], count: (queue: QueueDef) => number | undefined): QueueDef | undefined {
  const counts = queues.map(count);
  if (counts.some((n) => n === undefined)) return undefined;
  return queues[counts.findIndex((n) => n! > 0)] ?? queues[0];
}

/** The sort the address names (`?sort=`), else the queue's own. */
export function pickSort(queue: QueueDef, sort: string | null): TicketSort {
  return (SORTS as readonly string[]).includes(sort ?? '') ? (sort as TicketSort) : queue.defaultSort;
}

/** What the table asks GET /api/tickets for (it adds page and pageSize). */
export function queueParams(queue: QueueDef, sort: TicketSort): TicketListQuery {
  return { ...queue.filter, sort };
}

/**
 * The to-dispatch queue in two parts: the orders a department sent back (each with why and
 * how often), then the new ones. Together they are `states=placed,returned`, what its count counts.
 */
export function returnedParams(sort: TicketSort): TicketListQuery {
  return { state: 'returned', sort };
}
export function placedParams(sort: TicketSort): TicketListQuery {
  return { state: 'placed', sort };
}

/** The query that counts a queue without a counts field: one row, for its total. */
export function countParams(queue: QueueDef): TicketListQuery {
  return { ...queue.filter, page: 1, pageSize: 1 };
}

/** How full a queue is, from the counts; undefined while unknown. */
export function queueCount(queue: QueueDef, counts: TicketCounts | undefined): number | undefined {
  return queue.count && counts ? counts[queue.count] : undefined;
}

type TicketEvent = Pick<components['schemas']['TicketEventView'], 'type' | 'payload' | 'at'>;

export interface LastReturn {
  reason: string;
  note: string | null;
  departmentId: string | null;
  at: string;
}

/** The reason the last department gave when it sent the order back (the `returned` event's payload). */
export function lastReturn(events: readonly TicketEvent[]): LastReturn | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i];
    if (event.type !== 'returned') continue;
    const payload = (event.payload ?? {}) as Record<string, unknown>;
    const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : null);
    return { reason: text(payload.reason) ?? 'other', note: text(payload.note), departmentId: text(payload.departmentId), at: String(event.at) };
  }
  return null;
}
