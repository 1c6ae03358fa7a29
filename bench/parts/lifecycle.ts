import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';
import { clientAddress, type Organisation } from '../lib/http.ts';
import { percentiles, round } from '../lib/stats.ts';

export const ACTIONS = ['place', 'dispatch', 'accept', 'feedback', 'rate'] as const;
type Action = (typeof ACTIONS)[number];

interface Cycle {
  started?: number;
  chain?: Organisation['chains'][number];
  enterprise?: { id: string; token: string };
  department?: Organisation['departments'][number];
  ticketId?: string;
}

export interface LifecycleResult {
  clients: number;
  seconds: number;
  actions: number;
  actionsPerSecond: number;
  cycles: number;
  errors: number;
  non2xx: Partial<Record<Action, number>>;
  latencyMs: Record<Action, { p50: number | null; p95: number | null; p99: number | null; max: number | null }>;
}

const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)]!;

/**
 * Many clients, each driving complete cycles through the public API as the real roles:
 * the enterprise places, the committee dispatches, the department accepts and gives its dual
 * feedback, the enterprise rates (which closes the ticket). Latency is taken per action.
 */
export async function lifecycle(url: string, org: Organisation, clients: number, seconds: number): Promise<LifecycleResult> {
  const samples: Record<Action, number[]> = { place: [], dispatch: [], accept: [], feedback: [], rate: [] };
  const non2xx: Partial<Record<Action, number>> = {};
  let cycles = 0;

  const step = (action: Action, build: (c: Cycle) => { path: string; token: string; body: unknown }) => ({
    method: 'POST' as const,
    setupRequest: (request: autocannon.Request, context: object) => {
      const c = context as Cycle;
      if (action !== 'place' && !c.ticketId) return undefined as unknown as autocannon.Request; // the cycle broke: start over
      const { path, token, body } = build(c);
      c.started = performance.now();
      return { ...request, path, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-forwarded-for': clientAddress() }, body: JSON.stringify(body) };
    },
    onResponse: (status: number, body: string, context: object) => {
      const c = context as Cycle;
      if (status >= 200 && status < 300) {
        samples[action].push(performance.now() - c.started!);
        if (action === 'place') c.ticketId = (JSON.parse(body) as { id: string }).id;
        if (action === 'rate') cycles++;
      } else {
        non2xx[action] = (non2xx[action] ?? 0) + 1;
        c.ticketId = undefined;
      }
    },
  });

  const requests = [
    step('place', (c) => {
      c.chain = pick(org.chains);
      c.enterprise = pick(c.chain.enterprises);
      c.department = pick(org.departments);
      c.ticketId = undefined;
      return { path: '/api/tickets', token: c.enterprise.token, body: { title: '流动资金贷款', description: '扩产需流动资金500万元, 请协调银行授信', category: 'financing' } };
    }),
    step('dispatch', (c) => ({
      path: `/api/tickets/${c.ticketId}/dispatch`,
      token: c.chain!.dispatcher,
      body: { departmentId: c.department!.id, priority: pick(['normal', 'urgent']) },
    })),
    step('accept', (c) => ({ path: `/api/tickets/${c.ticketId}/accept`, token: c.department!.staff, body: { note: '已组建服务专班' } })),
    step('feedback', (c) => ({
      path: `/api/tickets/${c.ticketId}/feedback`,
      token: c.department!.staff,
      body: { result: 'resolved', content: '已对接农商行, 授信500万元' },
    })),
    step('rate', (c) => ({ path: `/api/tickets/${c.ticketId}/rate`, token: c.enterprise!.token, body: { score: pick([3, 4, 5]), comment: '满意' } })),
  ];

  const started = performance.now();
  const result = await autocannon({ url, connections: clients, duration: seconds, requests, timeout: 30 });
  const elapsed = (performance.now() - started) / 1000;
  const actions = ACTIONS.reduce((sum, a) => sum + samples[a].length, 0);
  const latencyMs = Object.fromEntries(
    ACTIONS.map((a) => {
      const p = percentiles(samples[a]);
      return [a, { p50: round(p.p50), p95: round(p.p95), p99: round(p.p99), max: round(p.max) }];
    }),
  ) as LifecycleResult['latencyMs'];
  return {
    clients,
    seconds: round(elapsed, 1)!,
    actions,
    actionsPerSecond: round(actions / elapsed, 0)!,
    cycles,
    errors: result.errors + result.timeouts,
    non2xx,
    latencyMs,
  };
}
