import { PGlite } from '@electric-sql/pglite';
import type { TicketEvent, TicketState } from '@whistle/workflows';
import type { EntityManager } from 'typeorm';
import { assignmentChange, recordAssignment, recordAssignments } from './ticket.assignments.js';
import type { Feedback, TicketEntity } from './ticket.entity.js';

/**
 * The rows the scoreboard (三率排名) counts: one per dispatch of an order to a department, kept in
 * step with every change. The changes are judged by what they are, and the statements by running
 * them on PostgreSQL's own engine (PGlite, in memory) and reading the rows back.
 */
const NOW = new Date('2026-03-02T08:00:00.000Z');
const feedback = (result: string, onTime: boolean) => ({ result, content: 'c', at: NOW.toISOString(), onTime }) as Feedback;
const ticket = (state: TicketState, fields: Partial<TicketEntity> = {}) => ({ id: T1, state, feedback: null, ...fields }) as TicketEntity;
const change = (from: TicketState, to: TicketState, event: TicketEvent, fields: Partial<TicketEntity> = {}) =>
  assignmentChange(ticket(from), ticket(to, fields), event, NOW);

const T1 = '00000000-0000-4000-8000-000000000001';
const T2 = '00000000-0000-4000-8000-000000000002';
const T3 = '00000000-0000-4000-8000-000000000003';

describe('assignmentChange: what a change does to the open assignment', () => {
  it('acceptance and return are stamped', () => {
    expect(change('dispatched', 'in_progress', { type: 'ACCEPT' })).toStrictEqual({ acceptedAt: NOW });
    expect(change('dispatched', 'returned', { type: 'RETURN' })).toStrictEqual({ returnedAt: NOW });
  });

  it('the first feedback is the one counted for timeliness; a later one only updates the last result', () => {
    expect(change('in_progress', 'feedback_given', { type: 'FEEDBACK' }, { feedback: feedback('resolved', false) })).toStrictEqual({
      lastResult: 'resolved',
      firstFeedbackAt: NOW,
      firstFeedbackOnTime: false,
      firstResult: 'resolved',
    });
    expect(change('rectifying', 'feedback_given', { type: 'FEEDBACK' }, { feedback: feedback('explained', true) })).toStrictEqual({ lastResult: 'explained' });
  });

  it('a missed feedback deadline is marked', () => {
    expect(change('in_progress', 'in_progress', { type: 'FEEDBACK_DEADLINE_PASSED' })).toStrictEqual({ feedbackMissed: true });
  });

  it.each<[number, TicketState, object]>([
    [5, 'closed', { endedAt: NOW, endState: 'closed', ratings: 1, satisfiedRatings: 1, ratingSum: 5 }],
    [4, 'closed', { endedAt: NOW, endState: 'closed', ratings: 1, satisfiedRatings: 1, ratingSum: 4 }],
    [3, 'closed', { endedAt: NOW, endState: 'closed', ratings: 1, satisfiedRatings: 0, ratingSum: 3 }],
    [2, 'rectifying', { ratings: 1, satisfiedRatings: 0, ratingSum: 2, reopened: true }],
  ])('a rating of %s (to %s) is counted, satisfied from 4', (score, to, expected) => {
    expect(change('feedback_given', to, { type: 'RATE', score })).toStrictEqual(expected);
  });

  it.each<TicketState>(['dispatched', 'in_progress', 'awaiting_info', 'rectifying'])('an escalation while the department has the order (%s) counts against it, by level', (state) => {
    expect(change(state, state, { type: 'ESCALATE', level: 1 })).toStrictEqual({ escalations1: 1 });
    expect(change(state, state, { type: 'ESCALATE', level: 2 })).toStrictEqual({ escalations2: 1 });
    expect(change(state, state, { type: 'ESCALATE', level: 3 })).toStrictEqual({ escalations3: 1 });
  });

  it.each<TicketState>(['placed', 'returned', 'feedback_given'])('an escalation in %s (not the department’s stage) counts nothing', (state) => {
    expect(change(state, state, { type: 'ESCALATE', level: 2 })).toBeNull();
  });

  it('any other change ends the assignment when the order ends, and is nothing otherwise', () => {
    expect(change('in_progress', 'withdrawn', { type: 'WITHDRAW' })).toStrictEqual({ endedAt: NOW, endState: 'withdrawn' });
    expect(change('feedback_given', 'closed', { type: 'RATE_DEADLINE_PASSED' })).toStrictEqual({ endedAt: NOW, endState: 'closed' });
    expect(change('in_progress', 'in_progress', { type: 'REMIND' })).toBeNull();
    expect(change('in_progress', 'awaiting_info', { type: 'REQUEST_INFO' })).toBeNull();
  });
});

