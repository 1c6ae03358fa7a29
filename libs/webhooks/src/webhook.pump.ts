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
    const owner = randomUUID();
    for (let round = 0; round < 3; round++) {
      const leased = await this.lease(endpointId, owner);
      if (!leased) return this.notLeased(endpointId);
      let outcome: PumpOutcome;
      try {
        outcome = await this.drain(endpointId, owner, leased);
      } finally {
        await this.dataSource.query(prepared(`UPDATE webhook_endpoints SET lease_owner = NULL, lease_until = NULL WHERE id = $1 AND lease_owner = $2`), [endpointId, owner]);
      }
      if (outcome === 'more') {
        await this.queue.kick([endpointId]);
        return outcome;
      }
      if (outcome !== 'idle') return outcome;
      // A delivery committed while this pump held the line found it busy and gave up: look once more.
      if (!(await this.dueHead(endpointId))) return 'idle';
    }
    await this.queue.kick([endpointId]);
    return 'more';
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
        RETURNING url, secret, previous_secret, previous_secret_until`),
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
    const head = await this.head(endpointId);
    return head !== null && new Date(head.next_attempt_at) <= this.clock.now();
  }

  private async head(endpointId: string): Promise<Head | null> {
    const [head] = (await this.dataSource.query(
      prepared(`SELECT d.id, d.event_id, d.attempts, d.next_attempt_at, e.payload
         FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id
        WHERE d.endpoint_id = $1 AND d.status = 'pending' ORDER BY d.id LIMIT 1`),
      [endpointId],
    )) as Head[];
    return head ?? null;
  }

  private async drain(endpointId: string, owner: string, leased: Leased): Promise<PumpOutcome> {
    let endpoint = leased;
    for (let sent = 0; sent < PER_JOB; sent++) {
      const head = await this.head(endpointId);
      if (!head) return 'idle';
      const due = new Date(head.next_attempt_at);
      if (due > this.clock.now()) {
        await this.queue.wake(endpointId, due);
        return 'waiting';
      }
      const renewed = await this.renew(endpointId, owner);
      if (!renewed) return 'inactive';
      endpoint = renewed;
      const attempt = await this.attempt(endpoint, head);
      const stop = await this.settle(endpointId, owner, endpoint.url, head, attempt);
      if (stop) return stop;
    }
    return 'more';
  }

  /** Extends the lease before an attempt, and reads the endpoint again (a pause, a new URL or secret applies from the next delivery). */
  private async renew(endpointId: string, owner: string): Promise<Leased | null> {
    const now = this.clock.now();
    const [[row]] = (await this.dataSource.query(
      prepared(`UPDATE webhook_endpoints SET lease_until = $3 WHERE id = $1 AND lease_owner = $2 AND active
        RETURNING url, secret, previous_secret, previous_secret_until`),
      [endpointId, owner, new Date(now.getTime() + this.leaseMs)],
    )) as [Leased[], number];
    return row ?? null;
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

  /** Writes the attempt's outcome; returns why the line stops, if it does. */
  private async settle(endpointId: string, owner: string, url: string, head: Head, attempt: Attempt): Promise<PumpOutcome | null> {
    const now = this.clock.now();
    const attempts = head.attempts + 1;
    const ok = attempt.status !== null && attempt.status >= 200 && attempt.status < 300;
    const gone = attempt.status === 410;
    const schedule = this.config.webhooks.retryScheduleMs;
    const exhausted = !ok && !gone && attempts > schedule.length;
    const status = ok ? 'delivered' : gone || exhausted ? 'failed' : 'pending';
    const wait = status === 'pending' ? this.waitBefore(attempts, attempt) : 0;
    const next = new Date(now.getTime() + wait);
    return this.dataSource.transaction(async (manager) => {
      // Only the holder of the line writes: a worker whose lease ran out (it hung) has lost it.
      const [, changed] = (await manager.query(
        prepared(`UPDATE webhook_deliveries d SET status = $3, attempts = $4, next_attempt_at = $5, last_attempt_at = $6, last_status = $7,
                  last_duration_ms = $8, last_error = $9, last_response = $10, delivered_at = CASE WHEN $3 = 'delivered' THEN $6 ELSE d.delivered_at END
            FROM webhook_endpoints w
           WHERE d.id = $1 AND w.id = d.endpoint_id AND w.id = $2 AND w.lease_owner = $11 AND d.status = 'pending'`),
        [head.id, endpointId, status, attempts, next, now, attempt.status, attempt.durationMs, attempt.error, attempt.response, owner],
      )) as [unknown, number];
      if (changed === 0) return 'inactive' as const;
      this.metrics.webhookAttempt(status === 'pending' ? 'retry' : status);
      if (status === 'delivered') return null;
      if (status === 'pending') {
        this.logger.debug(`webhook ${endpointId}: delivery ${head.id} attempt ${attempts} failed (${attempt.status ?? attempt.error}); again in ${Math.round(wait / 1000)} s`);
        await this.queue.wake(endpointId, next);
        return 'waiting' as const;
      }
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
      return 'inactive' as const;
    });
  }

  /** The wait before attempt `attempts + 1`: Retry-After on 429 and 503, else the schedule's, with ±20 % jitter. */
  private waitBefore(attempts: number, attempt: Attempt): number {
    if ((attempt.status === 429 || attempt.status === 503) && attempt.retryAfterSeconds !== null) return Math.min(attempt.retryAfterSeconds, 86_400) * 1000;
    const base = this.config.webhooks.retryScheduleMs[attempts - 1]!;
    return Math.round(base * (0.8 + Math.random() * 0.4));
  }
}
