import { InvalidInputError } from '@whistle/common';
import type { SlaClock } from '@whistle/deadlines';
import type { TicketEvent, TicketState } from '@whistle/workflows';
import type { AssistRecord, TicketEntity } from './ticket.entity.js';
import { type Effects, TicketRules } from './ticket.rules.js';

/**
 * What each step does besides moving the machine: the deadlines it sets, the timeline entry it
 * writes and who hears of it. Every case compares the whole answer, so a changed deadline, a
 * lost payload field or a notice sent to the wrong people shows.
 */
const rules = new TicketRules();
const NOW = new Date('2026-03-02T08:00:00.000Z');
const HOUR = 3_600_000;
const later = (hours: number, from = NOW) => new Date(from.getTime() + hours * HOUR);
const iso = (hours: number, from = NOW) => later(hours, from).toISOString();

/** Deadlines a fixed number of hours after their start, one figure per stage, so each shows which stage it came from. */
const DUE = { dispatch: 1, accept: 2, feedback: 720, rate: 168, rectify: 360, assist: 120 } as const;
const sla = { due: (stage: keyof typeof DUE, from: Date) => later(DUE[stage], from) } as unknown as SlaClock;

const LABEL = 'T-1 “Boiler permit”';
const CHAIN = { dispatchersOfChain: 'C' };
const ENTERPRISE = { usersOfEnterprise: 'E' };
const DEPARTMENT = { usersOfDepartment: 'D' };

const ticket = (fields: Partial<TicketEntity> = {}) =>
  ({
    id: 't',
    code: 'T-1',
    title: 'Boiler permit',
    chainId: 'C',
    enterpriseId: 'E',
    departmentId: 'D',
    leaderUserId: 'L',
    state: 'in_progress',
    category: 'permits',
    priority: 'normal',
    firstDispatchedAt: later(-48),
    feedbackBy: later(24),
    rateBy: null,
    extensionRequest: null,
    infoRequest: null,
    pausedSeconds: 0,
    assists: [],
    ...fields,
  }) as TicketEntity;

const part = (departmentId: string, fields: Partial<AssistRecord> = {}): AssistRecord => ({
  departmentId,
  state: 'requested',
  requestedAt: iso(-10),
  dueBy: iso(10),
  acceptedAt: null,
  at: null,
  content: null,
  declineReason: null,
  declineNote: null,
  onTime: null,
  ...fields,
});

const effects = (t: TicketEntity, event: TicketEvent, body: object = {}, extra: { to?: TicketState; departmentLeaderId?: string | null } = {}): Effects =>
  rules.effects({ ticket: t, event, to: extra.to ?? t.state, body, now: NOW, actorId: 'U', sla, departmentLeaderId: extra.departmentLeaderId });

/** The step refuses its input, naming the field and why (InvalidInputError's message is `field: why`). */
const invalid = (run: () => unknown, field: string, message: string) => {
  expect(run).toThrow(InvalidInputError);
  expect(run).toThrow(`${field}: ${message}`);
};

