import { describe, expect, it } from 'vitest';
import {
  countParams,
  busiestFirst,
  DEPARTMENT_QUEUES,
  DISPATCH_QUEUES,
  LEADER_QUEUES,
  lastReturn,
  pickQueue,
  pickSort,
  placedParams,
  queueCount,
  queueParams,
  returnedParams,
  type TicketCounts,
  workQueuesFor,
} from './queues';

const counts: TicketCounts = {
  toDispatch: 4,
  awaitingAcceptance: 3,
  inProgress: 7,
  dueSoon: 2,
  overdue: 1,
  escalated: 5,
  feedbackGiven: 6,
  assistOpen: 8,
  open: 20,
  dueSoonWithin: 'P3D',
  at: '2026-12-01T00:00:00.000Z',
};

describe('the committee’s queues (党委派单)', () => {
  it('are to dispatch, waiting for acceptance, in progress, due soon, overdue, escalated and assisting, in that order', () => {
    expect(DISPATCH_QUEUES.map((q) => q.id)).toEqual(['toDispatch', 'awaitingAcceptance', 'inProgress', 'dueSoon', 'overdue', 'escalated', 'assisting']);
  });

  it('ask the list for exactly what their count counts', () => {
    const params = Object.fromEntries(DISPATCH_QUEUES.map((q) => [q.id, queueParams(q, 'deadline')]));
    expect(params).toEqual({
      toDispatch: { states: 'placed,returned', sort: 'deadline' },
      awaitingAcceptance: { state: 'dispatched', sort: 'deadline' },
      inProgress: { states: 'in_progress,awaiting_info,rectifying', sort: 'deadline' },
      dueSoon: { dueWithin: 'P3D', sort: 'deadline' },
      overdue: { overdue: true, open: true, sort: 'deadline' },
      escalated: { escalated: true, open: true, sort: 'deadline' },
      assisting: { assist: 'open', open: true, sort: 'deadline' },
    });
    expect(DISPATCH_QUEUES.map((q) => queueCount(q, counts))).toEqual([4, 3, 7, 2, 1, 5, 8]);
  });

  it('show the return reason and count in the to-dispatch queue only', () => {
    expect(DISPATCH_QUEUES.filter((q) => q.showReturns).map((q) => q.id)).toEqual(['toDispatch']);
  });

  it('list the to-dispatch queue as the returned orders, then the new ones: together what it counts', () => {
    expect(returnedParams('priority')).toEqual({ state: 'returned', sort: 'priority' });
    expect(placedParams('priority')).toEqual({ state: 'placed', sort: 'priority' });
    const [toDispatch] = DISPATCH_QUEUES;
    expect([returnedParams('deadline').state, placedParams('deadline').state].sort().join(',')).toBe(
      String(queueParams(toDispatch, 'deadline').states).split(',').sort().join(','),
    );
  });
});

describe('sorting', () => {
  const [toDispatch] = DISPATCH_QUEUES;
  it('follows the address when it names a known sort', () => {
    expect(pickSort(toDispatch, 'priority')).toBe('priority');
    expect(queueParams(toDispatch, pickSort(toDispatch, 'priority'))).toEqual({ states: 'placed,returned', sort: 'priority' });
  });
  it('falls back to the queue’s own sort otherwise', () => {
    expect(pickSort(toDispatch, null)).toBe('deadline');
    expect(pickSort(toDispatch, 'nonsense')).toBe('deadline');
    expect(pickSort(DISPATCH_QUEUES.find((q) => q.id === 'escalated')!, null)).toBe('escalation');
  });
});

describe('landing on a queue', () => {
  const counts = (values: Record<string, number | undefined>) => (q: { id: string }) => values[q.id];
  it('opens the first queue that holds orders, once every count is known', () => {
    const ids = Object.fromEntries(DEPARTMENT_QUEUES.map((q) => [q.id, 0]));
    expect(busiestFirst(DEPARTMENT_QUEUES, counts({ ...ids, assisting: 2, rectifying: 1 }))?.id).toBe('assisting');
    expect(busiestFirst(DEPARTMENT_QUEUES, counts(ids))?.id).toBe('incoming');
    expect(busiestFirst(DEPARTMENT_QUEUES, counts({ ...ids, awaitingInfo: undefined, rectifying: 3 }))).toBeUndefined();
  });
});

describe('picking a queue', () => {
  it('takes the one the address names, else the first', () => {
    expect(pickQueue(DISPATCH_QUEUES, 'overdue').id).toBe('overdue');
    expect(pickQueue(DISPATCH_QUEUES, 'no-such').id).toBe('toDispatch');
    expect(pickQueue(DISPATCH_QUEUES, null).id).toBe('toDispatch');
  });
});

describe('/work', () => {
  it('gives a department its own queues: incoming, assisting (协办), in progress, awaiting information, rectifying, feedback given', () => {
    const { kind, queues } = workQueuesFor('department');
    expect(kind).toBe('department');
    expect(queues.map((q) => q.id)).toEqual(['incoming', 'assisting', 'inProgress', 'awaitingInfo', 'rectifying', 'feedbackGiven']);
    expect(queues.map((q) => q.filter)).toEqual([
      { state: 'dispatched' },
      { assist: 'open', open: true },
      { state: 'in_progress' },
      { state: 'awaiting_info' },
      { state: 'rectifying' },
      { state: 'feedback_given' },
    ]);
  });

  it('counts a department queue without a counts field by the list’s total of one row', () => {
    const awaitingInfo = DEPARTMENT_QUEUES.find((q) => q.id === 'awaitingInfo')!;
    expect(queueCount(awaitingInfo, counts)).toBeUndefined();
    expect(countParams(awaitingInfo)).toEqual({ state: 'awaiting_info', page: 1, pageSize: 1 });
    expect(queueCount(DEPARTMENT_QUEUES[0], counts)).toBe(3);
  });

  it('gives a leader in charge escalations first, then overdue, then every open order', () => {
    const { kind, queues } = workQueuesFor('leader');
    expect(kind).toBe('leader');
    expect(queues).toBe(LEADER_QUEUES);
    expect(queues.map((q) => [q.id, queueParams(q, q.defaultSort)])).toEqual([
      ['escalated', { escalated: true, open: true, sort: 'escalation' }],
      ['overdue', { overdue: true, open: true, sort: 'deadline' }],
      ['open', { open: true, sort: 'escalation' }],
      ['assisting', { assist: 'open', open: true, sort: 'deadline' }],
    ]);
    expect(queues.map((q) => queueCount(q, counts))).toEqual([5, 1, 20, 8]);
  });
});

describe('the last return', () => {
  it('is the newest returned event’s reason, note and department', () => {
    const events = [
      { type: 'placed', payload: {}, at: '2026-11-01T00:00:00Z' },
      { type: 'returned', payload: { reason: 'not_our_area', note: 'first', departmentId: 'd1' }, at: '2026-11-02T00:00:00Z' },
      { type: 'dispatched', payload: {}, at: '2026-11-03T00:00:00Z' },
      { type: 'returned', payload: { reason: 'not_our_function', note: 'wrong desk', departmentId: 'd2' }, at: '2026-11-04T00:00:00Z' },
    ] as never[];
    expect(lastReturn(events)).toEqual({ reason: 'not_our_function', note: 'wrong desk', departmentId: 'd2', at: '2026-11-04T00:00:00Z' });
  });
  it('is none for an order never returned', () => {
    expect(lastReturn([{ type: 'placed', payload: {}, at: '2026-11-01T00:00:00Z' }] as never[])).toBeNull();
  });
});
