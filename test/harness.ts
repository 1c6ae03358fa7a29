import { PGlite } from '@electric-sql/pglite';
import type { INestApplication } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { OpenAPIObject } from '@nestjs/swagger';
import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import request from 'supertest';
import { createApiApp } from '../apps/api/src/app.factory.js';
import { stopValidating, validateResponsesOf } from './response-validation.js';

export const ADMIN = { username: 'admin', password: 'admin-password-1' };
export const PASSWORD = 'password-123';
const SERVER = 'postgres://postgres@127.0.0.1:5432';
const REDIS_URL = 'redis://127.0.0.1:6379';

export type Env = Record<string, string | undefined>;

/**
 * One isolated deployment for a test file: its own data directory, database (embedded, or a
 * fresh one on the PostgreSQL server, per WHISTLE_TEST_DATABASE) and queue prefix. Apps
 * started from it share all three, so a test can stop one and start another (a restart).
 */
export class TestStack {
  private constructor(
    readonly env: Env,
    private readonly dataDir: string,
    private readonly database: string | null,
  ) {}

  static get mode(): 'embedded' | 'postgres' {
    return process.env.WHISTLE_TEST_DATABASE === 'postgres' ? 'postgres' : 'embedded';
  }

  /** `empty`: no run's template for the embedded database, which starts as a blank one (for `load`). */
  static async create(overrides: Env = {}, { empty = false }: { empty?: boolean } = {}): Promise<TestStack> {
    const id = randomBytes(4).toString('hex');
    const dataDir = await mkdtemp(join(tmpdir(), 'whistle-test-'));
    let database: string | null = null;
    if (TestStack.mode === 'postgres') {
      database = `whistle_test_${id}`;
      await admin(`CREATE DATABASE ${database}`);
    } else if (process.env.WHISTLE_TEST_PGLITE_TEMPLATE && !empty) {
      // The run's empty embedded database (test/setup/pglite-template.mjs), where the service keeps it.
      await cp(process.env.WHISTLE_TEST_PGLITE_TEMPLATE, join(dataDir, 'db'), { recursive: true });
    }
    const env: Env = {
      DATA_DIR: dataDir,
      DATABASE_URL: database ? `${SERVER}/${database}` : undefined,
      REDIS_URL,
      QUEUE_PREFIX: `whistle-test-${id}`,
      ADMIN_USERNAME: ADMIN.username,
      ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      THROTTLE_LIMIT: '100000',
      THROTTLE_LOGIN_LIMIT: '1000',
      SLA_TIMEZONE: 'Asia/Shanghai',
      // argon2id at a test's cost: every suite's organisation is thirteen users and fifteen logins,
      // which at the default cost (64 MiB, 3 passes) was a third of the suite's CPU on two cores.
      // The code is the same; the browser suite's server keeps the default cost.
      PASSWORD_HASH_COST: 'm=1024,t=1,p=1',
      ...overrides,
    };
    return new TestStack(env, dataDir, database);
  }

  /**
   * Starts the API and workers (PROCESS_ROLE=all unless overridden) on an ephemeral port.
   * Every response a test receives from it is checked against its OpenAPI document.
   */
  async start(overrides: Env = {}): Promise<TestApp> {
    const app = await createApiApp({ ...this.env, ...overrides });
    await app.listen(0, '127.0.0.1');
    const testApp = new TestApp(app);
    validateResponsesOf(testApp.address, (await request(testApp.http).get('/docs-json').expect(200)).body as OpenAPIObject);
    return testApp;
  }

  /** Runs `sql` (a plain pg_dump, say) in this deployment's database before any app starts on it. */
  async load(sql: string): Promise<void> {
    if (this.database) {
      const client = new pg.Client({ connectionString: `${SERVER}/${this.database}` });
      await client.connect();
      await client.query(sql).finally(() => client.end());
      return;
    }
    const db = await PGlite.create(join(this.dataDir, 'db'));
    await db.exec(sql).finally(() => db.close());
  }

  /** Deletes every job of this deployment from Redis, as a Redis that lost its data would. */
  async forgetQueue(): Promise<void> {
    const queue = new Queue('deadlines', { prefix: this.env.QUEUE_PREFIX, connection: { url: REDIS_URL } });
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
  }

