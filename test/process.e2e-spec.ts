import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { eventually, type TestApp, TestStack } from './harness.js';

const MAIN = join(import.meta.dirname, '..', 'dist', 'apps', 'api', 'src', 'main.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built service (`npm run build`) as a real process. */
function runToExit(env: Record<string, string | undefined>, timeoutMs = 20_000): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN], { env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`process did not exit within ${timeoutMs} ms: ${stdout}${stderr}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

function cleanEnv(env: Record<string, string | undefined>): Record<string, string> {
  const base = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' };
  return Object.fromEntries(Object.entries({ ...base, ...env }).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

class Service {
  private output = '';
  readonly child: ChildProcess;

  constructor(env: Record<string, string | undefined>) {
    this.child = spawn(process.execPath, [MAIN], { env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stdout!.on('data', (chunk) => (this.output += chunk));
    this.child.stderr!.on('data', (chunk) => (this.output += chunk));
  }

  get log(): string {
    return this.output;
  }

  async waitFor(pattern: RegExp, timeoutMs = 30_000): Promise<RegExpMatchArray> {
    const started = Date.now();
    for (;;) {
      const match = this.output.match(pattern);
      if (match) return match;
      if (this.child.exitCode !== null) throw new Error(`exited ${this.child.exitCode}: ${this.output}`);
      if (Date.now() - started > timeoutMs) throw new Error(`no ${pattern} within ${timeoutMs} ms: ${this.output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Sends SIGTERM; resolves with how the process ended. */
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    return new Promise((resolve) => {
      this.child.once('exit', (code, signal) => resolve({ code, signal }));
      this.child.kill('SIGTERM');
    });
  }
}

describe(`the service as a process (${TestStack.mode} database)`, () => {
  let stack: TestStack;

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: npm test builds it first (npm run build)`);
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
    const port = String(20_000 + Math.floor(Math.random() * 20_000));
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
  it('answers 503 naming Redis while it is down, and 200 again when it is back', async () => {
    const port = String(40_000 + Math.floor(Math.random() * 20_000));
    const startRedis = () => spawn('redis-server', ['--port', port, '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    let redis = startRedis();
    const stack = await TestStack.create({ REDIS_URL: `redis://127.0.0.1:${port}` });
    let app: TestApp | undefined;
    try {
      app = await eventuallyStart(stack);
      await request(app.http).get('/health').expect(200);
      redis.kill('SIGKILL');
      await new Promise((resolve) => redis.once('exit', resolve));
      const down = await request(app.http).get('/health').expect(503);
      expect(down.body.error).toHaveProperty('redis');
      expect(down.body.info.database.status).toBe('up');
      redis = startRedis();
      await eventually(async () => (await request(app!.http).get('/health')).status === 200, 15_000, 'health back to 200');
    } finally {
      await app?.close();
      await stack.dispose().catch(() => undefined);
      redis.kill('SIGKILL');
    }
  });
});

/** The disposable Redis needs a moment to listen. */
async function eventuallyStart(stack: TestStack): Promise<TestApp> {
  return eventually(() => stack.start({ PROCESS_ROLE: 'api' }).catch(() => null), 10_000, 'the app to start');
}

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
      'GET /api/notifications', 'POST /api/notifications/{id}/read', 'GET /health',
    ]) {
      expect(routes).toContain(route);
    }
    const schemas = doc.components.schemas as Record<string, { properties?: Record<string, unknown> }>;
    for (const name of [
      'LoginDto', 'LoginResponse', 'CreateChainDto', 'CreateDepartmentDto', 'CreateEnterpriseDto', 'CreateUserDto',
      'CreateTicketDto', 'DispatchTicketDto', 'NoteDto', 'ReturnTicketDto', 'FeedbackDto', 'RateDto', 'WithdrawDto',
      'RequestExtensionDto', 'DecideExtensionDto', 'TicketView', 'TicketPage', 'TicketEventView', 'NotificationView',
    ]) {
      expect(Object.keys(schemas[name]?.properties ?? {}).length).toBeGreaterThan(0);
    }
    expect(Object.keys(schemas.TicketView!.properties!)).toEqual(
      expect.arrayContaining(['deadlines', 'overdue', 'escalationLevel', 'returnCount', 'feedback', 'rating', 'availableActions', 'version']),
    );
  });
});
