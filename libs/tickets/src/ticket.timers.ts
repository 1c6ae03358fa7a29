import type { SlaSettings } from '@whistle/config';
import type { PlannedTimer, SlaCalendar } from '@whistle/deadlines';
import { ESCALATION_LEVELS, type TicketState, type TicketTimerEvent } from '@whistle/workflows';
import type { TicketEntity } from './ticket.entity.js';

interface StageDeadline {
  event: TicketTimerEvent['type'];
  field: 'dispatchBy' | 'acceptBy' | 'feedbackBy' | 'rateBy';
  remind: boolean;
  escalate: boolean;
}

/** The deadline each open stage runs against, and what happens around it. */
const STAGE_DEADLINES: Partial<Record<TicketState, StageDeadline>> = {
  placed: { event: 'DISPATCH_DEADLINE_PASSED', field: 'dispatchBy', remind: false, escalate: true },
  returned: { event: 'DISPATCH_DEADLINE_PASSED', field: 'dispatchBy', remind: false, escalate: true },
  dispatched: { event: 'ACCEPT_DEADLINE_PASSED', field: 'acceptBy', remind: false, escalate: true },
  in_progress: { event: 'FEEDBACK_DEADLINE_PASSED', field: 'feedbackBy', remind: true, escalate: true },
  rectifying: { event: 'RECTIFY_DEADLINE_PASSED', field: 'feedbackBy', remind: true, escalate: true },
  // An unrated ticket closes itself; nobody is escalated for the enterprise's silence.
  feedback_given: { event: 'RATE_DEADLINE_PASSED', field: 'rateBy', remind: false, escalate: false },
};

/**
 * The timers a ticket should have now. Before its stage deadline: the deadline and the
 * reminders before it. After it, while it stays missed: the next escalation level.
 */
export function planTimers(ticket: TicketEntity, sla: SlaSettings, calendar: SlaCalendar): PlannedTimer[] {
  const stage = STAGE_DEADLINES[ticket.state];
  const due = stage ? ticket[stage.field] : null;
  if (!stage || !due) return [];
  if (!ticket.overdue) {
    const reminders: PlannedTimer[] = stage.remind
      ? sla.remindBefore.map((before) => ({
          kind: 'reminder',
          event: 'REMINDER_DUE',
          level: null,
          dueAt: calendar.subtract(due, before),
          skipIfPast: true,
        }))
      : [];
    return [{ kind: 'deadline', event: stage.event, level: null, dueAt: due }, ...reminders];
  }
  // One level at a time: the next is planned when this one fires. Levels whose moments have
  // all passed (timers that fired late, after an outage) then still happen in order, each once.
  const level = ESCALATION_LEVELS.find((candidate) => candidate > ticket.escalationLevel);
  if (!stage.escalate || !level) return [];
  return [{ kind: 'escalation', event: 'ESCALATE', level, dueAt: calendar.add(due, sla.escalateAfter[level - 1]!) }];
}
