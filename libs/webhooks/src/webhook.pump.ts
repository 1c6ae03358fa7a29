import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@whistle/common';
import { AppConfig } from '@whistle/config';
import { Metrics } from '@whistle/metrics';
import { NotificationsService } from '@whistle/notifications';
import { prepared } from '@whistle/persistence';
import type { DataSource } from 'typeorm';
import { type Attempt, signature, WebhookSender } from './webhook.sender.js';
import { WebhookQueue } from './webhook.queue.js';

/** Deliveries one job sends before it lets other endpoints' jobs have the worker (and wakes itself again). */
const PER_JOB = 200;
/** Deliveries read from the line at once. */
const BATCH = 50;
/** Rows of each kind one prune deletes at most. */
const PRUNE_BATCH = 5_000;

/**
 * An attempt's outcome ($3–$10) on delivery $1, written only while $11 holds endpoint $2's
 * line, whose lease it extends to $12; answers the endpoint as it is now and whether it wrote.
 */
const SETTLE = `WITH e AS (
    UPDATE webhook_endpoints SET lease_until = $12 WHERE id = $2 AND lease_owner = $11
    RETURNING active, url, secret, previous_secret, previous_secret_until),
  d AS (
    UPDATE webhook_deliveries SET status = $3, attempts = $4, next_attempt_at = $5, last_attempt_at = $6, last_status = $7,
           last_duration_ms = $8, last_error = $9, last_response = $10, delivered_at = CASE WHEN $3 = 'delivered' THEN $6 ELSE delivered_at END
     WHERE id = $1 AND endpoint_id = $2 AND status = 'pending' AND EXISTS (SELECT 1 FROM e)
    RETURNING id)
SELECT e.active, e.url, e.secret, e.previous_secret, e.previous_secret_until, (SELECT count(*) FROM d)::int AS settled FROM e`;

/** Why a pump stopped. */
export type PumpOutcome = 'idle' | 'waiting' | 'busy' | 'inactive' | 'more';

interface Head {
  id: string;
  event_id: string;
  attempts: number;
  next_attempt_at: Date;
  payload: object;
}

interface Leased {
  active: boolean;
  url: string;
  secret: string;
  previous_secret: string | null;
  previous_secret_until: Date | null;
}

/**
 * Sends an endpoint's deliveries, one at a time, in order of id: a ticket's events were written
 * in its timeline's order (each change holds the ticket's row), so each receiver hears an order's
 * events in that order. The endpoint's line is held by a lease in its row, so one worker of many
 * sends it; a line waits while its head waits for a retry, and delays no other endpoint's.
 *
 * An attempt: 2xx delivers; 410 Gone fails the delivery and disables the endpoint; anything
 * else (another status, no answer, a refused address) is tried again after the next wait of
 * WEBHOOK_RETRY_SCHEDULE, with ±20 % jitter, or after the Retry-After of a 429 or 503. When the
 * schedule has run out (about a day), the delivery fails and the endpoint is disabled. A
 * disabled endpoint notifies the administrators; its deliveries wait until it is resumed.
 *
 * A worker killed mid-attempt leaves the delivery pending: it is sent again once the lease has
 * run out, so a receiver may see a delivery twice (same `webhook-id`) and deduplicates.
 */
