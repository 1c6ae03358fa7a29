/**
 * What a webhook endpoint may subscribe to: each line of an order's timeline, each change of a
 * rectification order and of an evaluation. A ticket event's type is `ticket.` and its timeline
 * line's type, with the two renames that give the notices' names (`feedback_given` is
 * `ticket.feedback`, `closed_unrated` is `ticket.closed`).
 */
export const TICKET_EVENT_TYPES = [
  'ticket.placed',
  'ticket.dispatched',
  'ticket.accepted',
  'ticket.returned',
  'ticket.feedback',
  'ticket.rated',
  'ticket.closed',
  'ticket.withdrawn',
  'ticket.reminded',
  'ticket.extension_requested',
  'ticket.extension_decided',
  'ticket.info_requested',
  'ticket.info_provided',
  'ticket.deadline_passed',
  'ticket.reminder_sent',
  'ticket.escalated',
  'ticket.assist_added',
  'ticket.assist_asked',
  'ticket.assist_accepted',
  'ticket.assist_declined',
  'ticket.assisted',
  'ticket.assist_deadline_passed',
  'ticket.assist_reminder_sent',
  'ticket.assist_escalated',
  'ticket.attachment_added',
  'ticket.repeat_linked',
] as const;

export const RECTIFICATION_EVENT_TYPES = [
  'rectification.ordered',
  'rectification.reported',
  'rectification.signed_off',
  'rectification.rejected',
  'rectification.reminder',
  'rectification.deadline_passed',
  'rectification.escalated',
] as const;

export const EVALUATION_EVENT_TYPES = ['evaluation.opened', 'evaluation.scored', 'evaluation.closed'] as const;

/** Sent to one endpoint by POST /api/webhooks/:id/test, whatever it subscribed to. */
export const TEST_EVENT_TYPE = 'webhook.test';

export const WEBHOOK_EVENT_TYPES = [...TICKET_EVENT_TYPES, ...RECTIFICATION_EVENT_TYPES, ...EVALUATION_EVENT_TYPES] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** What a subscription may name: an event type, a family (`ticket.*`), or everything (`*`). */
export const WEBHOOK_SUBSCRIPTIONS: readonly string[] = ['*', 'ticket.*', 'rectification.*', 'evaluation.*', ...WEBHOOK_EVENT_TYPES];

const RENAMED: Record<string, string> = { feedback_given: 'feedback', closed_unrated: 'closed' };

/** The webhook event type of a timeline line's type. */
export function ticketEventType(timelineType: string): string {
  return `ticket.${RENAMED[timelineType] ?? timelineType}`;
}

/** An event for the outbox: written in the transaction of the change it tells of. */
export interface OutboxEvent {
  type: string;
  /** The chain it happened in (an endpoint bound to one chain hears only its events); null for all-chain ones. */
  chainId: string | null;
  /** The order, rectification order or evaluation it is about. */
  subjectId: string;
  /** The body's `data`. */
  data: object;
  at: Date;
}

/** The Standard Webhooks body: `{type, timestamp, data}`. */
export function webhookBody(event: OutboxEvent): { type: string; timestamp: string; data: object } {
  return { type: event.type, timestamp: event.at.toISOString(), data: event.data };
}
