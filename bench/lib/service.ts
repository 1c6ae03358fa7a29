import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';

export type Role = 'all' | 'api' | 'worker';

const ENTRY: Record<Role, string> = {
  all: 'dist/apps/api/src/main.js',
  api: 'dist/apps/api/src/main.js',
  worker: 'dist/apps/worker/src/main.js',
};

const running = new Set<ChildProcess>();
// A bench that fails half-way must not leave the service running (and using the CPU).
process.on('exit', () => running.forEach((child) => child.kill('SIGKILL')));

/** One process of the service, built beforehand (`npm run build`), started as a user would. */
export class ServiceProcess {
  private readonly child: ChildProcess;
  private stderr = '';
  private readonly waiters = new Set<{ pattern: RegExp; resolve: (line: string) => void }>();
  private exited: Promise<number | null>;

  readonly role: Role;

  private constructor(role: Role, env: Record<string, string>) {
    this.role = role;
    this.child = spawn(process.execPath, [ENTRY[role]], {
      env: { ...process.env, ...env, PROCESS_ROLE: role },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stderr!.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-4000);
    });
    createInterface({ input: this.child.stdout! }).on('line', (line) => {
      for (const waiter of [...this.waiters]) {
        if (waiter.pattern.test(line)) {
          this.waiters.delete(waiter);
          waiter.resolve(line);
        }
      }
    });
    running.add(this.child);
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
    void this.exited.then(() => running.delete(this.child));
  }

  /**
   * Starts the process and waits until it is ready: `ready` answers true (the API's health),
   * or the process logs a line matching it (a worker, once it has armed its timers).
   */
  static async start(role: Role, env: Record<string, string>, ready: (() => Promise<boolean>) | RegExp, timeoutMs = 60_000): Promise<ServiceProcess> {
    const service = new ServiceProcess(role, env);
    let logged = false;
    if (ready instanceof RegExp) void service.nextLog(ready, timeoutMs).then(() => (logged = true), () => undefined);
    const check = ready instanceof RegExp ? async () => logged : ready;
    const deadline = Date.now() + timeoutMs;
    let exitCode: number | null | undefined;
    void service.exited.then((code) => (exitCode = code));
    while (Date.now() < deadline) {
      if (exitCode !== undefined) throw new Error(`the ${role} process exited with ${exitCode}: ${service.stderr}`);
      if (await check().catch(() => false)) return service;
      await sleep(200);
    }
    await service.stop();
    throw new Error(`the ${role} process was not ready after ${timeoutMs} ms: ${service.stderr}`);
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Resident memory now and at its peak, in bytes, from /proc. */
  memory(): { rss: number; peak: number } {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  }

  /** The next log line (JSON, pino) that matches `pattern`. */
  nextLog(pattern: RegExp, timeoutMs = 120_000): Promise<string> {
    return new Promise((resolve, reject) => {
      const waiter = { pattern, resolve };
      this.waiters.add(waiter);
      setTimeout(() => {
        if (this.waiters.delete(waiter)) reject(new Error(`the ${this.role} process logged no ${pattern} within ${timeoutMs} ms`));
      }, timeoutMs).unref();
    });
  }

  /** SIGTERM, as an operator would; the process drains and exits. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    this.child.kill('SIGTERM');
    const killed = sleep(20_000).then(() => this.child.kill('SIGKILL'));
    await Promise.race([this.exited, killed]);
  }
}
