import { describe, expect, it } from 'vitest';
import { currentDeadline, deadlineStatus, DUE_SOON_MS } from './deadline';

const now = Date.parse('2026-12-01T00:00:00Z');
const at = (ms: number) => new Date(now + ms).toISOString();
const none: Record<'dispatchBy' | 'acceptBy' | 'feedbackBy' | 'rateBy', string | null> = { dispatchBy: null, acceptBy: null, feedbackBy: null, rateBy: null };
const ticket = (state: string, deadlines: Partial<typeof none>, overdue = false) =>
  ({ state, deadlines: { ...none, ...deadlines }, overdue }) as Parameters<typeof deadlineStatus>[0];

describe('currentDeadline', () => {
  it('is the deadline of the stage the ticket is in', () => {
    expect(currentDeadline(ticket('placed', { dispatchBy: at(1) }))?.kind).toBe('dispatch');
    expect(currentDeadline(ticket('returned', { dispatchBy: at(1) }))?.kind).toBe('dispatch');
    expect(currentDeadline(ticket('dispatched', { acceptBy: at(1), feedbackBy: at(2) }))?.kind).toBe('accept');
    expect(currentDeadline(ticket('in_progress', { feedbackBy: at(2) }))?.kind).toBe('feedback');
    expect(currentDeadline(ticket('rectifying', { feedbackBy: at(2) }))?.kind).toBe('rectify');
    expect(currentDeadline(ticket('feedback_given', { rateBy: at(3) }))?.kind).toBe('rate');
    expect(currentDeadline(ticket('closed', { rateBy: at(3) }))).toBeNull();
    expect(currentDeadline(ticket('withdrawn', {}))).toBeNull();
  });
});

describe('deadlineStatus (the countdown colour)', () => {
  it('is safe with more than the due-soon window left', () => {
    expect(deadlineStatus(ticket('in_progress', { feedbackBy: at(DUE_SOON_MS + 1000) }), now)).toBe('safe');
  });
  it('is due soon within the window', () => {
    expect(deadlineStatus(ticket('in_progress', { feedbackBy: at(DUE_SOON_MS - 1000) }), now)).toBe('dueSoon');
    expect(deadlineStatus(ticket('in_progress', { feedbackBy: at(1000) }), now)).toBe('dueSoon');
  });
  it('is overdue once the deadline passed, or when the server says so whatever the browser clock', () => {
    expect(deadlineStatus(ticket('in_progress', { feedbackBy: at(-1) }), now)).toBe('overdue');
    expect(deadlineStatus(ticket('in_progress', { feedbackBy: at(DUE_SOON_MS * 2) }, true), now)).toBe('overdue');
  });
  it('is paused while the enterprise is asked for information, none without a deadline', () => {
    expect(deadlineStatus(ticket('awaiting_info', { feedbackBy: at(-1) }), now)).toBe('paused');
    expect(deadlineStatus(ticket('closed', {}), now)).toBe('none');
  });
});

describe('an assisting department’s countdown (协办时限)', () => {
  const part = (state: string, dueBy: string, onTime: boolean | null = null) => ({ departmentId: 'hr', state, dueBy, onTime }) as never;
  const assisted = (parts: never[], state = 'in_progress', overdue = false) =>
    ({ ...ticket(state, { feedbackBy: at(30 * 86_400_000) }, overdue), assists: parts }) as Parameters<typeof deadlineStatus>[0];

  it('counts down to its own part while the part is owed, the lead’s deadline otherwise', () => {
    expect(currentDeadline(assisted([part('accepted', at(5 * 86_400_000))]), 'hr')).toEqual({ kind: 'assist', at: at(5 * 86_400_000) });
    expect(currentDeadline(assisted([part('accepted', at(5 * 86_400_000))]), null)?.kind).toBe('feedback');
    expect(currentDeadline(assisted([part('given', at(5 * 86_400_000))]), 'hr')?.kind).toBe('feedback');
    expect(currentDeadline(assisted([part('accepted', at(5 * 86_400_000))]), 'fin')?.kind).toBe('feedback');
  });

  it('is late when its part is, and does not pause while the lead waits for the enterprise', () => {
    expect(deadlineStatus(assisted([part('requested', at(5 * 86_400_000), false)]), now, DUE_SOON_MS, 'hr')).toBe('overdue');
    expect(deadlineStatus(assisted([part('requested', at(5 * 86_400_000))], 'in_progress', true), now, DUE_SOON_MS, 'hr')).toBe('safe');
    expect(deadlineStatus(assisted([part('accepted', at(5 * 86_400_000))], 'awaiting_info'), now, DUE_SOON_MS, 'hr')).toBe('safe');
  });
});