@Injectable()
export class WebhookPump {
  private readonly logger = new Logger(WebhookPump.name);
  private readonly leaseMs: number;
  /** The lines this process is sending, and whether a job came for one meanwhile. */
  private readonly pumping = new Map<string, { again: boolean }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sender: WebhookSender,
    private readonly queue: WebhookQueue,
    private readonly notifications: NotificationsService,
    private readonly metrics: Metrics,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.leaseMs = 2 * config.webhooks.timeoutMs + 5_000;
  }

  async pump(endpointId: string): Promise<PumpOutcome> {
    // A job for a line this process is sending already: the pump in flight looks again before it stops.
    const running = this.pumping.get(endpointId);
    if (running) {
      running.again = true;
      return 'busy';
    }
    const state = { again: false };
    this.pumping.set(endpointId, state);
    try {
      let outcome: PumpOutcome;
      // A job that came after the last look (and found this pump still running): look again.
      do outcome = await this.rounds(endpointId, state);
      while (outcome === 'idle' && state.again);
      return outcome;
    } finally {
      // No await between the last look at `again` and here: a later job runs a pump of its own.
      this.pumping.delete(endpointId);
    }
  }

  private async rounds(endpointId: string, state: { again: boolean }): Promise<PumpOutcome> {
    const owner = randomUUID();
    for (let round = 0; round < 3; round++) {
      const leased = await this.lease(endpointId, owner);
      if (!leased) return this.notLeased(endpointId);
      let outcome: PumpOutcome;
      const line = { endpoint: leased };
      try {
        // While jobs for this line come in (new deliveries), keep the lease and drain again (for a while: then another job goes on).
        let drains = 0;
        do {
          state.again = false;
          outcome = await this.drain(endpointId, owner, line);
        } while (outcome === 'idle' && state.again && ++drains < PER_JOB);
        if (outcome === 'idle' && state.again) outcome = 'more';
      } finally {
        await this.dataSource.query(prepared(`UPDATE webhook_endpoints SET lease_owner = NULL, lease_until = NULL WHERE id = $1 AND lease_owner = $2`), [endpointId, owner]);
      }
      if (outcome === 'more') {
        await this.queue.kick([endpointId]);
        return outcome;
      }
      if (outcome !== 'idle') return outcome;
      // A delivery committed while this pump held the line found it busy (in another process,
      // which then gave up; or here, just now): look once more now that the line is free.
      if (!state.again && !(await this.dueHead(endpointId))) return 'idle';
    }
    await this.queue.kick([endpointId]);
    return 'more';
  }

  /**
   * Deletes delivered deliveries older than WEBHOOK_RETENTION, then the events no delivery
   * refers to any more and as old, up to PRUNE_BATCH of each (the reconciler calls it every
   * period, so a backlog goes in steps); failed and pending deliveries stay. Returns how many.
   */
  async prune(): Promise<{ deliveries: number; events: number }> {
    const before = new Date(this.clock.now().getTime() - this.config.webhooks.retentionMs);
    const [, deliveries] = (await this.dataSource.query(
      `DELETE FROM webhook_deliveries WHERE id IN (
         SELECT id FROM webhook_deliveries WHERE status = 'delivered' AND delivered_at < $1 ORDER BY delivered_at LIMIT ${PRUNE_BATCH})`,
      [before],
    )) as [unknown, number];
    const [, events] = (await this.dataSource.query(
      `DELETE FROM webhook_events WHERE id IN (
         SELECT e.id FROM webhook_events e WHERE e.at < $1 AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.event_id = e.id) ORDER BY e.at LIMIT ${PRUNE_BATCH})`,
      [before],
    )) as [unknown, number];
    return { deliveries, events };
  }

  /** Endpoints with deliveries pending: what the reconciler wakes. */
  async pendingEndpoints(): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `SELECT w.id FROM webhook_endpoints w WHERE w.active AND EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.endpoint_id = w.id AND d.status = 'pending')`,
    )) as { id: string }[];
    return rows.map((row) => row.id);
  }

  private async lease(endpointId: string, owner: string): Promise<Leased | null> {
    const now = this.clock.now();
    const [[row]] = (await this.dataSource.query(
      prepared(`UPDATE webhook_endpoints SET lease_owner = $2, lease_until = $3
        WHERE id = $1 AND active AND (lease_until IS NULL OR lease_until < $4)
        RETURNING active, url, secret, previous_secret, previous_secret_until`),
      [endpointId, owner, new Date(now.getTime() + this.leaseMs), now],
    )) as [Leased[], number];
    return row ?? null;
  }

  /** Another worker holds the line (it looks again before it lets go), or the endpoint is paused or gone. */
  private async notLeased(endpointId: string): Promise<PumpOutcome> {
    const [row] = (await this.dataSource.query(prepared(`SELECT active, lease_until FROM webhook_endpoints WHERE id = $1`), [endpointId])) as {
      active: boolean;
      lease_until: Date | null;
    }[];
    if (!row?.active) return 'inactive';
    // Should its holder have died, the line is taken up when the lease runs out.
    if (row.lease_until) await this.queue.wake(endpointId, new Date(new Date(row.lease_until).getTime() + 100));
    return 'busy';
  }

  private async dueHead(endpointId: string): Promise<boolean> {
    const [head] = await this.line(endpointId, 1);
    return head !== undefined && new Date(head.next_attempt_at) <= this.clock.now();
  }

  /** The first `limit` deliveries of the endpoint's line, in order. */
  private line(endpointId: string, limit: number): Promise<Head[]> {
    return this.dataSource.query(
      prepared(`SELECT d.id, d.event_id, d.attempts, d.next_attempt_at, e.payload
         FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id
        WHERE d.endpoint_id = $1 AND d.status = 'pending' ORDER BY d.id LIMIT $2`),
      [endpointId, limit],
    ) as Promise<Head[]>;
  }

  /**
   * Sends the line a batch at a time (one read for BATCH deliveries); each attempt's outcome is
   * written in one statement that also extends the lease and reads the endpoint afresh, so a
   * pause, a new URL or a rotated secret applies from the next delivery.
   */
  private async drain(endpointId: string, owner: string, line: { endpoint: Leased }): Promise<PumpOutcome> {
    let sent = 0;
    while (sent < PER_JOB) {
      const batch = await this.line(endpointId, BATCH);
      if (batch.length === 0) return 'idle';
      for (const head of batch) {
        const due = new Date(head.next_attempt_at);
        if (due > this.clock.now()) {
          await this.queue.wake(endpointId, due);
          return 'waiting';
        }
        const attempt = await this.attempt(line.endpoint, head);
        sent++;
        const settled = await this.settle(endpointId, owner, line.endpoint.url, head, attempt);
        if ('stop' in settled) return settled.stop;
        line.endpoint = settled.endpoint;
        if (!line.endpoint.active) return 'inactive';
      }
    }
    return 'more';
  }

  private attempt(endpoint: Leased, head: Head): Promise<Attempt> {
    const at = this.clock.now();
    const body = JSON.stringify(head.payload);
    const msgId = `msg_${head.event_id}`;
    const overlap = endpoint.previous_secret && endpoint.previous_secret_until && new Date(endpoint.previous_secret_until) > at;
    const secrets = overlap ? [endpoint.secret, endpoint.previous_secret!] : [endpoint.secret];
    const headers = { 'webhook-id': msgId, 'webhook-timestamp': String(Math.floor(at.getTime() / 1000)), 'webhook-signature': signature(secrets, msgId, at, body) };
    return this.sender.send(endpoint.url, headers, body);
  }

  /**
   * Writes the attempt's outcome, and extends the lease, in one statement; only the holder of
   * the line writes (a worker whose lease ran out, having hung, has lost it). Returns the
   * endpoint as it is now, or why the line stops.
   */
  private async settle(endpointId: string, owner: string, url: string, head: Head, attempt: Attempt): Promise<{ endpoint: Leased } | { stop: PumpOutcome }> {
    const now = this.clock.now();
    const attempts = head.attempts + 1;
    const ok = attempt.status !== null && attempt.status >= 200 && attempt.status < 300;
    const gone = attempt.status === 410;
    const schedule = this.config.webhooks.retryScheduleMs;
    const exhausted = !ok && !gone && attempts > schedule.length;
    const status = ok ? 'delivered' : gone || exhausted ? 'failed' : 'pending';
    const wait = status === 'pending' ? this.waitBefore(attempts, attempt) : 0;
    const next = new Date(now.getTime() + wait);
    const values = [head.id, endpointId, status, attempts, next, now, attempt.status, attempt.durationMs, attempt.error, attempt.response, owner, new Date(now.getTime() + this.leaseMs)];
    if (status === 'failed') return this.fail(values, endpointId, url, gone, attempts, attempt, now);
    const [row] = (await this.dataSource.query(prepared(SETTLE), values)) as (Leased & { settled: number })[];
    if (!row || row.settled === 0) return { stop: 'inactive' };
    this.metrics.webhookAttempt(status === 'pending' ? 'retry' : 'delivered');
    if (status === 'pending') {
      this.logger.debug(`webhook ${endpointId}: delivery ${head.id} attempt ${attempts} failed (${attempt.status ?? attempt.error}); again in ${Math.round(wait / 1000)} s`);
      await this.queue.wake(endpointId, next);
      return { stop: 'waiting' };
    }
    return { endpoint: row };
  }

  /** A delivery given up (410, or the schedule spent): failed, the endpoint disabled, the administrators told, in one transaction. */
  private fail(values: unknown[], endpointId: string, url: string, gone: boolean, attempts: number, attempt: Attempt, now: Date): Promise<{ stop: PumpOutcome }> {
    return this.dataSource.transaction(async (manager) => {
      const [row] = (await manager.query(prepared(SETTLE), values)) as { settled: number }[];
      if (!row || row.settled === 0) return { stop: 'inactive' as const };
      this.metrics.webhookAttempt('failed');
      const reason = gone ? 'gone' : 'failing';
      const why = gone ? 'it answered 410 Gone' : `its deliveries failed for ${attempts} attempts (${attempt.status ?? attempt.error})`;
      await manager.query(prepared(`UPDATE webhook_endpoints SET active = false, disabled_reason = $2, disabled_at = $3, updated_at = $3 WHERE id = $1`), [endpointId, reason, now]);
      await this.notifications.deliver(
        manager,
        {},
        [{ type: 'webhook.disabled', to: { administrators: true }, message: `Webhook endpoint ${url} was disabled: ${why}. Its deliveries wait until it is resumed.`, params: { url, reason } }],
        now,
      );
      this.logger.warn(`webhook endpoint ${endpointId} (${url}) disabled: ${why}`);
      return { stop: 'inactive' as const };
    });
  }

  /** The wait before attempt `attempts + 1`: Retry-After on 429 and 503, else the schedule's, with ±20 % jitter. */
  private waitBefore(attempts: number, attempt: Attempt): number {
    if ((attempt.status === 429 || attempt.status === 503) && attempt.retryAfterSeconds !== null) return Math.min(attempt.retryAfterSeconds, 86_400) * 1000;
    const base = this.config.webhooks.retryScheduleMs[attempts - 1]!;
    return Math.round(base * (0.8 + Math.random() * 0.4));
  }
}
