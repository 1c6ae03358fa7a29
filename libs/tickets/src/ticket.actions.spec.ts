import { applyTicketEvent, startTicket, type StoredTicketMachine, type TicketEvent } from '@whistle/workflows';
import { ACTION_ROLES, type ActionAsker, actionEvent, actionPath, ASSIST_ACTIONS, availableActions, keptAnswers, LEAD_ACTIONS, TICKET_ACTIONS } from './ticket.actions.js';

const after = (...events: TicketEvent[]): StoredTicketMachine =>
  events.reduce((stored, event) => applyTicketEvent(stored, event)!, startTicket());

const LEAD = 'lead-department';
const HELPER = 'assisting-department';
const OTHER = 'another-department';
const as = (role: ActionAsker['role'], departmentId: string | null = null): ActionAsker => ({ role, departmentId });
const ticket = (machine: StoredTicketMachine, departmentId: string | null = LEAD) => ({ departmentId, machine });

describe('availableActions', () => {
  it('intersects what the machine can do with what the role may do', () => {
    const placed = ticket(startTicket(), null);
    expect(availableActions(as('dispatcher'), placed)).toEqual(['dispatch', 'remind']);
    expect(availableActions(as('enterprise'), placed)).toEqual(['withdraw']);
    expect(availableActions(as('commissioner'), placed)).toEqual(['withdraw']);
    expect(availableActions(as('department', LEAD), placed)).toEqual([]);
    expect(availableActions(as('supervisor'), placed)).toEqual([]);
    expect(availableActions(as('leader'), placed)).toEqual([]);
    expect(availableActions(as('admin'), placed)).toEqual([]);
  });

  it('follows the machine through the cycle', () => {
    const dispatched = ticket(after({ type: 'DISPATCH' }));
    expect(availableActions(as('department', LEAD), dispatched)).toEqual(['accept', 'return']);
    expect(availableActions(as('dispatcher'), dispatched)).toEqual(['remind', 'add-assist']);
    const working = after({ type: 'DISPATCH' }, { type: 'ACCEPT' });
    expect(availableActions(as('department', LEAD), ticket(working))).toEqual(['feedback', 'request-extension', 'request-info', 'ask-assist']);
    expect(availableActions(as('dispatcher'), ticket(working))).toEqual(['remind', 'add-assist']);
    const asked = applyTicketEvent(working, { type: 'REQUEST_EXTENSION' })!;
    expect(availableActions(as('department', LEAD), ticket(asked))).toEqual(['feedback', 'ask-assist']);
    expect(availableActions(as('dispatcher'), ticket(asked))).toEqual(['decide-extension', 'remind', 'add-assist']);
    const late = applyTicketEvent(working, { type: 'FEEDBACK_DEADLINE_PASSED' })!;
    expect(availableActions(as('department', LEAD), ticket(late))).toEqual(['feedback', 'ask-assist']);
    const answered = applyTicketEvent(working, { type: 'FEEDBACK' })!;
    expect(availableActions(as('enterprise'), ticket(answered))).toEqual(['rate']);
    expect(availableActions(as('department', LEAD), ticket(answered))).toEqual([]);
  });

  it('gives the lead its actions and an assisting department only its part’s (协办)', () => {
    const dispatched = after({ type: 'DISPATCH', assisting: [HELPER] });
    expect(availableActions(as('department', HELPER), ticket(dispatched))).toEqual(['assist-accept', 'assist-decline']);
    expect(availableActions(as('department', LEAD), ticket(dispatched))).toEqual(['accept', 'return']);
    expect(availableActions(as('department', OTHER), ticket(dispatched))).toEqual([]);
    const working = applyTicketEvent(applyTicketEvent(dispatched, { type: 'ACCEPT' })!, { type: 'ASSIST_ACCEPT', department: HELPER })!;
    expect(availableActions(as('department', HELPER), ticket(working))).toEqual(['assist-decline', 'assist-give']);
    // The lead's feedback waits for the part.
    expect(availableActions(as('department', LEAD), ticket(working))).toEqual(['request-extension', 'request-info', 'ask-assist']);
    const given = applyTicketEvent(working, { type: 'ASSIST_GIVE', department: HELPER })!;
    expect(availableActions(as('department', HELPER), ticket(given))).toEqual([]);
    expect(availableActions(as('department', LEAD), ticket(given))).toContain('feedback');
  });

  it('answers the same for the same relation, whatever was asked before (its cache)', () => {
    const dispatched = after({ type: 'DISPATCH', assisting: [HELPER] });
    for (let i = 0; i < 2; i++) {
      expect(availableActions(as('department', HELPER), ticket(dispatched))).toEqual(['assist-accept', 'assist-decline']);
      expect(availableActions(as('department', OTHER), ticket(dispatched))).toEqual([]);
      expect(availableActions(as('department', LEAD), ticket(dispatched, OTHER))).toEqual([]);
    }
  });

  it('gives a department account without a department nothing, even on an order without one', () => {
    expect(availableActions(as('department', null), ticket(after({ type: 'DISPATCH' }), null))).toEqual([]);
  });

  it('offers rating and the extension decision whatever the score or the decision will be', () => {
    const answered = after({ type: 'DISPATCH' }, { type: 'ACCEPT' }, { type: 'FEEDBACK' });
    expect(availableActions(as('enterprise'), ticket(answered))).toEqual(['rate']);
    const asked = after({ type: 'DISPATCH' }, { type: 'ACCEPT' }, { type: 'REQUEST_EXTENSION' });
    expect(availableActions(as('dispatcher'), ticket(asked))).toContain('decide-extension');
  });

  it('keeps at most 2,000 answers, one per relation and stored machine', () => {
    let machine = after({ type: 'DISPATCH' });
    const base = keptAnswers();
    for (let i = 1; i <= 10; i++) {
      machine = applyTicketEvent(machine, { type: 'REMIND' })!; // a new chase count: a new stored machine
      availableActions(as('dispatcher'), ticket(machine));
      availableActions(as('dispatcher'), ticket(machine));
    }
    expect(keptAnswers()).toBe(base + 10);
    for (let i = 0; i < 2_000; i++) {
      machine = applyTicketEvent(machine, { type: 'REMIND' })!;
      expect(availableActions(as('dispatcher'), ticket(machine))).toEqual(['remind', 'add-assist']);
      expect(keptAnswers()).toBeLessThanOrEqual(2_000);
      expect(keptAnswers()).toBeGreaterThan(0);
    }
  });
});

