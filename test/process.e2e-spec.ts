import request from 'supertest';
import { API_MAIN, DisposableRedis, freePort, requireBuild, runToExit, ServiceProcess } from './faults.js';
import { eventually, type TestApp, TestStack } from './harness.js';

class Service extends ServiceProcess {
  constructor(env: Record<string, string | undefined>) {
    super(API_MAIN, env);
  }
}

describe(`the service as a process (${TestStack.mode} database)`, () => {
  let stack: TestStack;

  beforeAll(async () => {
    requireBuild();
    stack = await TestStack.create();
  });

  afterAll(async () => {
    await stack?.dispose();
  });

  it('exits with one line naming the variable when the configuration is wrong', async () => {
    const run = await runToExit({ ...stack.env, SLA_FEEDBACK: 'one month' });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      'whistle: Invalid configuration: SLA_FEEDBACK must be an ISO 8601 duration such as P1M, P3D or PT5S (got "one month")',
    ]);
    const role = await runToExit({ ...stack.env, PROCESS_ROLE: 'both' });
    expect(role.code).toBe(1);
    expect(role.stderr).toMatch(/^whistle: Invalid configuration: PROCESS_ROLE must be one of the following values: all, api, worker/);
  });

  it('exits with one line saying how to fix it when Redis cannot be reached', async () => {
    const run = await runToExit({ ...stack.env, REDIS_URL: 'redis://127.0.0.1:1' });
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^whistle: cannot reach Redis at redis:\/\/127\.0\.0\.1:1 \(.+\); start Redis .* or set REDIS_URL$/);
  });

  it('exits with one line when the PostgreSQL server cannot be reached', async () => {
    const run = await runToExit({ ...stack.env, DATABASE_URL: 'postgres://whistle:secret@127.0.0.1:1/whistle' });
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^whistle: cannot reach PostgreSQL at postgres:\/\/whistle:\*\*\*@127\.0\.0\.1:1\/whistle/);
  });

  it('creates the first administrator with a generated password printed once, and stops gracefully on SIGTERM', async () => {
    const port = await freePort();
    const env = { ...stack.env, PORT: port, ADMIN_PASSWORD: undefined, LOG_LEVEL: 'info' };
    const started = Date.now();
    const first = new Service(env);
    await first.waitFor(/listening on port/);
    const startMs = Date.now() - started;
    const [, password] = await first.waitFor(/generated password: ([A-Za-z0-9_-]+)/);
    const base = `http://127.0.0.1:${port}`;
    await request(base).post('/api/auth/login').send({ username: 'admin', password }).expect(200);
    const health = await request(base).get('/health').expect(200);
    expect(health.body.info).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' } });
    // Nest closes everything, then re-raises the signal so the exit reads as a SIGTERM stop.
    expect(await first.stop()).toEqual({ code: null, signal: 'SIGTERM' });
    expect(first.log).toMatch(/database closed/);

    const second = new Service(env);
    await second.waitFor(/listening on port/);
    await request(base).post('/api/auth/login').send({ username: 'admin', password }).expect(200);
    expect(second.log).not.toMatch(/generated password/);
    expect(await second.stop()).toEqual({ code: null, signal: 'SIGTERM' });
    process.stdout.write(`service start to listening: ${startMs} ms (${TestStack.mode} database, first start with migrations)\n`);
  });
});

