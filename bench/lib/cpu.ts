import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (USER_HZ; 100 on Linux). */
const HZ = 100;

/**
 * User + system CPU seconds a process has used, from /proc/<pid>/stat, or with `reaped` those of
 * its children that have exited and been waited for; 0 once it is gone.
 */
function cpuOf(pid: number | string, reaped = false): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return reaped ? (Number(fields[13]) + Number(fields[14])) / HZ : (Number(fields[11]) + Number(fields[12])) / HZ;
  } catch {
    return 0;
  }
}

/**
 * CPU seconds used by every `postgres` process of this machine (the server and its backends),
 * with the backends that have exited: the postmaster reaps them, so their CPU is in its
 * children's times. Without those, pgbench's backends would vanish from the sum at its end.
 */
function postgresCpu(): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres') total += cpuOf(pid) + cpuOf(pid, true);
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

export interface CpuUse {
  /** CPU seconds of the service process(es) watched. */
  service: number;
  postgres: number;
  /** CPU seconds of the bench itself (the load generator, when it drives HTTP) and of its exited children (pgbench). */
  bench: number;
  wallSeconds: number;
}

/**
 * Where the CPU went between now and `stop()`: the service's processes and PostgreSQL. Divided
 * by the work done, it gives the CPU each unit of work costs, and so the most this machine could
 * do if nothing else ran: cores ÷ (service + PostgreSQL CPU per unit).
 */
export function watchCpu(pids: number[]): { stop(): CpuUse } {
  const started = Date.now();
  const service0 = pids.reduce((sum, pid) => sum + cpuOf(pid), 0);
  const postgres0 = postgresCpu();
  const bench0 = process.cpuUsage();
  const children0 = cpuOf(process.pid, true);
  return {
    stop: () => ({
      service: pids.reduce((sum, pid) => sum + cpuOf(pid), 0) - service0,
      postgres: postgresCpu() - postgres0,
      bench: (() => {
        const used = process.cpuUsage(bench0);
        return (used.user + used.system) / 1e6 + cpuOf(process.pid, true) - children0;
      })(),
      wallSeconds: (Date.now() - started) / 1000,
    }),
  };
}

/** CPU milliseconds per unit of work, and the ceiling in units per second on `cores`. */
export function perUnit(
  use: CpuUse,
  units: number,
  cores: number,
): { serviceMs: number; postgresMs: number; benchMs: number; ceilingPerSecond: number } | null {
  if (units === 0) return null;
  const serviceMs = (use.service * 1000) / units;
  const postgresMs = (use.postgres * 1000) / units;
  return {
    serviceMs: Math.round(serviceMs * 100) / 100,
    postgresMs: Math.round(postgresMs * 100) / 100,
    benchMs: Math.round(((use.bench * 1000) / units) * 100) / 100,
    ceilingPerSecond: Math.round((cores * 1000) / (serviceMs + postgresMs)),
  };
}
