import type { components } from '@/api/schema';

type View = components['schemas']['TicketView'];
type Ticket = Pick<View, 'state' | 'deadlines' | 'overdue'> & Partial<Pick<View, 'assists'>>;
export type DeadlineKind = 'dispatch' | 'accept' | 'feedback' | 'rectify' | 'rate' | 'assist';

/**
 * An assisting department's own part, while it is owed: for that department the countdown is the
 * part's deadline (协办时限), not the lead's.
 */
function openPart(ticket: Ticket, assisting: string | null | undefined) {
  if (!assisting) return null;
  const part = ticket.assists?.find((p) => p.departmentId === assisting);
  return part && (part.state === 'requested' || part.state === 'accepted') ? part : null;
}
export type DeadlineStatus = 'safe' | 'dueSoon' | 'overdue' | 'paused' | 'none';

/** The deadline that runs in a state: the one the countdown shows (`assisting`: the viewer's department, when it assists). */
export function currentDeadline(ticket: Ticket, assisting?: string | null): { kind: DeadlineKind; at: string } | null {
  const part = openPart(ticket, assisting);
  if (part) return { kind: 'assist', at: String(part.dueBy) };
  const d = ticket.deadlines;
  const at = (value: string | null | undefined) => (value ? String(value) : null);
  switch (ticket.state) {
    case 'placed':
    case 'returned':
      return at(d.dispatchBy) ? { kind: 'dispatch', at: at(d.dispatchBy)! } : null;
    case 'dispatched':
      return at(d.acceptBy) ? { kind: 'accept', at: at(d.acceptBy)! } : null;
    case 'in_progress':
    case 'awaiting_info':
      return at(d.feedbackBy) ? { kind: 'feedback', at: at(d.feedbackBy)! } : null;
    case 'rectifying':
      return at(d.feedbackBy) ? { kind: 'rectify', at: at(d.feedbackBy)! } : null;
    case 'feedback_given':
      return at(d.rateBy) ? { kind: 'rate', at: at(d.rateBy)! } : null;
    default:
      return null;
  }
}

/** A deadline within this share of a day-scale window counts as due soon (and at most 3 days). */
export const DUE_SOON_MS = 3 * 86_400_000;

/**
 * Safe, due soon, overdue: the colour of the countdown. The server's `overdue` wins (it knows
 * the deadline passed even when the browser's clock is off); a paused clock (waiting for the
 * enterprise) is neither.
 */
export function deadlineStatus(ticket: Ticket, now: number, dueSoonMs = DUE_SOON_MS, assisting?: string | null): DeadlineStatus {
  const deadline = currentDeadline(ticket, assisting);
  if (!deadline) return 'none';
  const part = openPart(ticket, assisting);
  // A part's clock does not pause while the lead waits for the enterprise.
  if (!part && ticket.state === 'awaiting_info') return 'paused';
  const left = Date.parse(deadline.at) - now;
  if ((part ? part.onTime === false : ticket.overdue) || left <= 0) return 'overdue';
  return left <= dueSoonMs ? 'dueSoon' : 'safe';
}
