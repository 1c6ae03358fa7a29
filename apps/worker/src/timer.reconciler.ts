import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DEADLINES_QUEUE, RECONCILE_JOB, TimerQueue, TimersService } from '@whistle/deadlines';
import type { Queue } from 'bullmq';

const PAGE = 1000;
const EVERY_MS = 60_000;

/**
 * Re-arms every pending timer the queue may have lost (Redis flushed or restarted without
 * persistence, a crash between commit and enqueue). Runs at start and then every minute;
 * job ids are derived from the timer rows, so re-arming what exists adds nothing.
 */
@Injectable()
export class TimerReconciler implements OnApplicationBootstrap {
  private readonly logger = new Logger(TimerReconciler.name);

  constructor(
    private readonly timers: TimersService,
    private readonly timerQueue: TimerQueue,
    @InjectQueue(DEADLINES_QUEUE) private readonly queue: Queue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const count = await this.run();
    this.logger.log(`reconciled ${count} pending timer(s)`);
    await this.queue.upsertJobScheduler('reconcile-timers', { every: EVERY_MS }, { name: RECONCILE_JOB });
  }

  async run(): Promise<number> {
    let after = '0';
    let count = 0;
    for (;;) {
      const page = await this.timers.pendingPage(after, PAGE);
      if (page.length === 0) return count;
      await this.timerQueue.arm(page);
      count += page.length;
      after = page[page.length - 1]!.id;
    }
  }
}