describe(`/health when Redis goes away (${TestStack.mode} database)`, () => {
  it('warns at start when Redis may evict jobs (maxmemory-policy other than noeviction)', async () => {
    const redis = await DisposableRedis.start();
    const stack = await TestStack.create({ REDIS_URL: redis.url });
    try {
      await redis.command((r) => r.config('SET', 'maxmemory-policy', 'allkeys-lru'));
      const port = await freePort();
      const service = new Service({ ...stack.env, PORT: port, PROCESS_ROLE: 'api', LOG_LEVEL: 'info' });
      await service.waitFor(/listening on port/);
      // The start's warnings are logged once it listens: the line may come in a later chunk.
      await service.waitFor(/Redis maxmemory-policy is allkeys-lru: under memory pressure Redis may evict timer jobs/);
      expect(service.log).toMatch(/Redis maxmemory-policy is allkeys-lru: under memory pressure Redis may evict timer jobs/);
      await service.stop();
    } finally {
      await stack.dispose().catch(() => undefined);
      await redis.stop();
    }
  });

  it('answers 503 naming Redis while it is down, and 200 again when it is back', async () => {
    const redis = await DisposableRedis.start();
    const stack = await TestStack.create({ REDIS_URL: redis.url });
    let app: TestApp | undefined;
    try {
      app = await stack.start({ PROCESS_ROLE: 'api' });
      await request(app.http).get('/health').expect(200);
      await redis.stop();
      const down = await request(app.http).get('/health').expect(503);
      expect(down.body.error).toHaveProperty('redis');
      expect(down.body.info.database.status).toBe('up');
      await redis.start();
      await eventually(async () => (await request(app!.http).get('/health')).status === 200, 15_000, 'health back to 200');
    } finally {
      await app?.close();
      await stack.dispose().catch(() => undefined);
      await redis.stop();
    }
  });
});

describe(`health and OpenAPI (${TestStack.mode} database)`, () => {
  let stack: TestStack;
  let app: TestApp;

  beforeAll(async () => {
    stack = await TestStack.create();
    app = await stack.start({ PROCESS_ROLE: 'api' });
  });

  afterAll(async () => {
    await app?.close();
    await stack?.dispose();
  });

  it('reports the database and Redis on /health without a token', async () => {
    const res = await request(app.http).get('/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, redis: { status: 'up' } } });
  });

  it('serves the OpenAPI document with every route and every DTO described', async () => {
    await request(app.http).get('/docs').expect(200).expect('Content-Type', /html/);
    const doc = (await request(app.http).get('/docs-json').expect(200)).body;
    const routes = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    for (const route of [
      'POST /api/auth/login',
      'POST /api/chains', 'GET /api/chains', 'POST /api/departments', 'GET /api/departments',
      'POST /api/enterprises', 'GET /api/enterprises', 'POST /api/users', 'GET /api/users',
      'POST /api/tickets', 'GET /api/tickets', 'GET /api/tickets/{id}', 'GET /api/tickets/{id}/events',
      ...['dispatch', 'accept', 'return', 'feedback', 'rate', 'withdraw', 'request-extension', 'decide-extension', 'remind'].map(
        (action) => `POST /api/tickets/{id}/${action}`,
      ),
      'GET /api/tickets/{id}/events/verify', 'GET /api/notifications', 'POST /api/notifications/{id}/read', 'GET /health',
    ]) {
      expect(routes).toContain(route);
    }
    const schemas = doc.components.schemas as Record<string, { properties?: Record<string, unknown> }>;
    for (const name of [
      'LoginDto', 'LoginResponse', 'CreateChainDto', 'CreateDepartmentDto', 'CreateEnterpriseDto', 'CreateUserDto',
      'CreateTicketDto', 'DispatchTicketDto', 'NoteDto', 'ReturnTicketDto', 'FeedbackDto', 'RateDto', 'WithdrawDto',
      'RequestExtensionDto', 'DecideExtensionDto', 'TicketView', 'TicketPage', 'TicketEventView', 'ChainReportView', 'NotificationView',
    ]) {
      expect(Object.keys(schemas[name]?.properties ?? {}).length).toBeGreaterThan(0);
    }
    expect(Object.keys(schemas.TicketView!.properties!)).toEqual(
      expect.arrayContaining(['deadlines', 'overdue', 'escalationLevel', 'returnCount', 'feedback', 'rating', 'availableActions', 'version']),
    );
  });
});
