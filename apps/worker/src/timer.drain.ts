import { Injectable, Logger } from '@nestjs/common';
import { RectificationsService } from '@whistle/assessment';
import { Clock } from '@whistle/common';
import { AppConfig } from '@whistle/config';
import { tickOf, type TimerEntity, TimerQueue, TimersService } from '@whistle/deadlines';
import { TicketsService } from '@whistle/tickets';
import { Metrics } from '@whistle/metrics';

/** Timers leased per round trip. */
const BATCH = 200;
/** Timers fired together in one transaction (TicketsService.fireTimers); WORKER_CONCURRENCY such transactions run at once. */
const CHUNK = 50;

export interface DrainResult {
  fired: number;
  failed: number;
}

/**
 * Fires every pending timer now due, when a tick of the alarm clock comes. It leases a batch of
 * timers (earliest first, skipping those another worker holds) and fires them until none is
 * due: the earliest timer of each ticket in set-based transactions of CHUNK timers
 * (TicketsService.fireTimers), WORKER_CONCURRENCY transactions at once; the others, and what a
 * batch leaves or fails, each in its own transaction after it. Firing is idempotent on the
 * timer row, so a timer fired twice (a lease that expired mid-firing) lands once.
 *
 * The processor runs one tick at a time, so one drain runs per process; a tick that comes
 * meanwhile waits and drains what was committed since. A timer whose firing fails is given back
 * at the end of the drain, and the drain reports the failure, so BullMQ runs the tick again
 * with backoff. Due timers another worker holds are left to it; a tick is armed for when its
 * lease runs out, in case that worker died.
 */
@Injectable()
export class TimerDrain {
  private readonly logger = new Logger(TimerDrain.name);
  private stopping = false;

  constructor(
    private readonly timers: TimersService,
    private readonly timerQueue: TimerQueue,
    private readonly tickets: TicketsService,
    private readonly rectifications: RectificationsService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly metrics: Metrics,
  ) {}

  /** Fires every pending timer now due that no other worker holds; how many fired, how many failed. */
  async drain(): Promise<DrainResult> {
    const failed: TimerEntity[] = [];
    let fired = 0;
    try {
      fired = await this.pass(failed);
    } finally {
      await this.timers.release(failed.map((timer) => timer.id));
    }
    const held = await this.timers.nextLeaseExpiry(this.clock.now());
    if (held) await this.timerQueue.armTicks([tickOf(held.getTime())]);
    return { fired, failed: failed.length };
  }

  /** Shutting down: the drain finishes the batch in hand and takes no more. */
  stop(): void {
    this.stopping = true;
  }

  /** Fires one timer by id, whatever it belongs to. */
  fire(timer: Pick<TimerEntity, 'id' | 'rectificationId'>): Promise<'applied' | 'stale' | 'settled'> {
    return timer.rectificationId ? this.rectifications.fireTimer(timer.id) : this.tickets.fireTimer(timer.id);
  }

  /** Leases and fires until nothing is due; returns how many fired. Failed timers stay leased until the end. */
  private async pass(failed: TimerEntity[]): Promise<number> {
    const { concurrency, lockMs } = this.config.worker;
    let fired = 0;
    while (!this.stopping) {
      const now = this.clock.now();
      const batch = await this.timers.lease(now, new Date(now.getTime() + lockMs), BATCH);
      if (batch.length === 0) break;
      this.metrics.timersTaken(batch.map((timer) => timer.dueAt), now);
      // The earliest timer of each ticket goes into a set-based firing; the rest, and what a
      // firing leaves or fails, one by one after it.
      const tickets = new Set<string>();
      const firsts: TimerEntity[] = [];
      const alone: TimerEntity[] = [];
      for (const timer of batch) {
        if (timer.ticketId && !tickets.has(timer.ticketId)) {
          tickets.add(timer.ticketId);
          firsts.push(timer);
        } else alone.push(timer);
      }
      const left: TimerEntity[] = [];
      await pool(chunks(firsts, CHUNK), concurrency, async (chunk) => {
        try {
          const outcome = await this.tickets.fireTimers(chunk);
          fired += outcome.fired + outcome.stale;
          left.push(...outcome.rest);
        } catch (error) {
          this.logger.warn(`a batch of ${chunk.length} timer(s) failed (${(error as Error).message}); firing them one by one`);
          left.push(...chunk);
        }
      });
      fired += await this.oneByOne([...left, ...alone], failed, concurrency);
    }
    return fired;
  }

  /**
   * Fires timers each in its own transaction, `concurrency` owners at a time, each owner's in
   * order of due time (a ticket's reminder before its deadline). A failure goes into `failed`.
   */
  private async oneByOne(timers: TimerEntity[], failed: TimerEntity[], concurrency: number): Promise<number> {
    const owners = new Map<string, TimerEntity[]>();
    for (const timer of timers.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())) {
      const owner = timer.ticketId ?? `rectification ${timer.rectificationId}`;
      owners.set(owner, [...(owners.get(owner) ?? []), timer]);
    }
    let fired = 0;
    await pool([...owners.values()], concurrency, async (owned) => {
      for (const timer of owned) {
        try {
          const outcome = await this.fire(timer);
          if (outcome !== 'settled') fired++;
          this.logger.debug(`timer ${timer.id} (${timer.kind} ${timer.event}): ${outcome}`);
        } catch (error) {
          failed.push(timer);
          this.logger.warn(`timer ${timer.id} (${timer.kind} ${timer.event}) failed, it runs again: ${(error as Error).message}`);
        }
      }
    });
    return fired;
  }
}

function chunks<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/** Runs `work` on every item, at most `concurrency` at once. */
async function pool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const next = async (): Promise<void> => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, next));
}
