import { type Actor, ConflictError, ForbiddenError, InvalidStateError, type Role } from '@whistle/common';
import { loadConfig } from '@whistle/config';
import { SlaCalendar } from '@whistle/deadlines';
import { applyRectificationEvent, type RectificationEvent, startRectification, type StoredRectification } from '@whistle/workflows';
import {
  assertAttachable,
  assertMayAct,
  assertMayAttach,
  assertMayDecide,
  availableActions,
  committeeOf,
  escalationAudience,
  mayAct,
  planRectificationTimers,
  type RectificationFacts,
} from './rectification.rules.js';

const actor = (role: Role): Actor => ({ id: `${role}-1`, username: role, role, chainId: null, enterpriseId: null, departmentId: null });
const ROLES: Role[] = ['admin', 'enterprise', 'commissioner', 'dispatcher', 'department', 'leader', 'supervisor'];
const machine = (...events: RectificationEvent['type'][]): StoredRectification =>
  events.reduce((stored, type) => applyRectificationEvent(stored, { type } as RectificationEvent)!, startRectification());
const order = (fields: Partial<RectificationFacts> = {}): RectificationFacts => {
  const stored = fields.machine ?? startRectification();
  return { state: stored.value, machine: stored, chainId: 'chain-1', leaderUserId: 'leader-1', dueBy: new Date('2026-12-31T00:00:00Z'), overdue: false, escalationLevel: 0, ...fields };
};
const allChains = order({ chainId: null });
const thrown = (fn: () => void): unknown => {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('it did not throw');
};

