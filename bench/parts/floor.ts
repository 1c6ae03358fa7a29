import autocannon from 'autocannon';
import { readsAs } from '../lib/http.ts';
import { round } from '../lib/stats.ts';

export interface FloorResult {
  path: string;
  clients: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  non2xx: number;
  latencyMs: { p50: number; p99: number; max: number };
}

/**
 * The stack's floor: the cheapest authenticated request the API serves, one ticket by id (HTTP,
 * rate limit, JWT, the user's row, the ticket's row, JSON). Every action pays at least this on top
 * of its own transaction, so its CPU says how much of an action's budget is gone before any work.
 */
export async function floor(url: string, path: string, token: string, clients: number, seconds: number): Promise<FloorResult> {
  const result = await autocannon({ url: `${url}${path}`, connections: clients, duration: seconds, requests: readsAs(token) });
  return {
    path,
    clients,
    seconds,
    requests: result.requests.total,
    requestsPerSecond: round(result.requests.total / seconds, 0)!,
    non2xx: result.non2xx + result.errors + result.timeouts,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
  };
}
