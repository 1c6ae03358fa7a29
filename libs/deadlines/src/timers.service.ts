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

/** The timer rows: written in the transaction of the change that needs them. */
@Injectable()
export class TimersService {
  constructor(@InjectRepository(TimerEntity) private readonly timers: Repository<TimerEntity>) {}

  /**
   * Makes the ticket's pending timers equal to `planned`: keeps what is unchanged, cancels
   * what no longer applies, inserts what is new. Returns what must be armed and disarmed
   * on the queue once the transaction has committed.
   */
  async sync(manager: EntityManager, owner: TimerOwner, planned: PlannedTimer[], now: Date): Promise<TimerChanges> {
    const pending = await manager.find(TimerEntity, { where: { ...owner, status: 'pending' } });
    const wanted = new Map(planned.map((p) => [identity(p), p]));
    const cancelled = pending.filter((row) => !wanted.has(identity(row)));
    const kept = new Set(pending.filter((row) => wanted.has(identity(row))).map(identity));
    if (cancelled.length > 0) {
      await manager.update(TimerEntity, cancelled.map((row) => row.id), { status: 'cancelled', settledAt: now });
    }
    const fresh = [...wanted.entries()]
      .filter(([key, p]) => !kept.has(key) && !(p.skipIfPast && p.dueAt <= now))
      .map(([, p]) =>
        manager.create(TimerEntity, {
          ticketId: null,
          rectificationId: null,
          ...owner,
          kind: p.kind,
          event: p.event,
          level: p.level,
          dueAt: p.dueAt,
          status: 'pending',
          createdAt: now,
          settledAt: null,
        }),
      );
    const armed = fresh.length > 0 ? await manager.save(TimerEntity, fresh) : [];
    return { armed, cancelled };
  }

  /** Locks a pending timer for firing; null when it already fired or was cancelled. */
  claim(manager: EntityManager, timerId: string): Promise<TimerEntity | null> {
    return manager.findOne(TimerEntity, {
      where: { id: timerId, status: 'pending' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async settle(manager: EntityManager, timerId: string, status: 'fired' | 'stale', now: Date): Promise<void> {
    await manager.update(TimerEntity, { id: timerId }, { status, settledAt: now });
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
