import { applyTicketEvent, startTicket, type StoredTicketMachine, type TicketEvent } from '@whistle/workflows';
import canonicalize from 'canonicalize';
import { chainHash, GENESIS_HASH } from '@whistle/common';
import { ATTACHMENT_EVENT } from './ticket.attachments.js';
import { REPEAT_EVENT } from './ticket.similar.js';

/** Timeline events that record something about the order, not a step of its workflow. */
const OUTSIDE_THE_WORKFLOW: ReadonlySet<string> = new Set([ATTACHMENT_EVENT, REPEAT_EVENT]);

/** The `prevHash` of a ticket's first event. */
export { GENESIS_HASH };

/** What an event's hash covers: every column but the surrogate id and the hash itself. */
export interface HashedEventContent {
  ticketId: string;
  seq: number;
  type: string;
  event: TicketEvent | null;
  actorId: string | null;
  actorRole: string;
  fromState: string | null;
  toState: string;
  payload: Record<string, unknown>;
  at: Date;
}

/** The event's link of the ticket's hash chain (see chainHash). */
export function eventHash(prevHash: string, content: HashedEventContent): string {
  return chainHash(prevHash, {
    ticketId: content.ticketId,
    seq: content.seq,
    type: content.type,
    event: content.event,
    actorId: content.actorId,
    actorRole: content.actorRole,
    fromState: content.fromState,
    toState: content.toState,
    payload: content.payload,
    at: content.at.toISOString(),
  });
}

export interface ChainedEvent extends HashedEventContent {
  prevHash: string;
  hash: string;
}

/** The answer of `GET /api/tickets/:id/events/verify`. */
export interface ChainReport {
  intact: boolean;
  events: number;
  /** The first event whose row does not match the chain; null when intact or when the tail is missing. */
  brokenAt: number | null;
  reason: string | null;
  /** The hash of the last event: quote it elsewhere (a report, a letter) to anchor the chain. */
  headHash: string | null;
}

/**
 * Checks a ticket's timeline: consecutive sequence numbers ending at the ticket's version,
 * each `prevHash` the hash before it, each hash recomputed from the row, and the machine
 * events replaying from the start to the ticket's stored workflow state.
 */
export function verifyChain(
  events: readonly ChainedEvent[],
  ticket: { version: number; machine: StoredTicketMachine },
): ChainReport {
  const report = (brokenAt: number | null, reason: string | null): ChainReport => ({
    intact: reason === null,
    events: events.length,
    brokenAt,
    reason,
    headHash: events.at(-1)?.hash ?? null,
  });
  let prevHash = GENESIS_HASH;
  let machine: StoredTicketMachine | null = null;
  for (const [index, event] of events.entries()) {
    const seq = index + 1;
    if (event.seq !== seq) return report(seq, `event ${seq} is missing (found ${event.seq} in its place)`);
    if (event.prevHash !== prevHash) return report(seq, `event ${seq} does not follow event ${seq - 1}: its prevHash differs`);
    if (eventHash(prevHash, event) !== event.hash) return report(seq, `event ${seq} was altered: its content no longer matches its hash`);
    prevHash = event.hash;
    if (seq === 1) {
      machine = startTicket();
    } else if (OUTSIDE_THE_WORKFLOW.has(event.type) && event.event === null) {
      // a file attached, a repeat linked: no step of the workflow
    } else if (machine && event.event) {
      machine = applyTicketEvent(machine, event.event);
      if (!machine) return report(seq, `event ${seq} (${event.event.type}) is not a step the workflow could take`);
    } else {
      machine = null; // an event from before machine events were recorded: the replay stops here
    }
  }
  if (events.length !== ticket.version) {
    return report(null, `the ticket is at version ${ticket.version} but its timeline has ${events.length} event(s)`);
  }
  if (machine && (machine.value !== ticket.machine.value || canonicalize(machine.context) !== canonicalize(ticket.machine.context))) {
    return report(null, `replaying the timeline gives ${machine.value}, the ticket says ${ticket.machine.value}`);
  }
  return report(null, null);
}
