import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { type PlainSelect, plainSelect, prepared } from '@whistle/persistence';
import { TimerEntity, type TimerKind, type TimerOwner } from './timer.entity.js';

/** A timer a ticket should have now, as its workflow computes it. */
export interface PlannedTimer {
  kind: TimerKind;
  event: string;
  level: number | null;
  dueAt: Date;
  /** The assisting department whose part the timer is about (协办); none for the ticket's own stages. */
  part?: string | null;
  /** Reminders whose moment has passed are not worth sending late; deadlines always are. */
  skipIfPast?: boolean;
}

export interface TimerChanges {
  armed: TimerEntity[];
  cancelled: TimerEntity[];
}

const identity = (t: { kind: string; event: string; level: number | null; dueAt: Date; part?: string | null }) =>
  `${t.kind}|${t.event}|${t.level ?? ''}|${t.dueAt.getTime()}|${t.part ?? ''}`;

type Row = Record<string, unknown>;

/** What to cancel of an owner's pending timers, and what to insert, for it to have `planned`. */
function difference(pending: TimerEntity[], planned: PlannedTimer[], now: Date): { cancelled: TimerEntity[]; fresh: PlannedTimer[] } {
  const wanted = new Map(planned.map((p) => [identity(p), p]));
  const cancelled = pending.filter((row) => !wanted.has(identity(row)));
  const kept = new Set(pending.filter((row) => wanted.has(identity(row))).map(identity));
  const fresh = [...wanted.entries()].filter(([key, p]) => !kept.has(key) && !(p.skipIfPast && p.dueAt <= now)).map(([, p]) => p);
  return { cancelled, fresh };
}

/**
 * The timer rows: written in the transaction of the change that needs them. The statements on
 * the path of every change and every firing are plain SQL, prepared once per connection
 * (npm run bench: the query builder cost more CPU than PostgreSQL did, and planning each
 * statement again was much of PostgreSQL's).
 */
@Injectable()
export class TimersService {
  /** Every column, `timers."…"` (valid in SELECT and RETURNING), and a row of them as the entity. */
  private readonly row: PlainSelect<TimerEntity>;

  constructor(@InjectRepository(TimerEntity) private readonly timers: Repository<TimerEntity>) {
    this.row = plainSelect(timers.manager.dataSource, TimerEntity, 'timers');
  }

  /**
   * Makes the ticket's pending timers equal to `planned`: keeps what is unchanged, cancels
   * what no longer applies, inserts what is new. Returns what must be armed and disarmed
   * on the queue once the transaction has committed.
   */
  async sync(manager: EntityManager, owner: TimerOwner, planned: PlannedTimer[], now: Date): Promise<TimerChanges> {
    return 'ticketId' in owner
      ? this.syncOwners(manager, 'ticket_id', new Map([[owner.ticketId, planned]]), now)
      : this.syncOwners(manager, 'rectification_id', new Map([[owner.rectificationId, planned]]), now);
  }

  /** sync for many tickets at once, in the same three statements (a batch of timers firing): `plans` maps a ticket's id to its planned timers. */
  syncTickets(manager: EntityManager, plans: Map<string, PlannedTimer[]>, now: Date): Promise<TimerChanges> {
    return this.syncOwners(manager, 'ticket_id', plans, now);
  }

  private async syncOwners(manager: EntityManager, column: 'ticket_id' | 'rectification_id', plans: Map<string, PlannedTimer[]>, now: Date): Promise<TimerChanges> {
    if (plans.size === 0) return { armed: [], cancelled: [] };
    const { columns, hydrate } = this.row;
    const pending = ((await manager.query(prepared(`SELECT ${columns} FROM timers WHERE ${column} = ANY($1::uuid[]) AND status = 'pending'`), [
      [...plans.keys()],
    ])) as Row[]).map(hydrate);
    const owned = new Map<string, TimerEntity[]>();
    for (const row of pending) {
      const owner = (column === 'ticket_id' ? row.ticketId : row.rectificationId)!;
      owned.set(owner, [...(owned.get(owner) ?? []), row]);
    }
    const cancelled: TimerEntity[] = [];
    const fresh: (PlannedTimer & { owner: string })[] = [];
    for (const [owner, planned] of plans) {
      const change = difference(owned.get(owner) ?? [], planned, now);
      cancelled.push(...change.cancelled);
      fresh.push(...change.fresh.map((p) => ({ ...p, owner })));
    }
    await this.cancel(manager, cancelled, now);
    if (fresh.length === 0) return { armed: [], cancelled };
    const armed = ((await manager.query(
      prepared(`INSERT INTO timers (${column}, kind, event, level, due_at, part, status, created_at)
       SELECT owner, kind, event, level, due_at, part, 'pending', $1
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::smallint[], $6::timestamptz[], $7::uuid[]) AS t(owner, kind, event, level, due_at, part)
       RETURNING ${columns}`),
      [
        now,
        fresh.map((p) => p.owner),
        fresh.map((p) => p.kind),
        fresh.map((p) => p.event),
        fresh.map((p) => p.level),
        fresh.map((p) => p.dueAt),
        fresh.map((p) => p.part ?? null),
      ],
    )) as Row[]).map(hydrate);
    return { armed, cancelled };
  }

