import { type Actor, ConflictError, ForbiddenError, InvalidStateError } from '@whistle/common';
import type { SlaSettings } from '@whistle/config';
import { type PlannedTimer, type SlaCalendar, stageTimers } from '@whistle/deadlines';
import type { Audience } from '@whistle/notifications';
import { type RectificationEvent, rectificationMachine, type StoredRectification } from '@whistle/workflows';

/**
 * The rules of a rectification order (整改单), apart from the database: who may act, what is
 * offered, who is told of an escalation, when evidence may be added, which timers run. The
 * service applies them inside its transactions.
 */
export type RectificationAction = 'report' | 'sign-off' | 'reject';

export const ACTION_EVENTS: Readonly<Record<RectificationAction, RectificationEvent>> = {
  report: { type: 'REPORT' },
  'sign-off': { type: 'SIGN_OFF' },
  reject: { type: 'REJECT' },
};

/** What the rules read of an order. */
export interface RectificationFacts {
  state: string;
  machine: StoredRectification;
  chainId: string | null;
  leaderUserId: string | null;
  dueBy: Date;
  overdue: boolean;
  escalationLevel: number;
}

/**
 * Whether the role may take the action at all: the department reports; the committee (a
 * dispatcher of the order's chain) or an administrator decides. An order from an all-chain
 * evaluation has no committee: only an administrator decides it.
 */
export function mayAct(actor: Actor, action: RectificationAction, order?: Pick<RectificationFacts, 'chainId'>): boolean {
  if (action === 'report') return actor.role === 'department';
  return actor.role === 'admin' || (actor.role === 'dispatcher' && (order === undefined || order.chainId !== null));
}

/** Refuses, before the order is read, a role that may never take the action (403). */
export function assertMayAct(actor: Actor, action: RectificationAction): void {
  if (!mayAct(actor, action)) throw new ForbiddenError(`${actor.role} may not ${action} a rectification order`);
}

/** Refuses, once the order is read, a dispatcher deciding an all-chain evaluation's order (403). */
export function assertMayDecide(actor: Actor, action: RectificationAction, order: Pick<RectificationFacts, 'chainId'>): void {
  if (!mayAct(actor, action, order)) throw new ForbiddenError('an order from an all-chain evaluation is signed off by an administrator');
}

/** The actions `actor` may take on the order now. */
export function availableActions(actor: Actor, order: Pick<RectificationFacts, 'machine' | 'chainId'>): RectificationAction[] {
  const snapshot = rectificationMachine.resolveState({ value: order.machine.value, context: order.machine.context });
  return (Object.keys(ACTION_EVENTS) as RectificationAction[]).filter((action) => mayAct(actor, action, order) && snapshot.can(ACTION_EVENTS[action]));
}

/** Whom an escalation of `level` reaches: the leader in charge, then the committee, then the chain's supervisors (督办). */
export function escalationAudience(order: Pick<RectificationFacts, 'chainId' | 'leaderUserId'>, level: 1 | 2 | 3): Audience {
  if (level === 1 && order.leaderUserId) return { user: order.leaderUserId };
  if (level === 3 && order.chainId) return { supervisorsOfChain: order.chainId };
  return committeeOf(order);
}

/** Who decides an order: its chain's committee, or the administrators for an all-chain evaluation. */
export function committeeOf(order: Pick<RectificationFacts, 'chainId'>): Audience {
  return order.chainId ? { dispatchersOfChain: order.chainId } : { administrators: true };
}

/** Only its department adds evidence (403 to anyone else, who may still read the files). */
export function assertMayAttach(actor: Actor): void {
  if (actor.role !== 'department') throw new ForbiddenError(`${actor.role} may read a rectification order’s files, not add to them; its department may`);
}

/** Evidence is added while the order is open (before the report, or after it was sent back) and below the file limit. */
export function assertAttachable(actor: Actor, order: Pick<RectificationFacts, 'state' | 'machine' | 'chainId'>, count: number, limit: number): void {
  assertMayAttach(actor);
  if (order.state !== 'open') throw new InvalidStateError('attach', order.state, availableActions(actor, order), 'rectification order');
  if (count >= limit) throw new ConflictError(`the rectification order holds ${count} files, the most it may (ATTACHMENT_MAX_PER_TICKET=${limit})`, { limit });
}

/** The timers of an order: its deadline with reminders while open, then escalations. */
export function planRectificationTimers(order: Pick<RectificationFacts, 'state' | 'dueBy' | 'overdue' | 'escalationLevel'>, sla: SlaSettings, calendar: SlaCalendar): PlannedTimer[] {
  if (order.state !== 'open') return [];
  return stageTimers({ event: 'DEADLINE_PASSED', due: order.dueBy, remind: true, escalate: true }, order, sla, calendar);
}