describe('recordAssignment and recordAssignments on the table', () => {
  let db: PGlite;
  let statements: string[];
  const manager = {
    query: (sql: string, params: unknown[]) => {
      statements.push(String(sql));
      return db.query(String(sql), params);
    },
  } as unknown as EntityManager;

  beforeAll(async () => {
    db = await PGlite.create();
    // The columns of migration 1763800000000-assessment, without the foreign keys.
    await db.exec(`
      CREATE TABLE ticket_assignments (
        id bigserial PRIMARY KEY, ticket_id uuid NOT NULL, chain_id text NOT NULL, department_id text NOT NULL,
        category text NOT NULL, priority text, dispatched_at timestamptz NOT NULL, accept_by timestamptz NOT NULL,
        accepted_at timestamptz, returned_at timestamptz, return_reason text, first_feedback_at timestamptz,
        first_feedback_on_time boolean, first_result text, last_result text,
        feedback_missed boolean NOT NULL DEFAULT false, reopened boolean NOT NULL DEFAULT false,
        ratings integer NOT NULL DEFAULT 0, satisfied_ratings integer NOT NULL DEFAULT 0, rating_sum integer NOT NULL DEFAULT 0,
        escalations_1 integer NOT NULL DEFAULT 0, escalations_2 integer NOT NULL DEFAULT 0, escalations_3 integer NOT NULL DEFAULT 0,
        ended_at timestamptz, end_state text);
      CREATE UNIQUE INDEX ON ticket_assignments (ticket_id) WHERE returned_at IS NULL;`);
  });

  afterAll(async () => {
    await db?.close();
  });

  beforeEach(async () => {
    statements = [];
    await db.exec('TRUNCATE ticket_assignments');
  });

  const dispatch = (id: string, department: string, at = NOW) =>
    recordAssignment(
      manager,
      ticket('placed', { id }),
      ticket('dispatched', { id, chainId: 'C', departmentId: department, category: 'permits', priority: 'urgent', acceptBy: new Date(at.getTime() + 3_600_000) }),
      { type: 'DISPATCH' },
      at,
    );
  const step = (id: string, from: TicketState, to: TicketState, event: TicketEvent, fields: Partial<TicketEntity> = {}) =>
    recordAssignment(manager, ticket(from, { id }), ticket(to, { id, ...fields }), event, NOW);
  const rows = async () =>
    (
      await db.query<Record<string, unknown>>(
        `SELECT ticket_id, department_id, category, priority, dispatched_at, accept_by, accepted_at, returned_at, first_feedback_at,
                first_feedback_on_time, first_result, last_result, feedback_missed, reopened, ratings, satisfied_ratings, rating_sum,
                escalations_1, escalations_2, escalations_3, ended_at, end_state
           FROM ticket_assignments ORDER BY id`,
      )
    ).rows;

  it('a dispatch opens an assignment that every later change of that dispatch updates, counters adding up', async () => {
    await dispatch(T1, 'D1');
    await step(T1, 'dispatched', 'in_progress', { type: 'ACCEPT' });
    for (const level of [1, 2, 3] as const) await step(T1, 'in_progress', 'in_progress', { type: 'ESCALATE', level });
    await step(T1, 'in_progress', 'feedback_given', { type: 'FEEDBACK' }, { feedback: feedback('resolved', true) });
    await step(T1, 'feedback_given', 'rectifying', { type: 'RATE', score: 2 });
    await step(T1, 'rectifying', 'rectifying', { type: 'FEEDBACK_DEADLINE_PASSED' });
    for (const level of [1, 2, 3] as const) await step(T1, 'rectifying', 'rectifying', { type: 'ESCALATE', level });
    await step(T1, 'rectifying', 'feedback_given', { type: 'FEEDBACK' }, { feedback: feedback('explained', false) });
    await step(T1, 'feedback_given', 'feedback_given', { type: 'REMIND' });
    await step(T1, 'feedback_given', 'closed', { type: 'RATE', score: 5 });
    expect(await rows()).toStrictEqual([
      {
        ticket_id: T1,
        department_id: 'D1',
        category: 'permits',
        priority: 'urgent',
        dispatched_at: NOW,
        accept_by: new Date(NOW.getTime() + 3_600_000),
        accepted_at: NOW,
        returned_at: null,
        first_feedback_at: NOW,
        first_feedback_on_time: true,
        first_result: 'resolved',
        last_result: 'explained',
        feedback_missed: true,
        reopened: true,
        ratings: 2,
        satisfied_ratings: 1,
        rating_sum: 7,
        escalations_1: 2,
        escalations_2: 2,
        escalations_3: 2,
        ended_at: NOW,
        end_state: 'closed',
      },
    ]);
    // The REMIND made no statement: one per change that changes something.
    expect(statements).toHaveLength(13);
  });

  it('after a return, a re-dispatch opens a new assignment and the returned one is left as it was', async () => {
    await dispatch(T1, 'D1');
    await step(T1, 'dispatched', 'returned', { type: 'RETURN' });
    await dispatch(T1, 'D2');
    await step(T1, 'dispatched', 'in_progress', { type: 'ACCEPT' });
    await step(T1, 'in_progress', 'in_progress', { type: 'ESCALATE', level: 3 });
    const [returned, open] = await rows();
    expect([returned!.department_id, returned!.returned_at, returned!.accepted_at, returned!.escalations_3]).toStrictEqual(['D1', NOW, null, 0]);
    expect([open!.department_id, open!.returned_at, open!.accepted_at, open!.escalations_3]).toStrictEqual(['D2', null, NOW, 1]);
  });

  it('a batch of timer firings makes one statement per distinct change, for every ticket it applies to, and none for a change that is nothing', async () => {
    await dispatch(T1, 'D1');
    await dispatch(T2, 'D1');
    await dispatch(T3, 'D2');
    statements = [];
    const missed = { type: 'FEEDBACK_DEADLINE_PASSED' } as const;
    await recordAssignments(
      manager,
      [
        { before: ticket('in_progress', { id: T1 }), after: ticket('in_progress', { id: T1 }), event: missed },
        { before: ticket('in_progress', { id: T2 }), after: ticket('in_progress', { id: T2 }), event: missed },
        { before: ticket('in_progress', { id: T3 }), after: ticket('in_progress', { id: T3 }), event: { type: 'ESCALATE', level: 2 } },
        { before: ticket('in_progress', { id: T3 }), after: ticket('in_progress', { id: T3 }), event: { type: 'REMINDER_DUE' } },
      ],
      NOW,
    );
    expect(statements).toHaveLength(2);
    expect((await rows()).map((row) => [row.ticket_id, row.feedback_missed, row.escalations_2])).toStrictEqual([
      [T1, true, 0],
      [T2, true, 0],
      [T3, false, 1],
    ]);
  });

  it('a batch refuses a dispatch: it opens an assignment, which recordAssignment does', async () => {
    await expect(recordAssignments(manager, [{ before: ticket('placed'), after: ticket('dispatched'), event: { type: 'DISPATCH' } }], NOW)).rejects.toThrow(
      'a dispatch opens an assignment: record it with recordAssignment',
    );
  });
});