  /** Removes the queue's keys, the database and the data directory. */
  async dispose(): Promise<void> {
    await this.forgetQueue();
    if (this.database) await admin(`DROP DATABASE IF EXISTS ${this.database} WITH (FORCE)`);
    await rm(this.dataDir, { recursive: true, force: true });
  }
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${SERVER}/postgres` });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export class TestApp {
  constructor(readonly app: INestApplication) {}

  get http() {
    return this.app.getHttpServer();
  }

  /** `127.0.0.1:<port>`, as a request's URL names it. */
  get address(): string {
    this.port ??= (this.http.address() as AddressInfo).port;
    return `127.0.0.1:${this.port}`;
  }

  private port?: number;

  get<T>(token: abstract new (...args: never[]) => T): T {
    return this.app.get(token as never, { strict: false }) as T;
  }

  client(token?: string): Client {
    return new Client(this.http, token);
  }

  async login(username: string, password = PASSWORD): Promise<Client> {
    const res = await request(this.http).post('/api/auth/login').send({ username, password }).expect(200);
    return new Client(this.http, res.body.accessToken, res.body.user);
  }

  close(): Promise<void> {
    stopValidating(this.address);
    return this.app.close();
  }
}

export interface UserInfo {
  id: string;
  username: string;
  role: string;
}

/** A caller: supertest with the bearer token set. */
export class Client {
  constructor(
    private readonly http: Parameters<typeof request>[0],
    readonly token?: string,
    readonly user?: UserInfo,
  ) {}

  private auth(test: request.Test): request.Test {
    return this.token ? test.set('Authorization', `Bearer ${this.token}`) : test;
  }

  get(path: string): request.Test {
    return this.auth(request(this.http).get(path));
  }

  post(path: string, body?: object): request.Test {
    const test = this.auth(request(this.http).post(path));
    return body === undefined ? test : test.send(body);
  }

  /** A GET whose body is kept as the bytes received (a download: a file, a CSV, an XLSX), whatever its type. */
  download(path: string): request.Test {
    return this.get(path)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
  }

  put(path: string, body: object): request.Test {
    return this.auth(request(this.http).put(path)).send(body);
  }

  patch(path: string, body: object): request.Test {
    return this.auth(request(this.http).patch(path)).send(body);
  }

  delete(path: string): request.Test {
    return this.auth(request(this.http).delete(path));
  }

  get id(): string {
    return this.user!.id;
  }

  /** The same caller (same token) talking to another app instance, e.g. after a restart. */
  on(app: TestApp): Client {
    return new Client(app.http, this.token, this.user);
  }

  /** The caller's inbox, newest first. */
  async inbox(): Promise<Array<{ id: string; type: string; ticketId: string; rectificationId: string | null; message: string }>> {
    return (await this.get('/api/notifications').expect(200)).body;
  }
}

/** Polls `check` until it returns a truthy value or `timeoutMs` passes. */
export async function eventually<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 20_000, what = 'condition'): Promise<T> {
  const started = Date.now();
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() - started > timeoutMs) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    }
    await sleep(100);
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A small chain: two departments with leaders, three enterprises (one in another chain), a user per role. */
export async function seedOrganisation(app: TestApp) {
  const admin = await app.login(ADMIN.username, ADMIN.password);
  const create = async (path: string, body: object) => (await admin.post(path, body).expect(201)).body;
  const chain = await create('/api/chains', { name: '医药化工产业链', code: 'PHARMA' });
  const otherChain = await create('/api/chains', { name: '装备制造产业链', code: 'EQUIP' });
  const user = (username: string, role: string, bindings: object = {}) =>
    create('/api/users', { username, password: PASSWORD, role, ...bindings });
  const finLeader = await user('leader.fin', 'leader');
  const hrLeader = await user('leader.hr', 'leader');
  const fin = await create('/api/departments', { name: '区财政局', code: 'FIN', leaderUserId: finLeader.id });
  const hr = await create('/api/departments', { name: '区人社局', code: 'HR', leaderUserId: hrLeader.id });
  const acme = await create('/api/enterprises', { name: '常德制药', chainId: chain.id, tier: 'leader' });
  const rival = await create('/api/enterprises', { name: '德海化工', chainId: chain.id, tier: 'member' });
  const foreign = await create('/api/enterprises', { name: '常德重工', chainId: otherChain.id, tier: 'core' });
  await user('acme', 'enterprise', { enterpriseId: acme.id });
  await user('rival', 'enterprise', { enterpriseId: rival.id });
  await user('foreign', 'enterprise', { enterpriseId: foreign.id });
  await user('dispatcher', 'dispatcher', { chainId: chain.id });
  await user('other.dispatcher', 'dispatcher', { chainId: otherChain.id });
  await user('commissioner', 'commissioner', { chainId: chain.id });
  await user('fin.staff', 'department', { departmentId: fin.id });
  await user('hr.staff', 'department', { departmentId: hr.id });
  await user('supervisor', 'supervisor');
  await user('other.supervisor', 'supervisor', { chainId: otherChain.id });
  const login = (name: string) => app.login(name);
  return {
    ids: { chain: chain.id, otherChain: otherChain.id, fin: fin.id, hr: hr.id, acme: acme.id, rival: rival.id, foreign: foreign.id },
    admin,
    acme: await login('acme'),
    rival: await login('rival'),
    foreign: await login('foreign'),
    dispatcher: await login('dispatcher'),
    otherDispatcher: await login('other.dispatcher'),
    commissioner: await login('commissioner'),
    finStaff: await login('fin.staff'),
    hrStaff: await login('hr.staff'),
    finLeader: await login('leader.fin'),
    hrLeader: await login('leader.hr'),
    supervisor: await login('supervisor'),
    otherSupervisor: await login('other.supervisor'),
  };
}

export type Org = Awaited<ReturnType<typeof seedOrganisation>>;

/** Every caller of `org` rebound to `app`: tokens survive a restart, only the server is new. */
export function rebind(org: Org, app: TestApp): Org {
  return Object.fromEntries(Object.entries(org).map(([key, value]) => [key, value instanceof Client ? value.on(app) : value])) as Org;
}

export const ORDER = { title: '流动资金贷款', description: '扩产需流动资金500万元', category: 'financing' };

/** Places an order as `enterprise` and returns the ticket. */
export async function place(enterprise: Client, body: object = ORDER) {
  return (await enterprise.post('/api/tickets', body).expect(201)).body;
}

/** The types of a ticket's timeline, oldest first. */
export async function timeline(client: Client, ticketId: string): Promise<string[]> {
  const res = await client.get(`/api/tickets/${ticketId}/events`).expect(200);
  return res.body.map((e: { type: string }) => e.type);
}
