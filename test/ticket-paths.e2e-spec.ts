import { type AdjacencyValue, getAdjacencyMap, getShortestPaths } from '@xstate/graph';
import type { Actor } from '@whistle/common';
import { TicketsService, type TicketAction } from '@whistle/tickets';
import { type TicketEvent, ticketMachine, type TicketTimerEvent } from '@whistle/workflows';
import { DataSource } from 'typeorm';
import { type Org, seedOrganisation, type TestApp, TestStack } from './harness.js';

type Snapshot = ReturnType<typeof ticketMachine.resolveState>;
/** The first step of every generated path is XState's own initial event. */
const INIT: string = 'xstate.init';

/**
 * One sample of every event the machine knows. The test fails when the machine gains an
 * event type that has no sample here, so a new transition cannot go unexercised.
 */
const SAMPLES: Record<TicketEvent['type'], TicketEvent[]> = {
  DISPATCH: [{ type: 'DISPATCH' }],
  ACCEPT: [{ type: 'ACCEPT' }],
  RETURN: [{ type: 'RETURN' }],
  FEEDBACK: [{ type: 'FEEDBACK' }],
  RATE: [{ type: 'RATE', score: 5 }, { type: 'RATE', score: 1 }],
  WITHDRAW: [{ type: 'WITHDRAW' }],
  REQUEST_EXTENSION: [{ type: 'REQUEST_EXTENSION' }],
  DECIDE_EXTENSION: [{ type: 'DECIDE_EXTENSION', approve: true }, { type: 'DECIDE_EXTENSION', approve: false }],
  REMIND: [{ type: 'REMIND' }],
  REQUEST_INFO: [{ type: 'REQUEST_INFO' }],
  PROVIDE_INFO: [{ type: 'PROVIDE_INFO' }],
  DISPATCH_DEADLINE_PASSED: [{ type: 'DISPATCH_DEADLINE_PASSED' }],
  ACCEPT_DEADLINE_PASSED: [{ type: 'ACCEPT_DEADLINE_PASSED' }],
  FEEDBACK_DEADLINE_PASSED: [{ type: 'FEEDBACK_DEADLINE_PASSED' }],
  RECTIFY_DEADLINE_PASSED: [{ type: 'RECTIFY_DEADLINE_PASSED' }],
  RATE_DEADLINE_PASSED: [{ type: 'RATE_DEADLINE_PASSED' }],
  REMINDER_DUE: [{ type: 'REMINDER_DUE' }],
  ESCALATE: [1, 2, 3].map((level) => ({ type: 'ESCALATE', level }) as TicketEvent),
};
const ALL_SAMPLES = Object.values(SAMPLES).flat();

/** Counters grow without bound; the graph is over what changes behaviour. */
const serializeState = (s: Snapshot) =>
  JSON.stringify([s.value, s.context.overdue, s.context.escalationLevel, s.context.extensionPending, s.context.pausedFrom]);
const serializeEvent = (e: TicketEvent) => JSON.stringify(e);
const traversal = { events: ALL_SAMPLES, serializeState, serializeEvent };

/** Every transition the machine defines: `state|EVENT|target` (target = state for self-transitions). */
function definedTransitions(): Set<string> {
  const keys = new Set<string>();
  for (const [name, node] of Object.entries(ticketMachine.states)) {
    for (const [eventType, definitions] of node.transitions) {
      for (const definition of definitions) {
        const target = definition.target?.[0]?.key ?? name;
        keys.add(`${name}|${eventType}|${target}`);
      }
    }
  }
  return keys;
}

const ACTIONS: Partial<Record<TicketEvent['type'], TicketAction>> = {
  DISPATCH: 'dispatch',
  ACCEPT: 'accept',
  RETURN: 'return',
  FEEDBACK: 'feedback',
  RATE: 'rate',
  WITHDRAW: 'withdraw',
  REQUEST_EXTENSION: 'request-extension',
  DECIDE_EXTENSION: 'decide-extension',
  REMIND: 'remind',
  REQUEST_INFO: 'request-info',
  PROVIDE_INFO: 'provide-info',
};