describe('rectification rules', () => {
  it('lets the department report and the committee or an administrator decide; nobody else', () => {
    const allowed = (action: 'report' | 'sign-off' | 'reject', o?: RectificationFacts) => ROLES.filter((role) => mayAct(actor(role), action, o));
    expect(allowed('report')).toEqual(['department']);
    expect(allowed('sign-off')).toEqual(['admin', 'dispatcher']);
    expect(allowed('reject', order())).toEqual(['admin', 'dispatcher']);
    // An all-chain evaluation's order has no committee: only an administrator decides it.
    expect(allowed('sign-off', allChains)).toEqual(['admin']);
    expect(allowed('reject', allChains)).toEqual(['admin']);
    expect(allowed('report', allChains)).toEqual(['department']);
  });

  it('refuses with 403 before and after reading the order', () => {
    expect(() => assertMayAct(actor('supervisor'), 'sign-off')).toThrow(new ForbiddenError('supervisor may not sign-off a rectification order'));
    expect(() => assertMayAct(actor('dispatcher'), 'report')).toThrow(ForbiddenError);
    expect(() => assertMayAct(actor('dispatcher'), 'sign-off')).not.toThrow();
    expect(() => assertMayAct(actor('department'), 'report')).not.toThrow();
    expect(() => assertMayDecide(actor('dispatcher'), 'sign-off', allChains)).toThrow(
      new ForbiddenError('an order from an all-chain evaluation is signed off by an administrator'),
    );
    expect(() => assertMayDecide(actor('dispatcher'), 'sign-off', order())).not.toThrow();
    expect(() => assertMayDecide(actor('admin'), 'reject', allChains)).not.toThrow();
  });

  it('offers each role the actions its order allows now', () => {
    const open = order();
    const reported = order({ machine: machine('REPORT') });
    const signed = order({ machine: machine('REPORT', 'SIGN_OFF') });
    expect(availableActions(actor('department'), open)).toEqual(['report']);
    expect(availableActions(actor('department'), reported)).toEqual([]);
    expect(availableActions(actor('dispatcher'), open)).toEqual([]);
    expect(availableActions(actor('dispatcher'), reported)).toEqual(['sign-off', 'reject']);
    expect(availableActions(actor('admin'), reported)).toEqual(['sign-off', 'reject']);
    expect(availableActions(actor('dispatcher'), { ...reported, chainId: null })).toEqual([]);
    expect(availableActions(actor('admin'), { ...reported, chainId: null })).toEqual(['sign-off', 'reject']);
    expect(availableActions(actor('supervisor'), reported)).toEqual([]);
    for (const role of ROLES) expect(availableActions(actor(role), signed)).toEqual([]);
    // Sent back: the department reports again.
    expect(availableActions(actor('department'), order({ machine: machine('REPORT', 'REJECT') }))).toEqual(['report']);
  });

  it('escalates to the leader in charge, then the committee, then the chain’s supervisors', () => {
    expect(escalationAudience(order(), 1)).toEqual({ user: 'leader-1' });
    expect(escalationAudience(order(), 2)).toEqual({ dispatchersOfChain: 'chain-1' });
    expect(escalationAudience(order(), 3)).toEqual({ supervisorsOfChain: 'chain-1' });
    // No leader: level 1 goes to the committee. No chain: the administrators stand in for both.
    expect(escalationAudience(order({ leaderUserId: null }), 1)).toEqual({ dispatchersOfChain: 'chain-1' });
    expect(escalationAudience(allChains, 1)).toEqual({ user: 'leader-1' });
    expect(escalationAudience(allChains, 2)).toEqual({ administrators: true });
    expect(escalationAudience(allChains, 3)).toEqual({ administrators: true });
    expect(committeeOf(order())).toEqual({ dispatchersOfChain: 'chain-1' });
    expect(committeeOf(allChains)).toEqual({ administrators: true });
  });

  it('takes evidence from the department only, while the order is open, below the file limit', () => {
    expect(() => assertMayAttach(actor('department'))).not.toThrow();
    for (const role of ROLES.filter((r) => r !== 'department')) {
      expect(() => assertMayAttach(actor(role))).toThrow(new ForbiddenError(`${role} may read a rectification order’s files, not add to them; its department may`));
      expect(() => assertAttachable(actor(role), order(), 0, 5)).toThrow(ForbiddenError);
    }
    const department = actor('department');
    expect(() => assertAttachable(department, order(), 4, 5)).not.toThrow();
    expect(() => assertAttachable(department, order(), 5, 5)).toThrow(new ConflictError('the rectification order holds 5 files, the most it may (ATTACHMENT_MAX_PER_TICKET=5)'));
    expect(thrown(() => assertAttachable(department, order(), 6, 5))).toMatchObject({ code: 'conflict', details: { limit: 5 } });
    const reported = order({ machine: machine('REPORT') });
    expect(() => assertAttachable(department, reported, 0, 5)).toThrow(new InvalidStateError('attach', 'reported', [], 'rectification order'));
    expect(() => assertAttachable(department, order({ machine: machine('REPORT', 'REJECT') }), 0, 5)).not.toThrow();
  });

  describe('planRectificationTimers', () => {
    const config = loadConfig({ SLA_TIMEZONE: 'UTC' });
    const calendar = new SlaCalendar(config);
    const plan = (fields: Partial<RectificationFacts>) =>
      planRectificationTimers(order(fields), config.sla, calendar).map((t) => [t.kind, t.event, t.level, t.dueAt.toISOString()]);

    it('runs the deadline with its reminders while the order is open and on time', () => {
      expect(plan({})).toEqual([
        ['deadline', 'DEADLINE_PASSED', null, '2026-12-31T00:00:00.000Z'],
        ['reminder', 'REMINDER_DUE', null, '2026-12-24T00:00:00.000Z'],
        ['reminder', 'REMINDER_DUE', null, '2026-12-30T00:00:00.000Z'],
      ]);
    });

    it('escalates an overdue order one level after the other', () => {
      expect(plan({ overdue: true })).toEqual([['escalation', 'ESCALATE', 1, '2026-12-31T00:00:00.000Z']]);
      expect(plan({ overdue: true, escalationLevel: 1 })).toEqual([['escalation', 'ESCALATE', 2, '2027-01-07T00:00:00.000Z']]);
      expect(plan({ overdue: true, escalationLevel: 3 })).toEqual([]);
    });

    it('runs nothing once reported or signed off', () => {
      expect(plan({ state: 'reported', overdue: true })).toEqual([]);
      expect(plan({ state: 'signed_off' })).toEqual([]);
    });
  });
});