describe('the action table', () => {
  it('a department’s actions: its part’s (协办), and the lead’s (主办), which are all the others', () => {
    expect([...ASSIST_ACTIONS]).toEqual(['assist-accept', 'assist-decline', 'assist-give']);
    expect([...LEAD_ACTIONS]).toEqual(['accept', 'return', 'feedback', 'request-extension', 'request-info', 'ask-assist']);
  });

  it('each action’s path under /api/tickets/:id/', () => {
    expect(Object.fromEntries(TICKET_ACTIONS.map((action) => [action, actionPath(action)]))).toStrictEqual({
      dispatch: 'dispatch',
      accept: 'accept',
      return: 'return',
      feedback: 'feedback',
      rate: 'rate',
      withdraw: 'withdraw',
      'request-extension': 'request-extension',
      'decide-extension': 'decide-extension',
      remind: 'remind',
      'request-info': 'request-info',
      'provide-info': 'provide-info',
      'add-assist': 'assist/add',
      'ask-assist': 'assist/ask',
      'assist-accept': 'assist/accept',
      'assist-decline': 'assist/decline',
      'assist-give': 'assist/give',
    });
  });

  it('who may ever take each action (API.md’s table)', () => {
    expect(ACTION_ROLES).toStrictEqual({
      dispatch: ['dispatcher'],
      accept: ['department'],
      return: ['department'],
      feedback: ['department'],
      rate: ['enterprise'],
      withdraw: ['enterprise', 'commissioner'],
      'request-extension': ['department'],
      'decide-extension': ['dispatcher'],
      remind: ['dispatcher'],
      'request-info': ['department'],
      'provide-info': ['enterprise', 'commissioner'],
      'add-assist': ['dispatcher'],
      'ask-assist': ['department'],
      'assist-accept': ['department'],
      'assist-decline': ['department'],
      'assist-give': ['department'],
    });
  });

  it('the machine event each action sends, with what the body and the acting department give it', () => {
    const body = { assistingDepartmentIds: [HELPER], score: 2, approve: true, departmentIds: [OTHER] };
    expect(Object.fromEntries(TICKET_ACTIONS.map((action) => [action, actionEvent(action, body, { departmentId: HELPER })]))).toStrictEqual({
      dispatch: { type: 'DISPATCH', assisting: [HELPER] },
      accept: { type: 'ACCEPT' },
      return: { type: 'RETURN' },
      feedback: { type: 'FEEDBACK' },
      rate: { type: 'RATE', score: 2 },
      withdraw: { type: 'WITHDRAW' },
      'request-extension': { type: 'REQUEST_EXTENSION' },
      'decide-extension': { type: 'DECIDE_EXTENSION', approve: true },
      remind: { type: 'REMIND' },
      'request-info': { type: 'REQUEST_INFO' },
      'provide-info': { type: 'PROVIDE_INFO' },
      'add-assist': { type: 'ADD_ASSIST', departments: [OTHER] },
      'ask-assist': { type: 'ASK_ASSIST' },
      'assist-accept': { type: 'ASSIST_ACCEPT', department: HELPER },
      'assist-decline': { type: 'ASSIST_DECLINE', department: HELPER },
      'assist-give': { type: 'ASSIST_GIVE', department: HELPER },
    });
    expect(actionEvent('dispatch', {})).toStrictEqual({ type: 'DISPATCH', assisting: [] });
    expect(actionEvent('assist-give', {})).toStrictEqual({ type: 'ASSIST_GIVE', department: '' });
  });
});
