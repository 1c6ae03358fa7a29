import { eventHash, type HashedEventContent } from '@whistle/tickets';
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

  /** Rewrites event `seq` as a forger with database access and the algorithm would: `change` applied, its hash recomputed. */
  async function forge(id: string, seq: number, change: (row: HashedEventContent) => HashedEventContent): Promise<void> {
    const [row] = (await sql.query(
      `SELECT ticket_id AS "ticketId", seq, type, event, actor_id AS "actorId", actor_role AS "actorRole", from_state AS "fromState",
              to_state AS "toState", payload, at, prev_hash AS "prevHash" FROM ticket_events WHERE ticket_id = $1 AND seq = $2`,
      [id, seq],
    )) as (HashedEventContent & { prevHash: string })[];
    const forged = change(row!);
    await sql.query(`UPDATE ticket_events SET event = $3, payload = $4, hash = $5 WHERE ticket_id = $1 AND seq = $2`, [
      id,
      seq,
      forged.event,
      forged.payload,
      eventHash(row!.prevHash, forged),
    ]);
  }

  it('catches the last event rewritten with its hash recomputed: the replay no longer reaches the stored state', async () => {
    const id = await closedTicket();
    await forge(id, 5, (row) => ({ ...row, event: { type: 'RATE', score: 1 } }));
    expect(await verify(id)).toMatchObject({ intact: false, reason: 'replaying the timeline gives rectifying, the ticket says closed' });
  });

  it('catches an event rewritten with its hash recomputed by someone who leaves the following rows: the next no longer follows', async () => {
    const id = await closedTicket();
    await forge(id, 4, (row) => ({ ...row, payload: { ...row.payload, content: '未解决' } }));
    expect(await verify(id)).toMatchObject({ intact: false, brokenAt: 5, reason: expect.stringContaining('does not follow event 4') });
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
