import type { SlaSettings } from '@whistle/config';
import { type PlannedTimer, type SlaCalendar, stageTimers } from '@whistle/deadlines';
import { assistOpen, type TicketState, type TicketTimerEvent } from '@whistle/workflows';
import type { TicketEntity } from './ticket.entity.js';

interface TicketStage {
  event: TicketTimerEvent['type'];
  field: 'dispatchBy' | 'acceptBy' | 'feedbackBy' | 'rateBy';
  remind: boolean;
  escalate: boolean;
}

/**
 * The deadline each open stage runs against, and what happens around it. `awaiting_info`
 * has none: the clock stands still while the enterprise is asked for information.
 */
const STAGE_DEADLINES: Partial<Record<TicketState, TicketStage>> = {
  placed: { event: 'DISPATCH_DEADLINE_PASSED', field: 'dispatchBy', remind: false, escalate: true },
  returned: { event: 'DISPATCH_DEADLINE_PASSED', field: 'dispatchBy', remind: false, escalate: true },
  dispatched: { event: 'ACCEPT_DEADLINE_PASSED', field: 'acceptBy', remind: false, escalate: true },
  in_progress: { event: 'FEEDBACK_DEADLINE_PASSED', field: 'feedbackBy', remind: true, escalate: true },
  rectifying: { event: 'RECTIFY_DEADLINE_PASSED', field: 'feedbackBy', remind: true, escalate: true },
  // An unrated ticket closes itself; nobody is escalated for the enterprise's silence.
  feedback_given: { event: 'RATE_DEADLINE_PASSED', field: 'rateBy', remind: false, escalate: false },
};

/** The states in which assisting departments work on their parts (the lead has the order). */
const ASSISTING_STATES: ReadonlySet<TicketState> = new Set(['dispatched', 'in_progress', 'awaiting_info']);

/**
 * The timers a ticket should have now (see stageTimers): its own stage's, and each open assisting
 * part's (协办), which runs on its own deadline with the same reminders and escalation levels.
 */
export function planTimers(ticket: TicketEntity, sla: SlaSettings, calendar: SlaCalendar): PlannedTimer[] {
  const stage = STAGE_DEADLINES[ticket.state];
  const due = stage ? ticket[stage.field] : null;
  const own = stage && due ? stageTimers({ ...stage, due }, ticket, sla, calendar) : [];
  if (!ASSISTING_STATES.has(ticket.state) || ticket.assists.length === 0) return own;
  const parts = ticket.assists.flatMap((record) => {
    const part = ticket.machine.context.assists[record.departmentId];
    if (!part || !assistOpen(part)) return [];
    const deadline = { event: 'ASSIST_DEADLINE_PASSED', due: new Date(record.dueBy), remind: true, escalate: true };
    return stageTimers(deadline, part, sla, calendar).map((timer) => ({
      ...timer,
      event: timer.event === 'REMINDER_DUE' ? 'ASSIST_REMINDER_DUE' : timer.event === 'ESCALATE' ? 'ASSIST_ESCALATE' : timer.event,
      part: record.departmentId,
    }));
  });
  return [...own, ...parts];
}
