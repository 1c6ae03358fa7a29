/// <reference types="node" />
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import { closeSync, existsSync, openSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OIDC_CLIENT, TestIdentityProvider } from '../../../test/oidc-provider';
import { ADMIN, BASE_URL, DIST, ORG, PEOPLE, PORT, REPO, SHORT_ACCEPT_SECONDS, setting } from './env';

/**
 * Second-scale SLAs written in seconds, long enough that no flow but the missed-deadline test
 * meets a deadline (that one gets a short policy of its own, for one category); escalation
 * level 1 comes as soon as a deadline is missed, as in production.
 */
export const SLAS = {
  SLA_DISPATCH: 'PT3600S',
  SLA_ACCEPT: 'PT3600S',
  SLA_FEEDBACK: 'PT7200S',
  SLA_RECTIFY: 'PT3600S',
  SLA_RATE: 'PT7200S',
  SLA_REMIND_BEFORE: 'PT600S,PT60S',
  SLA_ESCALATE_AFTER: 'PT0S,PT600S,PT1200S',
};

/**
 * Starts the BUILT server (what `npm start` runs) on the embedded database in a temporary
 * DATA_DIR, with its own queue prefix and port, prepares the organisation through the API, and
 * returns the teardown.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  // While writing tests: E2E_KEEP_SERVER=1 leaves the server running, E2E_REUSE_SERVER=1 runs against it again.
  const reused = setting.reuseServer ? await reuse() : null;
  if (reused) {
    setting.setDataDir(reused.dataDir);
    return async () => undefined;
  }
  const main = join(DIST, 'apps/api/src/main.js');
  const web = join(DIST, 'web');
  for (const [what, path] of [['the API', main], ['the console', join(web, 'index.html')]] as const) {
    if (!existsSync(path)) {
      throw new Error(`The browser tests need the built app: ${path} (${what}) is missing. Run \`npm run build\` first.`);
    }
  }
  if (Number(process.versions.node.split('.')[0]) < 24) {
    throw new Error(`The browser tests run the server with this Node.js (${process.version}); it needs 24 or newer: run them with \`npm run test:web\`.`);
  }
  const id = randomBytes(4).toString('hex');
  const dataDir = mkdtempSync(join(tmpdir(), 'whistle-web-e2e-'));
  const results = join(REPO, 'apps/web/test-results');
  mkdirSync(results, { recursive: true });
  const logPath = join(results, 'server.log');
  const log = openSync(logPath, 'w');
  // The park's identity provider (统一身份认证) for the single sign-on test: a real OpenID Connect provider.
  const idp = await TestIdentityProvider.listen();
  idp.register(`${BASE_URL}/api/auth/oidc/callback`);
  const env = {
    ...setting.inherited(),
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: OIDC_CLIENT.clientId,
    OIDC_CLIENT_SECRET: OIDC_CLIENT.clientSecret,
    PORT: String(PORT),
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    REDIS_URL: setting.redisUrl,
    QUEUE_PREFIX: `whistle-web-e2e-${id}`,
    ADMIN_USERNAME: ADMIN.username,
    ADMIN_PASSWORD: ADMIN.password,
    WEB_ROOT: web,
    SEED_DEMO: 'false',
    LOG_LEVEL: setting.logLevel,
    LOG_FORMAT: 'json',
    THROTTLE_LIMIT: '100000',
    THROTTLE_LOGIN_LIMIT: '1000',
    SLA_TIMEZONE: 'Asia/Shanghai',
    ...SLAS,
  };
  const server = spawn(process.execPath, [main], { cwd: REPO, env, stdio: ['ignore', log, log], detached: setting.keepServer });
  closeSync(log);
  let exited: string | null = null;
  server.on('exit', (code, signal) => (exited = `exited with ${signal ?? code}`));

  const teardown = async () => {
    if (setting.keepServer) return;
    await stop(server);
    await idp.close();
    await forgetQueue(env.QUEUE_PREFIX, env.REDIS_URL);
    if (!setting.keepData) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(() => exited, logPath);
    await prepareOrganisation();
  } catch (error) {
    await teardown();
    throw error;
  }
  setting.setDataDir(dataDir);
  if (setting.keepServer) {
    writeFileSync(KEPT, JSON.stringify({ pid: server.pid, dataDir, queuePrefix: env.QUEUE_PREFIX }));
    server.unref();
  }
  return teardown;
}

/** A server kept by an earlier run (E2E_KEEP_SERVER), if it still answers. */
const KEPT = join(tmpdir(), `whistle-web-e2e-${PORT}.json`);
async function reuse(): Promise<{ dataDir: string } | null> {
  if (!existsSync(KEPT)) return null;
  const kept = JSON.parse(readFileSync(KEPT, 'utf8')) as { dataDir: string };
  const ok = await fetch(`${BASE_URL}/health`).then((res) => res.ok, () => false);
  return ok ? kept : null;
}

