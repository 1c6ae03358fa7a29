import type { Role } from '@whistle/common';
import { restoreTicket, type StoredTicketMachine, type TicketActionEvent } from '@whistle/workflows';

/** The actions of API.md's table, by their URL names. */
export const TICKET_ACTIONS = [
  'dispatch',
  'accept',
  'return',
  'feedback',
  'rate',
  'withdraw',
  'request-extension',
  'decide-extension',
  'remind',
  'request-info',
  'provide-info',
] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

/** Which roles may ever take each action; any other role gets 403. */
export const ACTION_ROLES: Record<TicketAction, readonly Role[]> = {
  dispatch: ['dispatcher'],
  accept: ['department'],
  return: ['department'],
  feedback: ['department'],
  rate: ['enterprise'],
  withdraw: ['enterprise', 'commissioner'],
  'request-extension': ['department'],
  'decide-extension': ['dispatcher'],
  remind: ['dispatcher'],
  'request-info': ['department'],
  'provide-info': ['enterprise', 'commissioner'],
};

/** The machine event each action sends, built from its validated body. */
export function actionEvent(action: TicketAction, body: object): TicketActionEvent {
  switch (action) {
    case 'dispatch':
      return { type: 'DISPATCH' };
    case 'accept':
      return { type: 'ACCEPT' };
    case 'return':
      return { type: 'RETURN' };
    case 'feedback':
      return { type: 'FEEDBACK' };
    case 'rate':
      return { type: 'RATE', score: (body as { score: number }).score };
    case 'withdraw':
      return { type: 'WITHDRAW' };
    case 'request-extension':
      return { type: 'REQUEST_EXTENSION' };
    case 'decide-extension':
      return { type: 'DECIDE_EXTENSION', approve: (body as { approve: boolean }).approve };
    case 'remind':
      return { type: 'REMIND' };
    case 'request-info':
      return { type: 'REQUEST_INFO' };
    case 'provide-info':
      return { type: 'PROVIDE_INFO' };
  }
}

/** A representative event per action, to ask the machine whether the action is possible at all. */
const PROBES: Record<TicketAction, TicketActionEvent> = {
  dispatch: actionEvent('dispatch', {}),
  accept: actionEvent('accept', {}),
  return: actionEvent('return', {}),
  feedback: actionEvent('feedback', {}),
  rate: actionEvent('rate', { score: 5 }),
  withdraw: actionEvent('withdraw', {}),
  'request-extension': actionEvent('request-extension', {}),
  'decide-extension': actionEvent('decide-extension', { approve: false }),
  remind: actionEvent('remind', {}),
  'request-info': actionEvent('request-info', {}),
  'provide-info': actionEvent('provide-info', {}),
};

/**
 * What `role` may do now: the machine's `can()` intersected with the role's actions.
 * Callers only ask this for tickets the actor may see, which is the relation check.
 */
export function availableActions(role: Role, machine: StoredTicketMachine): TicketAction[] {
  const key = `${role}|${JSON.stringify(machine)}`;
  const known = answered.get(key);
  if (known) return [...known];
  const snapshot = restoreTicket(machine);
  const actions = TICKET_ACTIONS.filter((action) => ACTION_ROLES[action].includes(role) && snapshot.can(PROBES[action]));
  if (answered.size >= ANSWERS_KEPT) answered.clear();
  answered.set(key, actions);
  return [...actions];
}

/**
 * The answer depends only on the role and the stored machine, and a page of tickets mostly
 * repeats a few of those: restoring the snapshot and probing it with can() per ticket was most
 * of a list request's CPU (npm run bench).
 */
const answered = new Map<string, TicketAction[]>();
const ANSWERS_KEPT = 2000;
