import type { components } from '@/api/schema';
import type { Ticket } from './api';

// Run-time lists of the API's enums; `Record<…, true>` makes tsc fail when the generated client
// gains or loses a value.
const categories: Record<Ticket['category'], true> = {
  financing: true,
  hiring: true,
  logistics: true,
  raw_materials: true,
  land_use: true,
  permits: true,
  working_capital: true,
  technology: true,
  talent: true,
  market: true,
  other: true,
};
export const CATEGORIES = Object.keys(categories) as Ticket['category'][];

const priorities: Record<NonNullable<Ticket['priority']>, true> = { urgent: true, high: true, normal: true, low: true };
export const PRIORITIES = Object.keys(priorities) as NonNullable<Ticket['priority']>[];

const states: Record<Ticket['state'], true> = {
  placed: true,
  dispatched: true,
  in_progress: true,
  awaiting_info: true,
  returned: true,
  feedback_given: true,
  rectifying: true,
  closed: true,
  withdrawn: true,
};
export const STATES = Object.keys(states) as Ticket['state'][];

type Schemas = components['schemas'];
const returnReasons: Record<Schemas['ReturnTicketDto']['reason'], true> = { not_our_function: true, not_our_area: true, ownership_unclear: true, other: true };
export const RETURN_REASONS = Object.keys(returnReasons) as Schemas['ReturnTicketDto']['reason'][];
const feedbackResults: Record<Schemas['FeedbackDto']['result'], true> = { resolved: true, partially_resolved: true, unresolvable: true };
export const FEEDBACK_RESULTS = Object.keys(feedbackResults) as Schemas['FeedbackDto']['result'][];

const assistReasons: Record<Schemas['DeclineAssistDto']['reason'], true> = { not_our_function: true, not_our_area: true, already_handled: true, other: true };
export const ASSIST_REASONS = Object.keys(assistReasons) as Schemas['DeclineAssistDto']['reason'][];

/** Field lengths of the DTOs (libs/tickets/src/ticket.dto.ts). */
export const MAX = { title: 200, description: 5000, note: 2000, content: 10000, answer: 5000 } as const;
