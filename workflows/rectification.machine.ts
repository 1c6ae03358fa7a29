import { assign, initialTransition, setup, transition } from 'xstate';

/**
 * A rectification order (整改单): a department whose evaluation result fell below the
 * threshold must report what it has corrected by a deadline, until the chain committee signs
 * it off. Pure, like the ticket machine: the deadline, reminders and escalations arrive as
 * events from the timer machinery.
 */
export const RECTIFICATION_MACHINE_VERSION = 1;

export const RECTIFICATION_STATES = ['open', 'reported', 'signed_off'] as const;
export type RectificationState = (typeof RECTIFICATION_STATES)[number];

export interface RectificationContext {
  overdue: boolean;
  escalationLevel: 0 | 1 | 2 | 3;
  /** How often the committee sent the report back. */
  rejections: number;
  /** How many reminders the clock sent (a transition must do something for `can()` to accept it). */
  remindersSent: number;
}

export type RectificationEvent =
  | { type: 'REPORT' }
  | { type: 'SIGN_OFF' }
  | { type: 'REJECT' }
  | { type: 'DEADLINE_PASSED' }
  | { type: 'REMINDER_DUE' }
  | { type: 'ESCALATE'; level: 1 | 2 | 3 };

export const rectificationMachine = setup({
  types: { context: {} as RectificationContext, events: {} as RectificationEvent },
  guards: {
    onTime: ({ context }) => !context.overdue,
    nextEscalationLevel: ({ context, event }) =>
      event.type === 'ESCALATE' && context.overdue && event.level === context.escalationLevel + 1,
  },
  actions: {
    markOverdue: assign({ overdue: true }),
    escalate: assign({ escalationLevel: ({ context, event }) => (event.type === 'ESCALATE' ? event.level : context.escalationLevel) }),
    countRejection: assign({ rejections: ({ context }) => context.rejections + 1 }),
    countReminder: assign({ remindersSent: ({ context }) => context.remindersSent + 1 }),
  },
}).createMachine({
  id: 'rectification',
  initial: 'open',
  context: { overdue: false, escalationLevel: 0, rejections: 0, remindersSent: 0 },
  states: {
    /** The department corrects; the deadline runs. A late report still counts, and stops the escalation. */
    open: {
      on: {
        REPORT: 'reported',
        DEADLINE_PASSED: { guard: 'onTime', actions: 'markOverdue' },
        REMINDER_DUE: { guard: 'onTime', actions: 'countReminder' },
        ESCALATE: { guard: 'nextEscalationLevel', actions: 'escalate' },
      },
    },
    /** The committee reviews the report: signs it off or sends it back under the same deadline. */
    reported: {
      on: {
        SIGN_OFF: 'signed_off',
        REJECT: { target: 'open', actions: 'countRejection' },
      },
    },
    signed_off: { type: 'final' },
  },
});

export interface StoredRectification {
  machineVersion: number;
  value: RectificationState;
  context: RectificationContext;
}

export function startRectification(): StoredRectification {
  const [snapshot] = initialTransition(rectificationMachine);
  return { machineVersion: RECTIFICATION_MACHINE_VERSION, value: snapshot.value as RectificationState, context: { ...snapshot.context } };
}

/** Applies `event` to a stored order (through resolveState); null when refused. */
export function applyRectificationEvent(stored: StoredRectification, event: RectificationEvent): StoredRectification | null {
  if (stored.machineVersion !== RECTIFICATION_MACHINE_VERSION) {
    throw new Error(`rectification machine version ${stored.machineVersion} cannot be restored by version ${RECTIFICATION_MACHINE_VERSION}`);
  }
  const snapshot = rectificationMachine.resolveState({ value: stored.value, context: stored.context });
  if (!snapshot.can(event)) return null;
  const [next] = transition(rectificationMachine, snapshot, event);
  return { machineVersion: RECTIFICATION_MACHINE_VERSION, value: next.value as RectificationState, context: { ...next.context } };
}
