import request from 'supertest';
import { DataSource } from 'typeorm';
import { DisposablePostgres } from './faults.js';
import { type Client, eventually, type Org, seedOrganisation, sleep, type TestApp, TestStack } from './harness.js';

/**
 * A PostgreSQL server of the test's own, crashed (`pg_ctl stop -m immediate`) and started
 * again while clients drive tickets through the cycle. Runs once, in the e2e:postgres project
 * (the embedded database lives inside the service's process and has no restart of its own).
 */
interface Answer {
  action: 'place' | 'dispatch' | 'accept';
  status: number;
  ms: number;
  ticketId?: string;
  version?: number;
  at: number;
}

const CLIENTS = 8;

describe('PostgreSQL restarted under load', () => {
  let pg: DisposablePostgres;
  let stack: TestStack;
  let app: TestApp;
  let org: Org;

  beforeAll(async () => {
    pg = await DisposablePostgres.start();
    stack = await TestStack.create({ DATABASE_URL: pg.url });
    app = await stack.start();
    org = await seedOrganisation(app);
  });

  afterAll(async () => {
    await app?.close();
    await stack?.dispose();
    await pg?.dispose();
  });

  it('answers 503 during the outage, recovers by itself, and loses no committed action', async () => {
    const answers: Answer[] = [];
    let running = true;
    const call = async (action: Answer['action'], client: Client, path: string, body: object, ticketId?: string) => {
      const started = Date.now();
      const res = await client.post(path, body).timeout(15_000);
      answers.push({ action, status: res.status, ms: Date.now() - started, ticketId: ticketId ?? res.body.id, version: res.body.version, at: Date.now() });
      return res.status < 300 ? res.body : null;
    };
    const cycle = async () => {
      while (running) {
        const ticket = await call('place', org.acme, '/api/tickets', { title: '用工需求', description: '招聘技工30名', category: 'hiring' });
        if (!ticket) {
          await sleep(50); // a client backs off; Retry-After says 5 s, the test is in a hurry
          continue;
        }
        const dispatched = await call('dispatch', org.dispatcher, `/api/tickets/${ticket.id}/dispatch`, { departmentId: org.ids.hr, priority: 'high' }, ticket.id);
        if (!dispatched) continue;
        await call('accept', org.hrStaff, `/api/tickets/${ticket.id}/accept`, {}, ticket.id);
      }
    };
    const load = Promise.all(Array.from({ length: CLIENTS }, cycle));

    // Crash once the load is under way: some actions answered before it (on a busy machine the
    // first round can take longer than any fixed pause).
    await eventually(async () => answers.filter((a) => a.status < 300).length >= CLIENTS, 20_000, 'the load under way');
    const crashedAt = Date.now();
    await pg.stop('immediate');
    await sleep(1000);
    const health = await request(app.http).get('/health').expect(503);
    expect(health.body.error).toHaveProperty('database');
    await sleep(2000);
    await pg.start();
    const restartedAt = Date.now();
    await eventually(async () => (await request(app.http).get('/health')).status === 200, 20_000, 'health back to 200');
    await sleep(2000);
    running = false;
    await load;

    const statuses = [...new Set(answers.map((a) => a.status))].sort();
    const unavailable = answers.filter((a) => a.status === 503);
    const ok = answers.filter((a) => a.status < 300);
    process.stdout.write(
      `postgres restart: ${answers.length} requests, ${ok.length} ok, ${unavailable.length} answered 503, statuses ${statuses.join(',')}, ` +
        `slowest ${Math.max(...answers.map((a) => a.ms))} ms\n`,
    );
    expect(statuses.every((s) => [200, 201, 503].includes(s))).toBe(true); // no 500, no crash
    expect(unavailable.length).toBeGreaterThan(0);
    expect(Math.max(...answers.map((a) => a.ms))).toBeLessThan(10_000); // no hang
    expect(ok.some((a) => a.at > restartedAt)).toBe(true); // recovered by itself
    expect(ok.some((a) => a.at < crashedAt)).toBe(true);

    // Every action answered 2xx is in the database, as the event that produced that version.
    const rows = (await app.get(DataSource).query(`SELECT ticket_id, seq, type FROM ticket_events`)) as Array<{ ticket_id: string; seq: number; type: string }>;
    const events = new Set(rows.map((e) => `${e.ticket_id}/${e.seq}/${e.type}`));
    const expectedType = { place: 'placed', dispatch: 'dispatched', accept: 'accepted' } as const;
    const lost = ok.filter((a) => !events.has(`${a.ticketId}/${a.version}/${expectedType[a.action]}`));
    expect(lost).toEqual([]);
  });
});
