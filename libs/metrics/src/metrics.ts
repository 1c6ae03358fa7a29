import { timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectMetric, makeCounterProvider, makeHistogramProvider } from '@willsoto/nestjs-prometheus';
import type { Counter, Histogram } from 'prom-client';

/** The names of the engine's own series; README "Integrations" lists them with their labels. */
export const METRIC = {
  httpDuration: 'whistle_http_request_duration_seconds',
  actions: 'whistle_actions_total',
  timerLag: 'whistle_timer_lag_seconds',
  openOrders: 'whistle_open_orders',
  overdueOrders: 'whistle_overdue_orders',
  timersDue: 'whistle_timers_due',
  queueJobs: 'whistle_queue_jobs',
  webhookDeliveries: 'whistle_webhook_deliveries_total',
  webhookPending: 'whistle_webhook_deliveries_pending',
} as const;

/** The series every process counts in (the API's requests and actions, the worker's timers). */
export const COUNTED_METRICS = [
  makeHistogramProvider({
    name: METRIC.httpDuration,
    help: 'HTTP requests by method, route (the template, e.g. /api/tickets/:id) and status code, with their duration',
    labelNames: ['method', 'route', 'status_code'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  }),
  makeCounterProvider({
    name: METRIC.actions,
    help: 'Changes made to orders and rectification orders, by action (place, dispatch, accept, feedback, …; timer for a deadline firing)',
    labelNames: ['action'],
  }),
  makeHistogramProvider({
    name: METRIC.timerLag,
    help: 'How late timers were taken up for firing: the time from their due moment to the worker leasing them',
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600],
  }),
  makeCounterProvider({
    name: METRIC.webhookDeliveries,
    help: 'Webhook delivery attempts by outcome: delivered (2xx), retry (failed, will be tried again), failed (given up: the schedule ran out, or 410 Gone)',
    labelNames: ['outcome'],
  }),
];

/** What the engine's code reports as it goes; the gauges read from the database are collected on scrape (MetricsController). */
@Injectable()
export class Metrics {
  constructor(
    @InjectMetric(METRIC.httpDuration) private readonly http: Histogram<'method' | 'route' | 'status_code'>,
    @InjectMetric(METRIC.actions) private readonly actions: Counter<'action'>,
    @InjectMetric(METRIC.timerLag) private readonly lag: Histogram,
    @InjectMetric(METRIC.webhookDeliveries) private readonly deliveries: Counter<'outcome'>,
  ) {}

  webhookAttempt(outcome: 'delivered' | 'retry' | 'failed'): void {
    this.deliveries.inc({ outcome });
  }

  request(method: string, route: string, statusCode: number, seconds: number): void {
    this.http.observe({ method, route, status_code: String(statusCode) }, seconds);
  }

  action(action: string, count = 1): void {
    if (count > 0) this.actions.inc({ action }, count);
  }

  /** Timers leased at `now`: each one's lateness. */
  timersTaken(dueAts: Date[], now: Date): void {
    for (const dueAt of dueAts) this.lag.observe(Math.max(0, (now.getTime() - dueAt.getTime()) / 1000));
  }
}

/** Whether an Authorization header carries `Bearer <token>`, compared in constant time. */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(/^Bearer (.+)$/.exec(header ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
