import { actionEvent, actionPath, type ChainedEvent, TICKET_ACTIONS, type TicketAction, verifyChain } from '@whistle/tickets';
import type { StoredTicketMachine } from '@whistle/workflows';
import { DataSource } from 'typeorm';
import { type Client, type Org, place, seedOrganisation, sleep, type TestApp, TestStack } from './harness.js';

/**
 * 32 clients fire random actions at the same 20 tickets for a sustained run, while short
 * deadlines make the timers fire among them. Afterwards every ticket's history must replay
 * through the machine to its stored state, with no event lost or doubled, every 2xx answer
 * in it, and every loser told 409.
 */
const CLIENTS = 32;
const TICKETS = 20;
const RUN_MS = Number(process.env.CONCURRENCY_RUN_MS ?? 10_000);
const SLA = { SLA_DISPATCH: 'PT2S', SLA_ACCEPT: 'PT2S', SLA_FEEDBACK: 'PT4S', SLA_REMIND_BEFORE: 'PT2S', SLA_ESCALATE_AFTER: 'PT0S,PT1S,PT2S' };

interface Answer {
  ticketId: string;
  action: TicketAction;
  actorId: string;
  status: number;
  version?: number;
}

/** Weights keep tickets open for long: few withdrawals, mostly unsatisfied ratings (rectification rounds). */
const WEIGHTS: Record<TicketAction, number> = {
  dispatch: 4,
  accept: 4,
  return: 2,
  feedback: 4,
  rate: 3,
  withdraw: 0.1,
  'request-extension': 2,
  'decide-extension': 2,
  remind: 2,
  'request-info': 1,
  'provide-info': 2,
  'add-assist': 1,
  'ask-assist': 0.5,
  'assist-accept': 2,
  'assist-decline': 0.5,
  'assist-give': 2,
};

