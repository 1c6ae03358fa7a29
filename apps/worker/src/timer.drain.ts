import { Injectable, Logger } from '@nestjs/common';
import { RectificationsService } from '@whistle/assessment';
import { Clock } from '@whistle/common';
import { AppConfig } from '@whistle/config';
import { tickOf, type TimerEntity, TimerQueue, TimersService } from '@whistle/deadlines';
import { TicketsService } from '@whistle/tickets';

/** Timers leased per round trip; the pool fires them WORKER_CONCURRENCY at a time. */
const BATCH = 200;

export interface DrainResult {
  fired: number;
  failed: number;
}

/**
 * Fires every pending timer now due, when a tick of the alarm clock comes. It leases a batch of
 * timers (earliest first, skipping those another worker holds) and fires them
 * WORKER_CONCURRENCY at a time, each in its own transaction, until none is due. Firing is
 * idempotent on the timer row, so a timer fired twice (a lease that expired mid-firing) lands
 * once.
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
      const queue = [...batch];
      const fireNext = async (): Promise<void> => {
        for (let timer = queue.shift(); timer; timer = queue.shift()) {
          try {
            const outcome = await this.fire(timer);
            if (outcome !== 'settled') fired++;
            this.logger.debug(`timer ${timer.id} (${timer.kind} ${timer.event}): ${outcome}`);
          } catch (error) {
            failed.push(timer);
            this.logger.warn(`timer ${timer.id} (${timer.kind} ${timer.event}) failed, it runs again: ${(error as Error).message}`);
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(concurrency, batch.length) }, fireNext));
    }
    return fired;
  }
}
