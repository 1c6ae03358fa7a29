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
export const TICKET_MACHINE_VERSION = 3;

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
  /**
   * The assisting departments' parts (协办), by department id, for the current dispatch. The
   * lead department's feedback waits until every part is in (given or declined) or late.
   */
  assists: Record<string, AssistPart>;
  /** How often the lead department asked the committee for another assisting department. */
  assistAsks: number;
}

export const ASSIST_STATES = ['requested', 'accepted', 'declined', 'given'] as const;
export type AssistState = (typeof ASSIST_STATES)[number];

/** One assisting department's part: its own deadline runs like any other (overdue, escalation levels). */
export interface AssistPart {
  state: AssistState;
  overdue: boolean;
  escalationLevel: 0 | EscalationLevel;
  remindersSent: number;
}

/** A part still owed: requested or accepted, neither given nor declined. */
export const assistOpen = (part: AssistPart | undefined): boolean => part?.state === 'requested' || part?.state === 'accepted';

/** Every part is in, or its deadline passed: the lead may give its feedback. */
export const assistsSettled = (assists: Record<string, AssistPart>): boolean =>
  Object.values(assists).every((part) => !assistOpen(part) || part.overdue);

/** The states whose clock a request for information pauses. */
export type PausableState = 'in_progress' | 'rectifying';

/** What people do. */
export type TicketActionEvent =
  | { type: 'DISPATCH'; assisting?: string[] }
  | { type: 'ACCEPT' }
  | { type: 'RETURN' }
  | { type: 'FEEDBACK' }
  | { type: 'RATE'; score: number }
  | { type: 'WITHDRAW' }
  | { type: 'REQUEST_EXTENSION' }
  | { type: 'DECIDE_EXTENSION'; approve: boolean }
  | { type: 'REMIND' }
  | { type: 'REQUEST_INFO' }
  | { type: 'PROVIDE_INFO' }
  | { type: 'ADD_ASSIST'; departments: string[] }
  | { type: 'ASK_ASSIST' }
  | { type: 'ASSIST_ACCEPT'; department: string }
  | { type: 'ASSIST_DECLINE'; department: string }
  | { type: 'ASSIST_GIVE'; department: string };

/** What the clock does. */
export type TicketTimerEvent =
  | { type: 'DISPATCH_DEADLINE_PASSED' }
  | { type: 'ACCEPT_DEADLINE_PASSED' }
  | { type: 'FEEDBACK_DEADLINE_PASSED' }
  | { type: 'RECTIFY_DEADLINE_PASSED' }
  | { type: 'RATE_DEADLINE_PASSED' }
  | { type: 'REMINDER_DUE' }
  | { type: 'ESCALATE'; level: EscalationLevel }
  | { type: 'ASSIST_DEADLINE_PASSED'; department: string }
  | { type: 'ASSIST_REMINDER_DUE'; department: string }
  | { type: 'ASSIST_ESCALATE'; department: string; level: EscalationLevel };

/** The events that concern one assisting department's part. */
export type AssistEvent = Extract<TicketEvent, { department: string }>;

export type TicketEvent = TicketActionEvent | TicketTimerEvent;
export type TicketEventType = TicketEvent['type'];

/** The lowest score that closes a ticket; below it the department must rectify (整改). */
export const SATISFIED_SCORE = 3;

/** Waiting for the committee to dispatch: a new order, or one a department sent back. */
const awaitingDispatch = {
  on: {
    DISPATCH: { target: 'dispatched', actions: ['startClock', 'requestAssists'] },
    WITHDRAW: 'withdrawn',
    DISPATCH_DEADLINE_PASSED: { guard: 'onTime', actions: 'markOverdue' },
    ESCALATE: { guard: 'nextEscalationLevel', actions: 'escalate' },
    REMIND: { actions: 'countChase' },
  },
} as const;

/**
 * The assisting departments' work, while the lead department has the order (dispatched,
 * in_progress, awaiting_info): each part is accepted, declined or given on its own clock.
 */
const assisting = {
  ADD_ASSIST: { guard: 'newAssistingDepartments', actions: 'addAssists' },
  ASSIST_ACCEPT: { guard: 'partRequested', actions: 'acceptPart' },
  ASSIST_DECLINE: { guard: 'partOpen', actions: 'declinePart' },
  ASSIST_GIVE: { guard: 'partAccepted', actions: 'givePart' },
  ASSIST_DEADLINE_PASSED: { guard: 'partOnTime', actions: 'partOverdue' },
  ASSIST_REMINDER_DUE: { guard: 'partOnTime', actions: 'remindPart' },
  ASSIST_ESCALATE: { guard: 'nextPartEscalationLevel', actions: 'escalatePart' },
} as const;