describe(`${CLIENTS} concurrent clients on ${TICKETS} tickets (${TestStack.mode} database)`, () => {
  let stack: TestStack;
  let app: TestApp;
  let org: Org;

  beforeAll(async () => {
    stack = await TestStack.create(SLA);
    app = await stack.start();
    org = await seedOrganisation(app);
  });

  afterAll(async () => {
    await app?.close();
    await stack?.dispose();
  });

  let extensions = 0;
  function request(action: TicketAction): { client: Client; body: object } {
    const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)]!;
    switch (action) {
      case 'dispatch':
        return {
          client: org.dispatcher,
          body: { departmentId: org.ids.fin, priority: pick(['urgent', 'high', 'normal', 'low']), ...(Math.random() < 0.5 ? { assistingDepartmentIds: [org.ids.hr] } : {}) },
        };
      case 'accept':
        return { client: org.finStaff, body: {} };
      case 'return':
        return { client: org.finStaff, body: { reason: 'not_our_function', note: '不属本部门职能' } };
      case 'feedback':
        return { client: org.finStaff, body: { result: pick(['resolved', 'partially_resolved']), content: '已协调办理' } };
      case 'rate':
        return { client: org.acme, body: { score: Math.random() < 0.05 ? 5 : pick([1, 2]) } };
      case 'withdraw':
        return { client: org.acme, body: { reason: '问题已自行解决' } };
      case 'request-extension':
        // Always later than any deadline an earlier approval set.
        return { client: org.finStaff, body: { until: new Date(Date.UTC(2030, 0, 1) + ++extensions * 60_000).toISOString(), reason: '需跨部门会商' } };
      case 'decide-extension':
        return { client: org.dispatcher, body: { approve: Math.random() < 0.5 } };
      case 'remind':
        return { client: org.dispatcher, body: {} };
      case 'request-info':
        return { client: org.finStaff, body: { question: '请补充财务报表' } };
      case 'provide-info':
        return { client: org.acme, body: { answer: '已上传' } };
      case 'add-assist':
        return { client: org.dispatcher, body: { departmentIds: [org.ids.hr] } };
      case 'ask-assist':
        return { client: org.finStaff, body: { reason: '需人社局协办' } };
      case 'assist-accept':
        return { client: org.hrStaff, body: {} };
      case 'assist-decline':
        return { client: org.hrStaff, body: { reason: 'not_our_function', note: '不属本部门职能' } };
      case 'assist-give':
        return { client: org.hrStaff, body: { content: '已出具协办意见' } };
    }
  }

  function randomAction(): TicketAction {
    const total = TICKET_ACTIONS.reduce((sum, action) => sum + WEIGHTS[action], 0);
    let roll = Math.random() * total;
    for (const action of TICKET_ACTIONS) {
      roll -= WEIGHTS[action];
      if (roll <= 0) return action;
    }
    return 'remind';
  }

  it('keeps every history whole: replayable, nothing lost or doubled, losers answered 409', async () => {
    const tickets = await Promise.all(Array.from({ length: TICKETS }, async () => (await place(org.acme)).id as string));
    const answers: Answer[] = [];
    const deadline = Date.now() + RUN_MS;
    const client = async () => {
      while (Date.now() < deadline) {
        const ticketId = tickets[Math.floor(Math.random() * tickets.length)]!;
        const action = randomAction();
        const { client: caller, body } = request(action);
        const res = await caller.post(`/api/tickets/${ticketId}/${actionPath(action)}`, body);
        answers.push({ ticketId, action, actorId: caller.id, status: res.status, version: res.body.version });
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, client));
    await sleep(500); // timers in flight settle

    const statuses = countBy(answers.map((a) => String(a.status)));
    const ok = answers.filter((a) => a.status === 200);
    process.stdout.write(
      `concurrency (${TestStack.mode}): ${CLIENTS} clients, ${TICKETS} tickets, ${answers.length} actions in ${RUN_MS} ms ` +
        `(${Math.round((answers.length * 1000) / RUN_MS)}/s), statuses ${JSON.stringify(statuses)}\n`,
    );
    expect(Object.keys(statuses).sort()).toEqual(expect.arrayContaining(['200', '409']));
    // Besides 409, only the departments may get 404 (a ticket not, or no longer, at them is not theirs to see), the assisting one
    // 403 (a part not, or no longer, its own), and the committee 400 (adding a department already asked in this dispatch).
    const expected = (a: Answer) =>
      a.status === 200 ||
      a.status === 409 ||
      (a.status === 404 && (a.actorId === org.finStaff.id || a.actorId === org.hrStaff.id)) ||
      (a.status === 403 && a.actorId === org.hrStaff.id) ||
      (a.status === 400 && a.action === 'add-assist');
    expect(answers.filter((a) => !expected(a))).toEqual([]);

    // One consistent snapshot of every ticket and its events.
    const { rows, events } = await app.get(DataSource).transaction('REPEATABLE READ', async (manager) => ({
      rows: (await manager.query(`SELECT id, version, machine FROM tickets WHERE id = ANY($1)`, [tickets])) as Array<{
        id: string;
        version: number;
        machine: StoredTicketMachine;
      }>,
      events: (await manager.query(
        `SELECT ticket_id AS "ticketId", seq, type, event, actor_id AS "actorId", actor_role AS "actorRole", from_state AS "fromState",
                to_state AS "toState", payload, at, prev_hash AS "prevHash", hash
           FROM ticket_events WHERE ticket_id = ANY($1) ORDER BY ticket_id, seq`,
        [tickets],
      )) as ChainedEvent[],
    }));
    expect(rows).toHaveLength(TICKETS);
    let human = 0;
    for (const ticket of rows) {
      const history = events.filter((e) => e.ticketId === ticket.id);
      // Replays to the stored state, seq 1..version without gaps or repeats, hashes chained.
      expect(verifyChain(history, ticket)).toMatchObject({ intact: true, reason: null });
      // Every 2xx answer is the event at the version it returned, by that actor, for that action.
      const answered = ok.filter((a) => a.ticketId === ticket.id);
      for (const answer of answered) {
        const event = history[answer.version! - 1];
        expect([event?.actorId, event?.event?.type]).toEqual([answer.actorId, actionEvent(answer.action, { score: 5, approve: true, departmentIds: [] }).type]);
      }
      // And nothing else was done by a person: no action applied twice, none without an answer.
      const byPeople = history.filter((e) => e.actorRole !== 'system' && e.seq > 1);
      expect(byPeople).toHaveLength(answered.length);
      human += byPeople.length;
    }
    expect(human).toBe(ok.length);
    const states = countBy(rows.map((t) => t.machine.value));
    process.stdout.write(
      `concurrency (${TestStack.mode}): ${events.length} events in ${TICKETS} histories, ${events.filter((e) => e.actorRole === 'system').length} by timers; ` +
        `0 lost, 0 doubled; final states ${JSON.stringify(states)}\n`,
    );
  });
});

function countBy(values: string[]): Record<string, number> {
  return values.reduce<Record<string, number>>((counts, value) => ({ ...counts, [value]: (counts[value] ?? 0) + 1 }), {});
}
