import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { TimerEntity, type TimerKind, type TimerOwner } from './timer.entity.js';

/** A timer a ticket should have now, as its workflow computes it. */
export interface PlannedTimer {
  kind: TimerKind;
  event: string;
  level: number | null;
  dueAt: Date;
  /** Reminders whose moment has passed are not worth sending late; deadlines always are. */
  skipIfPast?: boolean;
}

export interface TimerChanges {
  armed: TimerEntity[];
  cancelled: TimerEntity[];
}

const identity = (t: { kind: string; event: string; level: number | null; dueAt: Date }) =>
  `${t.kind}|${t.event}|${t.level ?? ''}|${t.dueAt.getTime()}`;

interface TimerRow {
  id: string;
  ticket_id: string | null;
  rectification_id: string | null;
  kind: TimerEntity['kind'];
  event: string;
  level: number | null;
  due_at: Date;
  status: TimerEntity['status'];
  created_at: Date;
  settled_at: Date | null;
}

const toTimer = (row: TimerRow): TimerEntity => ({
  id: row.id,
  ticketId: row.ticket_id,
  rectificationId: row.rectification_id,
  kind: row.kind,
  event: row.event,
  level: row.level,
  dueAt: row.due_at,
  status: row.status,
  createdAt: row.created_at,
  settledAt: row.settled_at,
});

/**
 * The timer rows: written in the transaction of the change that needs them. The statements on
 * the path of every change and every firing are plain SQL (npm run bench: the query builder
 * cost more CPU than PostgreSQL did).
 */
@Injectable()
export class TimersService {
  constructor(@InjectRepository(TimerEntity) private readonly timers: Repository<TimerEntity>) {}

  /**
   * Makes the ticket's pending timers equal to `planned`: keeps what is unchanged, cancels
   * what no longer applies, inserts what is new. Returns what must be armed and disarmed
   * on the queue once the transaction has committed.
   */
  async sync(manager: EntityManager, owner: TimerOwner, planned: PlannedTimer[], now: Date): Promise<TimerChanges> {
    const [column, ownerId] = 'ticketId' in owner ? ['ticket_id', owner.ticketId] : ['rectification_id', owner.rectificationId];
    const pending = ((await manager.query(`SELECT * FROM timers WHERE ${column} = $1 AND status = 'pending'`, [ownerId])) as TimerRow[]).map(toTimer);
    const wanted = new Map(planned.map((p) => [identity(p), p]));
    const cancelled = pending.filter((row) => !wanted.has(identity(row)));
    const kept = new Set(pending.filter((row) => wanted.has(identity(row))).map(identity));
    if (cancelled.length > 0) {
      await manager.query(`UPDATE timers SET status = 'cancelled', settled_at = $2 WHERE id = ANY($1::bigint[])`, [cancelled.map((row) => row.id), now]);
    }
    const fresh = [...wanted.entries()].filter(([key, p]) => !kept.has(key) && !(p.skipIfPast && p.dueAt <= now)).map(([, p]) => p);
    if (fresh.length === 0) return { armed: [], cancelled };
    const armed = ((await manager.query(
      `INSERT INTO timers (${column}, kind, event, level, due_at, status, created_at)
       SELECT $1, kind, event, level, due_at, 'pending', $2 FROM unnest($3::text[], $4::text[], $5::smallint[], $6::timestamptz[]) AS t(kind, event, level, due_at)
       RETURNING *`,
      [ownerId, now, fresh.map((p) => p.kind), fresh.map((p) => p.event), fresh.map((p) => p.level), fresh.map((p) => p.dueAt)],
    )) as TimerRow[]).map(toTimer);
    return { armed, cancelled };
  }

  /** Locks a pending timer for firing; null when it already fired or was cancelled. */
  async claim(manager: EntityManager, timerId: string): Promise<TimerEntity | null> {
    const [row] = (await manager.query(`SELECT * FROM timers WHERE id = $1 AND status = 'pending' FOR UPDATE`, [timerId])) as TimerRow[];
    return row ? toTimer(row) : null;
  }

  async settle(manager: EntityManager, timerId: string, status: 'fired' | 'stale', now: Date): Promise<void> {
    await manager.query(`UPDATE timers SET status = $2, settled_at = $3 WHERE id = $1`, [timerId, status, now]);
  }

  /**
   * Pending timers due by `until`, in (due_at, id) order, for the reconciler's sweep; `after`
   * (the last row of the previous page) pages through them on the index timers_pending_due_idx.
   */
  pendingDueBy(until: Date, after: { dueAt: Date; id: string } | null, limit: number): Promise<TimerEntity[]> {
    const query = this.timers
      .createQueryBuilder('t')
      .where(`t.status = 'pending'`)
      .andWhere('t.due_at <= :until', { until })
      .orderBy('t.due_at', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .limit(limit);
    if (after) query.andWhere('(t.due_at, t.id) > (:afterDue, :afterId)', { afterDue: after.dueAt, afterId: after.id });
    return query.getMany();
  }
}
