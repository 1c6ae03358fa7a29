import autocannon from 'autocannon';
import { cpus } from 'node:os';
import { perUnit, watchCpu } from './cpu.ts';
import { readsAs } from './http.ts';
import { round } from './stats.ts';

export interface Load {
  path: string;
  clients: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  non2xx: number;
  latencyMs: { p50: number; p99: number; max: number };
  /** CPU per request of the processes `pids` and of PostgreSQL; null when no request was answered. */
  cpuPerRequest: ReturnType<typeof perUnit>;
}

/**
 * `clients` connections GETting `path` as `token` for `seconds`, each request from the next client
 * address: requests/s, latency, and the CPU each request cost the service processes `pids` and
 * PostgreSQL. The floor part (one ticket by id) and the ticket lists are measured with it.
 */
export async function getLoad(url: string, path: string, token: string, clients: number, seconds: number, pids: number[]): Promise<Load> {
  const cpu = watchCpu(pids);
  const result = await autocannon({ url: `${url}${path}`, connections: clients, duration: seconds, requests: readsAs(token) });
  return {
    path,
    clients,
    seconds,
    requests: result.requests.total,
    requestsPerSecond: round(result.requests.total / seconds, 0)!,
    non2xx: result.non2xx + result.errors + result.timeouts,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    cpuPerRequest: perUnit(cpu.stop(), result.requests.total, cpus().length),
  };
}
