import { loadConfig } from '@whistle/config';
import { SlaCalendar } from '@whistle/deadlines';
import type { TicketEntity } from './ticket.entity.js';
import { planTimers } from './ticket.timers.js';

const config = loadConfig({ SLA_TIMEZONE: 'UTC' });
const calendar = new SlaCalendar(config);
const at = (iso: string) => new Date(iso);
const ticket = (fields: Partial<TicketEntity>) =>
  ({
    state: 'placed',
    overdue: false,
    escalationLevel: 0,
    dispatchBy: at('2026-03-04T00:00:00Z'),
    acceptBy: at('2026-03-06T00:00:00Z'),
    feedbackBy: at('2026-04-01T00:00:00Z'),
    rateBy: at('2026-04-20T00:00:00Z'),
    assists: [],
    machine: { machineVersion: 3, value: 'placed', context: { assists: {} } },
    ...fields,
  }) as TicketEntity;
const plan = (fields: Partial<TicketEntity>) =>
  planTimers(ticket(fields), config.sla, calendar).map((t) => [t.kind, t.event, t.level, t.dueAt.toISOString(), ...(t.part ? [t.part] : [])]);

/** A ticket with one assisting part (协办) of department `d`, due 2026-03-20, in the machine as `part`. */
const assisted = (state: TicketEntity['state'], part: object) =>
  ({
    state,
    assists: [{ departmentId: 'd', state: 'requested', dueBy: '2026-03-20T00:00:00.000Z' }],
    machine: { machineVersion: 3, value: state, context: { assists: { d: { state: 'requested', overdue: false, escalationLevel: 0, remindersSent: 0, ...part } } } },
  }) as unknown as Partial<TicketEntity>;

describe('planTimers', () => {
  it('plans the dispatch and accept deadlines without reminders', () => {
    expect(plan({ state: 'placed' })).toEqual([['deadline', 'DISPATCH_DEADLINE_PASSED', null, '2026-03-04T00:00:00.000Z']]);
    expect(plan({ state: 'returned' })).toEqual([['deadline', 'DISPATCH_DEADLINE_PASSED', null, '2026-03-04T00:00:00.000Z']]);
    expect(plan({ state: 'dispatched' })).toEqual([['deadline', 'ACCEPT_DEADLINE_PASSED', null, '2026-03-06T00:00:00.000Z']]);
  });

  it('plans the feedback deadline with reminders 7 days and 1 day before', () => {
    expect(plan({ state: 'in_progress' })).toEqual([
      ['deadline', 'FEEDBACK_DEADLINE_PASSED', null, '2026-04-01T00:00:00.000Z'],
      ['reminder', 'REMINDER_DUE', null, '2026-03-25T00:00:00.000Z'],
      ['reminder', 'REMINDER_DUE', null, '2026-03-31T00:00:00.000Z'],
    ]);
    expect(plan({ state: 'rectifying' })).toEqual([
      ['deadline', 'RECTIFY_DEADLINE_PASSED', null, '2026-04-01T00:00:00.000Z'],
      ['reminder', 'REMINDER_DUE', null, '2026-03-25T00:00:00.000Z'],
      ['reminder', 'REMINDER_DUE', null, '2026-03-31T00:00:00.000Z'],
    ]);
  });

  it('after a missed deadline plans the next escalation level only, counted from the deadline', () => {
    expect(plan({ state: 'in_progress', overdue: true })).toEqual([
      ['escalation', 'ESCALATE', 1, '2026-04-01T00:00:00.000Z'],
    ]);
    expect(plan({ state: 'dispatched', overdue: true, escalationLevel: 2 })).toEqual([
      ['escalation', 'ESCALATE', 3, '2026-03-20T00:00:00.000Z'],
    ]);
    expect(plan({ state: 'placed', overdue: true, escalationLevel: 3 })).toEqual([]);
    // Every stage but the rating escalates: an order nobody dispatches, and a rectification nobody makes, too.
    for (const state of ['placed', 'returned', 'rectifying'] as const) {
      expect(plan({ state, overdue: true })[0]?.slice(0, 3)).toEqual(['escalation', 'ESCALATE', 1]);
    }
  });

  it('closes an unrated ticket at rateBy and escalates nobody for it', () => {
    expect(plan({ state: 'feedback_given' })).toEqual([['deadline', 'RATE_DEADLINE_PASSED', null, '2026-04-20T00:00:00.000Z']]);
    expect(plan({ state: 'feedback_given', overdue: true })).toEqual([]);
  });

  it('plans nothing for finished tickets', () => {
    expect(plan({ state: 'closed' })).toEqual([]);
    expect(plan({ state: 'withdrawn' })).toEqual([]);
  });

  it('marks reminders, and only reminders, as not worth sending late', () => {
    const timers = planTimers(ticket({ state: 'in_progress' }), config.sla, calendar);
    expect(timers.filter((t) => t.skipIfPast).map((t) => t.kind)).toEqual(['reminder', 'reminder']);
  });

  describe('an assisting part (协办)', () => {
    it('runs on its own deadline, with reminders, beside the lead’s', () => {
      expect(plan(assisted('in_progress', {}))).toEqual([
        ['deadline', 'FEEDBACK_DEADLINE_PASSED', null, '2026-04-01T00:00:00.000Z'],
        ['reminder', 'REMINDER_DUE', null, '2026-03-25T00:00:00.000Z'],
        ['reminder', 'REMINDER_DUE', null, '2026-03-31T00:00:00.000Z'],
        ['deadline', 'ASSIST_DEADLINE_PASSED', null, '2026-03-20T00:00:00.000Z', 'd'],
        ['reminder', 'ASSIST_REMINDER_DUE', null, '2026-03-13T00:00:00.000Z', 'd'],
        ['reminder', 'ASSIST_REMINDER_DUE', null, '2026-03-19T00:00:00.000Z', 'd'],
      ]);
      expect(plan(assisted('dispatched', {})).filter((t) => t[4] === 'd')).toHaveLength(3);
      expect(plan(assisted('awaiting_info', {})).filter((t) => t[4] === 'd')).toHaveLength(3);
    });

    it('escalates level by level once missed, and stops when the part is in or the lead has answered', () => {
      expect(plan(assisted('in_progress', { overdue: true, escalationLevel: 1 })).filter((t) => t[4] === 'd')).toEqual([
        ['escalation', 'ASSIST_ESCALATE', 2, '2026-03-27T00:00:00.000Z', 'd'],
      ]);
      expect(plan(assisted('in_progress', { state: 'given' })).filter((t) => t[4] === 'd')).toEqual([]);
      expect(plan(assisted('in_progress', { state: 'declined' })).filter((t) => t[4] === 'd')).toEqual([]);
      expect(plan(assisted('feedback_given', {})).filter((t) => t[4] === 'd')).toEqual([]);
    });
  });
});
