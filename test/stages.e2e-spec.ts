import { type Client, eventually, type Org, place, seedOrganisation, type TestApp, TestStack, timeline } from './harness.js';

/** Every stage's own deadline, on real timers: dispatch, accept and rectification. */
describe(`each stage's deadline (${TestStack.mode} database)`, () => {
  let stack: TestStack;
  let app: TestApp;
  let org: Org;

  beforeAll(async () => {
    stack = await TestStack.create({
      SLA_DISPATCH: 'PT2S',
      SLA_ACCEPT: 'PT2S',
      SLA_RECTIFY: 'PT2S',
      SLA_REMIND_BEFORE: 'PT1S',
      SLA_ESCALATE_AFTER: 'PT0S,PT1H,PT2H',
    });
    app = await stack.start();
    org = await seedOrganisation(app);
  });

  afterAll(async () => {
    await app?.close();
    await stack?.dispose();
  });

  const escalatedTo = async (client: Client, ticketId: string) =>
    (await client.inbox()).filter((n) => n.ticketId === ticketId && n.type === 'ticket.escalated').length;
  const waitFor = (ticketId: string, count: number) =>
    eventually(async () => (await timeline(org.dispatcher, ticketId)).filter((t) => t === 'escalated').length >= count, 15_000, `escalation ${count}`);

  it('escalates a late dispatch, a late acceptance and a late rectification, and clears each when acted on', async () => {
    const ticket = await place(org.acme);
    // Nobody dispatched within SLA_DISPATCH: before a dispatch there is no leader in charge, so the committee hears it.
    await waitFor(ticket.id, 1);
    expect(await escalatedTo(org.dispatcher, ticket.id)).toBe(1);
    const late = (await org.dispatcher.get(`/api/tickets/${ticket.id}`).expect(200)).body;
    expect(late).toMatchObject({ state: 'placed', overdue: true, escalationLevel: 1 });

    const dispatched = (await org.dispatcher.post(`/api/tickets/${ticket.id}/dispatch`, { departmentId: org.ids.fin, priority: 'high' }).expect(200)).body;
    expect(dispatched).toMatchObject({ overdue: false, escalationLevel: 0 });
    // Not accepted within SLA_ACCEPT: the leader in charge of the department hears it.
    await waitFor(ticket.id, 2);
    expect(await escalatedTo(org.finLeader, ticket.id)).toBe(1);

    await org.finStaff.post(`/api/tickets/${ticket.id}/accept`).expect(200);
    await org.finStaff.post(`/api/tickets/${ticket.id}/feedback`, { result: 'partially_resolved', content: '部分解决' }).expect(200);
    await org.acme.post(`/api/tickets/${ticket.id}/rate`, { score: 1, comment: '没有解决' }).expect(200);
    // Rectification not delivered within SLA_RECTIFY: the leader in charge hears it again.
    await waitFor(ticket.id, 3);
    expect(await escalatedTo(org.finLeader, ticket.id)).toBe(2);
    await org.finStaff.post(`/api/tickets/${ticket.id}/feedback`, { result: 'resolved', content: '整改完成' }).expect(200);
    await org.acme.post(`/api/tickets/${ticket.id}/rate`, { score: 4 }).expect(200);

    const events = (await org.dispatcher.get(`/api/tickets/${ticket.id}/events`).expect(200)).body as Array<{ type: string; payload: { deadline?: string } }>;
    expect(events.filter((e) => e.type === 'deadline_passed').map((e) => e.payload.deadline)).toEqual(['dispatch', 'accept', 'rectify']);
    expect(events.map((e) => e.type)).toEqual([
      'placed', 'deadline_passed', 'escalated', 'dispatched', 'deadline_passed', 'escalated', 'accepted',
      'feedback_given', 'rated', 'reminder_sent', 'deadline_passed', 'escalated', 'feedback_given', 'rated',
    ]);
  });
});
