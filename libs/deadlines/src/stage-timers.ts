import type { SlaSettings } from '@whistle/config';
import type { SlaCalendar } from './sla-calendar.js';
import type { PlannedTimer } from './timers.service.js';

/** The deadline a subject (ticket, rectification order) is running against now. */
export interface StageDeadline {
  /** The machine event the deadline sends. */
  event: string;
  due: Date;
  remind: boolean;
  escalate: boolean;
}

/**
 * The timers of one running deadline. Before it: the deadline and the reminders before it
 * (SLA_REMIND_BEFORE). After it, while it stays missed: the next escalation level only; the
 * next is planned when this one fires, so levels whose moments all passed during an outage
 * still happen in order, each once.
 */
export function stageTimers(
  stage: StageDeadline,
  status: { overdue: boolean; escalationLevel: number },
  sla: SlaSettings,
  calendar: SlaCalendar,
): PlannedTimer[] {
  if (!status.overdue) {
    const reminders: PlannedTimer[] = stage.remind
      ? sla.remindBefore.map((before) => ({
          kind: 'reminder',
          event: 'REMINDER_DUE',
          level: null,
          dueAt: calendar.subtract(stage.due, before),
          skipIfPast: true,
        }))
      : [];
    return [{ kind: 'deadline', event: stage.event, level: null, dueAt: stage.due }, ...reminders];
  }
  const level = [1, 2, 3].find((candidate) => candidate > status.escalationLevel);
  if (!stage.escalate || !level) return [];
  return [{ kind: 'escalation', event: 'ESCALATE', level, dueAt: calendar.add(stage.due, sla.escalateAfter[level - 1]!) }];
}
