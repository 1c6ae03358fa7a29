import { and, assign, setup } from 'xstate';

/**
 * The life of one service order (企业点单 → 党委派单 → 部门接单 → 双反馈 → 企业评单).
 *
 * Pure: no clock, no I/O. Deadlines are computed outside and come back in as
 * `*_DEADLINE_PASSED`, `REMINDER_DUE` and `ESCALATE` events sent by the timer
 * machinery; there are no `after` delays because XState does not restore them from
 * a persisted snapshot (statelyai/xstate#5331).
 *
 * Bump TICKET_MACHINE_VERSION whenever a stored snapshot of the previous version
 * could no longer be resolved by this definition.
 */
export const TICKET_MACHINE_VERSION = 2;

export const TICKET_STATES = [
  'placed',
  'dispatched',
  'in_progress',
  'awaiting_info',
  'returned',
  'feedback_given',
  'rectifying',
  'closed',
  'withdrawn',
] as const;
export type TicketState = (typeof TICKET_STATES)[number];

export const ESCALATION_LEVELS = [1, 2, 3] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

export interface TicketContext {
  /** The deadline of the current stage has passed and nothing has been done yet. */
  overdue: boolean;
  /** 0 = none; 1 leader in charge (分管领导), 2 chain committee, 3 supervisors (督办). */
  escalationLevel: 0 | EscalationLevel;
  /** How often the order bounced back to the committee (退单, the 踢皮球 measure). */
  returnCount: number;
  /** A department asked for more time (延期) and the committee has not decided yet. */
  extensionPending: boolean;
  /** How often the committee chased the ticket by hand (催办). */
  chaseCount: number;
  /** How many deadline reminders the clock sent. */
  remindersSent: number;
  /** While the department waits for the enterprise's information: the state to resume. */
  pausedFrom: PausableState | null;
}

/** The states whose clock a request for information pauses. */
export type PausableState = 'in_progress' | 'rectifying';

/** What people do. */
export type TicketActionEvent =
  | { type: 'DISPATCH' }
  | { type: 'ACCEPT' }
  | { type: 'RETURN' }
  | { type: 'FEEDBACK' }
  | { type: 'RATE'; score: number }
  | { type: 'WITHDRAW' }
  | { type: 'REQUEST_EXTENSION' }
  | { type: 'DECIDE_EXTENSION'; approve: boolean }
  | { type: 'REMIND' }
  | { type: 'REQUEST_INFO' }
  | { type: 'PROVIDE_INFO' };

/** What the clock does. */
export type TicketTimerEvent =
  | { type: 'DISPATCH_DEADLINE_PASSED' }
  | { type: 'ACCEPT_DEADLINE_PASSED' }
  | { type: 'FEEDBACK_DEADLINE_PASSED' }
  | { type: 'RECTIFY_DEADLINE_PASSED' }
  | { type: 'RATE_DEADLINE_PASSED' }
  | { type: 'REMINDER_DUE' }
  | { type: 'ESCALATE'; level: EscalationLevel };

export type TicketEvent = TicketActionEvent | TicketTimerEvent;
export type TicketEventType = TicketEvent['type'];

/** The lowest score that closes a ticket; below it the department must rectify (整改). */
export const SATISFIED_SCORE = 3;

/** Waiting for the committee to dispatch: a new order, or one a department sent back. */
const awaitingDispatch = {
  on: {
    DISPATCH: { target: 'dispatched', actions: 'startClock' },
    WITHDRAW: 'withdrawn',
    DISPATCH_DEADLINE_PASSED: { guard: 'onTime', actions: 'markOverdue' },
    ESCALATE: { guard: 'nextEscalationLevel', actions: 'escalate' },
    REMIND: { actions: 'countChase' },
  },
} as const;

