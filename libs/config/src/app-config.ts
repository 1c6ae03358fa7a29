import { Duration } from 'luxon';
import { ConfigError, parseEnvironment, parseWeights, SCORE_COMPONENTS, SCORER_KINDS } from './environment.js';

export type ProcessRole = 'all' | 'api' | 'worker';

export interface WorkerSettings {
  concurrency: number;
  /** BullMQ lock duration and stalled-job check interval, in ms. */
  lockMs: number;
  /** Period of the sweep that promotes timers into the horizon and re-arms lost ones, in ms. */
  reconcileEveryMs: number;
  /** Only timers due within this many ms are held in Redis; the rest wait in the database. */
  horizonMs: number;
}

export interface SlaSettings {
  /** Calendar durations such as P1M are counted in this zone. */
  timezone: string;
  dispatch: Duration;
  accept: Duration;
  feedback: Duration;
  rectify: Duration;
  rate: Duration;
  /** From a dispatch (or an added assisting department) to that department's contribution (协办意见). */
  assist: Duration;
  remindBefore: Duration[];
  /** Offsets of escalation levels 1, 2, 3 from a missed deadline. */
  escalateAfter: [Duration, Duration, Duration];
  /** From an evaluation's close to its rectification orders' deadline. */
  rectificationOrder: Duration;
}

export type ScoreComponent = (typeof SCORE_COMPONENTS)[number];
export type ScorerKind = (typeof SCORER_KINDS)[number];

export interface AssessmentSettings {
  /** Composite weights; components left out weigh 0. */
  scoreWeights: Record<ScoreComponent, number>;
  evaluationThreshold: number;
  evaluationWeights: Record<ScorerKind, number>;
}

/** argon2id's cost (PASSWORD_HASH_COST). */
export interface PasswordHashCost {
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

export interface AccountSettings {
  passwordMinLength: number;
  passwordHash: PasswordHashCost;
  /** Failed logins in a row before a username is locked; the first lock's length, and the longest. */
  lockAfter: number;
  lockBaseMs: number;
  lockMaxMs: number;
}

/** Single sign-on through the park's OpenID Connect provider; null when OIDC_ISSUER is not set. */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  usernameClaim: string;
  redirectUri: string | null;
  scope: string;
}

/** Attachments (附件): the largest file, and how many one order may hold. */
export interface WebhookSettings {
  /** The waits before a delivery's second, third, … attempt. */
  retryScheduleMs: number[];
  allowPrivate: boolean;
  timeoutMs: number;
  /** Endpoints one worker sends to at once. */
  concurrency: number;
  /** How long delivered deliveries are kept. */
  retentionMs: number;
}

export interface AttachmentSettings {
  maxBytes: number;
  maxPerTicket: number;
}

/** The typed, validated configuration. Built once from the environment; nothing else reads process.env. */
export class AppConfig {
  constructor(
    readonly port: number,
    readonly role: ProcessRole,
    readonly database: { url: string | null; dataDir: string },
    readonly redis: { url: string; prefix: string },
    readonly admin: { username: string; password: string | null },
    readonly jwt: { secret: string | null; expiresIn: string },
    readonly sla: SlaSettings,
    readonly logLevel: string,
    readonly seedDemo: boolean,
    readonly worker: WorkerSettings,
    readonly throttle: { limit: number; loginLimit: number; open311Limit: number },
    readonly assessment: AssessmentSettings,
    /** `auto`: pino-pretty when stdout is a terminal, JSON lines otherwise. */
    readonly logFormat: 'auto' | 'pretty' | 'json',
    /** Where the built web console is (index.html and assets/). */
    readonly web: { root: string },
    readonly accounts: AccountSettings,
    readonly oidc: OidcSettings | null = null,
    readonly attachments: AttachmentSettings = { maxBytes: 20 * 1024 * 1024, maxPerTicket: 50 },
    /** `token` null: GET /metrics is not served; `workerPort`: where a worker on its own serves them. */
    readonly metrics: { token: string | null; workerPort: number } = { token: null, workerPort: 9464 },
    readonly webhooks: WebhookSettings = { retryScheduleMs: [5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000], allowPrivate: false, timeoutMs: 15_000, concurrency: 8, retentionMs: 30 * 86_400_000 },
  ) {}

  get runsApi(): boolean {
    return this.role !== 'worker';
  }

  get runsWorker(): boolean {
    return this.role !== 'api';
  }
}

const durations = (list: string) => list.split(',').map((item) => Duration.fromISO(item.trim()));

