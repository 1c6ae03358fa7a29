import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, Clock, InvalidInputError, NotFoundError } from '@whistle/common';
import { AppConfig } from '@whistle/config';
import { TimerQueue } from '@whistle/deadlines';
import { AdminAudit } from '@whistle/organisation';
import ipaddr from 'ipaddr.js';
import type { DataSource, EntityManager } from 'typeorm';
import { TEST_EVENT_TYPE, WEBHOOK_EVENT_TYPES, webhookBody } from './webhook-events.js';
import type {
  CreatedWebhookView,
  CreateWebhookDto,
  DeliveryView,
  ListDeliveriesQuery,
  RedeliveredView,
  RotatedSecretView,
  UpdateWebhookDto,
  WebhookQueueView,
  WebhookView,
} from './webhook.dto.js';
import { WebhookOutbox } from './webhook.outbox.js';
import { WebhookQueue } from './webhook.queue.js';
import { newSecret } from './webhook.sender.js';

/** How long deliveries carry the old secret's signature too after a rotation. */
export const ROTATION_OVERLAP_MS = 24 * 3600 * 1000;

const ENDPOINT = `SELECT w.id, w.url, w.description, w.events, w.chain_id, w.active, w.disabled_reason, w.disabled_at, w.previous_secret_until, w.created_at, w.updated_at,
       coalesce(c.pending, 0)::int AS pending, coalesce(c.failed, 0)::int AS failed, coalesce(c.delivered, 0)::int AS delivered, c.last_attempt_at
  FROM webhook_endpoints w
  LEFT JOIN LATERAL (
    SELECT count(*) FILTER (WHERE d.status = 'pending') AS pending, count(*) FILTER (WHERE d.status = 'failed') AS failed,
           count(*) FILTER (WHERE d.status = 'delivered') AS delivered, max(d.last_attempt_at) AS last_attempt_at
      FROM webhook_deliveries d WHERE d.endpoint_id = w.id) c ON true`;

/** An endpoint's ($1) deliveries with their event's type, for DeliveryView. */
const DELIVERIES = `SELECT d.id, d.event_id, e.type, d.status, d.attempts, d.next_attempt_at, d.last_attempt_at, d.last_status, d.last_duration_ms, d.last_error,
       d.last_response, d.delivered_at, d.created_at
  FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id
 WHERE d.endpoint_id = $1`;

interface EndpointRow {
  id: string;
  url: string;
  description: string | null;
  events: string[];
  chain_id: string | null;
  active: boolean;
  disabled_reason: string | null;
  disabled_at: Date | null;
  previous_secret_until: Date | null;
  created_at: Date;
  updated_at: Date;
  pending: number;
  failed: number;
  delivered: number;
  last_attempt_at: Date | null;
}

interface DeliveryRow {
  id: string;
  event_id: string;
  type: string;
  status: string;
  attempts: number;
  next_attempt_at: Date;
  last_attempt_at: Date | null;
  last_status: number | null;
  last_duration_ms: number | null;
  last_error: string | null;
  last_response: string | null;
  delivered_at: Date | null;
  created_at: Date;
}

/** What the audit trail keeps of an endpoint: never its secret. */
const audited = (row: Pick<EndpointRow, 'url' | 'events' | 'chain_id' | 'description' | 'active'>) => ({
  url: row.url,
  events: row.events,
  chainId: row.chain_id,
  description: row.description,
  active: row.active,
});

