import type { INestApplicationContext } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createWorkerContext } from '../apps/worker/src/worker.factory.js';
import { eventually, type Org, place, seedOrganisation, type TestApp, TestStack } from './harness.js';

const TOKEN = 'metrics-token-for-the-tests-0123';

/** The value of one series in Prometheus text: `name{labels} value`, labels compared as a set; 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = match[2] ? match[2].split(/,(?=[a-zA-Z_]\w*=")/) : [];
    if (have.length === wanted.length && wanted.every((label) => have.includes(label))) return Number(match[3]);
  }
  return 0;
}

/** GET /metrics, SLA_DISPATCH short enough that a dispatch deadline fires during the test. */
describe(`metrics (${TestStack.mode} database)`, () => {
  let stack: TestStack;
  let app: TestApp;
  let org: Org;

  beforeAll(async () => {
    stack = await TestStack.create({ METRICS_TOKEN: TOKEN, SLA_DISPATCH: 'PT2S', WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_RETRY_SCHEDULE: 'PT0.2S' });
    app = await stack.start();
    org = await seedOrganisation(app);
  });

  afterAll(async () => {
    await app?.close();
    await stack?.dispose();
  });

  const scrape = async () => {
    const res = await request(app.http).get('/metrics').set('authorization', `Bearer ${TOKEN}`).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    return res.text;
  };

  // First, while no order of this suite has a timer coming due.
  it('counts the timers due and not yet fired', async () => {
    const { id } = await place(org.acme);
    const sql = app.get(DataSource);
    const before = sample(await scrape(), 'whistle_timers_due');
    // Due a minute ago and held by a lease no worker will see end during the test: due, not fired.
    await sql.query(
      `INSERT INTO timers (ticket_id, kind, event, due_at, status, created_at, leased_until) VALUES ($1, 'deadline', 'DISPATCH_DEADLINE_PASSED', now() - interval '1 minute', 'pending', now(), now() + interval '1 hour')`,
      [id],
    );
    expect(sample(await scrape(), 'whistle_timers_due')).toBe(before + 1);
    await sql.query(`UPDATE timers SET status = 'cancelled', settled_at = now() WHERE ticket_id = $1 AND leased_until > now() + interval '30 minutes'`, [id]);
    expect(sample(await scrape(), 'whistle_timers_due')).toBe(before);
  });

  it('answers only the bearer of METRICS_TOKEN', async () => {
    for (const authorization of [undefined, `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, TOKEN, `Basic ${TOKEN}`]) {
      const res = request(app.http).get('/metrics');
      const answer = await (authorization ? res.set('authorization', authorization) : res);
      expect(answer.status).toBe(401);
      expect(answer.body.message).toMatch(/METRICS_TOKEN/);
      expect(answer.text).not.toMatch(/whistle_/);
    }
    expect(await scrape()).toMatch(/^# HELP process_cpu_user_seconds_total/m);
  });

  it('counts each action by type and the orders by state, read afresh at each scrape', async () => {
    const before = await scrape();
    const { id } = await place(org.acme);
    const placed = await scrape();
    expect(sample(placed, 'whistle_actions_total', { action: 'place' })).toBe(sample(before, 'whistle_actions_total', { action: 'place' }) + 1);
    expect(sample(placed, 'whistle_open_orders', { state: 'placed' })).toBe(sample(before, 'whistle_open_orders', { state: 'placed' }) + 1);

    await org.dispatcher.post(`/api/tickets/${id}/dispatch`, { departmentId: org.ids.fin, priority: 'normal' }).expect(200);
    await org.finStaff.post(`/api/tickets/${id}/accept`, {}).expect(200);
    const accepted = await scrape();
    for (const action of ['dispatch', 'accept']) {
      expect(sample(accepted, 'whistle_actions_total', { action })).toBe(sample(placed, 'whistle_actions_total', { action }) + 1);
    }
    expect(sample(accepted, 'whistle_open_orders', { state: 'placed' })).toBe(sample(placed, 'whistle_open_orders', { state: 'placed' }) - 1);
    expect(sample(accepted, 'whistle_open_orders', { state: 'in_progress' })).toBe(sample(placed, 'whistle_open_orders', { state: 'in_progress' }) + 1);

    // A refused action is no action.
    await org.finStaff.post(`/api/tickets/${id}/accept`, {}).expect(409);
    expect(sample(await scrape(), 'whistle_actions_total', { action: 'accept' })).toBe(sample(accepted, 'whistle_actions_total', { action: 'accept' }));
  });

  it('times every request under its route template, refused and unknown ones too', async () => {
    const { id } = await place(org.acme);
    await org.acme.get(`/api/tickets/${id}`).expect(200);
    await org.acme.get(`/api/tickets/${id}/events`).expect(200);
    await request(app.http).get(`/api/tickets/${id}`).expect(401);
    await request(app.http).get('/api/no-such-route/42').expect(404);
    await request(app.http).get('/docs-json').expect(200);
    const text = await scrape();
    const count = (method: string, route: string, status: number) =>
      sample(text, 'whistle_http_request_duration_seconds_count', { method, route, status_code: String(status) });
    expect(count('GET', '/api/tickets/:id', 200)).toBeGreaterThanOrEqual(1);
    expect(count('GET', '/api/tickets/:id/events', 200)).toBeGreaterThanOrEqual(1);
    expect(count('GET', '/api/tickets/:id', 401)).toBeGreaterThanOrEqual(1);
    expect(count('POST', '/api/tickets', 201)).toBeGreaterThanOrEqual(1);
    // The API's answer to an unknown path is one route of its own, whatever the path; the OpenAPI document is counted too.
    expect(count('GET', '/api*path', 404)).toBeGreaterThanOrEqual(1);
    expect(text).not.toContain('no-such-route');
    expect(count('GET', '/docs-json', 200)).toBeGreaterThanOrEqual(1);
    // One series per template, not per id.
    expect(text).not.toContain(id);
    expect(sample(text, 'whistle_http_request_duration_seconds_bucket', { method: 'GET', route: '/api/tickets/:id', status_code: '200', le: '+Inf' })).toBe(
      count('GET', '/api/tickets/:id', 200),
    );
  });

  it('shows overdue orders, the timers as they fall due and fire, their lag, and the queue', async () => {
    const before = await scrape();
    const { id } = await place(org.acme); // its dispatch deadline is in 2 s
    await eventually(async () => (await org.dispatcher.get(`/api/tickets/${id}`).expect(200)).body.overdue, 20_000, 'the order overdue');
    const after = await scrape();
    expect(sample(after, 'whistle_overdue_orders')).toBeGreaterThan(sample(before, 'whistle_overdue_orders'));
    expect(sample(after, 'whistle_actions_total', { action: 'timer' })).toBeGreaterThan(sample(before, 'whistle_actions_total', { action: 'timer' }));
    expect(sample(after, 'whistle_timer_lag_seconds_count')).toBeGreaterThan(sample(before, 'whistle_timer_lag_seconds_count'));
    expect(after).toMatch(/^whistle_queue_jobs\{queue="deadlines",state="delayed"\} \d+$/m);
  });

  it('counts webhook deliveries by outcome: delivered, retry, failed', async () => {
    // A receiver that answers 500 to the first attempt of each delivery and 200 to the second, and one that is gone (410).
    const seen = new Set<string>();
    const receiver = createServer((req, res) => {
      const id = String(req.headers['webhook-id']);
      req.resume();
      if (req.url === '/gone') return void res.writeHead(410).end();
      res.writeHead(seen.has(id) ? 200 : 500).end();
      seen.add(id);
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const port = (receiver.address() as AddressInfo).port;
    try {
      const before = await scrape();
      const flaky = (await org.admin.post('/api/webhooks', { url: `http://127.0.0.1:${port}/flaky`, events: ['ticket.placed'] }).expect(201)).body;
      const gone = (await org.admin.post('/api/webhooks', { url: `http://127.0.0.1:${port}/gone`, events: ['ticket.placed'] }).expect(201)).body;
      await place(org.acme);
      await eventually(async () => (await org.admin.get(`/api/webhooks/${flaky.id}`).expect(200)).body.delivered === 1, 15_000, 'the delivery');
      await eventually(async () => (await org.admin.get(`/api/webhooks/${gone.id}`).expect(200)).body.failed === 1, 15_000, 'the 410');
      const after = await scrape();
      const moved = (outcome: string) => sample(after, 'whistle_webhook_deliveries_total', { outcome }) - sample(before, 'whistle_webhook_deliveries_total', { outcome });
      expect({ delivered: moved('delivered'), retry: moved('retry'), failed: moved('failed') }).toEqual({ delivered: 1, retry: 1, failed: 1 });
      for (const e of [flaky, gone]) await org.admin.delete(`/api/webhooks/${e.id}`).expect(204);
    } finally {
      receiver.close();
    }
  });

  it('serves every series the Grafana dashboard in docs/ charts', async () => {
    const dashboard = await readFile(new URL('../docs/grafana-dashboard.json', import.meta.url), 'utf8');
    const charted = new Set([...dashboard.matchAll(/\b((?:whistle|nodejs|process)_[a-z0-9_]+)/g)].map(([, name]) => name!.replace(/_(bucket|count|sum)$/, '')));
    expect(charted.size).toBeGreaterThanOrEqual(8);
    const served = new Set([...(await scrape()).matchAll(/^# TYPE (\S+) /gm)].map(([, name]) => name));
    expect([...charted].filter((name) => !served.has(name))).toEqual([]);
  });

  it('is not served without METRICS_TOKEN', async () => {
    const other = await stack.start({ METRICS_TOKEN: undefined, PROCESS_ROLE: 'api' });
    try {
      const res = await request(other.http).get('/metrics').set('authorization', `Bearer ${TOKEN}`).expect(404);
      expect(res.text).not.toMatch(/whistle_/);
    } finally {
      await other.close();
    }
  });

  it('a worker on its own serves its metrics on WORKER_METRICS_PORT, to the token only', async () => {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    let worker: INestApplicationContext | undefined;
    try {
      worker = await createWorkerContext({ ...stack.env, PROCESS_ROLE: 'worker', WORKER_METRICS_PORT: String(port) });
      await request(`http://127.0.0.1:${port}`).get('/metrics').expect(401);
      await request(`http://127.0.0.1:${port}`).get('/metrics').set('authorization', 'Bearer wrong').expect(401);
      await request(`http://127.0.0.1:${port}`).get('/other').set('authorization', `Bearer ${TOKEN}`).expect(404);
      const res = await request(`http://127.0.0.1:${port}`).get('/metrics').set('authorization', `Bearer ${TOKEN}`).expect(200);
      expect(res.text).toMatch(/^# TYPE whistle_timer_lag_seconds histogram$/m);
      expect(res.text).toMatch(/^# TYPE whistle_actions_total counter$/m);
    } finally {
      await worker?.close();
    }
    await expect(request(`http://127.0.0.1:${port}`).get('/metrics')).rejects.toThrow(/ECONNREFUSED/);
  });
});