/** Reads the environment into an AppConfig, or throws a one-line ConfigError. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const e = parseEnvironment(env);
  const [l1, l2, l3] = durations(e.SLA_ESCALATE_AFTER);
  // A timer beyond the horizon is promoted by a sweep at least one period before it is due.
  if (Duration.fromISO(e.TIMER_HORIZON).as('milliseconds') < 2 * Duration.fromISO(e.RECONCILE_EVERY).as('milliseconds')) {
    throw new ConfigError(`Invalid configuration: TIMER_HORIZON (${e.TIMER_HORIZON}) must be at least twice RECONCILE_EVERY (${e.RECONCILE_EVERY})`);
  }
  return new AppConfig(
    e.PORT,
    e.PROCESS_ROLE,
    { url: e.DATABASE_URL ?? null, dataDir: e.DATA_DIR },
    { url: e.REDIS_URL, prefix: e.QUEUE_PREFIX },
    { username: e.ADMIN_USERNAME, password: e.ADMIN_PASSWORD ?? null },
    { secret: e.JWT_SECRET ?? null, expiresIn: e.JWT_EXPIRES_IN },
    {
      timezone: e.SLA_TIMEZONE,
      dispatch: Duration.fromISO(e.SLA_DISPATCH),
      accept: Duration.fromISO(e.SLA_ACCEPT),
      feedback: Duration.fromISO(e.SLA_FEEDBACK),
      rectify: Duration.fromISO(e.SLA_RECTIFY),
      rate: Duration.fromISO(e.SLA_RATE),
      assist: Duration.fromISO(e.SLA_ASSIST),
      remindBefore: durations(e.SLA_REMIND_BEFORE),
      escalateAfter: [l1!, l2!, l3!],
      rectificationOrder: Duration.fromISO(e.SLA_RECTIFICATION_ORDER),
    },
    e.LOG_LEVEL,
    e.SEED_DEMO,
    {
      concurrency: e.WORKER_CONCURRENCY,
      lockMs: Duration.fromISO(e.WORKER_LOCK).as('milliseconds'),
      reconcileEveryMs: Duration.fromISO(e.RECONCILE_EVERY).as('milliseconds'),
      horizonMs: Duration.fromISO(e.TIMER_HORIZON).as('milliseconds'),
    },
    { limit: e.THROTTLE_LIMIT, loginLimit: e.THROTTLE_LOGIN_LIMIT, open311Limit: e.OPEN311_RATE_LIMIT },
    {
      scoreWeights: withZeros(SCORE_COMPONENTS, parseWeights(e.SCORE_WEIGHTS, SCORE_COMPONENTS)!),
      evaluationThreshold: e.EVALUATION_THRESHOLD,
      evaluationWeights: withZeros(SCORER_KINDS, parseWeights(e.EVALUATION_WEIGHTS, SCORER_KINDS)!),
    },
    e.LOG_FORMAT,
    { root: e.WEB_ROOT },
    {
      passwordMinLength: e.PASSWORD_MIN_LENGTH,
      passwordHash: parseHashCost(e.PASSWORD_HASH_COST),
      lockAfter: e.LOGIN_LOCK_AFTER,
      lockBaseMs: Duration.fromISO(e.LOGIN_LOCK_BASE).as('milliseconds'),
      lockMaxMs: Duration.fromISO(e.LOGIN_LOCK_MAX).as('milliseconds'),
    },
    e.OIDC_ISSUER
      ? {
          issuer: e.OIDC_ISSUER,
          clientId: e.OIDC_CLIENT_ID!,
          clientSecret: e.OIDC_CLIENT_SECRET!,
          usernameClaim: e.OIDC_USERNAME_CLAIM,
          redirectUri: e.OIDC_REDIRECT_URI ?? null,
          scope: e.OIDC_SCOPE,
        }
      : null,
    { maxBytes: e.ATTACHMENT_MAX_BYTES, maxPerTicket: e.ATTACHMENT_MAX_PER_TICKET },
    { token: e.METRICS_TOKEN ?? null, workerPort: e.WORKER_METRICS_PORT },
    {
      retryScheduleMs: durations(e.WEBHOOK_RETRY_SCHEDULE).map((d) => d.as('milliseconds')),
      allowPrivate: e.WEBHOOK_ALLOW_PRIVATE,
      timeoutMs: Duration.fromISO(e.WEBHOOK_TIMEOUT).as('milliseconds'),
      concurrency: e.WEBHOOK_CONCURRENCY,
      retentionMs: Duration.fromISO(e.WEBHOOK_RETENTION).as('milliseconds'),
    },
  );
}

function withZeros<K extends string>(keys: readonly K[], weights: Record<string, number>): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, weights[key] ?? 0])) as Record<K, number>;
}

/** `m=65536,t=3,p=4` (checked by the environment's pattern) as argon2's options. */
function parseHashCost(text: string): PasswordHashCost {
  const value = Object.fromEntries(text.split(',').map((part) => part.split('=') as [string, string]));
  return { memoryCost: Number(value.m), timeCost: Number(value.t), parallelism: Number(value.p) };
}