describe(`every transition of the ticket machine, replayed through the service (${TestStack.mode} database)`, () => {
  const adjacency = getAdjacencyMap(ticketMachine, traversal);
  // The adjacency map lists every sample in every state; a refused one is no transition.
  const edges = (Object.values(adjacency) as Array<AdjacencyValue<Snapshot, TicketEvent>>).flatMap(({ state, transitions }) =>
    Object.values(transitions)
      .filter(({ event }) => state.can(event))
      .map(({ event, state: next }): { state: Snapshot; event: TicketEvent; next: Snapshot } => ({ state, event, next })),
  );
  const shortest = new Map(
    getShortestPaths(ticketMachine, traversal).map((path) => [serializeState(path.state as Snapshot), path]),
  );

  let stack: TestStack;
  let app: TestApp;
  let org: Org;
  let tickets: TicketsService;

  beforeAll(async () => {
    stack = await TestStack.create();
    app = await stack.start({ PROCESS_ROLE: 'api' });
    org = await seedOrganisation(app);
    tickets = app.get(TicketsService);
  });

  afterAll(async () => {
    await app?.close();
    await stack?.dispose();
  });

  it('has a sample for every event type the machine handles', () => {
    const handled = new Set(Object.values(ticketMachine.states).flatMap((node) => [...node.transitions.keys()]));
    expect([...handled].sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  it('reaches every transition the machine defines', () => {
    const exercised = new Set(
      edges.map(({ state, event, next }) => `${(state as Snapshot).value}|${event.type}|${(next as Snapshot).value}`),
    );
    expect([...exercised].sort()).toEqual([...definedTransitions()].sort());
  });

  it('applies each transition through TicketsService exactly as the machine does', async () => {
    const actor = (client: Org['acme']): Actor => {
      const user = client.user as unknown as Actor;
      return { id: user.id, username: user.username, role: user.role, chainId: user.chainId, enterpriseId: user.enterpriseId, departmentId: user.departmentId };
    };
    const who: Record<TicketAction, Actor> = {
      dispatch: actor(org.dispatcher),
      accept: actor(org.finStaff),
      return: actor(org.finStaff),
      feedback: actor(org.finStaff),
      rate: actor(org.acme),
      withdraw: actor(org.acme),
      'request-extension': actor(org.finStaff),
      'decide-extension': actor(org.dispatcher),
      remind: actor(org.dispatcher),
      'request-info': actor(org.finStaff),
      'provide-info': actor(org.acme),
    };
    const bodies: Record<TicketAction, (event: TicketEvent) => object> = {
      dispatch: () => ({ departmentId: org.ids.fin, priority: 'normal' }),
      accept: () => ({}),
      return: () => ({ reason: 'not_our_function', note: '不属本部门职能' }),
      feedback: () => ({ result: 'resolved', content: '已办结' }),
      rate: (e) => ({ score: (e as { score: number }).score }),
      withdraw: () => ({ reason: '撤回' }),
      'request-extension': () => ({ until: new Date(Date.now() + 400 * 86_400_000).toISOString(), reason: '需更多时间' }),
      'decide-extension': (e) => ({ approve: (e as { approve: boolean }).approve }),
      remind: () => ({}),
      'request-info': () => ({ question: '请补充材料' }),
      'provide-info': () => ({ answer: '已补充' }),
    };

    const apply = async (ticketId: string, event: TicketEvent) => {
      const action = ACTIONS[event.type];
      if (action) return tickets.act(who[action], ticketId, action, bodies[action](event));
      const ticket = await tickets.applyTimerEvent(ticketId, event as TicketTimerEvent);
      if (!ticket) throw new Error(`${event.type} refused`);
      return ticket;
    };
    // Where a paused ticket resumes is in its stored machine only.
    const pausedFrom = async (id: string) =>
      ((await app.get(DataSource).query(`SELECT machine->'context'->'pausedFrom' AS p FROM tickets WHERE id = $1`, [id])) as [{ p: string | null }])[0].p;
    const observed = async (t: { id: string; state: string; overdue: boolean; escalationLevel: number; extensionRequest: unknown }) =>
      JSON.stringify([t.state, t.overdue, t.escalationLevel, t.extensionRequest !== null, await pausedFrom(t.id)]);

    let replayed = 0;
    for (const { state, event, next } of edges) {
      const path = shortest.get(serializeState(state as Snapshot));
      expect(path).toBeDefined();
      const placed = await tickets.place(who.withdraw, { title: '路径测试', description: serializeEvent(event), category: 'other' });
      let current: { id: string; state: string; overdue: boolean; escalationLevel: number; extensionRequest: unknown } = placed;
      for (const step of [...path!.steps.filter((s) => (s.event as { type: string }).type !== INIT), { event, state: next }]) {
        current = await apply(placed.id, step.event as TicketEvent);
        expect(await observed(current)).toBe(serializeState(step.state as Snapshot));
      }
      replayed++;
    }
    expect(replayed).toBe(edges.length);
    expect(replayed).toBeGreaterThan(50);
  });
});
