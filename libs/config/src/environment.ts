import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  ValidateIf,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
  validateSync,
  type ValidationOptions,
} from 'class-validator';
import { Duration, IANAZone } from 'luxon';
import { existsSync } from 'node:fs';

const isDuration = (value: unknown): boolean =>
  typeof value === 'string' && Duration.fromISO(value).isValid && Duration.fromISO(value).toMillis() >= 0;

function IsIsoDuration(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIsoDuration',
      validator: {
        validate: isDuration,
        defaultMessage: (args) => `${args?.property} must be an ISO 8601 duration such as P1M, P3D or PT5S`,
      },
    },
    options,
  );
}

function IsIsoDurationList(count?: number): PropertyDecorator {
  return ValidateBy({
    name: 'isIsoDurationList',
    validator: {
      validate: (value: unknown) => {
        if (typeof value !== 'string') return false;
        const items = value.split(',').map((item) => item.trim());
        return (count === undefined || items.length === count) && items.every(isDuration);
      },
      defaultMessage: (args) =>
        `${args?.property} must be a comma-separated list of ${count ?? 'any number of'} ISO 8601 durations`,
    },
  });
}

function IsWeights(keys: readonly string[]): PropertyDecorator {
  return ValidateBy({
    name: 'isWeights',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && parseWeights(value, keys) !== null,
      defaultMessage: (args) =>
        `${args?.property} must be a comma-separated list of name:weight with names among ${keys.join(', ')} and weights ≥ 0 that are not all 0`,
    },
  });
}

/** `a:30,b:70` → {a: 30, b: 70}; null when malformed, a name is unknown or repeated, or every weight is 0. */
export function parseWeights(value: string, keys: readonly string[]): Record<string, number> | null {
  const weights: Record<string, number> = {};
  for (const item of value.split(',')) {
    const match = /^\s*([a-z_]+)\s*:\s*(\d+(?:\.\d+)?)\s*$/.exec(item);
    if (!match || !keys.includes(match[1]!) || match[1]! in weights) return null;
    weights[match[1]!] = Number(match[2]);
  }
  return Object.values(weights).some((weight) => weight > 0) ? weights : null;
}

export const SCORE_COMPONENTS = ['response', 'feedback', 'resolution', 'satisfaction', 'evaluation'] as const;
export const SCORER_KINDS = ['supervisor', 'enterprise'] as const;

function IsTimeZone(): PropertyDecorator {
  return ValidateBy({
    name: 'isTimeZone',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && IANAZone.isValidZone(value),
      defaultMessage: (args) => `${args?.property} must be an IANA time zone such as Asia/Shanghai`,
    },
  });
}

const toInt = ({ value }: { value: unknown }) => (typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value);
const toBool = ({ value }: { value: unknown }) =>
  value === 'true' || value === '1' ? true : value === 'false' || value === '0' || value === '' ? false : value;

/** The process environment as documented in the README; every variable is optional. */
export class Environment {
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(65535)
  PORT: number = 3000;

  @IsOptional() @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must start with postgres:// or postgresql://' })
  DATABASE_URL?: string;

  @IsOptional() @IsString() @MinLength(1)
  DATA_DIR: string = './data';

  @IsOptional() @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must start with redis:// or rediss://' })
  REDIS_URL: string = 'redis://127.0.0.1:6379';

  @IsOptional() @Matches(/^[A-Za-z0-9_.-]{1,64}$/, { message: 'QUEUE_PREFIX may hold letters, digits, _ . - (no colon), at most 64' })
  QUEUE_PREFIX: string = 'whistle';

  @IsOptional() @IsIn(['all', 'api', 'worker'])
  PROCESS_ROLE: 'all' | 'api' | 'worker' = 'all';

  @IsOptional() @Matches(/^[A-Za-z0-9_.@-]{3,64}$/, { message: 'ADMIN_USERNAME must be 3-64 letters, digits or _ . @ -' })
  ADMIN_USERNAME: string = 'admin';

  @IsOptional() @IsString() @MinLength(8) @MaxLength(128)
  ADMIN_PASSWORD?: string;

  @IsOptional() @IsString() @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @IsOptional() @Matches(/^\d+[smhd]$/, { message: 'JWT_EXPIRES_IN must look like 900s, 30m, 12h or 7d' })
  JWT_EXPIRES_IN: string = '12h';

  @IsOptional() @IsTimeZone()
  SLA_TIMEZONE: string = 'Asia/Shanghai';

