import { Redis } from 'ioredis';
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { eventually } from './harness.js';

/**
 * Real processes to break for real: a Redis and a PostgreSQL server of the test's own, to
 * stop, flush and restart, and the built service (`npm run build`) to SIGKILL or SIGTERM.
 */

const run = promisify(execFile);
const DIST = join(import.meta.dirname, '..', 'dist', 'apps');
export const API_MAIN = join(DIST, 'api', 'src', 'main.js');
export const WORKER_MAIN = join(DIST, 'worker', 'src', 'main.js');

export function requireBuild(): void {
  for (const main of [API_MAIN, WORKER_MAIN]) {
    if (!existsSync(main)) throw new Error(`${main} is missing: npm test builds it first (npm run build)`);
  }
}

/**
 * A port nothing listens on, below Linux's ephemeral range (32768–60999) so that no outgoing
 * connection can be holding it: a random one, checked by binding it, retried when taken.
 */
export async function freePort(): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen({ port, host: '::' }, () => probe.close(() => resolve(true)));
    });
    if (free) return String(port);
  }
  throw new Error('no free port found in 50 attempts');
}

/** A redis-server on its own port, keeping nothing on disk, as the brief's Redis. */
export class DisposableRedis {
  private process?: ChildProcess;

  private constructor(readonly port: string) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  static async start(): Promise<DisposableRedis> {
    const redis = new DisposableRedis(await freePort());
    await redis.start();
    return redis;
  }

  async start(): Promise<void> {
    this.process = spawn('redis-server', ['--port', this.port, '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    await eventually(() => this.command((redis) => redis.ping()), 10_000, `redis-server on ${this.port}`);
  }

  /** SIGKILL: everything in it is gone, as after a crash of a Redis without persistence. */
  async stop(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  flushAll(): Promise<unknown> {
    return this.command((redis) => redis.flushall());
  }

  async command<T>(work: (redis: Redis) => Promise<T>): Promise<T> {
    const redis = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false });
    try {
      await redis.connect();
      return await work(redis);
    } finally {
      redis.disconnect();
    }
  }
}

/** A PostgreSQL cluster of its own (initdb in a temp directory), to stop and start under load. */
export class DisposablePostgres {
  private constructor(
    private readonly dir: string,
    readonly port: string,
  ) {}

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  static async start(): Promise<DisposablePostgres> {
    const dir = await mkdtemp(join(tmpdir(), 'whistle-pg-'));
    const server = new DisposablePostgres(dir, await freePort());
    if (process.getuid?.() === 0) await chown(dir, ...(await postgresUser()));
    await server.pg('initdb', ['-D', server.data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
    await server.start();
    return server;
  }

  private get data(): string {
    return join(this.dir, 'data');
  }

  async start(): Promise<void> {
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1`;
    await this.pg('pg_ctl', ['-D', this.data, '-o', options, '-l', join(this.dir, 'log'), '-w', 'start']);
  }

  /** `immediate`: the server dies as in a crash and replays its WAL on the next start. */
  async stop(mode: 'immediate' | 'fast' = 'immediate'): Promise<void> {
    await this.pg('pg_ctl', ['-D', this.data, '-m', mode, '-w', 'stop']);
  }

  async dispose(): Promise<void> {
    await this.stop('immediate').catch(() => undefined);
    await rm(this.dir, { recursive: true, force: true });
  }

  /** Runs a PostgreSQL binary; as the postgres user when the tests run as root (initdb refuses root). */
  private async pg(binary: string, args: string[]): Promise<void> {
    const path = join(postgresBin(), binary);
    if (process.getuid?.() === 0) await run('runuser', ['-u', 'postgres', '--', path, ...args]);
    else await run(path, args);
  }
}

function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  if (versions.length === 0) throw new Error('no PostgreSQL server binaries under /usr/lib/postgresql');
  return join(root, versions[0]!, 'bin');
}

async function postgresUser(): Promise<[number, number]> {
  const { stdout } = await run('id', ['-u', 'postgres']);
  const { stdout: group } = await run('id', ['-g', 'postgres']);
  return [Number(stdout.trim()), Number(group.trim())];
}

/** Only what the service needs from the parent environment, and the test's settings. */
export function processEnv(env: Record<string, string | undefined>): Record<string, string> {
  const base = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' };
  return Object.fromEntries(Object.entries({ ...base, ...env }).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** The built API or worker as a child process, its output kept for assertions. */
export class ServiceProcess {
  private output = '';
  readonly child: ChildProcess;
  readonly exited: Promise<Exit>;

  constructor(main: string, env: Record<string, string | undefined>) {
    this.child = spawn(process.execPath, [main], { env: processEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stdout!.on('data', (chunk) => (this.output += chunk));
    this.child.stderr!.on('data', (chunk) => (this.output += chunk));
    // 'close', not 'exit': it comes after the output pipes are drained, so the log is complete.
    this.exited = new Promise((resolve) => this.child.once('close', (code, signal) => resolve({ code, signal })));
  }

  get log(): string {
    return this.output;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  async waitFor(pattern: RegExp, timeoutMs = 30_000): Promise<RegExpMatchArray> {
    const started = Date.now();
    for (;;) {
      const match = this.output.match(pattern);
      if (match) return match;
      if (!this.running) throw new Error(`exited ${this.child.exitCode ?? this.child.signalCode}: ${this.output}`);
      if (Date.now() - started > timeoutMs) throw new Error(`no ${pattern} within ${timeoutMs} ms: ${this.output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Sends `signal`; resolves with how the process ended. */
  stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<Exit> {
    if (this.running) this.child.kill(signal);
    return this.exited;
  }
}

/** Runs the built service until it exits on its own (a configuration error, say). */
export async function runToExit(env: Record<string, string | undefined>, timeoutMs = 20_000): Promise<Exit & { stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [API_MAIN], { env: processEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const exit = await new Promise<Exit>((resolve) => child.once('close', (code, signal) => resolve({ code, signal })));
  clearTimeout(timer);
  if (exit.signal === 'SIGKILL') throw new Error(`process did not exit within ${timeoutMs} ms: ${stdout}${stderr}`);
  return { ...exit, stdout, stderr };
}
