import { PGlite } from '@electric-sql/pglite';
import { type Actor, ForbiddenError, InvalidInputError, type Role } from '@whistle/common';
import { period, reportChain } from './report.scope.js';
import { departmentScore, SCOREBOARD, type ScoreboardRow, scoreboardParams } from './scoreboard.js';

/**
 * The scoreboard (三率排名) counted by running its statement on PostgreSQL's own engine (PGlite,
 * in memory) over assignments, assisting parts and evaluations made so that each count, rate and
 * exclusion has its own figure. The tables have the migrations' columns the statement reads.
 */
const C = '00000000-0000-4000-8000-0000000000c1';
const OTHER_CHAIN = '00000000-0000-4000-8000-0000000000c2';
const dept = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const [FINANCE, TRANSPORT, IDLE, AGRICULTURE] = [dept(1), dept(2), dept(3), dept(4)];
const WEIGHTS = { response: 2, feedback: 1, resolution: 1, satisfaction: 1, evaluation: 3 };
const MARCH = period('2026-03-01', '2026-04-01', 'UTC');

let db: PGlite;

/** An assignment of `department`, dispatched 10 March 08:00 and to be accepted by 10:00, with `fields` (column: value). */
const assignment = (department: string, fields: Record<string, unknown> = {}) => ({
  chain_id: C,
  department_id: department,
  dispatched_at: '2026-03-10T08:00:00Z',
  accept_by: '2026-03-10T10:00:00Z',
  ...fields,
});
const ASSIGNMENTS = [
  // Finance: accepted on time, feedback on time, resolved, rated 5 (satisfied), escalated once to level 1.
  assignment(FINANCE, { accepted_at: '2026-03-10T09:00:00Z', first_feedback_at: '2026-03-20T00:00:00Z', first_feedback_on_time: true, first_result: 'resolved', ratings: 1, satisfied_ratings: 1, rating_sum: 5, escalations_1: 1 }),
  // accepted late, feedback deadline missed, escalated to levels 2 and 3.
  assignment(FINANCE, { accepted_at: '2026-03-10T11:00:00Z', feedback_missed: true, escalations_2: 1, escalations_3: 1 }),
  // returned without being accepted.
  assignment(FINANCE, { returned_at: '2026-03-10T09:30:00Z' }),
  // accepted at the deadline, feedback late, "resolved" but reopened by a rating of 1, then rated 2.
  assignment(FINANCE, { accepted_at: '2026-03-10T10:00:00Z', first_feedback_at: '2026-03-25T00:00:00Z', first_feedback_on_time: false, first_result: 'resolved', reopened: true, ratings: 2, rating_sum: 3 }),
  // Not counted: dispatched before the period, in another chain.
  assignment(FINANCE, { dispatched_at: '2026-02-28T23:59:59Z', accepted_at: '2026-03-01T00:00:00Z' }),
  assignment(FINANCE, { chain_id: OTHER_CHAIN, accepted_at: '2026-03-10T09:00:00Z' }),
  // Not counted: dispatched at the period's end (exclusive).
  assignment(FINANCE, { dispatched_at: '2026-04-01T00:00:00Z' }),
  // Transport and Agriculture: accepted on time, nothing more yet.
  assignment(TRANSPORT, { accepted_at: '2026-03-10T09:00:00Z' }),
  assignment(AGRICULTURE, { accepted_at: '2026-03-10T09:00:00Z' }),
];

/** A part asked of `department` on 10 March, due 15 March. */
const assist = (department: string, fields: Record<string, unknown>) => ({
  chain_id: C,
  department_id: department,
  requested_at: '2026-03-10T08:00:00Z',
  due_by: '2026-03-15T00:00:00Z',
  ...fields,
});
const ASSISTS = [
  assist(FINANCE, { state: 'given', given_at: '2026-03-15T00:00:00Z' }), // on time (at its deadline)
  assist(FINANCE, { state: 'given', given_at: '2026-03-16T00:00:00Z' }), // late
  assist(FINANCE, { state: 'requested', overdue: true }), // due, not given
  assist(FINANCE, { state: 'declined', overdue: true }), // declined: not due
  assist(FINANCE, { state: 'accepted' }), // not yet due
  assist(FINANCE, { state: 'given', given_at: '2026-03-12T00:00:00Z', cancelled_at: '2026-03-13T00:00:00Z' }), // ended by a return
  assist(FINANCE, { state: 'given', given_at: '2026-03-01T00:00:00Z', requested_at: '2026-02-27T00:00:00Z' }), // asked before the period
];

/** Evaluations (测评会): [chain, from, to, state, results by department]. */
const EVALUATIONS: [string | null, string, string, string, Record<string, number | null>][] = [
  [C, '2026-03-01', '2026-03-15', 'closed', { [FINANCE]: 80 }],
  [C, '2026-03-16', '2026-03-31', 'closed', { [FINANCE]: 70, [IDLE]: null }],
  [null, '2026-03-01', '2026-03-31', 'closed', { [TRANSPORT]: 90, [AGRICULTURE]: 90 }], // of every chain
  [C, '2026-03-01', '2026-03-31', 'open', { [FINANCE]: 10 }], // not closed
  [C, '2026-02-01', '2026-02-28', 'closed', { [FINANCE]: 10 }], // before the period
  [C, '2026-04-01', '2026-04-30', 'closed', { [FINANCE]: 10 }], // after it
  [OTHER_CHAIN, '2026-03-01', '2026-03-31', 'closed', { [FINANCE]: 10 }], // another chain
];

