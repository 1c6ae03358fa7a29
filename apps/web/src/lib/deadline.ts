import type { components } from '@/api/schema';

type Ticket = Pick<components['schemas']['TicketView'], 'state' | 'deadlines' | 'overdue'>;
export type DeadlineKind = 'dispatch' | 'accept' | 'feedback' | 'rectify' | 'rate';
export type DeadlineStatus = 'safe' | 'dueSoon' | 'overdue' | 'paused' | 'none';

/** The deadline that runs in a state: the one the countdown shows. */
export function currentDeadline(ticket: Ticket): { kind: DeadlineKind; at: string } | null {
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
export function deadlineStatus(ticket: Ticket, now: number, dueSoonMs = DUE_SOON_MS): DeadlineStatus {
  const deadline = currentDeadline(ticket);
  if (!deadline) return 'none';
  if (ticket.state === 'awaiting_info') return 'paused';
  const left = Date.parse(deadline.at) - now;
  if (ticket.overdue || left <= 0) return 'overdue';
  return left <= dueSoonMs ? 'dueSoon' : 'safe';
}
