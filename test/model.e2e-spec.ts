import { TicketsService } from '@whistle/tickets';
import type { TicketTimerEvent } from '@whistle/workflows';
import fc from 'fast-check';
import { type Client, type Org, place, seedOrganisation, type TestApp, TestStack } from './harness.js';

/**
 * Model-based test: random sequences of actions (through HTTP) and deadline events (straight
 * into the service, as the worker delivers them) against a ticket, compared after every step
 * with a small model of the practice written from the rules, not from the machine.
 */
const RUNS = Number(process.env.FC_RUNS ?? 60);

type State = 'placed' | 'dispatched' | 'returned' | 'in_progress' | 'awaiting_info' | 'feedback_given' | 'rectifying' | 'closed' | 'withdrawn';

interface Model {
  state: State;
  overdue: boolean;
  level: number;
  returns: number;
  extension: boolean;
  /** The department asked the enterprise for information: the clock stands still. */
  paused: boolean;
  /** Where an answer takes the ticket back to (not visible on the ticket). */
  resumeTo: State | null;
  /** Whether a department holds the ticket (and so its staff can see it). */
  atDepartment: boolean;
  version: number;
}

type Step =
  | { kind: 'action'; action: string; body: object; by: 'dispatcher' | 'department' | 'enterprise' }
  | { kind: 'timer'; event: TicketTimerEvent };

const OPEN: State[] = ['placed', 'dispatched', 'returned', 'in_progress', 'awaiting_info', 'feedback_given', 'rectifying'];
const ESCALATING: State[] = ['placed', 'dispatched', 'returned', 'in_progress', 'rectifying'];
const DEADLINE_STAGE: Record<string, State[]> = {
  DISPATCH_DEADLINE_PASSED: ['placed', 'returned'],
  ACCEPT_DEADLINE_PASSED: ['dispatched'],
  FEEDBACK_DEADLINE_PASSED: ['in_progress'],
  RECTIFY_DEADLINE_PASSED: ['rectifying'],
};

/** The practice, as DOMAIN.md and API.md tell it: what each step does, or null when it is refused. */
function next(m: Model, step: Step): Model | null {
  const go = (patch: Partial<Model>): Model => ({ ...m, ...patch, version: m.version + 1 });
  const newClock = { overdue: false, level: 0 };
  const name = step.kind === 'action' ? step.action : step.event.type;
  switch (name) {
    case 'dispatch':
      return m.state === 'placed' || m.state === 'returned' ? go({ state: 'dispatched', atDepartment: true, ...newClock }) : null;
    case 'accept':
      return m.state === 'dispatched' ? go({ state: 'in_progress', ...newClock }) : null;
    case 'return':
      return m.state === 'dispatched' ? go({ state: 'returned', atDepartment: false, returns: m.returns + 1, ...newClock }) : null;
    case 'feedback':
      return m.state === 'in_progress' || m.state === 'rectifying' ? go({ state: 'feedback_given', extension: false, ...newClock }) : null;
    case 'rate': {
      if (m.state !== 'feedback_given') return null;
      const { score } = (step as { body: { score: number } }).body;
      return score >= 3 ? go({ state: 'closed' }) : go({ state: 'rectifying', ...newClock });
    }
    case 'withdraw':
      return ['placed', 'dispatched', 'returned', 'in_progress'].includes(m.state) || (m.state === 'awaiting_info' && m.resumeTo === 'in_progress')
        ? go({ state: 'withdrawn' })
        : null;
    case 'request-info':
      return (m.state === 'in_progress' || m.state === 'rectifying') && !m.overdue && !m.extension
        ? go({ state: 'awaiting_info', paused: true, resumeTo: m.state })
        : null;
    case 'provide-info':
      return m.state === 'awaiting_info' ? go({ state: m.resumeTo!, paused: false, resumeTo: null }) : null;
    case 'request-extension':
      return m.state === 'in_progress' && !m.overdue && !m.extension ? go({ extension: true }) : null;
    case 'decide-extension': {
      if (m.state !== 'in_progress' || !m.extension) return null;
      return (step as { body: { approve: boolean } }).body.approve ? go({ extension: false, ...newClock }) : go({ extension: false });
    }
    case 'remind':
      return OPEN.includes(m.state) ? go({}) : null;
    case 'RATE_DEADLINE_PASSED':
      return m.state === 'feedback_given' ? go({ state: 'closed' }) : null;
    case 'REMINDER_DUE':
      return (m.state === 'in_progress' || m.state === 'rectifying') && !m.overdue ? go({}) : null;
    case 'ESCALATE': {
      const { level } = (step as { event: { level: number } }).event;
      return ESCALATING.includes(m.state) && m.overdue && level === m.level + 1 ? go({ level }) : null;
    }
    default:
      return DEADLINE_STAGE[name]!.includes(m.state) && !m.overdue ? go({ overdue: true }) : null;
  }
}

interface Real {
  ticketId: string;
  extensionDays: number;
}

