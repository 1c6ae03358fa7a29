import { initialTransition, transition } from 'xstate';
import {
  TICKET_MACHINE_VERSION,
  ticketMachine,
  type TicketContext,
  type TicketEvent,
  type TicketState,
} from './ticket.machine.js';

/** What is stored per ticket: enough for `resolveState` to rebuild the snapshot. */
export interface StoredTicketMachine {
  machineVersion: number;
  value: TicketState;
  context: TicketContext;
}

export type TicketSnapshot = ReturnType<typeof ticketMachine.resolveState>;

/** The machine's state for a freshly placed order. */
export function startTicket(): StoredTicketMachine {
  const [snapshot] = initialTransition(ticketMachine);
  return store(snapshot);
}

/**
 * Rebuilds a live snapshot from its stored form. A plain JSON snapshot would make
 * `transition()` throw, so it always goes through `resolveState`.
 */
export function restoreTicket(stored: StoredTicketMachine): TicketSnapshot {
  if (stored.machineVersion !== TICKET_MACHINE_VERSION) {
    throw new Error(
      `ticket machine version ${stored.machineVersion} cannot be restored by version ${TICKET_MACHINE_VERSION}`,
    );
  }
  return ticketMachine.resolveState({ value: stored.value, context: stored.context });
}

/** Whether the machine accepts `event` now (guards included). */
export function canApply(stored: StoredTicketMachine, event: TicketEvent): boolean {
  return restoreTicket(stored).can(event);
}

/** Applies `event`; `null` when the machine refuses it in this state. */
export function applyTicketEvent(stored: StoredTicketMachine, event: TicketEvent): StoredTicketMachine | null {
  const snapshot = restoreTicket(stored);
  if (!snapshot.can(event)) return null;
  const [next] = transition(ticketMachine, snapshot, event);
  return store(next);
}

function store(snapshot: TicketSnapshot): StoredTicketMachine {
  return {
    machineVersion: TICKET_MACHINE_VERSION,
    value: snapshot.value as TicketState,
    context: { ...snapshot.context },
  };
}