  @IsOptional() @IsIsoDuration() SLA_DISPATCH: string = 'P3D';
  @IsOptional() @IsIsoDuration() SLA_ACCEPT: string = 'P2D';
  @IsOptional() @IsIsoDuration() SLA_FEEDBACK: string = 'P1M';
  @IsOptional() @IsIsoDuration() SLA_RECTIFY: string = 'P15D';
  @IsOptional() @IsIsoDuration() SLA_RATE: string = 'P15D';
  @IsOptional() @IsIsoDuration() SLA_ASSIST: string = 'P10D';
  @IsOptional() @IsIsoDurationList() SLA_REMIND_BEFORE: string = 'P7D,P1D';
  @IsOptional() @IsIsoDurationList(3) SLA_ESCALATE_AFTER: string = 'PT0S,P7D,P14D';
  /** From the close of an evaluation to the deadline of a rectification order (整改单). */
  @IsOptional() @IsIsoDuration() SLA_RECTIFICATION_ORDER: string = 'P1M';

  /** Weights of the scoreboard's composite score. */
  @IsOptional() @IsWeights(SCORE_COMPONENTS)
  SCORE_WEIGHTS: string = 'response:25,resolution:25,satisfaction:25,evaluation:25';

  /** A department whose evaluation result is below this gets a rectification order. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(100)
  EVALUATION_THRESHOLD: number = 60;

  /** How the supervisors' and the enterprises' mean scores are weighted in an evaluation's result. */
  @IsOptional() @IsWeights(SCORER_KINDS)
  EVALUATION_WEIGHTS: string = 'supervisor:50,enterprise:50';

  @IsOptional() @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  /** `auto`: readable lines (pino-pretty) when stdout is a terminal, JSON lines otherwise. */
  @IsOptional() @IsIn(['auto', 'pretty', 'json'])
  LOG_FORMAT: 'auto' | 'pretty' | 'json' = 'auto';

  /** The built web console (`npm run build:web`), served at `/` by the API. */
  @IsOptional() @IsString() @MinLength(1)
  WEB_ROOT: string = 'dist/web';

  @IsOptional() @Transform(toBool) @IsIn([true, false], { message: 'SEED_DEMO must be true or false' })
  SEED_DEMO: boolean = false;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(64)
  WORKER_CONCURRENCY: number = 8;

  /** How long a worker holds a job before others may take it as stalled (a crashed worker's job). */
  @IsOptional() @IsIsoDuration() WORKER_LOCK: string = 'PT30S';

  /** How often timers entering the horizon are promoted to Redis, lost ones re-armed, and Redis checked for lost state. */
  @IsOptional() @IsIsoDuration() RECONCILE_EVERY: string = 'PT1M';

  /** Only timers due within this horizon are held in Redis; the rest wait in the database. */
  @IsOptional() @IsIsoDuration() TIMER_HORIZON: string = 'PT1H';