describe('TicketRules', () => {
  it('a placed order is due for dispatch one dispatch period on', () => {
    expect(rules.placed(NOW, sla)).toStrictEqual({ dispatchBy: later(DUE.dispatch) });
  });

  describe('DISPATCH (党委派单)', () => {
    const placed = ticket({ state: 'placed', departmentId: null, leaderUserId: null, firstDispatchedAt: null, feedbackBy: null });

    it('the first dispatch starts the one-month clock and names the department’s leader in charge', () => {
      expect(effects(placed, { type: 'DISPATCH' }, { departmentId: 'D2', priority: 'urgent' }, { departmentLeaderId: 'L2' })).toStrictEqual({
        patch: {
          departmentId: 'D2',
          leaderUserId: 'L2',
          priority: 'urgent',
          category: 'permits',
          acceptBy: later(DUE.accept),
          firstDispatchedAt: NOW,
          feedbackBy: later(DUE.feedback),
          assists: [],
        },
        type: 'dispatched',
        payload: { departmentId: 'D2', priority: 'urgent', leaderUserId: 'L2', acceptBy: iso(DUE.accept), feedbackBy: iso(DUE.feedback), redispatch: false },
        notices: [{ type: 'ticket.dispatched', to: { usersOfDepartment: 'D2' }, message: `${LABEL}: dispatched to your department`, params: { priority: 'urgent' } }],
      });
    });

    it('without a leader in charge anywhere, the order has none', () => {
      expect(effects(placed, { type: 'DISPATCH' }, { departmentId: 'D2', priority: 'normal' }).patch.leaderUserId).toBeNull();
    });

    it('a re-dispatch keeps the first dispatch and its deadline; a named leader, a new category and assisting departments are taken', () => {
      const first = later(-100);
      const returned = ticket({ state: 'returned', departmentId: null, firstDispatchedAt: first, feedbackBy: later(200) });
      const body = { departmentId: 'D2', priority: 'normal', leaderUserId: 'LX', category: 'finance', assistingDepartmentIds: ['D3', 'D4'] };
      const result = effects(returned, { type: 'DISPATCH', assisting: ['D3', 'D4'] }, body, { departmentLeaderId: 'L2' });
      const parts = [part('D3', { requestedAt: NOW.toISOString(), dueBy: iso(DUE.assist) }), part('D4', { requestedAt: NOW.toISOString(), dueBy: iso(DUE.assist) })];
      expect(result).toStrictEqual({
        patch: {
          departmentId: 'D2',
          leaderUserId: 'LX',
          priority: 'normal',
          category: 'finance',
          acceptBy: later(DUE.accept),
          firstDispatchedAt: first,
          feedbackBy: later(200),
          assists: parts,
        },
        type: 'dispatched',
        payload: { ...body, leaderUserId: 'LX', acceptBy: iso(DUE.accept), feedbackBy: iso(200), redispatch: true, assistBy: iso(DUE.assist) },
        notices: [
          { type: 'ticket.dispatched', to: { usersOfDepartment: 'D2' }, message: `${LABEL}: dispatched to your department`, params: { priority: 'normal' } },
          ...['D3', 'D4'].map((departmentId) => ({
            type: 'ticket.assist_requested',
            to: { usersOfDepartment: departmentId },
            message: `${LABEL}: your department is asked to assist (协办), by ${iso(DUE.assist)}`,
            params: { departmentId, dueBy: iso(DUE.assist) },
          })),
        ],
      });
    });

    it('a feedback deadline the committee sets is used, and must lie in the future', () => {
      const feedbackBy = iso(48);
      expect(effects(placed, { type: 'DISPATCH' }, { departmentId: 'D2', priority: 'normal', feedbackBy }).patch.feedbackBy).toStrictEqual(new Date(feedbackBy));
      invalid(() => effects(placed, { type: 'DISPATCH' }, { departmentId: 'D2', priority: 'normal', feedbackBy: NOW.toISOString() }), 'feedbackBy', 'must be in the future');
    });
  });

  it('ACCEPT (部门接单) tells the enterprise', () => {
    expect(effects(ticket({ state: 'dispatched' }), { type: 'ACCEPT' }, { note: 'on it' })).toStrictEqual({
      patch: {},
      type: 'accepted',
      payload: { note: 'on it' },
      notices: [{ type: 'ticket.accepted', to: ENTERPRISE, message: `${LABEL}: accepted by the department` }],
    });
  });

  describe('RETURN', () => {
    it('sends the whole order back to the committee with a new dispatch deadline', () => {
      expect(effects(ticket({ state: 'dispatched' }), { type: 'RETURN' }, { reason: 'not_our_function' })).toStrictEqual({
        patch: { departmentId: null, leaderUserId: null, dispatchBy: later(DUE.dispatch), assists: [] },
        type: 'returned',
        payload: { reason: 'not_our_function', departmentId: 'D' },
        notices: [{ type: 'ticket.returned', to: CHAIN, message: `${LABEL}: returned by the department (not_our_function), re-dispatch it`, params: { reason: 'not_our_function' } }],
      });
    });

    it('ends the assisting parts with it, naming them', () => {
      const result = effects(ticket({ state: 'dispatched', assists: [part('D3'), part('D4')] }), { type: 'RETURN' }, { reason: 'not_our_function' });
      expect(result.payload).toStrictEqual({ reason: 'not_our_function', departmentId: 'D', assistsEnded: ['D3', 'D4'] });
      expect(result.patch.assists).toStrictEqual([]);
    });
  });

  describe('FEEDBACK (双反馈)', () => {
    const body = { result: 'resolved', content: 'done' };
    const notices = [
      { type: 'ticket.feedback', to: ENTERPRISE, message: `${LABEL}: feedback given (resolved)`, params: { result: 'resolved' } },
      { type: 'ticket.feedback', to: CHAIN, message: `${LABEL}: feedback given (resolved)`, params: { result: 'resolved' } },
    ];

    it('tells both the enterprise and the committee, clears the rating and any extension asked, and starts the rating clock', () => {
      expect(effects(ticket({ extensionRequest: { until: iso(50), reason: 'r', requestedAt: iso(-1), requestedBy: 'U' } }), { type: 'FEEDBACK' }, body)).toStrictEqual({
        patch: {
          feedback: { result: 'resolved', content: 'done', at: NOW.toISOString(), onTime: true },
          rating: null,
          extensionRequest: null,
          rateBy: later(DUE.rate),
        },
        type: 'feedback_given',
        payload: { ...body, onTime: true, round: 'first' },
        notices,
      });
    });

    it.each<[string, Date | null, boolean]>([
      ['before the deadline', later(1), true],
      ['at the deadline', NOW, true],
      ['after it', later(-1), false],
      ['without a deadline', null, true],
    ])('is on time %s', (_, feedbackBy, onTime) => {
      const result = effects(ticket({ feedbackBy }), { type: 'FEEDBACK' }, body);
      expect(result.payload.onTime).toBe(onTime);
      expect((result.patch.feedback as { onTime: boolean }).onTime).toBe(onTime);
    });

    it('after an unsatisfied rating is the rectification round, and carries each assisting part’s contribution', () => {
      const given = part('D3', { state: 'given', content: 'our part', onTime: true, at: iso(-2) });
      const declined = part('D4', { state: 'declined', declineReason: 'not_our_function', declineNote: 'n', at: iso(-3) });
      const result = effects(ticket({ state: 'rectifying', assists: [given, declined] }), { type: 'FEEDBACK' }, body);
      expect(result.payload.round).toBe('rectification');
      expect(result.patch.feedback).toStrictEqual({
        result: 'resolved',
        content: 'done',
        at: NOW.toISOString(),
        onTime: true,
        assists: [
          { departmentId: 'D3', state: 'given', content: 'our part', onTime: true },
          { departmentId: 'D4', state: 'declined', content: null, onTime: null },
        ],
      });
    });
  });

  describe('RATE (评单)', () => {
    it('3 or more closes the order and tells the department', () => {
      expect(effects(ticket({ state: 'feedback_given' }), { type: 'RATE', score: 5 }, { score: 5, comment: 'good' }, { to: 'closed' })).toStrictEqual({
        patch: { rating: { score: 5, comment: 'good', at: NOW.toISOString() } },
        type: 'rated',
        payload: { score: 5, comment: 'good', outcome: 'closed' },
        notices: [{ type: 'ticket.rated', to: DEPARTMENT, message: `${LABEL}: rated 5/5`, params: { score: 5, rectify: false } }],
      });
    });

    it('below 3 opens a rectification deadline and says so', () => {
      expect(effects(ticket({ state: 'feedback_given' }), { type: 'RATE', score: 2 }, { score: 2 }, { to: 'rectifying' })).toStrictEqual({
        patch: { rating: { score: 2, comment: null, at: NOW.toISOString() }, feedbackBy: later(DUE.rectify) },
        type: 'rated',
        payload: { score: 2, outcome: 'rectify' },
        notices: [{ type: 'ticket.rated', to: DEPARTMENT, message: `${LABEL}: rated 2/5, rectification required`, params: { score: 2, rectify: true } }],
      });
    });

    it('tells no department when there is none', () => {
      expect(effects(ticket({ state: 'feedback_given', departmentId: null }), { type: 'RATE', score: 4 }, { score: 4 }, { to: 'closed' }).notices).toStrictEqual([]);
    });
  });

  describe('WITHDRAW', () => {
    const message = `${LABEL}: withdrawn by the enterprise`;
    it('tells the committee and the department', () => {
      expect(effects(ticket(), { type: 'WITHDRAW' }, { reason: 'solved' })).toStrictEqual({
        patch: {},
        type: 'withdrawn',
        payload: { reason: 'solved' },
        notices: [
          { type: 'ticket.withdrawn', to: CHAIN, message, params: { note: 'solved' } },
          { type: 'ticket.withdrawn', to: DEPARTMENT, message, params: { note: 'solved' } },
        ],
      });
    });

    it('before dispatch, the committee only', () => {
      expect(effects(ticket({ state: 'placed', departmentId: null }), { type: 'WITHDRAW' }, { reason: 'solved' }).notices).toStrictEqual([
        { type: 'ticket.withdrawn', to: CHAIN, message, params: { note: 'solved' } },
      ]);
    });
  });

  describe('REQUEST_EXTENSION and DECIDE_EXTENSION', () => {
    const until = iso(100);
    const asked = { until, reason: 'waiting for the city', requestedAt: iso(-5), requestedBy: 'U' };

    it('asks the committee for a later deadline', () => {
      expect(effects(ticket(), { type: 'REQUEST_EXTENSION' }, { until, reason: 'waiting for the city' })).toStrictEqual({
        patch: { extensionRequest: { until, reason: 'waiting for the city', requestedAt: NOW.toISOString(), requestedBy: 'U' } },
        type: 'extension_requested',
        payload: { until, reason: 'waiting for the city', feedbackBy: iso(24) },
        notices: [{ type: 'ticket.extension_requested', to: CHAIN, message: `${LABEL}: the department asks for more time until ${until}`, params: { until } }],
      });
    });

    it('refuses a date not later than the deadline in force, and takes any date when there is none', () => {
      invalid(() => effects(ticket(), { type: 'REQUEST_EXTENSION' }, { until: iso(24), reason: 'r' }), 'until', `must be later than the current feedback deadline ${iso(24)}`);
      expect(effects(ticket({ feedbackBy: null }), { type: 'REQUEST_EXTENSION' }, { until: iso(1), reason: 'r' }).payload).toStrictEqual({ until: iso(1), reason: 'r', feedbackBy: null });
    });

    it('an approval moves the deadline to the date asked', () => {
      expect(effects(ticket({ extensionRequest: asked }), { type: 'DECIDE_EXTENSION', approve: true }, { approve: true })).toStrictEqual({
        patch: { extensionRequest: null, feedbackBy: new Date(until) },
        type: 'extension_decided',
        payload: { approve: true, until, previousFeedbackBy: iso(24) },
        notices: [{ type: 'ticket.extension_decided', to: DEPARTMENT, message: `${LABEL}: extension approved until ${until}`, params: { approved: true, until } }],
      });
    });

    it('a refusal keeps it', () => {
      expect(effects(ticket({ extensionRequest: asked }), { type: 'DECIDE_EXTENSION', approve: false }, { approve: false })).toStrictEqual({
        patch: { extensionRequest: null },
        type: 'extension_decided',
        payload: { approve: false, until, previousFeedbackBy: iso(24) },
        notices: [{ type: 'ticket.extension_decided', to: DEPARTMENT, message: `${LABEL}: extension refused`, params: { approved: false } }],
      });
    });

    it('an approval with nothing asked moves nothing; without a department nobody is told', () => {
      const result = effects(ticket({ departmentId: null, feedbackBy: null }), { type: 'DECIDE_EXTENSION', approve: true }, { approve: true });
      expect(result.patch).toStrictEqual({ extensionRequest: null });
      expect(result.payload).toStrictEqual({ approve: true, until: null, previousFeedbackBy: null });
      expect(result.notices).toStrictEqual([]);
    });
  });

  describe('REMIND (催办) goes to whoever must act', () => {
    it.each<[string, Partial<TicketEntity>, object]>([
      ['the enterprise, for a rating', { state: 'feedback_given' }, ENTERPRISE],
      ['the department, while it has the order', { state: 'in_progress' }, DEPARTMENT],
      ['the committee, before dispatch', { state: 'placed', departmentId: null }, CHAIN],
    ])('%s', (_, fields, to) => {
      expect(effects(ticket(fields), { type: 'REMIND' }, { note: 'today please' })).toStrictEqual({
        patch: {},
        type: 'reminded',
        payload: { note: 'today please' },
        notices: [{ type: 'ticket.reminded', to, message: `${LABEL}: the chain committee asks you to act (催办)`, params: { note: 'today please' } }],
      });
    });

    it('without a note, with no params', () => {
      expect(effects(ticket(), { type: 'REMIND' }).notices[0]!.params).toStrictEqual({});
    });
  });

  describe('REQUEST_INFO and PROVIDE_INFO: the paused clock', () => {
    it('asks the enterprise', () => {
      expect(effects(ticket(), { type: 'REQUEST_INFO' }, { question: 'which site?' })).toStrictEqual({
        patch: { infoRequest: { question: 'which site?', requestedAt: NOW.toISOString(), requestedBy: 'U' } },
        type: 'info_requested',
        payload: { question: 'which site?', feedbackBy: iso(24) },
        notices: [{ type: 'ticket.info_requested', to: ENTERPRISE, message: `${LABEL}: the department asks for information: which site?`, params: { question: 'which site?' } }],
      });
    });

    it('the answer moves the deadline by exactly the time it took, and counts the pause', () => {
      const waiting = ticket({ state: 'awaiting_info', pausedSeconds: 100, infoRequest: { question: 'q', requestedAt: iso(-3), requestedBy: 'U' } });
      expect(effects(waiting, { type: 'PROVIDE_INFO' }, { answer: 'site 2' })).toStrictEqual({
        patch: { infoRequest: null, feedbackBy: later(27), pausedSeconds: 100 + 3 * 3600 },
        type: 'info_provided',
        payload: { answer: 'site 2', pausedMs: 3 * HOUR, feedbackBy: iso(27) },
        notices: [{ type: 'ticket.info_provided', to: DEPARTMENT, message: `${LABEL}: the enterprise answered; feedback now due by ${iso(27)}`, params: { dueBy: iso(27) } }],
      });
    });

    it('rounds the pause to the second, and never moves the deadline back', () => {
      const requestedAt = new Date(NOW.getTime() - 1500).toISOString();
      expect(effects(ticket({ infoRequest: { question: 'q', requestedAt, requestedBy: 'U' } }), { type: 'PROVIDE_INFO' }).patch.pausedSeconds).toBe(2);
      const future = ticket({ infoRequest: { question: 'q', requestedAt: iso(1), requestedBy: 'U' } });
      expect(effects(future, { type: 'PROVIDE_INFO' }).patch).toStrictEqual({ infoRequest: null, feedbackBy: later(24), pausedSeconds: 0 });
    });

    it('without a request or a deadline nothing moves, and without a department nobody is told', () => {
      expect(effects(ticket(), { type: 'PROVIDE_INFO' }).payload).toStrictEqual({ pausedMs: 0, feedbackBy: iso(24) });
      const result = effects(ticket({ feedbackBy: null, infoRequest: { question: 'q', requestedAt: iso(-1), requestedBy: 'U' } }), { type: 'PROVIDE_INFO' });
      expect(result.patch.feedbackBy).toBeNull();
      expect(result.notices[0]!.params).toStrictEqual({});
      expect(effects(ticket({ departmentId: null }), { type: 'PROVIDE_INFO' }).notices).toStrictEqual([]);
    });
  });

  it.each<[TicketEvent['type'], string]>([
    ['DISPATCH_DEADLINE_PASSED', 'dispatch'],
    ['ACCEPT_DEADLINE_PASSED', 'accept'],
    ['FEEDBACK_DEADLINE_PASSED', 'feedback'],
    ['RECTIFY_DEADLINE_PASSED', 'rectify'],
  ])('%s records which deadline passed', (type, deadline) => {
    expect(effects(ticket(), { type } as TicketEvent)).toStrictEqual({ patch: {}, type: 'deadline_passed', payload: { deadline }, notices: [] });
  });

  describe('RATE_DEADLINE_PASSED closes the order unrated', () => {
    it('telling the department and the enterprise', () => {
      expect(effects(ticket({ state: 'feedback_given', rateBy: later(-1) }), { type: 'RATE_DEADLINE_PASSED' })).toStrictEqual({
        patch: {},
        type: 'closed_unrated',
        payload: { rateBy: iso(-1) },
        notices: [
          { type: 'ticket.closed', to: DEPARTMENT, message: `${LABEL}: closed unrated` },
          { type: 'ticket.closed', to: ENTERPRISE, message: `${LABEL}: closed without a rating` },
        ],
      });
    });

    it('the enterprise only, without a department', () => {
      expect(effects(ticket({ departmentId: null }), { type: 'RATE_DEADLINE_PASSED' }).notices).toStrictEqual([
        { type: 'ticket.closed', to: ENTERPRISE, message: `${LABEL}: closed without a rating` },
      ]);
    });
  });

  describe('REMINDER_DUE', () => {
    it('reminds the department of its deadline', () => {
      expect(effects(ticket(), { type: 'REMINDER_DUE' })).toStrictEqual({
        patch: {},
        type: 'reminder_sent',
        payload: { feedbackBy: iso(24) },
        notices: [{ type: 'deadline.reminder', to: DEPARTMENT, message: `${LABEL}: feedback due by ${iso(24)}`, params: { dueBy: iso(24) } }],
      });
    });

    it('without a deadline it names none; without a department it tells nobody', () => {
      expect(effects(ticket({ feedbackBy: null }), { type: 'REMINDER_DUE' }).notices[0]!.params).toStrictEqual({});
      expect(effects(ticket({ departmentId: null }), { type: 'REMINDER_DUE' }).notices).toStrictEqual([]);
    });
  });

  describe('ESCALATE (督办): level 1 the leader in charge, 2 the committee, 3 the supervisors', () => {
    it.each<[1 | 2 | 3, Partial<TicketEntity>, object]>([
      [1, {}, { user: 'L' }],
      [1, { leaderUserId: null }, CHAIN],
      [2, {}, CHAIN],
      [3, {}, { supervisorsOfChain: 'C' }],
    ])('level %s of %j', (level, fields, to) => {
      expect(effects(ticket(fields), { type: 'ESCALATE', level })).toStrictEqual({
        patch: {},
        type: 'escalated',
        payload: { level },
        notices: [{ type: 'ticket.escalated', to, message: `${LABEL}: overdue, escalated to level ${level} (督办)`, params: { level } }],
      });
    });
  });

  describe('assisting departments (协办)', () => {
    const d3 = part('D3');
    const d4 = part('D4', { state: 'accepted', acceptedAt: iso(-5) });
    const assisted = ticket({ assists: [d3, d4] });

    it('ADD_ASSIST adds parts due one assist period on and asks each department', () => {
      const added = part('D5', { requestedAt: NOW.toISOString(), dueBy: iso(DUE.assist) });
      expect(effects(assisted, { type: 'ADD_ASSIST', departments: ['D5'] }, { departmentIds: ['D5'] })).toStrictEqual({
        patch: { assists: [d3, d4, added] },
        type: 'assist_added',
        payload: { departmentIds: ['D5'], assistBy: iso(DUE.assist) },
        notices: [
          {
            type: 'ticket.assist_requested',
            to: { usersOfDepartment: 'D5' },
            message: `${LABEL}: your department is asked to assist (协办), by ${iso(DUE.assist)}`,
            params: { departmentId: 'D5', dueBy: iso(DUE.assist) },
          },
        ],
      });
    });

    it('ASK_ASSIST asks the committee, naming the department when the lead does', () => {
      expect(effects(assisted, { type: 'ASK_ASSIST' }, { reason: 'land use', departmentId: 'D9' })).toStrictEqual({
        patch: {},
        type: 'assist_asked',
        payload: { reason: 'land use', departmentId: 'D9' },
        notices: [
          {
            type: 'ticket.assist_asked',
            to: CHAIN,
            message: `${LABEL}: the lead department asks for an assisting department: land use`,
            params: { note: 'land use', departmentId: 'D9' },
          },
        ],
      });
      expect(effects(assisted, { type: 'ASK_ASSIST' }, { reason: 'land use' }).notices[0]!.params).toStrictEqual({ note: 'land use' });
    });

    it('ASSIST_ACCEPT changes that department’s part only', () => {
      expect(effects(assisted, { type: 'ASSIST_ACCEPT', department: 'D3' })).toStrictEqual({
        patch: { assists: [{ ...d3, state: 'accepted', acceptedAt: NOW.toISOString() }, d4] },
        type: 'assist_accepted',
        payload: { departmentId: 'D3' },
        notices: [],
      });
    });

    it('ASSIST_DECLINE records the reason and tells the committee and the lead', () => {
      const message = `${LABEL}: an assisting department declines its part (not_our_function)`;
      const params = { reason: 'not_our_function', note: 'ask the land bureau', departmentId: 'D4' };
      expect(effects(assisted, { type: 'ASSIST_DECLINE', department: 'D4' }, { reason: 'not_our_function', note: 'ask the land bureau' })).toStrictEqual({
        patch: { assists: [d3, { ...d4, state: 'declined', at: NOW.toISOString(), declineReason: 'not_our_function', declineNote: 'ask the land bureau', onTime: null }] },
        type: 'assist_declined',
        payload: { reason: 'not_our_function', note: 'ask the land bureau', departmentId: 'D4' },
        notices: [
          { type: 'ticket.assist_declined', to: CHAIN, message, params },
          { type: 'ticket.assist_declined', to: DEPARTMENT, message, params },
        ],
      });
      expect(effects(ticket({ departmentId: null, assists: [d4] }), { type: 'ASSIST_DECLINE', department: 'D4' }, { reason: 'not_our_function', note: 'n' }).notices).toHaveLength(1);
    });

    it('ASSIST_GIVE records the contribution, on time up to its deadline, and tells the lead and the committee', () => {
      const message = `${LABEL}: an assisting department gave its contribution (协办意见)`;
      expect(effects(assisted, { type: 'ASSIST_GIVE', department: 'D4' }, { content: 'our view' })).toStrictEqual({
        patch: { assists: [d3, { ...d4, state: 'given', at: NOW.toISOString(), content: 'our view', onTime: true }] },
        type: 'assisted',
        payload: { content: 'our view', departmentId: 'D4', onTime: true },
        notices: [
          { type: 'ticket.assisted', to: DEPARTMENT, message, params: { departmentId: 'D4' } },
          { type: 'ticket.assisted', to: CHAIN, message, params: { departmentId: 'D4' } },
        ],
      });
      const atDeadline = ticket({ departmentId: null, assists: [part('D4', { state: 'accepted', dueBy: NOW.toISOString() })] });
      const onTime = effects(atDeadline, { type: 'ASSIST_GIVE', department: 'D4' }, { content: 'c' });
      expect(onTime.payload.onTime).toBe(true);
      expect(onTime.notices).toStrictEqual([{ type: 'ticket.assisted', to: CHAIN, message, params: { departmentId: 'D4' } }]);
      const late = ticket({ assists: [part('D4', { state: 'accepted', dueBy: iso(-1) })] });
      expect(effects(late, { type: 'ASSIST_GIVE', department: 'D4' }, { content: 'c' }).payload.onTime).toBe(false);
    });

    it('ASSIST_DEADLINE_PASSED marks the part late', () => {
      expect(effects(assisted, { type: 'ASSIST_DEADLINE_PASSED', department: 'D3' })).toStrictEqual({
        patch: { assists: [{ ...d3, onTime: false }, d4] },
        type: 'assist_deadline_passed',
        payload: { departmentId: 'D3', dueBy: d3.dueBy },
        notices: [],
      });
      expect(effects(assisted, { type: 'ASSIST_DEADLINE_PASSED', department: 'D9' }).payload).toStrictEqual({ departmentId: 'D9', dueBy: null });
    });

    it('ASSIST_REMINDER_DUE reminds the assisting department of its deadline', () => {
      expect(effects(assisted, { type: 'ASSIST_REMINDER_DUE', department: 'D3' })).toStrictEqual({
        patch: {},
        type: 'assist_reminder_sent',
        payload: { departmentId: 'D3', dueBy: d3.dueBy },
        notices: [
          {
            type: 'ticket.assist_reminder',
            to: { usersOfDepartment: 'D3' },
            message: `${LABEL}: your contribution (协办意见) is due by ${d3.dueBy}`,
            params: { departmentId: 'D3', dueBy: d3.dueBy },
          },
        ],
      });
      const unknown = effects(assisted, { type: 'ASSIST_REMINDER_DUE', department: 'D9' });
      expect(unknown.payload).toStrictEqual({ departmentId: 'D9', dueBy: null });
      expect(unknown.notices[0]!.params).toStrictEqual({ departmentId: 'D9' });
    });

    it.each<[1 | 2 | 3, object]>([
      [1, { leaderOfDepartment: 'D3' }],
      [2, CHAIN],
      [3, { supervisorsOfChain: 'C' }],
    ])('ASSIST_ESCALATE level %s', (level, to) => {
      expect(effects(assisted, { type: 'ASSIST_ESCALATE', department: 'D3', level })).toStrictEqual({
        patch: {},
        type: 'assist_escalated',
        payload: { departmentId: 'D3', level },
        notices: [
          {
            type: 'ticket.escalated',
            to,
            message: `${LABEL}: an assisting department’s contribution is overdue, escalated to level ${level} (督办)`,
            params: { level, departmentId: 'D3' },
          },
        ],
      });
    });
  });
});
