import type { SlaSettings } from '@whistle/config';
import { type PlannedTimer, type SlaCalendar, stageTimers } from '@whistle/deadlines';
import type { TicketState, TicketTimerEvent } from '@whistle/workflows';
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

/** The timers a ticket should have now (see stageTimers). */
export function planTimers(ticket: TicketEntity, sla: SlaSettings, calendar: SlaCalendar): PlannedTimer[] {
  const stage = STAGE_DEADLINES[ticket.state];
  const due = stage ? ticket[stage.field] : null;
  if (!stage || !due) return [];
  return stageTimers({ ...stage, due }, ticket, sla, calendar);
}
