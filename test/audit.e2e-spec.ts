import { DataSource } from 'typeorm';
import { type Org, place, seedOrganisation, type TestApp, TestStack } from './harness.js';

/** The tamper-evident timeline: rows edited behind the application's back are caught. */
describe(`the audit trail (${TestStack.mode} database)`, () => {
  let stack: TestStack;
  let app: TestApp;
  let org: Org;
  let sql: DataSource;

  beforeAll(async () => {
    stack = await TestStack.create();
    app = await stack.start();
    org = await seedOrganisation(app);
    sql = app.get(DataSource);
  });

  afterAll(async () => {
    await app?.close();
    await stack?.dispose();
  });

  /** A ticket taken through the whole cycle: six events. */
  async function closedTicket(): Promise<string> {
    const { id } = await place(org.acme);
    await org.dispatcher.post(`/api/tickets/${id}/dispatch`, { departmentId: org.ids.fin, priority: 'normal' }).expect(200);
    await org.finStaff.post(`/api/tickets/${id}/accept`, {}).expect(200);
    await org.finStaff.post(`/api/tickets/${id}/feedback`, { result: 'resolved', content: '已协调银行授信' }).expect(200);
    await org.acme.post(`/api/tickets/${id}/rate`, { score: 5 }).expect(200);
    return id;
  }

  const verify = async (id: string) => (await org.supervisor.get(`/api/tickets/${id}/events/verify`).expect(200)).body;

  it('chains every event to the one before and reports the timeline intact', async () => {
    const id = await closedTicket();
    const events = (await org.acme.get(`/api/tickets/${id}/events`).expect(200)).body;
    expect(events.map((e: { event: { type: string } | null }) => e.event?.type ?? null)).toEqual([null, 'DISPATCH', 'ACCEPT', 'FEEDBACK', 'RATE']);
    expect(events[0].prevHash).toBe('0'.repeat(64));
    for (let i = 1; i < events.length; i++) expect(events[i].prevHash).toBe(events[i - 1].hash);
    expect(await verify(id)).toEqual({ intact: true, events: 5, brokenAt: null, reason: null, headHash: events[4].hash });
  });

  it('catches a payload edited in the database', async () => {
    const id = await closedTicket();
    await sql.query(`UPDATE ticket_events SET payload = jsonb_set(payload, '{content}', '"未解决"') WHERE ticket_id = $1 AND seq = 4`, [id]);
    expect(await verify(id)).toMatchObject({ intact: false, brokenAt: 4, reason: 'event 4 was altered: its content no longer matches its hash' });
  });

  it('catches a rating changed in the event and its hash recomputed by someone without the following rows', async () => {
    const id = await closedTicket();
    await sql.query(`UPDATE ticket_events SET event = '{"type":"RATE","score":1}', hash = repeat('f', 64) WHERE ticket_id = $1 AND seq = 5`, [id]);
    expect(await verify(id)).toMatchObject({ intact: false, brokenAt: 5 });
  });

  it('catches a deleted event, in the middle or at the end', async () => {
    const middle = await closedTicket();
    await sql.query(`DELETE FROM ticket_events WHERE ticket_id = $1 AND seq = 2`, [middle]);
    expect(await verify(middle)).toMatchObject({ intact: false, brokenAt: 2, reason: expect.stringContaining('missing') });
    const tail = await closedTicket();
    await sql.query(`DELETE FROM ticket_events WHERE ticket_id = $1 AND seq = 5`, [tail]);
    expect(await verify(tail)).toMatchObject({ intact: false, brokenAt: null, reason: 'the ticket is at version 5 but its timeline has 4 event(s)' });
  });

  it('catches a ticket state edited without an event', async () => {
    const id = await closedTicket();
    await sql.query(`UPDATE tickets SET machine = jsonb_set(machine, '{value}', '"rectifying"') WHERE id = $1`, [id]);
    expect(await verify(id)).toMatchObject({ intact: false, reason: 'replaying the timeline gives closed, the ticket says rectifying' });
  });

  it('answers only those who may see the ticket', async () => {
    const id = await closedTicket();
    await org.rival.get(`/api/tickets/${id}/events/verify`).expect(404);
    await org.hrStaff.get(`/api/tickets/${id}/events/verify`).expect(404);
    await app.client().get(`/api/tickets/${id}/events/verify`).expect(401);
    await org.acme.get(`/api/tickets/${id}/events/verify`).expect(200);
  });
});
