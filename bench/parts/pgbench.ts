import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cpus } from 'node:os';
import { perUnit, watchCpu } from '../lib/cpu.ts';
import { recreateDatabase, target } from '../lib/postgres.ts';

const run = promisify(execFile);

export interface PgbenchResult {
  clients: number;
  seconds: number;
  scale: number;
  tps: number;
  latencyMs: number | null;
  transactions: number;
  /** CPU per transaction: PostgreSQL's, and pgbench's own (as `benchMs`). */
  cpuPerTransaction: ReturnType<typeof perUnit>;
}

/**
 * The machine's own yardstick: pgbench's TPC-B-like script on the same server, same client
 * count, in its own database. Our actions/s over its tps is the figure that travels.
 */
export async function pgbench(url: string, clients: number, seconds: number, scale: number): Promise<PgbenchResult> {
  await recreateDatabase(url);
  const { host, port, user, database } = target(url);
  const connection = ['-h', host, '-p', port, '-U', user];
  await run('pgbench', [...connection, '-i', '-q', '-s', String(scale), database], { maxBuffer: 1 << 24 });
  const threads = Math.min(clients, 2);
  const cpu = watchCpu([]);
  const { stdout } = await run('pgbench', [...connection, '-c', String(clients), '-j', String(threads), '-T', String(seconds), '-n', database], {
    maxBuffer: 1 << 24,
  });
  const tps = /tps = ([\d.]+)/.exec(stdout);
  const use = cpu.stop();
  if (!tps) throw new Error(`pgbench printed no tps: ${stdout}`);
  const transactions = Number(/number of transactions actually processed: (\d+)/.exec(stdout)?.[1] ?? 0);
  const latency = /latency average = ([\d.]+) ms/.exec(stdout);
  return {
    clients,
    seconds,
    scale,
    tps: Math.round(Number(tps[1])),
    latencyMs: latency ? Number(latency[1]) : null,
    transactions,
    cpuPerTransaction: perUnit(use, transactions, cpus().length),
  };
}