export const ticketMachine = setup({
  types: {
    context: {} as TicketContext,
    events: {} as TicketEvent,
  },
  guards: {
    satisfied: ({ event }) => event.type === 'RATE' && event.score >= SATISFIED_SCORE,
    onTime: ({ context }) => !context.overdue,
    mayAskForExtension: ({ context }) => !context.overdue && !context.extensionPending,
    /** Asking for information pauses the clock, so it is not a way out of a deadline already missed. */
    mayPause: ({ context }) => !context.overdue && !context.extensionPending,
    pausedFromRectifying: ({ context }) => context.pausedFrom === 'rectifying',
    pausedFromWork: ({ context }) => context.pausedFrom === 'in_progress',
    extensionPending: ({ context }) => context.extensionPending,
    approved: ({ event }) => event.type === 'DECIDE_EXTENSION' && event.approve,
    nextEscalationLevel: ({ context, event }) =>
      event.type === 'ESCALATE' && context.overdue && event.level === context.escalationLevel + 1,
  },
  actions: {
    /** A new deadline starts: nothing is late any more. */
    startClock: assign({ overdue: false, escalationLevel: 0 }),
    markOverdue: assign({ overdue: true }),
    escalate: assign({
      escalationLevel: ({ context, event }) => (event.type === 'ESCALATE' ? event.level : context.escalationLevel),
    }),
    countReturn: assign({ returnCount: ({ context }) => context.returnCount + 1 }),
    openExtension: assign({ extensionPending: true }),
    closeExtension: assign({ extensionPending: false }),
    countChase: assign({ chaseCount: ({ context }) => context.chaseCount + 1 }),
    countReminder: assign({ remindersSent: ({ context }) => context.remindersSent + 1 }),
    pauseWork: assign({ pausedFrom: 'in_progress' as const }),
    pauseRectification: assign({ pausedFrom: 'rectifying' as const }),
    resume: assign({ pausedFrom: null }),
  },
}).createMachine({
  id: 'ticket',
  initial: 'placed',
  context: {
    overdue: false,
    escalationLevel: 0,
    returnCount: 0,
    extensionPending: false,
    chaseCount: 0,
    remindersSent: 0,
    pausedFrom: null,
  },
  states: {
    /** 企业点单: waiting for the chain committee to dispatch. */
    placed: awaitingDispatch,
    /** 党委派单: waiting for the department to accept or send it back. */
    dispatched: {
      on: {
        ACCEPT: { target: 'in_progress', actions: 'startClock' },
        RETURN: { target: 'returned', actions: ['startClock', 'countReturn'] },
        WITHDRAW: 'withdrawn',
        ACCEPT_DEADLINE_PASSED: { guard: 'onTime', actions: 'markOverdue' },
        ESCALATE: { guard: 'nextEscalationLevel', actions: 'escalate' },
        REMIND: { actions: 'countChase' },
      },
    },
    /** 退单: the department says it is not responsible; the committee re-dispatches, as for a new order. */
    returned: awaitingDispatch,
    /** 部门接单: the department works; dual feedback is due within the month. */
    in_progress: {
      on: {
        FEEDBACK: { target: 'feedback_given', actions: ['startClock', 'closeExtension'] },
        WITHDRAW: 'withdrawn',
        REQUEST_EXTENSION: { guard: 'mayAskForExtension', actions: 'openExtension' },
        REQUEST_INFO: { guard: 'mayPause', target: 'awaiting_info', actions: 'pauseWork' },
        DECIDE_EXTENSION: [
          { guard: and(['extensionPending', 'approved']), actions: ['closeExtension', 'startClock'] },
          { guard: 'extensionPending', actions: 'closeExtension' },
        ],
        FEEDBACK_DEADLINE_PASSED: { guard: 'onTime', actions: 'markOverdue' },
        REMINDER_DUE: { guard: 'onTime', actions: 'countReminder' },
        ESCALATE: { guard: 'nextEscalationLevel', actions: 'escalate' },
        REMIND: { actions: 'countChase' },
      },
    },
    /**
     * The department asked the enterprise for information: the feedback (or rectification)
     * clock stands still until the enterprise answers, and the paused time is added to it.
     */
    awaiting_info: {
      on: {
        PROVIDE_INFO: [
          { guard: 'pausedFromRectifying', target: 'rectifying', actions: 'resume' },
          { target: 'in_progress', actions: 'resume' },
        ],
        WITHDRAW: { guard: 'pausedFromWork', target: 'withdrawn' },
        REMIND: { actions: 'countChase' },
      },
    },
    /** 双反馈 given: the enterprise rates (评单) or the rating window closes it. */
    feedback_given: {
      on: {
        RATE: [{ guard: 'satisfied', target: 'closed' }, { target: 'rectifying', actions: 'startClock' }],
        RATE_DEADLINE_PASSED: 'closed',
        REMIND: { actions: 'countChase' },
      },
    },
    /** 整改: an unsatisfied rating sends the department back to work. */
    rectifying: {
      on: {
        FEEDBACK: { target: 'feedback_given', actions: 'startClock' },
        REQUEST_INFO: { guard: 'mayPause', target: 'awaiting_info', actions: 'pauseRectification' },
        RECTIFY_DEADLINE_PASSED: { guard: 'onTime', actions: 'markOverdue' },
        REMINDER_DUE: { guard: 'onTime', actions: 'countReminder' },
        ESCALATE: { guard: 'nextEscalationLevel', actions: 'escalate' },
        REMIND: { actions: 'countChase' },
      },
    },
    closed: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});

export type TicketMachine = typeof ticketMachine;
