import type { Ticket, TicketEvent, TicketState } from './api';

/** The cycle as the practice names it: 企业点单 → 党委派单 → 部门接单 → 双反馈 → 评单. */
export const STEPS = ['place', 'dispatch', 'accept', 'feedback', 'rate'] as const;
export type Step = (typeof STEPS)[number];

export type StepStatus = 'wait' | 'process' | 'finish' | 'error';

export interface StepNote {
  key: string;
  vars?: Record<string, string | number>;
}

export interface CycleView {
  /** The step under way (0-based); STEPS.length when the cycle is done. */
  current: number;
  /** The status of the current step. */
  status: StepStatus;
  /** A word under a step where the state says more than "under way" (returned, paused, withdrawn…). */
  notes: Partial<Record<Step, StepNote>>;
  /** When each finished step was done (the latest event of its kind). */
  times: Partial<Record<Step, string>>;
}

/** The step each state waits on. */
const WAITS_ON: Record<Exclude<TicketState, 'withdrawn' | 'closed'>, number> = {
  placed: 1,
  returned: 1,
  dispatched: 2,
  in_progress: 3,
  awaiting_info: 3,
  rectifying: 3,
  feedback_given: 4,
};

/** The event that finishes each step. */
const DONE_BY: Record<string, Step> = {
  placed: 'place',
  dispatched: 'dispatch',
  accepted: 'accept',
  feedback_given: 'feedback',
  rated: 'rate',
  closed_unrated: 'rate',
};

type CycleTicket = Pick<Ticket, 'state' | 'returnCount' | 'departmentId' | 'rating'>;

/** Where an order stands in the cycle, for antd's Steps. */
export function cycleView(ticket: CycleTicket, events: Pick<TicketEvent, 'type' | 'at' | 'fromState'>[] = []): CycleView {
  const view = cycleState(ticket, events);
  // A time only under the steps already done: a returned order's earlier dispatch is not "done".
  for (const event of events) {
    const step = DONE_BY[event.type];
    if (step && STEPS.indexOf(step) < view.current) view.times[step] = String(event.at);
  }
  return view;
}

function cycleState(ticket: CycleTicket, events: Pick<TicketEvent, 'type' | 'at' | 'fromState'>[]): CycleView {
  const times: CycleView['times'] = {};
  const notes: CycleView['notes'] = {};
  switch (ticket.state) {
    case 'closed':
      notes.rate = ticket.rating ? { key: 'tickets.steps.rated', vars: { score: ticket.rating.score } } : { key: 'tickets.steps.closedUnrated' };
      return { current: STEPS.length, status: 'finish', notes, times };
    case 'withdrawn': {
      const from = events.findLast((e) => e.type === 'withdrawn')?.fromState;
      const at = from && from !== 'withdrawn' && from !== 'closed' ? WAITS_ON[from] : ticket.departmentId ? 2 : 1;
      notes[STEPS[at]] = { key: 'tickets.steps.withdrawn' };
      return { current: at, status: 'error', notes, times };
    }
    case 'returned':
      notes.dispatch = { key: 'tickets.steps.returned', vars: { count: ticket.returnCount } };
      break;
    case 'awaiting_info':
      notes.feedback = { key: 'tickets.steps.awaitingInfo' };
      break;
    case 'rectifying':
      notes.feedback = { key: 'tickets.steps.rectifying' };
      return { current: WAITS_ON.rectifying, status: 'error', notes, times };
    case 'feedback_given':
      notes.rate = { key: 'tickets.steps.awaitingRating' };
      break;
    default:
      break;
  }
  return { current: WAITS_ON[ticket.state], status: 'process', notes, times };
}
