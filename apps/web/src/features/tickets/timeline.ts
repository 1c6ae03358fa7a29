import type { TicketEvent } from './api';

/** One line of a timeline entry: a label (message key) and its value, still to be put in words. */
export type DetailValue =
  | { kind: 'text'; text: string }
  | { kind: 'message'; key: string; vars?: Record<string, string | number> }
  | { kind: 'time'; at: string }
  | { kind: 'duration'; ms: number }
  | { kind: 'department'; id: string }
  | { kind: 'user'; id: string }
  | { kind: 'files'; files: FileRef[] };

/** A file an event names: enough to download it and to compare its hash. */
export interface FileRef {
  id: string;
  name: string;
  size: number;
  contentType: string;
  sha256: string;
}

const isFile = (v: unknown): v is FileRef => typeof v === 'object' && v !== null && typeof (v as FileRef).id === 'string' && typeof (v as FileRef).sha256 === 'string';

export interface Detail {
  label: string;
  value: DetailValue;
}

type Payload = Record<string, unknown>;
type Rule = (value: unknown, type: string) => Detail | null;

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
const text = (label: string): Rule => (v) => (str(v) ? { label, value: { kind: 'text', text: str(v)! } } : null);
const time = (label: string): Rule => (v) => (str(v) ? { label, value: { kind: 'time', at: str(v)! } } : null);
const message = (label: string, prefix: string): Rule => (v) => (str(v) ? { label, value: { kind: 'message', key: `${prefix}.${str(v)}` } } : null);

/**
 * What each payload field says, in the order a reader wants it. Fields not named here (ids the
 * page shows elsewhere, timer bookkeeping, the order's own title and description) are left out.
 */
const RULES: [field: string, rule: Rule][] = [
  ['deadline', message('tickets.detail.deadlineKind', 'deadline')],
  ['level', (v) => (typeof v === 'number' ? { label: 'tickets.detail.escalation', value: { kind: 'message', key: 'escalation.level', vars: { level: v } } } : null)],
  [
    'departmentId',
    (v, type) =>
      str(v)
        ? {
            label: type === 'returned' ? 'tickets.detail.returnedBy' : isAssist(type) ? (type === 'assist_asked' ? 'tickets.field.suggested' : 'tickets.field.assisting') : 'tickets.field.department',
            value: { kind: 'department', id: str(v)! },
          }
        : null,
  ],
  ['leaderUserId', (v) => (str(v) ? { label: 'tickets.field.leader', value: { kind: 'user', id: str(v)! } } : null)],
  ['priority', message('tickets.field.priority', 'priority')],
  ['category', message('tickets.field.category', 'category')],
  ['result', message('tickets.field.result', 'feedbackResult')],
  ['score', (v) => (typeof v === 'number' ? { label: 'tickets.field.score', value: { kind: 'message', key: 'tickets.rating.stars', vars: { score: v } } } : null)],
  ['outcome', message('tickets.detail.outcome', 'tickets.outcome')],
  ['approve', (v) => (typeof v === 'boolean' ? { label: 'tickets.detail.decision', value: { kind: 'message', key: v ? 'tickets.decision.approve' : 'tickets.decision.reject' } } : null)],
  ['until', time('tickets.detail.until')],
  [
    'reason',
    (v, type) =>
      type === 'returned'
        ? message('tickets.field.returnReason', 'returnReason')(v, type)
        : type === 'assist_declined'
          ? message('tickets.field.assistReason', 'assistReason')(v, type)
          : text(type === 'assist_asked' ? 'tickets.field.askReason' : 'tickets.field.reason')(v, type),
  ],
  ['note', text('tickets.field.note')],
  ['comment', text('tickets.field.comment')],
  ['content', (v, type) => text(type === 'assisted' ? 'tickets.field.assistContent' : 'tickets.field.content')(v, type)],
  ['question', text('tickets.field.question')],
  ['answer', text('tickets.field.answer')],
  ['pausedMs', (v) => (typeof v === 'number' ? { label: 'tickets.detail.paused', value: { kind: 'duration', ms: v } } : null)],
  ['onTime', (v) => (typeof v === 'boolean' ? { label: 'tickets.detail.timeliness', value: { kind: 'message', key: v ? 'tickets.feedback.onTime' : 'tickets.feedback.late' } } : null)],
  ['round', (v) => (v === 'rectification' ? { label: 'tickets.detail.round', value: { kind: 'message', key: 'tickets.round.rectification' } } : null)],
  ['redispatch', (v) => (v === true ? { label: 'tickets.detail.round', value: { kind: 'message', key: 'tickets.round.redispatch' } } : null)],
  ['acceptBy', time('deadline.accept')],
  ['feedbackBy', (v, type) => time(FEEDBACK_BY_LABEL[type] ?? 'deadline.feedback')(v, type)],
  ['previousFeedbackBy', time('tickets.detail.previousFeedbackBy')],
  ['rateBy', time('deadline.rate')],
  ['assistBy', time('deadline.assist')],
  ['repeatOfCode', text('tickets.detail.repeatOf')],
  ['viaCode', text('tickets.detail.repeatVia')],
  ['attachment', (v) => (isFile(v) ? { label: 'attachments.file', value: { kind: 'files', files: [v] } } : null)],
  ['attachments', (v) => (Array.isArray(v) && v.length > 0 && v.every(isFile) ? { label: 'attachments.heading', value: { kind: 'files', files: v } } : null)],
];

/** The timeline entries about an assisting department's part (协办). */
const isAssist = (type: string) => type.startsWith('assist');

/** `feedbackBy` means the deadline before the event for some types, the new one for others. */
const FEEDBACK_BY_LABEL: Record<string, string> = {
  extension_requested: 'tickets.detail.currentFeedbackBy',
  info_requested: 'tickets.detail.currentFeedbackBy',
  info_provided: 'tickets.detail.newFeedbackBy',
};

/** The details of a timeline entry worth reading, from its payload. */
export function eventDetails(event: Pick<TicketEvent, 'type' | 'payload'>): Detail[] {
  const payload = (event.payload ?? {}) as Payload;
  const details: Detail[] = [];
  for (const [field, rule] of RULES) {
    if (!(field in payload)) continue;
    if (event.type === 'placed' && field !== 'category') continue;
    const detail = rule(payload[field], event.type);
    if (detail) details.push(detail);
  }
  return details;
}