/** The administrators' side of the webhooks: endpoints, their secrets, their deliveries. */
@Injectable()
export class WebhooksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: WebhookOutbox,
    private readonly queue: WebhookQueue,
    private readonly timerQueue: TimerQueue,
    private readonly audit: AdminAudit,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  eventTypes(): string[] {
    return [...WEBHOOK_EVENT_TYPES];
  }

  async create(actor: Actor, dto: CreateWebhookDto): Promise<CreatedWebhookView> {
    await this.checkUrl(dto.url);
    const secret = newSecret();
    const now = this.clock.now();
    const id = await this.dataSource.transaction(async (manager) => {
      if (dto.chainId) await this.checkChain(manager, dto.chainId);
      const [{ id }] = (await manager.query(
        `INSERT INTO webhook_endpoints (url, description, events, chain_id, secret, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`,
        [dto.url, dto.description ?? null, dto.events, dto.chainId ?? null, secret, actor.id, now],
      )) as [{ id: string }];
      await this.audit.record(manager, actor, {
        entity: 'webhook',
        entityId: id,
        action: 'created',
        before: null,
        after: audited({ url: dto.url, events: dto.events, chain_id: dto.chainId ?? null, description: dto.description ?? null, active: true }),
      });
      return id;
    });
    return { ...(await this.get(id)), secret };
  }

  async list(): Promise<WebhookView[]> {
    const rows = (await this.dataSource.query(`${ENDPOINT} ORDER BY w.created_at`)) as EndpointRow[];
    return rows.map(toView);
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<WebhookView> {
    const [row] = (await manager.query(`${ENDPOINT} WHERE w.id = $1`, [id])) as EndpointRow[];
    if (!row) throw new NotFoundError('webhook endpoint');
    return toView(row);
  }

  async update(actor: Actor, id: string, dto: UpdateWebhookDto): Promise<WebhookView> {
    // null is absent, as @IsOptional lets it through (chainId and description take null: every chain, none).
    if (dto.url != null) await this.checkUrl(dto.url);
    const view = await this.dataSource.transaction(async (manager) => {
      const before = await this.get(id, manager);
      if (dto.chainId) await this.checkChain(manager, dto.chainId);
      const after = {
        url: dto.url ?? before.url,
        events: dto.events ?? before.events,
        chain_id: dto.chainId === undefined ? before.chainId : dto.chainId,
        description: dto.description === undefined ? before.description : dto.description,
        active: dto.active ?? before.active,
      };
      // Resuming clears why it was disabled; its deliveries are sent from where they stopped.
      const resumed = after.active && !before.active;
      await manager.query(
        `UPDATE webhook_endpoints SET url = $2, events = $3, chain_id = $4, description = $5, active = $6, updated_at = $7,
                disabled_reason = CASE WHEN $6 THEN NULL ELSE disabled_reason END, disabled_at = CASE WHEN $6 THEN NULL ELSE disabled_at END
          WHERE id = $1`,
        [id, after.url, after.events, after.chain_id, after.description, after.active, this.clock.now()],
      );
      await this.audit.record(manager, actor, {
        entity: 'webhook',
        entityId: id,
        action: resumed ? 'resumed' : !after.active && before.active ? 'paused' : 'updated',
        before: audited({ ...before, chain_id: before.chainId }),
        after: audited(after),
      });
      if (resumed) this.outbox.wakeAfterCommit(manager, [id]);
      return this.get(id, manager);
    });
    return view;
  }

  async remove(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.get(id, manager);
      await manager.query(`DELETE FROM webhook_endpoints WHERE id = $1`, [id]);
      await this.audit.record(manager, actor, { entity: 'webhook', entityId: id, action: 'deleted', before: audited({ ...before, chain_id: before.chainId }), after: null });
    });
  }

  /** A new secret; the old one still signs too for ROTATION_OVERLAP_MS, so receivers can switch over. */
  async rotateSecret(actor: Actor, id: string): Promise<RotatedSecretView> {
    const secret = newSecret();
    const now = this.clock.now();
    const until = new Date(now.getTime() + ROTATION_OVERLAP_MS);
    await this.dataSource.transaction(async (manager) => {
      const [, changed] = (await manager.query(
        `UPDATE webhook_endpoints SET previous_secret = secret, previous_secret_until = $3, secret = $2, updated_at = $4 WHERE id = $1`,
        [id, secret, until, now],
      )) as [unknown, number];
      if (changed === 0) throw new NotFoundError('webhook endpoint');
      await this.audit.record(manager, actor, { entity: 'webhook', entityId: id, action: 'secret_rotated', before: null, after: { previousSecretUntil: until.toISOString() } });
    });
    return { secret, previousSecretUntil: until };
  }

  /** Sends a `webhook.test` event to this endpoint alone, in its line like any other. */
  async test(id: string): Promise<DeliveryView> {
    const now = this.clock.now();
    const deliveryId = await this.dataSource.transaction(async (manager) => {
      const endpoint = await this.get(id, manager);
      const body = webhookBody({ type: TEST_EVENT_TYPE, chainId: endpoint.chainId, subjectId: id, data: { endpointId: id, message: 'A test event from the whistle engine' }, at: now });
      const [{ id: eventId }] = (await manager.query(
        `INSERT INTO webhook_events (type, chain_id, subject_id, payload, at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [TEST_EVENT_TYPE, endpoint.chainId, id, JSON.stringify(body), now],
      )) as [{ id: string }];
      const [{ id: deliveryId }] = (await manager.query(
        `INSERT INTO webhook_deliveries (endpoint_id, event_id, next_attempt_at, created_at) VALUES ($1, $2, $3, $3) RETURNING id`,
        [id, eventId, now],
      )) as [{ id: string }];
      this.outbox.wakeAfterCommit(manager, [id]);
      return deliveryId;
    });
    return this.delivery(id, deliveryId);
  }

  /** The endpoint's latest deliveries, newest first (at most 200). */
  async deliveries(id: string, query: ListDeliveriesQuery): Promise<DeliveryView[]> {
    await this.get(id);
    const rows = (await this.dataSource.query(
      `${DELIVERIES} AND ($2::text IS NULL OR d.status = $2) ORDER BY d.id DESC LIMIT 200`,
      [id, query.status ?? null],
    )) as DeliveryRow[];
    return rows.map(toDelivery);
  }

  /** Sends one delivery again (first in its endpoint's line: it is older than those waiting). */
  async redeliver(id: string, deliveryId: string): Promise<DeliveryView> {
    if (!/^\d{1,18}$/.test(deliveryId)) throw new InvalidInputError('deliveryId', 'must be a delivery’s id (a number)');
    await this.dataSource.transaction(async (manager) => {
      const [, changed] = (await manager.query(
        `UPDATE webhook_deliveries SET status = 'pending', attempts = 0, next_attempt_at = $3 WHERE id = $2 AND endpoint_id = $1`,
        [id, deliveryId, this.clock.now()],
      )) as [unknown, number];
      if (changed === 0) throw new NotFoundError('delivery');
      this.outbox.wakeAfterCommit(manager, [id]);
    });
    return this.delivery(id, deliveryId);
  }

  /** Sends again every failed delivery of an event at or after `since`, in their order. */
  async redeliverFailed(id: string, since: Date): Promise<RedeliveredView> {
    await this.get(id);
    return this.dataSource.transaction(async (manager) => {
      const [, redelivered] = (await manager.query(
        `UPDATE webhook_deliveries d SET status = 'pending', attempts = 0, next_attempt_at = $3
           FROM webhook_events e WHERE e.id = d.event_id AND d.endpoint_id = $1 AND d.status = 'failed' AND e.at >= $2`,
        [id, since, this.clock.now()],
      )) as [unknown, number];
      if (redelivered > 0) this.outbox.wakeAfterCommit(manager, [id]);
      return { redelivered };
    });
  }

  /** The queues as the console's admin page shows them. */
  async queueState(): Promise<WebhookQueueView> {
    const [counts] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE status = 'pending')::int AS pending, count(*) FILTER (WHERE status = 'failed')::int AS failed,
              count(*) FILTER (WHERE status = 'delivered')::int AS delivered FROM webhook_deliveries`,
    )) as [{ pending: number; failed: number; delivered: number }];
    const [webhooks, deadlines, failedJobs] = await Promise.all([this.queue.jobCounts(), this.timerQueue.jobCounts(), this.queue.failedJobs()]);
    return { webhooks, deadlines, deliveries: counts, failedJobs };
  }

  async retryJob(jobId: string): Promise<void> {
    if (!(await this.queue.retryFailed(jobId))) throw new NotFoundError('failed job');
  }

  private async delivery(id: string, deliveryId: string): Promise<DeliveryView> {
    const [row] = (await this.dataSource.query(
      `${DELIVERIES} AND d.id = $2`,
      [id, deliveryId],
    )) as DeliveryRow[];
    if (!row) throw new NotFoundError('delivery');
    return toDelivery(row);
  }

  private async checkChain(manager: EntityManager, chainId: string): Promise<void> {
    const [chain] = (await manager.query(`SELECT id FROM chains WHERE id = $1`, [chainId])) as { id: string }[];
    if (!chain) throw new InvalidInputError('chainId', 'no such chain');
  }

  /**
   * Refuses, when it is saved, a URL whose host is or resolves to a private, loopback or
   * link-local address (unless WEBHOOK_ALLOW_PRIVATE). The sender checks again at every
   * connection: DNS may answer differently later.
   */
  private async checkUrl(url: string): Promise<void> {
    if (this.config.webhooks.allowPrivate) return;
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
    let addresses: string[];
    try {
      addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
    } catch {
      throw new InvalidInputError('url', `its host ${host} does not resolve`);
    }
    const refused = addresses.find((address) => ipaddr.process(address).range() !== 'unicast');
    if (refused) throw new InvalidInputError('url', `its host ${host} is a private, loopback or link-local address (${refused}); set WEBHOOK_ALLOW_PRIVATE=true to allow it`);
  }
}

function toView(row: EndpointRow): WebhookView {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: row.events,
    chainId: row.chain_id,
    active: row.active,
    disabledReason: row.disabled_reason,
    disabledAt: row.disabled_at,
    previousSecretUntil: row.previous_secret_until,
    pending: row.pending,
    failed: row.failed,
    delivered: row.delivered,
    lastAttemptAt: row.last_attempt_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toDelivery(row: DeliveryRow): DeliveryView {
  return {
    id: String(row.id),
    eventId: String(row.event_id),
    eventType: row.type,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastAttemptAt: row.last_attempt_at,
    lastStatus: row.last_status,
    lastDurationMs: row.last_duration_ms,
    lastError: row.last_error,
    lastResponse: row.last_response,
    deliveredAt: row.delivered_at,
    createdAt: row.created_at,
  };
}