/** The part an assist event is about; undefined for any other event. */
const partOf = (context: TicketContext, event: TicketEvent): AssistPart | undefined =>
  'department' in event ? context.assists[event.department] : undefined;

/** The parts with the event's department's part replaced by `change(part)`. */
const withPart = (context: TicketContext, event: TicketEvent, change: (part: AssistPart) => Partial<AssistPart>) => {
  const part = partOf(context, event);
  if (!part || !('department' in event)) return context.assists;
  return { ...context.assists, [event.department]: { ...part, ...change(part) } };
};

const requested = (departments: readonly string[]): Record<string, AssistPart> =>
  Object.fromEntries(departments.map((department) => [department, { state: 'requested', overdue: false, escalationLevel: 0, remindersSent: 0 }]));

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
    assistsSettled: ({ context }) => assistsSettled(context.assists),
    /** Departments not yet asked in this dispatch (a declined part is not asked again). */
    newAssistingDepartments: ({ context, event }) =>
      event.type === 'ADD_ASSIST' && event.departments.length > 0 && event.departments.every((department) => !(department in context.assists)),
    partRequested: ({ context, event }) => partOf(context, event)?.state === 'requested',
    partAccepted: ({ context, event }) => partOf(context, event)?.state === 'accepted',
    partOpen: ({ context, event }) => assistOpen(partOf(context, event)),
    partOnTime: ({ context, event }) => assistOpen(partOf(context, event)) && !partOf(context, event)!.overdue,
    nextPartEscalationLevel: ({ context, event }) => {
      const part = partOf(context, event);
      return event.type === 'ASSIST_ESCALATE' && assistOpen(part) && part!.overdue && event.level === part!.escalationLevel + 1;
    },
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
    requestAssists: assign({ assists: ({ event }) => requested(event.type === 'DISPATCH' ? (event.assisting ?? []) : []) }),
    addAssists: assign({
      assists: ({ context, event }) => ({ ...context.assists, ...requested(event.type === 'ADD_ASSIST' ? event.departments : []) }),
    }),
    /** A return sends the whole order back: the parts of this dispatch end with it. */
    dropAssists: assign({ assists: {} }),
    countAssistAsk: assign({ assistAsks: ({ context }) => context.assistAsks + 1 }),
    acceptPart: assign({ assists: ({ context, event }) => withPart(context, event, () => ({ state: 'accepted' })) }),
    declinePart: assign({ assists: ({ context, event }) => withPart(context, event, () => ({ state: 'declined' })) }),
    givePart: assign({ assists: ({ context, event }) => withPart(context, event, () => ({ state: 'given' })) }),
    partOverdue: assign({ assists: ({ context, event }) => withPart(context, event, () => ({ overdue: true })) }),
    remindPart: assign({ assists: ({ context, event }) => withPart(context, event, (part) => ({ remindersSent: part.remindersSent + 1 })) }),
    escalatePart: assign({
      assists: ({ context, event }) =>
        withPart(context, event, (part) => ({ escalationLevel: event.type === 'ASSIST_ESCALATE' ? event.level : part.escalationLevel })),
    }),
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
    assists: {},
    assistAsks: 0,
  },
  states: {
    /** 企业点单: waiting for the chain committee to dispatch. */
    placed: awaitingDispatch,
    /** 党委派单: waiting for the department to accept or send it back. */
    dispatched: {
      on: {
        ACCEPT: { target: 'in_progress', actions: 'startClock' },
        RETURN: { target: 'returned', actions: ['startClock', 'countReturn', 'dropAssists'] },
        WITHDRAW: 'withdrawn',
        ACCEPT_DEADLINE_PASSED: { guard: 'onTime', actions: 'markOverdue' },
        ESCALATE: { guard: 'nextEscalationLevel', actions: 'escalate' },
        REMIND: { actions: 'countChase' },
        ...assisting,
      },
    },
    /** 退单: the department says it is not responsible; the committee re-dispatches, as for a new order. */
    returned: awaitingDispatch,
    /** 部门接单: the department works; dual feedback is due within the month. */
    in_progress: {
      on: {
        FEEDBACK: { guard: 'assistsSettled', target: 'feedback_given', actions: ['startClock', 'closeExtension'] },
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
        ASK_ASSIST: { actions: 'countAssistAsk' },
        ...assisting,
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
        ...assisting,
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
