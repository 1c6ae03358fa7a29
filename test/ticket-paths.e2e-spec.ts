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
/** The assisting department of the graph's events; the service's events name a real one (org.ids.hr) instead. */
const HELPER = 'HELPER';
const SAMPLES: Record<TicketEvent['type'], TicketEvent[]> = {
  DISPATCH: [{ type: 'DISPATCH' }, { type: 'DISPATCH', assisting: [HELPER] }],
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
  ADD_ASSIST: [{ type: 'ADD_ASSIST', departments: [HELPER] }],
  ASK_ASSIST: [{ type: 'ASK_ASSIST' }],
  ASSIST_ACCEPT: [{ type: 'ASSIST_ACCEPT', department: HELPER }],
  ASSIST_DECLINE: [{ type: 'ASSIST_DECLINE', department: HELPER }],
  ASSIST_GIVE: [{ type: 'ASSIST_GIVE', department: HELPER }],
  ASSIST_DEADLINE_PASSED: [{ type: 'ASSIST_DEADLINE_PASSED', department: HELPER }],
  ASSIST_REMINDER_DUE: [{ type: 'ASSIST_REMINDER_DUE', department: HELPER }],
  ASSIST_ESCALATE: [1, 2, 3].map((level) => ({ type: 'ASSIST_ESCALATE', department: HELPER, level }) as TicketEvent),
};
const ALL_SAMPLES = Object.values(SAMPLES).flat();

/** What of an assisting part changes behaviour (its reminder count does not). */
const partOf = (assists: Snapshot['context']['assists'], department: string) => {
  const part = assists[department];
  return part ? [part.state, part.overdue, part.escalationLevel] : null;
};
/** Counters grow without bound; the graph is over what changes behaviour. */
const serializeState = (s: Snapshot) =>
  JSON.stringify([s.value, s.context.overdue, s.context.escalationLevel, s.context.extensionPending, s.context.pausedFrom, partOf(s.context.assists, HELPER)]);
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
  ADD_ASSIST: 'add-assist',
  ASK_ASSIST: 'ask-assist',
  ASSIST_ACCEPT: 'assist-accept',
  ASSIST_DECLINE: 'assist-decline',
  ASSIST_GIVE: 'assist-give',
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
  /**
   * What is replayed through the service: every edge between states without an assisting part
   * (the cycle of one department), and for the part, one edge (the nearest) per way an event can
   * meet it: the ticket's state, the event, the part's state and lateness before and after. The
   * whole graph (about 2,900 edges) is checked above without the service; replaying it all would
   * take minutes and add nothing an event that leaves the part as it was does not already show.
   */
  const replayed = (() => {
    const chosen = new Map<string, (typeof edges)[number]>();
    const depth = (edge: (typeof edges)[number]) => shortest.get(serializeState(edge.state))?.steps.length ?? Infinity;
    for (const edge of edges) {
      const before = partOf(edge.state.context.assists, HELPER);
      const after = partOf(edge.next.context.assists, HELPER);
      const meets = 'department' in edge.event || ['ADD_ASSIST', 'DISPATCH', 'FEEDBACK', 'RETURN'].includes(edge.event.type) || JSON.stringify(before) !== JSON.stringify(after);
      const key = !before && !after ? `${serializeState(edge.state)}|${serializeEvent(edge.event)}` : meets
        ? JSON.stringify([edge.state.value, edge.event, edge.next.value, before?.[0], before?.[1], after?.[0], after?.[1]])
        : null;
      if (key && (!chosen.has(key) || depth(edge) < depth(chosen.get(key)!))) chosen.set(key, edge);
    }
    return [...chosen.values()];
  })();

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
      'add-assist': actor(org.dispatcher),
      'ask-assist': actor(org.finStaff),
      'assist-accept': actor(org.hrStaff),
      'assist-decline': actor(org.hrStaff),
      'assist-give': actor(org.hrStaff),
    };
    const bodies: Record<TicketAction, (event: TicketEvent) => object> = {
      dispatch: (e) => ({ departmentId: org.ids.fin, priority: 'normal', ...((e as { assisting?: string[] }).assisting?.length ? { assistingDepartmentIds: [org.ids.hr] } : {}) }),
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
      'add-assist': () => ({ departmentIds: [org.ids.hr] }),
      'ask-assist': () => ({ reason: '需人社局协办', departmentId: org.ids.hr }),
      'assist-accept': () => ({}),
      'assist-decline': () => ({ reason: 'not_our_function', note: '不属本部门职能' }),
      'assist-give': () => ({ content: '已出具协办意见' }),
    };

    const apply = async (ticketId: string, event: TicketEvent) => {
      const action = ACTIONS[event.type];
      if (action) return tickets.act(who[action], ticketId, action, bodies[action](event));
      const real = ('department' in event ? { ...event, department: org.ids.hr } : event) as TicketTimerEvent;
      const ticket = await tickets.applyTimerEvent(ticketId, real);
      if (!ticket) throw new Error(`${event.type} refused`);
      return ticket;
    };
    // Where a paused ticket resumes, and a part's lateness, are in its stored machine only.
    const stored = async (id: string) =>
      ((await app.get(DataSource).query(`SELECT machine->'context' AS c FROM tickets WHERE id = $1`, [id])) as [{ c: Snapshot['context'] }])[0].c;
    const observed = async (t: { id: string; state: string; overdue: boolean; escalationLevel: number; extensionRequest: unknown; assists: { departmentId: string; state: string }[] }) => {
      const context = await stored(t.id);
      const part = partOf(context.assists, org.ids.hr);
      // The view's part says the same as the machine's.
      expect(t.assists.map((p) => [p.departmentId, p.state])).toEqual(part ? [[org.ids.hr, part[0]]] : []);
      return JSON.stringify([t.state, t.overdue, t.escalationLevel, t.extensionRequest !== null, context.pausedFrom, part]);
    };

    let count = 0;
    for (const { state, event, next } of replayed) {
      const path = shortest.get(serializeState(state as Snapshot));
      expect(path).toBeDefined();
      const placed = await tickets.place(who.withdraw, { title: '路径测试', description: serializeEvent(event), category: 'other' });
      let current: { id: string; state: string; overdue: boolean; escalationLevel: number; extensionRequest: unknown; assists: { departmentId: string; state: string }[] } = placed;
      for (const step of [...path!.steps.filter((s) => (s.event as { type: string }).type !== INIT), { event, state: next }]) {
        current = await apply(placed.id, step.event as TicketEvent);
        expect(await observed(current)).toBe(serializeState(step.state as Snapshot));
      }
      count++;
    }
    expect(count).toBe(replayed.length);
    expect(new Set(replayed.map(({ state, event, next }) => `${state.value}|${event.type}|${next.value}`))).toEqual(definedTransitions());
    expect(count).toBeGreaterThan(200);
  });
});
