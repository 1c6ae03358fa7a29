/// <reference types="node" />
import { fileURLToPath } from 'node:url';

/** The repository's root (apps/web/e2e → ../../..). */
export const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The browser suite's settings, read from the environment here and nowhere else. `E2E_DATA_DIR`
 * is also how the global setup tells the test workers where the server keeps its data.
 */
const env = process.env;
export const setting = {
  reuseServer: Boolean(env.E2E_REUSE_SERVER),
  keepServer: Boolean(env.E2E_KEEP_SERVER),
  keepData: Boolean(env.E2E_KEEP_DATA),
  redisUrl: env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379',
  logLevel: env.E2E_LOG_LEVEL ?? 'warn',
  output: env.E2E_OUTPUT ?? './test-results',
  expectTimeout: Number(env.E2E_EXPECT_TIMEOUT ?? 0),
  // One browser at a time: on two cores a second one made the suite 14.7 min instead of 9 (each waited on the other's rendering).
  workers: Number(env.E2E_WORKERS ?? 1),
  ci: Boolean(env.CI),
  testTimeout: Number(env.E2E_TIMEOUT ?? 120_000),
  chromium: env.E2E_CHROMIUM ?? '/usr/bin/chromium',
  // Recording a trace of every test (to keep those that fail) cost about two minutes of the
  // suite's ten on two cores: off unless E2E_TRACE=on. A failing test's screenshots are always kept.
  trace: env.E2E_TRACE === 'on' ? ('retain-on-failure' as const) : ('off' as const),
  actionTimeout: Number(env.E2E_ACTION_TIMEOUT ?? 30_000),
  dataDir: () => env.E2E_DATA_DIR ?? 'apps/web/test-results',
  setDataDir: (dir: string) => {
    env.E2E_DATA_DIR = dir;
  },
  /** What the server under test inherits, before the suite's own settings. */
  inherited: () => ({ ...env }),
};

/** Where the console under test is served: the built app on a port of its own (4610 unless E2E_PORT). */
export const PORT = Number(env.E2E_PORT ?? 4610);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

/** The build under test: `npm run build`'s dist/ (E2E_DIST points at another copy of it). */
export const DIST = env.E2E_DIST ?? `${REPO}dist`;

export const ADMIN = { username: 'admin', password: 'admin-password-1' };
export const PASSWORD = 'password-123';

/**
 * The people of the test organisation (prepared through the API by the global setup, as the
 * issue allows for organisation data only). Every ticket action goes through the console.
 */
export const PEOPLE = {
  admin: { username: ADMIN.username, password: ADMIN.password, role: 'admin' },
  enterprise: { username: 'acme', password: PASSWORD, role: 'enterprise', displayName: '常德制药 李经理' },
  rival: { username: 'rival', password: PASSWORD, role: 'enterprise', displayName: '德海化工 赵经理' },
  commissioner: { username: 'commissioner', password: PASSWORD, role: 'commissioner', displayName: '服务专员 周专员' },
  dispatcher: { username: 'dispatcher', password: PASSWORD, role: 'dispatcher', displayName: '医药链党委 陈书记' },
  department: { username: 'fin.staff', password: PASSWORD, role: 'department', displayName: '财政局 孙科员' },
  hrDepartment: { username: 'hr.staff', password: PASSWORD, role: 'department', displayName: '人社局 吴科员' },
  leader: { username: 'leader.fin', password: PASSWORD, role: 'leader', displayName: '王副区长' },
  hrLeader: { username: 'leader.hr', password: PASSWORD, role: 'leader', displayName: '郑副区长' },
  supervisor: { username: 'supervisor', password: PASSWORD, role: 'supervisor', displayName: '监督员 钱监督' },
} as const;
export type Person = keyof typeof PEOPLE;

/** Names of the organisation, as the console shows them. */
export const ORG = {
  chain: '医药化工产业链',
  otherChain: '装备制造产业链',
  fin: '区财政局',
  hr: '区人社局',
  acme: '常德制药',
  rival: '德海化工',
  foreign: '常德重工',
  /** The service catalogue item the organisation has (FIN-01, its department the finance bureau). */
  service: '融资对接',
  /** The category whose SLA policy is short (the missed-deadline test): accept within ACCEPT_SECONDS. */
  shortCategory: 'logistics',
} as const;
export const SHORT_ACCEPT_SECONDS = Number(env.E2E_SHORT_ACCEPT ?? 20);
