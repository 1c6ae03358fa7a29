import request from 'supertest';
import { DataSource } from 'typeorm';
import { DisposableRedis } from './faults.js';
import { eventually, type Org, place, seedOrganisation, sleep, type TestApp, TestStack } from './harness.js';

/**
 * Redis is the alarm clock, the database the truth: Redis loses everything (FLUSHALL; a crash
 * and restart without persistence) while timers are pending, and each deadline still fires
 * once and each escalation happens once, without restarting the service.
 */
const SLA = {
  SLA_DISPATCH: 'PT4S',
  SLA_ACCEPT: 'PT3S',
  SLA_ESCALATE_AFTER: 'PT0S,PT1S,PT2S',
  RECONCILE_EVERY: 'PT1S',
};

interface Step {
  type: string;
  payload: { deadline?: string; level?: number };
}

describe(`timers when Redis loses its data (${TestStack.mode} database)`, () => {
  let redis: DisposableRedis;
  let stack: TestStack;
  let app: TestApp;
  let org: Org;
  let sql: DataSource;

  beforeAll(async () => {
    redis = await DisposableRedis.start();
    stack = await TestStack.create({ ...SLA, REDIS_URL: redis.url });
    app = await stack.start();
    org = await seedOrganisation(app);
    sql = app.get(DataSource);
  });

  afterAll(async () => {
    await app?.close();
    await stack?.dispose().catch(() => undefined);
    await redis?.stop();
  });

  const steps = async (id: string): Promise<Step[]> => (await org.dispatcher.get(`/api/tickets/${id}/events`).expect(200)).body;

  /** Waits for the three escalations of a missed deadline, then checks nothing happened twice. */
  async function expectFiredOnce(ids: string[], deadline: string): Promise<void> {
    for (const id of ids) {
      await eventually(async () => (await steps(id)).filter((s) => s.type === 'escalated').length >= 3, 30_000, `ticket ${id} escalated 3 times`);
    }
    await sleep(2000); // room for a duplicate to show up
    for (const id of ids) {
      const timeline = await steps(id);
      const clock = timeline.filter((s) => s.type === 'deadline_passed' || s.type === 'escalated');
      expect(clock.map((s) => [s.type, s.payload.deadline ?? s.payload.level])).toEqual([
        ['deadline_passed', deadline],
        ['escalated', 1],
        ['escalated', 2],
        ['escalated', 3],
      ]);
      expect((await org.dispatcher.get(`/api/tickets/${id}/events/verify`).expect(200)).body.intact).toBe(true);
      const timers = (await sql.query(`SELECT kind, status, count(*)::int AS n FROM timers WHERE ticket_id = $1 AND status <> 'cancelled' GROUP BY 1, 2 ORDER BY 1, 2`, [
        id,
      ])) as Array<{ kind: string; status: string; n: number }>;
      expect(timers).toEqual([
        { kind: 'deadline', status: 'fired', n: 1 },
        { kind: 'escalation', status: 'fired', n: 3 },
      ]);
    }
  }

  it('re-arms every pending timer after FLUSHALL: each deadline fires once, each escalation once', async () => {
    const ids = await Promise.all([1, 2, 3, 4].map(async () => (await place(org.acme)).id as string));
    expect(Number(await redis.command((r) => r.dbsize()))).toBeGreaterThan(0);
    await redis.flushAll();
    await expectFiredOnce(ids, 'dispatch');
  });

  it('keeps taking actions while Redis is down, says so on /health, and catches up when it returns', async () => {
    const before = await Promise.all([1, 2].map(async () => (await place(org.acme)).id as string));
    await redis.stop();

    // Down: the API answers, the timer intents wait in the database.
    const health = await request(app.http).get('/health').expect(503);
    expect(health.body.error).toHaveProperty('redis');
    const started = Date.now();
    const during = (await place(org.acme)).id as string;
    await org.dispatcher.post(`/api/tickets/${before[0]}/dispatch`, { departmentId: org.ids.fin, priority: 'normal' }).expect(200);
    expect(Date.now() - started).toBeLessThan(3000); // no request waits on Redis
    const [{ n: waiting }] = (await sql.query(`SELECT count(*)::int AS n FROM timers WHERE status = 'pending' AND ticket_id = ANY($1)`, [
      [...before, during],
    ])) as [{ n: number }];
    expect(waiting).toBe(3);

    await sleep(5000); // every deadline passes while Redis is away
    await redis.start();
    await eventually(async () => (await request(app.http).get('/health')).status === 200, 15_000, 'health back to 200');
    await expectFiredOnce([before[1]!, during], 'dispatch');
    await expectFiredOnce([before[0]!], 'accept');
  });
});
