import type { components } from '@/api/schema';
import { DUE_SOON_MS, type DeadlineStatus } from '@/lib/deadline';

export type Rectification = components['schemas']['RectificationView'];

/**
 * The colour of a rectification order's countdown, as the tickets' (safe / due soon / overdue):
 * the clock runs while open, stops on a report (paused), is gone once signed off. The server's
 * `overdue` wins over the browser's clock.
 */
export function rectificationStatus(r: Pick<Rectification, 'state' | 'dueBy' | 'overdue'>, now: number, dueSoonMs = DUE_SOON_MS): DeadlineStatus {
  if (r.state === 'signed_off') return 'none';
  if (r.state === 'reported') return 'paused';
  const left = Date.parse(r.dueBy) - now;
  if (r.overdue || left <= 0) return 'overdue';
  return left <= dueSoonMs ? 'dueSoon' : 'safe';
}

/** The rectification actions the console knows, in the order their buttons stand. */
export const RECTIFICATION_ACTIONS = ['report', 'sign-off', 'reject'] as const;
export type RectificationAction = (typeof RECTIFICATION_ACTIONS)[number];

/** Exactly the actions the API offers the caller, known ones only, in a stable order. */
export function offeredActions(available: readonly string[]): RectificationAction[] {
  return RECTIFICATION_ACTIONS.filter((a) => available.includes(a));
}

/**
 * A recusal's reason in the reader's language: the API words it in English with the ticket's
 * code ("your enterprise has an open ticket PHARMA-2026-000003 with this department").
 */
export function recusedTicketCode(reason: string | null | undefined): string | null {
  const match = reason ? /open ticket (\S+)/.exec(reason) : null;
  return match ? match[1] : null;
}