const insert = async (table: string, row: Record<string, unknown>) => {
  const columns = Object.keys(row);
  await db.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`, Object.values(row));
};

beforeAll(async () => {
  db = await PGlite.create();
  await db.exec(`
    CREATE TABLE departments (id uuid PRIMARY KEY, name text NOT NULL, code text NOT NULL);
    CREATE TABLE ticket_assignments (
      id bigserial PRIMARY KEY, chain_id uuid NOT NULL, department_id uuid NOT NULL,
      dispatched_at timestamptz NOT NULL, accept_by timestamptz NOT NULL, accepted_at timestamptz, returned_at timestamptz,
      first_feedback_at timestamptz, first_feedback_on_time boolean, first_result text,
      feedback_missed boolean NOT NULL DEFAULT false, reopened boolean NOT NULL DEFAULT false,
      ratings integer NOT NULL DEFAULT 0, satisfied_ratings integer NOT NULL DEFAULT 0, rating_sum integer NOT NULL DEFAULT 0,
      escalations_1 integer NOT NULL DEFAULT 0, escalations_2 integer NOT NULL DEFAULT 0, escalations_3 integer NOT NULL DEFAULT 0);
    CREATE TABLE ticket_assists (
      id bigserial PRIMARY KEY, chain_id uuid NOT NULL, department_id uuid NOT NULL, state text NOT NULL,
      requested_at timestamptz NOT NULL, due_by timestamptz NOT NULL, given_at timestamptz,
      overdue boolean NOT NULL DEFAULT false, cancelled_at timestamptz);
    CREATE TABLE evaluations (id bigserial PRIMARY KEY, chain_id uuid, period_from date NOT NULL, period_to date NOT NULL, state text NOT NULL);
    CREATE TABLE evaluation_departments (evaluation_id bigint NOT NULL, department_id uuid NOT NULL, result numeric(5, 2));`);
  for (const [id, name, code] of [
    [FINANCE, '市财政局', 'FIN'],
    [TRANSPORT, 'Transport bureau', 'TRA'],
    [IDLE, 'Idle bureau', 'IDL'],
    [AGRICULTURE, 'Agriculture bureau', 'AGR'],
  ]) {
    await insert('departments', { id, name, code });
  }
  for (const row of ASSIGNMENTS) await insert('ticket_assignments', row);
  for (const row of ASSISTS) await insert('ticket_assists', row);
  for (const [n, [chain, from, to, state, results]] of EVALUATIONS.entries()) {
    await insert('evaluations', { id: n + 1, chain_id: chain, period_from: from, period_to: to, state });
    for (const [department, result] of Object.entries(results)) await insert('evaluation_departments', { evaluation_id: n + 1, department_id: department, result });
  }
});

afterAll(async () => {
  await db?.close();
});

const scoreboard = async (p = MARCH, chainId: string | null = C) =>
  (await db.query<ScoreboardRow>(SCOREBOARD, scoreboardParams(p, chainId, WEIGHTS))).rows.map(departmentScore);

const NOTHING = {
  received: 0,
  accepted: 0,
  acceptedOnTime: 0,
  responseRate: null,
  feedbackDue: 0,
  feedbackOnTime: 0,
  onTimeFeedbackRate: null,
  feedbackGiven: 0,
  resolved: 0,
  resolutionRate: null,
  ratings: 0,
  satisfied: 0,
  satisfactionRate: null,
  meanRating: null,
  returns: 0,
  escalations: { level1: 0, level2: 0, level3: 0 },
  assists: 0,
  assistsDue: 0,
  assistsOnTime: 0,
  onTimeAssistRate: null,
  assistDeclines: 0,
  evaluationScore: null,
  evaluations: 0,
  composite: null,
  rank: null,
};
/** Accepted on time, nothing more, and 90 at the evaluation of every chain: (2 × 100 + 3 × 90) / (2 + 3). */
const ACCEPTED_ONLY = { ...NOTHING, received: 1, accepted: 1, acceptedOnTime: 1, responseRate: 100, evaluationScore: 90, evaluations: 1, composite: 94, rank: 1 };

describe('the scoreboard of a chain over March', () => {
  it('counts each department’s assignments, parts and evaluations, rates them, and ranks the composite (ties share a rank)', async () => {
    expect(await scoreboard()).toStrictEqual([
      { departmentId: AGRICULTURE, name: 'Agriculture bureau', code: 'AGR', ...ACCEPTED_ONLY },
      { departmentId: TRANSPORT, name: 'Transport bureau', code: 'TRA', ...ACCEPTED_ONLY },
      {
        departmentId: FINANCE,
        name: '市财政局',
        code: 'FIN',
        received: 4,
        accepted: 3,
        acceptedOnTime: 2,
        responseRate: 50,
        feedbackDue: 3,
        feedbackOnTime: 1,
        onTimeFeedbackRate: 33.33,
        feedbackGiven: 2,
        resolved: 1,
        resolutionRate: 50,
        ratings: 3,
        satisfied: 1,
        satisfactionRate: 33.33,
        meanRating: 2.67,
        returns: 1,
        escalations: { level1: 1, level2: 1, level3: 1 },
        assists: 5,
        assistsDue: 3,
        assistsOnTime: 1,
        onTimeAssistRate: 33.33,
        assistDeclines: 1,
        evaluationScore: 75,
        evaluations: 2,
        // (2 × 50 + 33.33 + 50 + 33.33 + 3 × 75) / 8
        composite: 55.21,
        rank: 3,
      },
      { departmentId: IDLE, name: 'Idle bureau', code: 'IDL', ...NOTHING },
    ]);
  });

  it('over every chain, counts the other chain’s assignment and evaluation too', async () => {
    const finance = (await scoreboard(MARCH, null)).find((d) => d.departmentId === FINANCE)!;
    expect([finance.received, finance.acceptedOnTime, finance.evaluations, finance.evaluationScore]).toStrictEqual([5, 3, 3, 53.33]);
  });

  it('without a period, counts everything', async () => {
    const finance = (await scoreboard(period(undefined, undefined, 'UTC'), C)).find((d) => d.departmentId === FINANCE)!;
    expect([finance.received, finance.assists, finance.evaluations]).toStrictEqual([6, 6, 4]);
  });
});

describe('departmentScore', () => {
  it('reads the driver’s strings as numbers, rounds rates to two decimals and keeps null as null', () => {
    const score = departmentScore({ id: 'd', name: 'n', code: 'c', received: '7', response_rate: '66.666666', mean_rating: '4.005', composite: null, rank: '2', e1: null });
    expect([score.received, score.responseRate, score.meanRating, score.composite, score.rank, score.escalations.level1, score.accepted]).toStrictEqual([
      7, 66.67, 4.01, null, 2, 0, 0,
    ]);
  });
});

describe('report scope', () => {
  const actor = (role: Role, chainId: string | null = null): Actor => ({ id: 'u', username: 'u', role, chainId, enterpriseId: null, departmentId: null });

  it('a chain-bound role sees its own chain, asked or not, and is refused another', () => {
    for (const role of ['dispatcher', 'commissioner', 'supervisor'] as const) {
      expect(reportChain(actor(role, C), undefined)).toBe(C);
      expect(reportChain(actor(role, C), C)).toBe(C);
      expect(() => reportChain(actor(role, C), OTHER_CHAIN)).toThrow(new ForbiddenError('you may only see the reports of your own chain'));
    }
  });

  it('the others choose a chain or see all; an enterprise sees no report', () => {
    for (const role of ['admin', 'leader', 'department'] as const) {
      expect(reportChain(actor(role), OTHER_CHAIN)).toBe(OTHER_CHAIN);
      expect(reportChain(actor(role), undefined)).toBeNull();
    }
    expect(reportChain(actor('supervisor'), OTHER_CHAIN)).toBe(OTHER_CHAIN);
    // Bound by the role, not by having a chain: only a supervisor's chain binds it.
    expect(reportChain(actor('leader', C), OTHER_CHAIN)).toBe(OTHER_CHAIN);
    expect(() => reportChain(actor('enterprise'), undefined)).toThrow(new ForbiddenError('enterprises do not see the departments’ reports'));
  });

  it('a period of dates runs from midnight in the zone to midnight of its end, which is excluded', () => {
    expect(period('2026-03-01', '2026-04-01', 'Asia/Shanghai')).toStrictEqual({
      from: new Date('2026-02-28T16:00:00Z'),
      to: new Date('2026-03-31T16:00:00Z'),
      fromDate: '2026-03-01',
      toDate: '2026-04-01',
    });
    expect(period('2026-03-01T12:30:00+08:00', undefined, 'Asia/Shanghai')).toStrictEqual({ from: new Date('2026-03-01T04:30:00Z'), to: null, fromDate: '2026-03-01', toDate: null });
    expect(period(undefined, undefined, 'UTC')).toStrictEqual({ from: null, to: null, fromDate: null, toDate: null });
  });

  it('refuses a date it cannot read, naming the field, and an end not after the start', () => {
    const refused = (run: () => unknown, message: string) => {
      expect(run).toThrow(InvalidInputError);
      expect(run).toThrow(message);
    };
    refused(() => period('March', undefined, 'UTC'), 'from: must be an ISO 8601 date or date-time');
    refused(() => period(undefined, '2026-13-01', 'UTC'), 'to: must be an ISO 8601 date or date-time');
    refused(() => period('2026-03-01', '2026-03-01', 'UTC'), 'to: must be later than from');
    refused(() => period('2026-03-02', '2026-03-01', 'UTC'), 'to: must be later than from');
  });
});
