import { TICK_JOB } from '@whistle/deadlines';
import { Queue } from 'bullmq';
import request from 'supertest';
import { DataSource, type QueryRunner } from 'typeorm';
import { API_MAIN, freePort, requireBuild, ServiceProcess, WORKER_MAIN } from './faults.js';
import { eventually, type Org, place, seedOrganisation, sleep, type TestApp, TestStack, timeline } from './harness.js';

/**
 * Workers that die or are told to stop in the middle of a job, as real processes. A job is
 * held "in the middle" by a row lock the test takes on its ticket row: the worker has taken
 * the tick, leased the timer and waits on the database to change the ticket, exactly as a slow
 * job would.
 */
const SLA = { SLA_DISPATCH: 'PT2S', SLA_ESCALATE_AFTER: 'P1D,P2D,P3D', WORKER_LOCK: 'PT2S', RECONCILE_EVERY: 'PT1M' };

describe(`workers killed and stopped mid-job (${TestStack.mode} database)`, () => {
  let stack: TestStack;
  let app: TestApp;
  let org: Org;
  let queue: Queue;
  const processes: ServiceProcess[] = [];

  beforeAll(async () => {
    requireBuild();
    stack = await TestStack.create(SLA);
    app = await stack.start({ PROCESS_ROLE: 'api' });
    org = await seedOrganisation(app);
    queue = new Queue('deadlines', { prefix: stack.env.QUEUE_PREFIX, connection: { url: stack.env.REDIS_URL! } });
  });

  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop('SIGKILL')));
    await queue?.close();
    await app?.close();
    await stack?.dispose();
  });

  function worker(): ServiceProcess {
    const started = new ServiceProcess(WORKER_MAIN, { ...stack.env, LOG_LEVEL: 'info' });
    processes.push(started);
    return started;
  }

  /** Holds a row lock until released: whoever needs the row waits, mid-job. */
  async function lock(sql: string, id: string): Promise<QueryRunner> {
    const runner = app.get(DataSource).createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    await runner.query(sql, [id]);
    return runner;
  }

  async function release(runner: QueryRunner): Promise<void> {
    await runner.rollbackTransaction();
    await runner.release();
  }

  /**
   * The tick a worker is busy with. Its drain leases the ticket's timer at once and then waits on
   * the locked ticket (on the embedded database, every other connection waits for the test's
   * transaction, so the lease can only be seen in Redis, as the active tick).
   */
  const activeTickFor = async (ticketId: string) => {
    const tick = await eventually(
      async () => (await queue.getActive()).find((job) => job.name === TICK_JOB),
      15_000,
      `a worker to take the tick of ticket ${ticketId}'s deadline`,
    );
    await sleep(500); // the drain's lease, a few milliseconds after the tick is taken
    return tick;
  };
  const deadlinesPassed = async (id: string) => (await timeline(org.dispatcher, id)).filter((type) => type === 'deadline_passed').length;

  it('runs again the job of a worker killed with SIGKILL, and its effect lands once', async () => {
    const first = worker();
    await first.waitFor(/whistle worker started/);
    const { id } = await place(org.acme);
    const held = await lock(`SELECT id FROM tickets WHERE id = $1 FOR UPDATE`, id);
    const job = await activeTickFor(id);
    expect(await first.stop('SIGKILL')).toEqual({ code: null, signal: 'SIGKILL' });
    await release(held);

    const second = worker();
    await second.waitFor(/whistle worker started/);
    await eventually(async () => (await deadlinesPassed(id)) === 1, 20_000, 'the stalled job to run again');
    await second.waitFor(new RegExp(`job ${job.id} stalled`));

    // The same tick delivered once more (as after a crash between commit and acknowledgement):
    // the timer row is settled, so nothing happens.
    const duplicate = await queue.add(TICK_JOB, job.data, { jobId: `${job.id}-again` });
    await eventually(async () => (await duplicate.getState()) === 'completed' || (await queue.getJob(duplicate.id!)) === undefined, 10_000, 'the duplicate');
    await sleep(500);
    expect(await deadlinesPassed(id)).toBe(1);
    expect((await org.dispatcher.get(`/api/tickets/${id}/events/verify`).expect(200)).body.intact).toBe(true);
    await second.stop();
  });

  it('drains on SIGTERM: the job in flight finishes before the worker exits', async () => {
    const draining = worker();
    await draining.waitFor(/whistle worker started/);
    const { id } = await place(org.acme);
    const held = await lock(`SELECT id FROM tickets WHERE id = $1 FOR UPDATE`, id);
    await activeTickFor(id);
    draining.child.kill('SIGTERM');
    await draining.waitFor(/worker draining: 1 job\(s\) in flight/);
    await sleep(1000);
    expect(draining.running).toBe(true); // still waiting for its job
    await release(held);
    expect(await draining.exited).toEqual({ code: null, signal: 'SIGTERM' });
    expect(draining.log).toMatch(/worker drained/);
    expect(await deadlinesPassed(id)).toBe(1);
    expect(await queue.getActive()).toEqual([]);
  });

  it('answers a request in flight on SIGTERM before the API exits', async () => {
    const port = await freePort();
    const api = new ServiceProcess(API_MAIN, { ...stack.env, PROCESS_ROLE: 'api', PORT: port, LOG_LEVEL: 'info' });
    processes.push(api);
    await api.waitFor(/listening on port/);
    const { id } = await place(org.acme);
    const held = await lock(`SELECT id FROM tickets WHERE id = $1 FOR UPDATE`, id);
    const inFlight = request(`http://127.0.0.1:${port}`)
      .post(`/api/tickets/${id}/dispatch`)
      .set('Authorization', `Bearer ${org.dispatcher.token}`)
      .send({ departmentId: org.ids.fin, priority: 'normal' })
      .then((res) => res);
    await sleep(500);
    api.child.kill('SIGTERM');
    await sleep(500);
    expect(api.running).toBe(true);
    await release(held);
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(res.body.state).toBe('dispatched');
    expect(await api.exited).toEqual({ code: null, signal: 'SIGTERM' });
    expect((await org.dispatcher.get(`/api/tickets/${id}`).expect(200)).body.state).toBe('dispatched');
  });
});
