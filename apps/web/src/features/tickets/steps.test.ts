import { describe, expect, it } from 'vitest';
import { cycleView } from './steps';
import type { Ticket } from './api';

const ticket = (state: Ticket['state'], extra: Partial<Ticket> = {}) => ({ state, returnCount: 0, departmentId: null, rating: null, ...extra });
const at = (type: string, fromState: Ticket['state'] | null = null) => ({ type, at: `2026-12-01T0${type.length % 10}:00:00Z`, fromState });

describe('cycleView: the step bar of 企业点单 → 党委派单 → 部门接单 → 双反馈 → 评单', () => {
  it('puts each state on the step it waits for', () => {
    expect(cycleView(ticket('placed'))).toMatchObject({ current: 1, status: 'process' });
    expect(cycleView(ticket('dispatched'))).toMatchObject({ current: 2, status: 'process' });
    expect(cycleView(ticket('in_progress'))).toMatchObject({ current: 3, status: 'process' });
    expect(cycleView(ticket('feedback_given'))).toMatchObject({ current: 4, status: 'process', notes: { rate: { key: 'tickets.steps.awaitingRating' } } });
  });

  it('shows a closed order as done, with its stars or as closed unrated', () => {
    expect(cycleView(ticket('closed', { rating: { score: 4, comment: null, at: '' } }))).toEqual({
      current: 5,
      status: 'finish',
      notes: { rate: { key: 'tickets.steps.rated', vars: { score: 4 } } },
      times: {},
    });
    expect(cycleView(ticket('closed')).notes.rate).toEqual({ key: 'tickets.steps.closedUnrated' });
  });

  it('sends a returned order back to dispatch, saying how often it bounced', () => {
    expect(cycleView(ticket('returned', { returnCount: 2 }))).toMatchObject({
      current: 1,
      status: 'process',
      notes: { dispatch: { key: 'tickets.steps.returned', vars: { count: 2 } } },
    });
  });

  it('marks a rectification as an error on the feedback step and a paused order as waiting there', () => {
    expect(cycleView(ticket('rectifying'))).toMatchObject({ current: 3, status: 'error', notes: { feedback: { key: 'tickets.steps.rectifying' } } });
    expect(cycleView(ticket('awaiting_info'))).toMatchObject({ current: 3, status: 'process', notes: { feedback: { key: 'tickets.steps.awaitingInfo' } } });
  });

  it('stops a withdrawn order on the step it was withdrawn from', () => {
    expect(cycleView(ticket('withdrawn'), [at('placed'), at('withdrawn', 'placed')])).toMatchObject({ current: 1, status: 'error', notes: { dispatch: { key: 'tickets.steps.withdrawn' } } });
    expect(cycleView(ticket('withdrawn'), [at('withdrawn', 'in_progress')])).toMatchObject({ current: 3, status: 'error' });
    // Without the timeline: a department means it was dispatched at least.
    expect(cycleView(ticket('withdrawn', { departmentId: 'd' }))).toMatchObject({ current: 2 });
  });

  it('dates only the steps already done (a returned order’s earlier dispatch is not done)', () => {
    const events = [at('placed'), at('dispatched', 'placed'), at('returned', 'dispatched')];
    expect(Object.keys(cycleView(ticket('returned'), events).times)).toEqual(['place']);
    const done = [...events, at('dispatched', 'returned'), at('accepted', 'dispatched')];
    expect(Object.keys(cycleView(ticket('in_progress'), done).times)).toEqual(['place', 'dispatch', 'accept']);
  });
});
