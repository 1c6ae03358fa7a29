import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { prepared } from '@whistle/persistence';
import type { DataSource, EntityManager, EntitySubscriberInterface, TransactionCommitEvent } from 'typeorm';
import { type OutboxEvent, webhookBody } from './webhook-events.js';
import { WebhookQueue } from './webhook.queue.js';

/** Where a transaction keeps the endpoints it gave deliveries to, until it commits. */
const WOKEN = Symbol('webhook endpoints to wake');

/** Whether endpoint `w` wants event `x` (its type, its family, or everything; its chain or all). */
export const WANTS = `(w.chain_id IS NULL OR w.chain_id = x.chain_id) AND w.events && ARRAY[x.type, '*', split_part(x.type, '.', 1) || '.*']`;

/**
 * The outbox. `record` writes the events of a change, and a delivery for each endpoint that
 * wants one, inside the change's own transaction: so a change is never committed without its
 * deliveries, nor a delivery without its change, and no action waits on a receiver. When the
 * transaction commits (TypeORM's afterTransactionCommit), the endpoints are woken through
 * BullMQ; if Redis is away then, the reconciler wakes them later. A change nobody listens to
 * costs one small statement (`wants`) and no row; one that is listened to, one more.
 */
@Injectable()
export class WebhookOutbox implements EntitySubscriberInterface {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly queue: WebhookQueue,
  ) {
    dataSource.subscribers.push(this);
  }

  /**
   * Whether any endpoint wants any of these events: a small statement, so that a change nobody
   * listens to (most, where no endpoint is registered) does not build and send its payloads.
   */
  async wants(manager: EntityManager, events: Pick<OutboxEvent, 'type' | 'chainId'>[]): Promise<boolean> {
    if (events.length === 0) return false;
    const [{ wanted }] = (await manager.query(
      prepared(`SELECT EXISTS (SELECT 1 FROM webhook_endpoints w JOIN unnest($1::text[], $2::uuid[]) AS x(type, chain_id) ON ${WANTS}) AS wanted`),
      [events.map((e) => e.type), events.map((e) => e.chainId)],
    )) as [{ wanted: boolean }];
    return wanted;
  }

  /** Records the events (built only when some endpoint wants one of them: see `wants`). */
  async publish(manager: EntityManager, keys: Pick<OutboxEvent, 'type' | 'chainId'>[], build: () => OutboxEvent[] | Promise<OutboxEvent[]>): Promise<void> {
    if (await this.wants(manager, keys)) await this.record(manager, await build());
  }

  async record(manager: EntityManager, events: OutboxEvent[]): Promise<void> {
    if (events.length === 0) return;
    const rows = events.map((event, ord) => ({ ord, type: event.type, chain_id: event.chainId, subject_id: event.subjectId, payload: webhookBody(event), at: event.at }));
    const woken = (await manager.query(
      prepared(`WITH x AS (SELECT ord, type, chain_id, subject_id, payload, at FROM jsonb_to_recordset($1::jsonb) AS x(ord int, type text, chain_id uuid, subject_id uuid, payload jsonb, at timestamptz)),
         ev AS (
           INSERT INTO webhook_events (type, chain_id, subject_id, payload, at)
           SELECT x.type, x.chain_id, x.subject_id, x.payload, x.at FROM x
            WHERE EXISTS (SELECT 1 FROM webhook_endpoints w WHERE ${WANTS})
            ORDER BY x.ord
           RETURNING id, type, chain_id, at)
       INSERT INTO webhook_deliveries (endpoint_id, event_id, next_attempt_at, created_at)
       SELECT w.id, x.id, x.at, x.at FROM ev AS x JOIN webhook_endpoints w ON ${WANTS}
       RETURNING endpoint_id`),
      [JSON.stringify(rows)],
    )) as { endpoint_id: string }[];
    if (woken.length > 0) this.wakeAfterCommit(manager, woken.map((row) => row.endpoint_id));
  }

  /** Wakes `endpointIds` once the caller's transaction commits (at once outside one). */
  wakeAfterCommit(manager: EntityManager, endpointIds: string[]): void {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) {
      void this.queue.kick(endpointIds);
      return;
    }
    const data = runner.data as { [WOKEN]?: Set<string> };
    const set = (data[WOKEN] ??= new Set());
    for (const id of endpointIds) set.add(id);
  }

  async afterTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const runner = event.queryRunner;
    // A savepoint released inside a transaction: the outer one has not committed yet.
    if (runner.isTransactionActive) return;
    const data = runner.data as { [WOKEN]?: Set<string> };
    const woken = data[WOKEN];
    if (!woken) return;
    delete data[WOKEN];
    await this.queue.kick(woken);
  }
}