  private async cancel(manager: EntityManager, timers: TimerEntity[], now: Date): Promise<void> {
    if (timers.length === 0) return;
    await manager.query(prepared(`UPDATE timers SET status = 'cancelled', settled_at = $2 WHERE id = ANY($1::bigint[])`), [timers.map((row) => row.id), now]);
  }

  /** Locks a pending timer for firing; null when it already fired or was cancelled. */
  async claim(manager: EntityManager, timerId: string): Promise<TimerEntity | null> {
    const [row] = (await manager.query(prepared(`SELECT ${this.row.columns} FROM timers WHERE id = $1 AND status = 'pending' FOR UPDATE`), [timerId])) as Row[];
    return row ? this.row.hydrate(row) : null;
  }

  async settle(manager: EntityManager, timerId: string, status: 'fired' | 'stale', now: Date): Promise<void> {
    await manager.query(prepared(`UPDATE timers SET status = $2, settled_at = $3 WHERE id = $1`), [timerId, status, now]);
  }

  /**
   * Locks the pending timers among `ids` for firing (a batch); one another transaction holds is
   * skipped, like one already fired or cancelled.
   */
  async claimMany(manager: EntityManager, ids: string[]): Promise<TimerEntity[]> {
    const rows = (await manager.query(prepared(`SELECT ${this.row.columns} FROM timers WHERE id = ANY($1::bigint[]) AND status = 'pending' FOR UPDATE SKIP LOCKED`), [
      ids,
    ])) as Row[];
    return rows.map(this.row.hydrate);
  }

  async settleMany(manager: EntityManager, ids: string[], status: 'fired' | 'stale', now: Date): Promise<void> {
    if (ids.length > 0) await manager.query(prepared(`UPDATE timers SET status = $2, settled_at = $3 WHERE id = ANY($1::bigint[])`), [ids, status, now]);
  }

  /**
   * Leases up to `limit` pending timers due by `now` that no other worker holds, until `until`;
   * earliest first. SKIP LOCKED: workers leasing at once take disjoint batches without waiting.
   */
  async lease(now: Date, until: Date, limit: number): Promise<TimerEntity[]> {
    const rows = (await this.timers.query(
      `UPDATE timers SET leased_until = $2
        WHERE id IN (SELECT id FROM timers
                      WHERE status = 'pending' AND due_at <= $1 AND (leased_until IS NULL OR leased_until < $1)
                      ORDER BY due_at, id LIMIT $3 FOR UPDATE SKIP LOCKED)
        RETURNING ${this.row.columns}`,
      [now, until, limit],
    )) as [Row[], number];
    return rows[0].map(this.row.hydrate).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  }

  /** When the earliest lease held on a timer due by `now` runs out (a busy or dead worker's), if any. */
  async nextLeaseExpiry(now: Date): Promise<Date | null> {
    const [row] = (await this.timers.query(
      `SELECT min(leased_until) AS at FROM timers WHERE status = 'pending' AND due_at <= $1 AND leased_until >= $1`,
      [now],
    )) as { at: Date | null }[];
    return row?.at ?? null;
  }

  /** Gives leased timers back (their firing failed), so the next alarm takes them again. */
  async release(ids: string[]): Promise<void> {
    if (ids.length > 0) await this.timers.query(`UPDATE timers SET leased_until = NULL WHERE id = ANY($1::bigint[])`, [ids]);
  }

  /**
   * The alarm ticks (`tickMs` steps, epoch milliseconds) at which pending timers due by `until`
   * fall due, with how many timers each: one row per tick, so the sweep's work is bounded by
   * the horizon, not by the backlog. Reads the index timers_pending_due_idx.
   */
  async pendingTicks(until: Date, tickMs: number): Promise<{ tick: number; timers: number }[]> {
    const rows = (await this.timers.query(
      `SELECT (ceil(extract(epoch FROM due_at) * 1000 / $2) * $2)::bigint AS tick, count(*)::int AS timers
         FROM timers WHERE status = 'pending' AND due_at <= $1 GROUP BY 1`,
      [until, tickMs],
    )) as { tick: string; timers: number }[];
    return rows.map((row) => ({ tick: Number(row.tick), timers: row.timers }));
  }
}