describe(`model-based: random actions and deadlines against a model (${TestStack.mode} database)`, () => {
  let stack: TestStack;
  let app: TestApp;
  let org: Org;

  beforeAll(async () => {
    stack = await TestStack.create();
    app = await stack.start();
    org = await seedOrganisation(app);
  });

  afterAll(async () => {
    await app?.close();
    await stack?.dispose();
  });

  /** Checks what the service answered against what the model expects, then moves the model on. */
  async function check(model: Model, expected: Model | null, answer: { ok: boolean; status?: number; ticket: Record<string, unknown> | null }, step: Step) {
    if (!expected) {
      const hidden = step.kind === 'action' && step.by === 'department' && !model.atDepartment;
      expect({ ok: answer.ok, status: answer.status }).toEqual({ ok: false, status: step.kind === 'timer' ? undefined : hidden ? 404 : 409 });
      return;
    }
    expect(answer.ok).toBe(true);
    const t = answer.ticket!;
    expect({
      state: t.state,
      overdue: t.overdue,
      level: t.escalationLevel,
      returns: t.returnCount,
      extension: t.extensionRequest !== null,
      paused: t.infoRequest !== null,
      atDepartment: t.departmentId !== null,
      version: t.version,
    }).toEqual({ ...expected, resumeTo: undefined });
    Object.assign(model, expected);
  }

  class Act implements fc.AsyncCommand<Model, Real> {
    constructor(readonly step: Extract<Step, { kind: 'action' }>) {}
    check = () => true;
    async run(model: Model, real: Real) {
      const caller: Client = { dispatcher: org.dispatcher, department: org.finStaff, enterprise: org.acme }[this.step.by];
      const body =
        this.step.action === 'request-extension'
          ? { until: new Date(Date.UTC(2031, 0, 1 + real.extensionDays++)).toISOString(), reason: '需会商' }
          : this.step.action === 'dispatch'
            ? { ...this.step.body, departmentId: org.ids.fin }
            : this.step.body;
      const res = await caller.post(`/api/tickets/${real.ticketId}/${this.step.action}`, body);
      if (res.status >= 500) throw new Error(`${this.step.action}: ${res.status} ${JSON.stringify(res.body)}`);
      await check(model, next(model, this.step), { ok: res.status === 200, status: res.status === 200 ? undefined : res.status, ticket: res.body }, this.step);
    }
    toString = () => `${this.step.action}${JSON.stringify(this.step.body)}`;
  }

  class Tick implements fc.AsyncCommand<Model, Real> {
    constructor(readonly step: Extract<Step, { kind: 'timer' }>) {}
    check = () => true;
    async run(model: Model, real: Real) {
      const ticket = await app.get(TicketsService).applyTimerEvent(real.ticketId, this.step.event);
      const view = ticket && { ...ticket, extensionRequest: ticket.extensionRequest };
      await check(model, next(model, this.step), { ok: ticket !== null, ticket: view as Record<string, unknown> | null }, this.step);
    }
    toString = () => JSON.stringify(this.step.event);
  }

  const action = (action: string, by: 'dispatcher' | 'department' | 'enterprise', body: fc.Arbitrary<object> = fc.constant({})) =>
    body.map((b) => new Act({ kind: 'action', action, body: b, by }));
  const timer = (event: fc.Arbitrary<TicketTimerEvent>) => event.map((e) => new Tick({ kind: 'timer', event: e }));
  const commands = [
    action('dispatch', 'dispatcher', fc.constantFrom('urgent', 'high', 'normal', 'low').map((priority) => ({ priority }))),
    action('accept', 'department'),
    action('return', 'department', fc.constant({ reason: 'not_our_area', note: '属地不符' })),
    action('feedback', 'department', fc.constant({ result: 'resolved', content: '已办结' })),
    action('rate', 'enterprise', fc.integer({ min: 1, max: 5 }).map((score) => ({ score }))),
    action('withdraw', 'enterprise', fc.constant({ reason: '已自行解决' })),
    action('request-extension', 'department'),
    action('decide-extension', 'dispatcher', fc.boolean().map((approve) => ({ approve }))),
    action('remind', 'dispatcher'),
    action('request-info', 'department', fc.constant({ question: '请补充材料' })),
    action('provide-info', 'enterprise', fc.constant({ answer: '已补充' })),
    timer(fc.constantFrom(...(['DISPATCH_DEADLINE_PASSED', 'ACCEPT_DEADLINE_PASSED', 'FEEDBACK_DEADLINE_PASSED', 'RECTIFY_DEADLINE_PASSED', 'RATE_DEADLINE_PASSED', 'REMINDER_DUE'] as const)).map((type) => ({ type }) as TicketTimerEvent)),
    timer(fc.constantFrom(1, 2, 3).map((level) => ({ type: 'ESCALATE', level }) as TicketTimerEvent)),
  ];

  it(`agrees with the model over ${RUNS} random runs, and every timeline stays intact`, async () => {
    let steps = 0;
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 40, size: 'large' }), async (cmds) => {
        const ticket = await place(org.acme);
        const model: Model = { state: 'placed', overdue: false, level: 0, returns: 0, extension: false, paused: false, resumeTo: null, atDepartment: false, version: 1 };
        const real: Real = { ticketId: ticket.id, extensionDays: 0 };
        await fc.asyncModelRun(() => ({ model, real }), cmds);
        steps += [...cmds].length;
        const verify = (await org.dispatcher.get(`/api/tickets/${ticket.id}/events/verify`).expect(200)).body;
        expect(verify).toMatchObject({ intact: true, events: model.version });
      }),
      { numRuns: RUNS },
    );
    process.stdout.write(`model-based (${TestStack.mode}): ${RUNS} runs, ${steps} steps checked against the model\n`);
  });
});
