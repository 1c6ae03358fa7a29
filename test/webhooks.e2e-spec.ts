import { join } from 'node:path';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { DisposableRedis, freePort, requireBuild, ServiceProcess, WORKER_MAIN } from './faults.js';
import { eventually, type Org, place, seedOrganisation, sleep, type TestApp, TestStack } from './harness.js';
import type { Received } from './webhook-receiver.ts';

/**
 * Outbound webhooks end to end: the API on its own, workers as real processes (to SIGKILL), a
 * Redis of the suite's own (to FLUSHALL), and a receiver process of the tests' own
 * (test/webhook-receiver.ts) that verifies every signature with the official
 * `standardwebhooks` verifier and answers as each test tells it.
 */
const RECEIVER_MAIN = join(import.meta.dirname, 'webhook-receiver.ts');
const SCHEDULE = 'PT0.3S,PT0.5S,PT1S,PT2S,PT3S';
const ENV = { WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_RETRY_SCHEDULE: SCHEDULE, WEBHOOK_TIMEOUT: 'PT2S', RECONCILE_EVERY: 'PT2S', TIMER_HORIZON: 'PT1H' };

interface Endpoint {
  id: string;
  secret: string;
  name: string;
}

describe(`webhooks (${TestStack.mode} database)`, () => {
  let stack: TestStack;
  let app: TestApp;
  let org: Org;
  let port: string;
  let receiver: ServiceProcess;
  let worker: ServiceProcess;
  let redis: DisposableRedis;
  const processes: ServiceProcess[] = [];

  beforeAll(async () => {
    requireBuild();
    redis = await DisposableRedis.start();
    stack = await TestStack.create({ ...ENV, REDIS_URL: redis.url });
    app = await stack.start({ PROCESS_ROLE: 'api' });
    org = await seedOrganisation(app);
    port = await freePort();
    receiver = await startReceiver();
    worker = await startWorker();
  });

  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop('SIGKILL')));
    const queue = new Queue('webhooks', { prefix: stack.env.QUEUE_PREFIX, connection: { url: stack.env.REDIS_URL! } });
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    await app?.close();
    await stack?.dispose();
    await redis?.stop();
  });

  async function startReceiver(): Promise<ServiceProcess> {
    const started = new ServiceProcess(RECEIVER_MAIN, { PORT: port });
    processes.push(started);
    await started.waitFor(/receiver listening/);
    return started;
  }

  async function startWorker(env: Record<string, string> = {}): Promise<ServiceProcess> {
    const started = new ServiceProcess(WORKER_MAIN, { ...stack.env, LOG_LEVEL: 'info', ...env });
    processes.push(started);
    await started.waitFor(/whistle worker started/);
    return started;
  }

  const control = (name: string) => `http://127.0.0.1:${port}/control/${name}`;
  async function tell(name: string, settings: { secrets?: string[]; mode?: string; failures?: number; retryAfter?: number }): Promise<void> {
    const res = await fetch(control(name), { method: 'PUT', body: JSON.stringify(settings) });
    expect(res.status).toBe(204);
  }
  async function received(name: string): Promise<Received[]> {
    return (await (await fetch(control(name))).json()) as Received[];
  }

  /** Registers an endpoint at the receiver's /hooks/<name>, which verifies with its secret. */
  async function endpoint(name: string, body: object = { events: ['*'] }, mode = 'ok'): Promise<Endpoint> {
    await eventually(async () => (await fetch(control(name)).catch(() => null))?.ok, 10_000, 'the receiver');
    const created = (await org.admin.post('/api/webhooks', { url: `http://127.0.0.1:${port}/hooks/${name}`, ...body }).expect(201)).body;
    await tell(name, { secrets: [created.secret], mode });
    return { id: created.id, secret: created.secret, name };
  }

  const deliveries = async (e: Endpoint, status?: string) =>
    (await org.admin.get(`/api/webhooks/${e.id}/deliveries${status ? `?status=${status}` : ''}`).expect(200)).body as {
      id: string;
      eventId: string;
      eventType: string;
      status: string;
      attempts: number;
      lastStatus: number | null;
      lastError: string | null;
      lastResponse: string | null;
      lastDurationMs: number | null;
    }[];
  const settled = (e: Endpoint) => eventually(async () => (await deliveries(e, 'pending')).length === 0, 30_000, `every delivery of ${e.name} to settle`);
  const view = async (e: Endpoint) => (await org.admin.get(`/api/webhooks/${e.id}`).expect(200)).body;

  async function fullCycle(): Promise<string> {
    const { id } = await place(org.acme);
    await org.dispatcher.post(`/api/tickets/${id}/dispatch`, { departmentId: org.ids.fin, priority: 'normal' }).expect(200);
    await org.finStaff.post(`/api/tickets/${id}/accept`, {}).expect(200);
    await org.finStaff.post(`/api/tickets/${id}/feedback`, { result: 'resolved', content: '已对接银行,贷款获批' }).expect(200);
    await org.acme.post(`/api/tickets/${id}/rate`, { score: 5 }).expect(200);
    return id;
  }

  /** The webhook event types a ticket's timeline gives, in order. */
  async function expectedTypes(ticketId: string): Promise<{ seq: number; type: string }[]> {
    const events = (await org.dispatcher.get(`/api/tickets/${ticketId}/events`).expect(200)).body as { seq: number; type: string }[];
    const renamed: Record<string, string> = { feedback_given: 'feedback', closed_unrated: 'closed' };
    return events.map((e) => ({ seq: e.seq, type: `ticket.${renamed[e.type] ?? e.type}` }));
  }

  it('shows the secret once, and refuses what it cannot send: bad URLs, unknown events and chains, and non-administrators', async () => {
    await eventually(async () => (await fetch(control('probe')).catch(() => null))?.ok, 10_000, 'the receiver');
    const created = (await org.admin.post('/api/webhooks', { url: `http://127.0.0.1:${port}/hooks/probe`, events: ['ticket.*'], description: 'OA' }).expect(201)).body;
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const listed = (await org.admin.get('/api/webhooks').expect(200)).body as object[];
    expect(JSON.stringify(listed)).not.toContain(created.secret.slice(6));
    expect(listed).toContainEqual(expect.objectContaining({ id: created.id, events: ['ticket.*'], active: true, pending: 0 }));

    const refused = [
      [{ url: 'ftp://example.com/x', events: ['*'] }, 'url'],
      [{ url: 'http://127.0.0.1/x', events: ['ticket.nonsense'] }, 'events'],
      [{ url: 'http://127.0.0.1/x', events: [] }, 'events'],
      [{ url: 'http://127.0.0.1/x', events: ['*'], chainId: '00000000-0000-4000-8000-000000000000' }, 'chainId'],
    ] as const;
    for (const [body, field] of refused) {
      const res = await org.admin.post('/api/webhooks', body).expect(400);
      expect(JSON.stringify(res.body)).toContain(field);
    }
    for (const client of [org.dispatcher, org.supervisor, org.acme]) await client.get('/api/webhooks').expect(403);
    expect((await org.admin.get('/api/webhooks/event-types').expect(200)).body).toEqual(expect.arrayContaining(['ticket.dispatched', 'ticket.feedback', 'rectification.ordered', 'evaluation.closed']));

    // An address refused when the URL is saved, unless WEBHOOK_ALLOW_PRIVATE (another API on the same deployment).
    const strict = await stack.start({ PROCESS_ROLE: 'api', WEBHOOK_ALLOW_PRIVATE: 'false' });
    try {
      const admin = org.admin.on(strict);
      for (const url of ['http://127.0.0.1:9/x', 'http://localhost:9/x', 'http://[::1]:9/x', 'http://169.254.169.254/latest', 'http://10.1.2.3/x']) {
        const res = await admin.post('/api/webhooks', { url, events: ['*'] }).expect(400);
        expect(res.body.message).toMatch(/private, loopback or link-local/);
      }
    } finally {
      await strict.close();
    }
    await org.admin.delete(`/api/webhooks/${created.id}`).expect(204);
    await org.admin.get(`/api/webhooks/${created.id}`).expect(404);
  });

  it('delivers every event of a ticket once per endpoint, in timeline order, signed as Standard Webhooks says', async () => {
    const all = await endpoint('all', { events: ['*'] });
    const dispatches = await endpoint('dispatches', { events: ['ticket.dispatched'], chainId: org.ids.chain });
    const otherChain = await endpoint('other-chain', { events: ['*'], chainId: org.ids.otherChain });
    const ids = await Promise.all([fullCycle(), fullCycle(), fullCycle()]);
    await settled(all);
    await settled(dispatches);

    const got = await received('all');
    expect(got.every((r) => r.status === 200 && r.verified.every(Boolean))).toBe(true);
    for (const id of ids) {
      const mine = got.filter((r) => r.ticketId === id);
      expect(mine.map(({ seq, type }) => ({ seq, type }))).toEqual(await expectedTypes(id));
      expect(new Set(mine.map((r) => r.id)).size).toBe(mine.length);
    }
    expect((await received('dispatches')).map((r) => [r.type, r.ticketId])).toEqual(expect.arrayContaining(ids.map((id) => ['ticket.dispatched', id])));
    expect((await received('dispatches')).every((r) => r.type === 'ticket.dispatched')).toBe(true);
    expect(await received('other-chain')).toEqual([]);
    expect((await view(all)).delivered).toBe(got.length);
    const [last] = await deliveries(all);
    expect(last).toMatchObject({ status: 'delivered', attempts: 1, lastStatus: 200, lastResponse: `received msg_${last!.eventId}` });
    expect(last!.lastDurationMs).toBeGreaterThanOrEqual(0);
    for (const e of [all, dispatches, otherChain]) await org.admin.delete(`/api/webhooks/${e.id}`).expect(204);
  });

  it('tries a 500 again until it answers 200, and honours Retry-After on 429', async () => {
    const flaky = await endpoint('flaky', { events: ['ticket.placed'] });
    await tell('flaky', { secrets: [flaky.secret], mode: 'fail', failures: 2 });
    const { id } = await place(org.acme);
    await settled(flaky);
    const attempts = (await received('flaky')).filter((r) => r.ticketId === id);
    expect(attempts.map((r) => r.status)).toEqual([500, 500, 200]);
    expect(new Set(attempts.map((r) => r.id)).size).toBe(1); // the same webhook-id each time
    expect((await deliveries(flaky))[0]).toMatchObject({ status: 'delivered', attempts: 3 });

    await tell('flaky', { secrets: [flaky.secret], mode: 'busy', retryAfter: 2 });
    const busy = await place(org.acme);
    const first = await eventually(async () => (await received('flaky')).find((r) => r.ticketId === busy.id), 10_000, 'the first attempt');
    await sleep(1200); // the schedule's next wait is 0.5 s; Retry-After asked for 2 s
    expect((await received('flaky')).filter((r) => r.ticketId === busy.id)).toHaveLength(1);
    await tell('flaky', { secrets: [flaky.secret], mode: 'ok' });
    await settled(flaky);
    const second = (await received('flaky')).filter((r) => r.ticketId === busy.id)[1]!;
    expect(second.at - first.at).toBeGreaterThanOrEqual(1900);
    await org.admin.delete(`/api/webhooks/${flaky.id}`).expect(204);
  });

  it('does not follow a redirect: a 3xx is a failed attempt, retried at the same URL', async () => {
    const moved = await endpoint('moved', { events: ['ticket.placed'] }, 'redirect');
    await tell('moved-target', { secrets: [moved.secret] });
    const { id } = await place(org.acme);
    await eventually(async () => (await received('moved')).filter((r) => r.ticketId === id).length >= 2, 10_000, 'a retry after the 302');
    expect(await received('moved-target')).toEqual([]);
    expect((await deliveries(moved))[0]).toMatchObject({ status: 'pending', lastStatus: 302 });
    await org.admin.delete(`/api/webhooks/${moved.id}`).expect(204);
  });

  it('disables an endpoint that answers 410, tells the administrators, and sends what waited in order once resumed', async () => {
    const gone = await endpoint('gone', { events: ['ticket.placed', 'ticket.dispatched'] }, 'gone');
    const { id } = await place(org.acme);
    const disabled = await eventually(async () => {
      const v = await view(gone);
      return v.active === false && v;
    }, 15_000, 'the endpoint to be disabled');
    expect(disabled).toMatchObject({ disabledReason: 'gone', failed: 1 });
    const notice = (await org.admin.inbox()).find((n) => n.type === 'webhook.disabled');
    expect(notice?.message).toMatch(/410 Gone/);

    await org.dispatcher.post(`/api/tickets/${id}/dispatch`, { departmentId: org.ids.fin, priority: 'normal' }).expect(200);
    const later = await place(org.acme);
    await sleep(1000);
    expect((await received('gone')).map((r) => r.status)).toEqual([410]);
    expect((await view(gone)).pending).toBe(2);

    await tell('gone', { secrets: [gone.secret], mode: 'ok' });
    await org.admin.patch(`/api/webhooks/${gone.id}`, { active: true }).expect(200);
    await settled(gone);
    expect((await received('gone')).slice(1).map((r) => [r.type, r.ticketId])).toEqual([
      ['ticket.dispatched', id],
      ['ticket.placed', later.id],
    ]);
    // The failed one, sent again on request.
    const { redelivered } = (await org.admin.post(`/api/webhooks/${gone.id}/redeliver-failed`, { since: new Date(Date.now() - 3600_000).toISOString() }).expect(201)).body;
    expect(redelivered).toBe(1);
    await settled(gone);
    expect((await received('gone')).at(-1)).toMatchObject({ type: 'ticket.placed', ticketId: id, status: 200 });
    await org.admin.delete(`/api/webhooks/${gone.id}`).expect(204);
  });

  it('gives up a delivery when the schedule runs out and disables the endpoint', async () => {
    const failing = await endpoint('failing', { events: ['ticket.placed'] }, 'fail');
    await tell('failing', { secrets: [failing.secret], mode: 'fail', failures: 1000 });
    await place(org.acme);
    const disabled = await eventually(async () => {
      const v = await view(failing);
      return v.active === false && v;
    }, 30_000, 'the endpoint to be disabled');
    expect(disabled.disabledReason).toBe('failing');
    expect((await received('failing')).map((r) => r.status)).toEqual(Array(SCHEDULE.split(',').length + 1).fill(500));
    const [delivery] = await deliveries(failing);
    expect(delivery).toMatchObject({ status: 'failed', attempts: SCHEDULE.split(',').length + 1, lastStatus: 500 });
    await org.admin.delete(`/api/webhooks/${failing.id}`).expect(204);
  });

  it('lets a receiver that hangs delay no other endpoint', async () => {
    const hanging = await endpoint('hanging', { events: ['ticket.placed'] }, 'hang');
    const quick = await endpoint('quick', { events: ['ticket.placed'] });
    const orders = [];
    for (let i = 0; i < 3; i++) orders.push((await place(org.acme)).id);
    await eventually(async () => (await received('quick')).length === 3, 5_000, 'the quick endpoint to receive all three while the other hangs');
    expect((await received('hanging')).length).toBe(1);
    const [stuck] = await deliveries(hanging);
    await eventually(async () => (await deliveries(hanging)).some((d) => d.lastError?.includes('no answer within 2000 ms')), 10_000, 'the hanging attempt to time out');
    expect(stuck).toBeDefined();
    await org.admin.delete(`/api/webhooks/${hanging.id}`).expect(204);
    await org.admin.delete(`/api/webhooks/${quick.id}`).expect(204);
  });

  it('receives everything after it was down for a while', async () => {
    const patient = await endpoint('patient', { events: ['ticket.placed'] });
    await receiver.stop('SIGKILL');
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await place(org.acme)).id);
    await sleep(1500);
    receiver = await startReceiver();
    await eventually(async () => (await fetch(control('patient')).catch(() => null))?.ok, 10_000, 'the receiver back');
    await tell('patient', { secrets: [patient.secret] });
    await settled(patient);
    expect((await received('patient')).map((r) => r.ticketId)).toEqual(ids);
    expect((await deliveries(patient)).every((d) => d.status === 'delivered')).toBe(true);
    expect((await deliveries(patient)).some((d) => d.attempts > 1)).toBe(true);
    await org.admin.delete(`/api/webhooks/${patient.id}`).expect(204);
  });

  it('loses nothing when the worker is killed mid-delivery (the receiver sees it again, same webhook-id)', async () => {
    const slow = await endpoint('slow', { events: ['ticket.placed'] }, 'slow');
    const { id } = await place(org.acme);
    await eventually(async () => (await received('slow')).length === 1, 10_000, 'the attempt to be in flight');
    expect(await worker.stop('SIGKILL')).toEqual({ code: null, signal: 'SIGKILL' });
    expect((await deliveries(slow))[0]!.status).toBe('pending');
    worker = await startWorker();
    await tell('slow', { secrets: [slow.secret], mode: 'ok' });
    await settled(slow);
    const got = (await received('slow')).filter((r) => r.ticketId === id);
    expect(got.length).toBeGreaterThanOrEqual(2);
    expect(new Set(got.map((r) => r.id)).size).toBe(1);
    expect((await deliveries(slow))[0]).toMatchObject({ status: 'delivered' });
    await org.admin.delete(`/api/webhooks/${slow.id}`).expect(204);
  });

  it('loses nothing when Redis loses its data (FLUSHALL) while deliveries wait for their retry: the reconciler wakes them', async () => {
    const after = await endpoint('after-flush', { events: ['ticket.placed'] });
    await tell('after-flush', { secrets: [after.secret], mode: 'busy', retryAfter: 3 });
    const ids = [];
    for (let i = 0; i < 2; i++) ids.push((await place(org.acme)).id);
    // The first delivery was answered 429 (again in 3 s) and waits; the second waits behind it. Their wake-up is in Redis only.
    const first = await eventually(async () => (await received('after-flush'))[0], 10_000, 'the first attempt');
    await sleep(300);
    await redis.flushAll();
    const flushed = Date.now();
    await tell('after-flush', { secrets: [after.secret], mode: 'ok' });
    await settled(after);
    expect(flushed).toBeLessThan(first.at + 3000); // the retry's wake-up was lost, not taken before the flush
    expect((await received('after-flush')).map((r) => [r.ticketId, r.status])).toEqual([
      [ids[0], 429],
      [ids[0], 200],
      [ids[1], 200],
    ]);
    await worker.waitFor(/the reconcile scheduler is gone from Redis/);
    await org.admin.delete(`/api/webhooks/${after.id}`).expect(204);
  });

  it('signs with both secrets while a rotation overlaps, sends a test event, and redelivers on request', async () => {
    const rotating = await endpoint('rotating', { events: ['ticket.placed'] });
    const { secret, previousSecretUntil } = (await org.admin.post(`/api/webhooks/${rotating.id}/rotate-secret`).expect(201)).body;
    expect(secret).not.toBe(rotating.secret);
    expect(new Date(previousSecretUntil).getTime()).toBeGreaterThan(Date.now() + 23 * 3600_000);
    await tell('rotating', { secrets: [rotating.secret, secret, 'whsec_' + Buffer.alloc(32, 7).toString('base64')] });
    await place(org.acme);
    await settled(rotating);
    expect((await received('rotating')).at(-1)!.verified).toEqual([true, true, false]);

    const test = (await org.admin.post(`/api/webhooks/${rotating.id}/test`).expect(201)).body;
    expect(test).toMatchObject({ eventType: 'webhook.test', status: 'pending' });
    await settled(rotating);
    expect((await received('rotating')).at(-1)!.type).toBe('webhook.test');

    const again = (await org.admin.post(`/api/webhooks/${rotating.id}/deliveries/${test.id}/redeliver`).expect(201)).body;
    expect(again).toMatchObject({ id: test.id, status: 'pending', attempts: 0 });
    await settled(rotating);
    const tests = (await received('rotating')).filter((r) => r.type === 'webhook.test');
    expect(tests).toHaveLength(2);
    expect(tests[0]!.id).toBe(tests[1]!.id);
    await org.admin.post(`/api/webhooks/${rotating.id}/deliveries/999999999/redeliver`).expect(404);
    await org.admin.post(`/api/webhooks/${rotating.id}/deliveries/abc/redeliver`).expect(400);
    await org.admin.delete(`/api/webhooks/${rotating.id}`).expect(204);
  });

  it('refuses at send time an address that is private, when the worker does not allow it', async () => {
    const refused = await endpoint('refused', { events: ['ticket.placed'] });
    await worker.stop();
    worker = await startWorker({ WEBHOOK_ALLOW_PRIVATE: 'false' });
    await place(org.acme);
    await eventually(async () => (await deliveries(refused)).some((d) => d.lastError?.includes('private IP address')), 15_000, 'the attempt to be refused');
    expect(await received('refused')).toEqual([]);
    await org.admin.delete(`/api/webhooks/${refused.id}`).expect(204);
    await worker.stop();
    worker = await startWorker();
  });

  it('shows the queues to the administrators', async () => {
    const watched = await endpoint('queues', { events: ['ticket.placed'] });
    await place(org.acme);
    await settled(watched);
    const state = (await org.admin.get('/api/webhooks/queues').expect(200)).body;
    expect(state.webhooks).toEqual(expect.objectContaining({ waiting: expect.any(Number), delayed: expect.any(Number), failed: expect.any(Number) }));
    expect(state.deadlines).toEqual(expect.objectContaining({ delayed: expect.any(Number) }));
    expect(state.deliveries.delivered).toBeGreaterThan(0);
    expect(Array.isArray(state.failedJobs)).toBe(true);
    await org.admin.post('/api/webhooks/queues/jobs/nope/retry').expect(404);
    await org.dispatcher.get('/api/webhooks/queues').expect(403);
    await org.admin.delete(`/api/webhooks/${watched.id}`).expect(204);
  });

  it('forgets delivered deliveries and their events after WEBHOOK_RETENTION; a failed one stays', async () => {
    const kept = await endpoint('retention', { events: ['ticket.placed'] });
    for (let i = 0; i < 2; i++) await place(org.acme);
    await settled(kept);
    const sql = app.get(DataSource);
    const [old, failed] = (await deliveries(kept)).map((d) => d.id);
    // Both 31 days old (the default retention is 30 days); one of them failed.
    await sql.query(
      `UPDATE webhook_events SET at = now() - interval '31 days' WHERE id IN (SELECT event_id FROM webhook_deliveries WHERE id = ANY($1::bigint[]))`,
      [[old, failed]],
    );
    await sql.query(`UPDATE webhook_deliveries SET delivered_at = now() - interval '31 days' WHERE id = ANY($1::bigint[])`, [[old, failed]]);
    await sql.query(`UPDATE webhook_deliveries SET status = 'failed' WHERE id = $1`, [failed]);
    const rows = async () => (await deliveries(kept)).map((d) => d.id);
    await eventually(async () => (await rows()).length === 1, 15_000, 'the reconciler to prune');
    expect(await rows()).toEqual([failed]);
    // The failed delivery's event stays; the delivered one's goes (a statement after the deliveries').
    const oldEvents = async () => ((await sql.query(`SELECT count(*)::int AS n FROM webhook_events WHERE at < now() - interval '30 days'`)) as [{ n: number }])[0].n;
    await eventually(async () => (await oldEvents()) === 1, 15_000, 'the delivered one’s event to be pruned');
    await org.admin.delete(`/api/webhooks/${kept.id}`).expect(204);
  });

  it('sends rectification and evaluation changes too', async () => {
    const assessment = await endpoint('assessment', { events: ['evaluation.*', 'rectification.*'] });
    const evaluation = (
      await org.dispatcher
        .post('/api/evaluations', { title: '2026年四季度测评', periodFrom: '2026-10-01', periodTo: '2026-12-31', departmentIds: [org.ids.fin], scorerIds: [org.supervisor.id], threshold: 80 })
        .expect(201)
    ).body;
    await org.supervisor.post(`/api/evaluations/${evaluation.id}/scores`, { departmentId: org.ids.fin, score: 60 }).expect(200);
    await org.dispatcher.post(`/api/evaluations/${evaluation.id}/close`, {}).expect(200);
    await settled(assessment);
    expect((await received('assessment')).map((r) => r.type)).toEqual(['evaluation.opened', 'evaluation.scored', 'rectification.ordered', 'evaluation.closed']);
    await org.admin.delete(`/api/webhooks/${assessment.id}`).expect(204);
    const sql = app.get(DataSource);
    expect(Number((await sql.query(`SELECT count(*) AS n FROM webhook_deliveries d JOIN webhook_endpoints w ON w.id = d.endpoint_id WHERE w.id = $1`, [assessment.id]))[0].n)).toBe(0);
  });
});
