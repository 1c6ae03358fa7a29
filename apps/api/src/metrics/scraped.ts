import { Logger } from '@nestjs/common';
import { makeGaugeProvider } from '@willsoto/nestjs-prometheus';
import { TimerQueue } from '@whistle/deadlines';
import { METRIC } from '@whistle/metrics';
import { WebhookQueue } from '@whistle/webhooks';
import type { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';

/** States an order no longer moves from. */
const FINAL = `('closed', 'withdrawn')`;

const logger = new Logger('Metrics');

/**
 * Sets a gauge from what `read` finds. When the database or Redis does not answer, the rest of
 * the scrape is still served: a labelled gauge loses its series, an unlabelled one reads NaN,
 * never a figure that looks true (0 overdue orders while the database is down).
 */
async function readInto<L extends string>(gauge: Gauge<L>, labelled: boolean, read: () => Promise<void>): Promise<void> {
  try {
    await read();
  } catch (error) {
    logger.warn(`a metric could not be read: ${(error as Error).message}`);
    gauge.reset();
    if (!labelled) gauge.set(Number.NaN);
  }
}

const count = async (dataSource: DataSource, sql: string): Promise<number> => ((await dataSource.query(sql)) as [{ n: number }])[0].n;

/**
 * Gauges read when Prometheus scrapes (counts on indexed columns), so every API instance
 * reports the same figures whoever made the changes: aggregate them with max(), not sum().
 */
export const SCRAPED_METRICS = [
  makeGaugeProvider({
    name: METRIC.openOrders,
    help: 'Orders not yet closed or withdrawn, by state',
    labelNames: ['state'],
    inject: [DataSource],
    collect(this: Gauge<'state'>, dataSource: DataSource) {
      return readInto(this, true, async () => {
        const rows = (await dataSource.query(`SELECT state, count(*)::int AS n FROM tickets WHERE state NOT IN ${FINAL} GROUP BY state`)) as { state: string; n: number }[];
        this.reset();
        for (const { state, n } of rows) this.set({ state }, n);
      });
    },
  }),
  makeGaugeProvider({
    name: METRIC.overdueOrders,
    help: 'Open orders whose current stage’s deadline has passed',
    inject: [DataSource],
    collect(this: Gauge, dataSource: DataSource) {
      return readInto(this, false, async () => this.set(await count(dataSource, `SELECT count(*)::int AS n FROM tickets WHERE overdue AND state NOT IN ${FINAL}`)));
    },
  }),
  makeGaugeProvider({
    name: METRIC.timersDue,
    help: 'Timers (deadlines, reminders, escalations) due and not yet fired',
    inject: [DataSource],
    collect(this: Gauge, dataSource: DataSource) {
      return readInto(this, false, async () => this.set(await count(dataSource, `SELECT count(*)::int AS n FROM timers WHERE status = 'pending' AND due_at <= now()`)));
    },
  }),
  makeGaugeProvider({
    name: METRIC.queueJobs,
    help: 'BullMQ jobs by queue and state',
    labelNames: ['queue', 'state'],
    inject: [TimerQueue, WebhookQueue],
    collect(this: Gauge<'queue' | 'state'>, timers: TimerQueue, webhooks: WebhookQueue) {
      return readInto(this, true, async () => {
        const [deadlines, deliveries] = await Promise.all([timers.jobCounts(), webhooks.jobCounts()]);
        this.reset();
        for (const [state, n] of Object.entries(deadlines)) this.set({ queue: 'deadlines', state }, n);
        for (const [state, n] of Object.entries(deliveries)) this.set({ queue: 'webhooks', state }, n);
      });
    },
  }),
  makeGaugeProvider({
    name: METRIC.webhookPending,
    help: 'Webhook deliveries waiting to be sent (a receiver down, or its endpoint paused or disabled), by endpoint',
    labelNames: ['endpoint'],
    inject: [DataSource],
    collect(this: Gauge<'endpoint'>, dataSource: DataSource) {
      return readInto(this, true, async () => {
        const rows = (await dataSource.query(`SELECT endpoint_id, count(*)::int AS n FROM webhook_deliveries WHERE status = 'pending' GROUP BY endpoint_id`)) as { endpoint_id: string; n: number }[];
        this.reset();
        for (const { endpoint_id, n } of rows) this.set({ endpoint: endpoint_id }, n);
      });
    },
  }),
];