/** Removes the run's jobs and keys from the shared Redis. */
async function forgetQueue(prefix: string, url: string): Promise<void> {
  const queue = new Queue('deadlines', { prefix, connection: { url } });
  await queue.obliterate({ force: true }).catch(() => undefined);
  await queue.close().catch(() => undefined);
}

async function waitForHealth(exited: () => string | null, logPath: string): Promise<void> {
  const started = Date.now();
  for (;;) {
    const why = exited();
    if (why) throw new Error(`The server under test ${why} before it was ready; its log (${logPath}):\n${tail(logPath)}`);
    try {
      const res = await fetch(`${BASE_URL}/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 180_000) throw new Error(`The server under test did not answer /health within 180 s; its log (${logPath}):\n${tail(logPath)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function tail(path: string): string {
  try {
    return readFileSync(path, 'utf8').split('\n').slice(-30).join('\n');
  } catch {
    return '(no log)';
  }
}

async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const gone = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), 10_000);
  await gone;
  clearTimeout(timer);
}

/** The organisation, through the admin API: chains, departments with leaders, enterprises, one user per role. */
async function prepareOrganisation(): Promise<void> {
  const login = await api('POST', '/api/auth/login', { username: ADMIN.username, password: ADMIN.password });
  const token = login.accessToken as string;
  const create = (path: string, body: object) => api('POST', path, body, token);
  const chain = await create('/api/chains', { name: ORG.chain, code: 'PHARMA' });
  const otherChain = await create('/api/chains', { name: ORG.otherChain, code: 'EQUIP' });
  const user = (person: (typeof PEOPLE)[keyof typeof PEOPLE], bindings: object = {}) =>
    create('/api/users', { username: person.username, password: person.password, role: person.role, displayName: 'displayName' in person ? person.displayName : undefined, ...bindings });
  const finLeader = await user(PEOPLE.leader);
  const hrLeader = await user(PEOPLE.hrLeader);
  const fin = await create('/api/departments', { name: ORG.fin, code: 'FIN', leaderUserId: finLeader.id });
  const hr = await create('/api/departments', { name: ORG.hr, code: 'HR', leaderUserId: hrLeader.id });
  const acme = await create('/api/enterprises', { name: ORG.acme, chainId: chain.id, tier: 'leader' });
  const rival = await create('/api/enterprises', { name: ORG.rival, chainId: chain.id, tier: 'member' });
  await create('/api/enterprises', { name: ORG.foreign, chainId: otherChain.id, tier: 'core' });
  await user(PEOPLE.enterprise, { enterpriseId: acme.id });
  await user(PEOPLE.rival, { enterpriseId: rival.id });
  await user(PEOPLE.commissioner, { chainId: chain.id });
  await user(PEOPLE.dispatcher, { chainId: chain.id });
  await user(PEOPLE.department, { departmentId: fin.id });
  await user(PEOPLE.hrDepartment, { departmentId: hr.id });
  await user(PEOPLE.supervisor);
  // A small service catalogue (服务清单): the order form then offers it, and "other" with a category.
  await create('/api/catalogue', { code: 'FIN-01', name: ORG.service, nameEn: 'Financing match-making', category: 'financing', defaultDepartmentId: fin.id, defaultPriority: 'high', description: '对接银行和担保机构' });
  await create('/api/catalogue', { code: 'HR-01', name: '用工招聘', category: 'hiring', defaultDepartmentId: hr.id });
  // The missed-deadline test's category: accepted within seconds, or escalated to the leader in charge.
  await create('/api/sla-policies', {
    category: ORG.shortCategory,
    deadlines: { accept: { duration: `PT${SHORT_ACCEPT_SECONDS}S` } },
    note: 'browser tests: a deadline missed within seconds',
  });
}

/** A call to the API as the suite prepares organisation data (never a ticket action). */
export async function api(method: string, path: string, body?: object, token?: string) {
  const res = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`Preparing the organisation: ${method} ${path} answered ${res.status}: ${text}`);
  return text ? JSON.parse(text) : null;
}
