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
    ...fields,
  }) as TicketEntity;
const plan = (fields: Partial<TicketEntity>) =>
  planTimers(ticket(fields), config.sla, calendar).map((t) => [t.kind, t.event, t.level, t.dueAt.toISOString()]);

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
    expect(plan({ state: 'rectifying' })[0]).toEqual(['deadline', 'RECTIFY_DEADLINE_PASSED', null, '2026-04-01T00:00:00.000Z']);
  });

  it('after a missed deadline plans the next escalation level only, counted from the deadline', () => {
    expect(plan({ state: 'in_progress', overdue: true })).toEqual([
      ['escalation', 'ESCALATE', 1, '2026-04-01T00:00:00.000Z'],
    ]);
    expect(plan({ state: 'dispatched', overdue: true, escalationLevel: 2 })).toEqual([
      ['escalation', 'ESCALATE', 3, '2026-03-20T00:00:00.000Z'],
    ]);
    expect(plan({ state: 'placed', overdue: true, escalationLevel: 3 })).toEqual([]);
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
});