  @IsOptional() @Transform(toInt) @IsInt() @Min(1)
  THROTTLE_LIMIT: number = 600;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1)
  THROTTLE_LOGIN_LIMIT: number = 10;

  /** Requests a minute to the Open311 facade, per API key (per address without one). */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1)
  OPEN311_RATE_LIMIT: number = 120;

  /** The shortest password a user may set (and an administrator may give). */
  @IsOptional() @Transform(toInt) @IsInt() @Min(8) @Max(64)
  PASSWORD_MIN_LENGTH: number = 8;

  /**
   * The cost of argon2id for the passwords people choose: memory in KiB, passes, lanes. The
   * default is argon2's own (64 MiB, 3, 4: about 70 ms a hash on two cores); OWASP's floor is
   * m=19456,t=2,p=1. Stored hashes keep the cost they were made with, so a change applies to
   * passwords set afterwards. The test suites lower it (a test organisation logs in dozens of
   * times); nothing else should.
   */
  @IsOptional()
  @Matches(/^m=[1-9]\d{3,7},t=[1-9]\d?,p=([1-9]|1[0-6])$/, { message: 'PASSWORD_HASH_COST must look like m=65536,t=3,p=4 (memory in KiB, at least 1000; passes 1–99; lanes 1–16)' })
  PASSWORD_HASH_COST: string = 'm=65536,t=3,p=4';

  /** Failed logins in a row, for one username, after which it is locked. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(100)
  LOGIN_LOCK_AFTER: number = 5;

  /** The first lock; each later one lasts twice the one before, up to LOGIN_LOCK_MAX. */
  @IsOptional() @IsIsoDuration() LOGIN_LOCK_BASE: string = 'PT1M';

  @IsOptional() @IsIsoDuration() LOGIN_LOCK_MAX: string = 'PT1H';

  /** The largest attachment (附件) accepted, in bytes (20 MB). */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(1024 * 1024 * 1024)
  ATTACHMENT_MAX_BYTES: number = 20 * 1024 * 1024;

  /** How many attachments one order may hold. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(1000)
  ATTACHMENT_MAX_PER_TICKET: number = 50;

  /** The park's identity provider (统一身份认证), an OpenID Connect issuer: single sign-on is on when set. */
  @IsOptional() @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] }, { message: 'OIDC_ISSUER must be the issuer URL, e.g. https://sso.example.gov.cn/realms/park' })
  OIDC_ISSUER?: string;

  @ValidateIf((env: Environment) => env.OIDC_ISSUER !== undefined) @IsString() @MinLength(1, { message: 'OIDC_CLIENT_ID is required when OIDC_ISSUER is set' })
  OIDC_CLIENT_ID?: string;

  @ValidateIf((env: Environment) => env.OIDC_ISSUER !== undefined) @IsString() @MinLength(1, { message: 'OIDC_CLIENT_SECRET is required when OIDC_ISSUER is set' })
  OIDC_CLIENT_SECRET?: string;

  /** The ID token claim whose value is the username of an account here. */
  @IsOptional() @IsString() @MinLength(1) OIDC_USERNAME_CLAIM: string = 'preferred_username';

  /** Where the provider sends the browser back; by default this server's /api/auth/oidc/callback as the request reached it. */
  @IsOptional() @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] }) OIDC_REDIRECT_URI?: string;

  /** The scopes asked for. */
  @IsOptional() @IsString() OIDC_SCOPE: string = 'openid profile';

  /** GET /metrics (Prometheus) is served to `Authorization: Bearer <this>`; unset, it is not served. */
  @IsOptional() @IsString() @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters (it guards the metrics), e.g. openssl rand -hex 24' })
  METRICS_TOKEN?: string;

  /** A worker on its own (PROCESS_ROLE=worker) serves its metrics (timer lag, timers fired) on this port when METRICS_TOKEN is set. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(65535)
  WORKER_METRICS_PORT: number = 9464;

  /**
   * The waits between a webhook delivery's attempts (each with ±20 % jitter): about a day in
   * all. When the last one fails too, the delivery is failed and the endpoint disabled.
   */
  @IsOptional() @IsIsoDurationList() WEBHOOK_RETRY_SCHEDULE: string = 'PT5S,PT5M,PT30M,PT2H,PT5H,PT10H,PT10H';

  /** Webhook endpoints may be on private, loopback and link-local addresses (checked on the address connected to). */
  @IsOptional() @Transform(toBool) @IsIn([true, false], { message: 'WEBHOOK_ALLOW_PRIVATE must be true or false' }) WEBHOOK_ALLOW_PRIVATE: boolean = false;

  /** How long a receiver has to answer one delivery. */
  @IsOptional() @IsIsoDuration() WEBHOOK_TIMEOUT: string = 'PT15S';

  /** How long delivered webhook deliveries (and events no delivery refers to) are kept; failed and pending ones are kept until dealt with. */
  @IsOptional() @IsIsoDuration() WEBHOOK_RETENTION: string = 'P30D';

  /** How many endpoints one worker sends to at once (each endpoint's deliveries go one at a time, in order). */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(256)
  WEBHOOK_CONCURRENCY: number = 8;
}

const RANGES = new Set(['min', 'max', 'minLength', 'maxLength']);

/** A configuration problem, told in one line that names the variable and the fix. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Parses and validates the environment; throws a one-line ConfigError on the first bad value. */
export function parseEnvironment(env: Record<string, string | undefined>): Environment {
  const known = new Set([...Object.keys(new Environment()), 'DATABASE_URL', 'ADMIN_PASSWORD', 'JWT_SECRET']);
  // An empty variable means "not set", as in most shells' `VAR= command`.
  const relevant = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => known.has(key) && value !== undefined && value !== ''),
  );
  const parsed = plainToInstance(Environment, relevant, { exposeDefaultValues: true });
  const errors = validateSync(parsed, { forbidUnknownValues: false });
  if (errors.length > 0) {
    const first = errors[0]!;
    // A value of the wrong kind is told so before any range it also misses.
    const [, message = 'is invalid'] =
      Object.entries(first.constraints ?? {}).sort(([a], [b]) => Number(RANGES.has(a)) - Number(RANGES.has(b)))[0] ?? [];
    throw new ConfigError(`Invalid configuration: ${message} (got ${JSON.stringify(env[first.property])})`);
  }
  return parsed;
}

/** The process environment, with `.env` in the working directory read first if there is one. */
export function readProcessEnvironment(): Record<string, string | undefined> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  return { ...process.env };
}
