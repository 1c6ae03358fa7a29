import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@whistle/config';
import { Clock } from '@whistle/common';
import { DEADLINES_QUEUE, RECONCILE_JOB, type TimerEntity, timerJobId, TimerQueue, TimersService } from '@whistle/deadlines';
import type { Queue } from 'bullmq';

const PAGE = 1000;
const SCHEDULER_ID = 'reconcile-timers';

/**
 * The sweep: puts on the queue every pending timer due within the horizon (TIMER_HORIZON).
 * That promotes the timers that have just entered the horizon (they waited in the database,
 * so Redis holds only what is due soon) and re-arms any the queue lost (Redis flushed or
 * restarted without persistence, a crash between commit and enqueue, a job that exhausted
 * its retries while the database was away). The database is the truth; Redis is the alarm clock.
 *
 * - At start, and then on a BullMQ job scheduler (RECONCILE_EVERY), so one worker of many
 *   does it each period.
 * - A watchdog in every worker process checks, on the same period, that the scheduler is
 *   still in Redis. When it is not, Redis lost its data (FLUSHALL, a restart without
 *   persistence): it reconciles at once and puts the scheduler back. So everything catches
 *   up after Redis returns, without restarting anything.
 *
 * Job ids derive from the timer rows, so re-arming a job that exists adds nothing.
 */
@Injectable()
export class TimerReconciler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(TimerReconciler.name);
  private watchdog?: NodeJS.Timeout;
  private watching = false;
  private redisLost = false;

  constructor(
    private readonly timers: TimersService,
    private readonly timerQueue: TimerQueue,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    @InjectQueue(DEADLINES_QUEUE) private readonly queue: Queue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Without a listener BullMQ prints every reconnect attempt to stderr; the watchdog reports instead.
    this.queue.on('error', (error) => this.logger.debug(`queue connection: ${error.message}`));
    const count = await this.run();
    this.logger.log(`reconciled ${count} pending timer(s) due within the horizon`);
    await this.schedule();
    this.watchdog = setInterval(() => void this.watch(), this.config.worker.reconcileEveryMs);
    this.watchdog.unref();
  }

  beforeApplicationShutdown(): void {
    clearInterval(this.watchdog);
  }

  /** Arms the pending timers due within the horizon, page by page; returns how many. */
  async run(): Promise<number> {
    const retried = await this.retryFailed();
    const until = new Date(this.clock.now().getTime() + this.config.worker.horizonMs);
    let after: TimerEntity | null = null;
    let count = 0;
    for (;;) {
      const page: TimerEntity[] = await this.timers.pendingDueBy(until, after, PAGE);
      if (page.length === 0) break;
      count += await this.timerQueue.arm(page);
      after = page[page.length - 1]!;
    }
    if (retried > 0) this.logger.warn(`retried ${retried} timer job(s) that had exhausted their attempts`);
    const stranded = await this.repairStranded();
    if (stranded > 0) this.logger.warn(`re-armed ${stranded} overdue timer(s) whose job was in no list of the queue`);
    return count;
  }

  /**
   * A timer still pending a whole period after it was due, whose job id is in Redis but in no
   * list of the queue (Redis lost part of its data: eviction, a partial flush), would never fire:
   * re-adding an existing id does nothing. Its orphaned job is removed and armed again. Found by
   * `npm run bench`, whose simulated loss deleted keys while the workers ran.
   */
  private async repairStranded(): Promise<number> {
    const before = new Date(this.clock.now().getTime() - this.config.worker.reconcileEveryMs);
    let after: TimerEntity | null = null;
    let repaired = 0;
    for (;;) {
      const page: TimerEntity[] = await this.timers.pendingDueBy(before, after, PAGE);
      if (page.length === 0) break;
      const states = await Promise.all(page.map((timer) => this.queue.getJobState(timerJobId(timer))));
      const stranded = page.filter((_, i) => states[i] === 'unknown');
      await Promise.all(stranded.map((timer) => this.queue.remove(timerJobId(timer)).catch(() => 0)));
      repaired += await this.timerQueue.arm(stranded);
      after = page[page.length - 1]!;
    }
    return repaired;
  }

  /**
   * A job that failed all its attempts stays in the failed set under its id, where re-adding
   * the same id does nothing; its timer row is still pending, so it must run again.
   */
  private async retryFailed(): Promise<number> {
    const failed = await this.queue.getFailed(0, PAGE - 1);
    const timerJobs = failed.filter((job) => job.name !== RECONCILE_JOB);
    await Promise.all(timerJobs.map((job) => job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true })));
    return timerJobs.length;
  }

  private schedule(): Promise<unknown> {
    return this.queue.upsertJobScheduler(SCHEDULER_ID, { every: this.config.worker.reconcileEveryMs }, { name: RECONCILE_JOB });
  }

  private async watch(): Promise<void> {
    if (this.watching) return;
    this.watching = true;
    try {
      if (await this.queue.getJobScheduler(SCHEDULER_ID)) {
        if (this.redisLost) this.logger.log('Redis is back');
        this.redisLost = false;
        return;
      }
      this.logger.warn('the reconcile scheduler is gone from Redis (flushed or restarted without persistence): re-arming now');
      const started = Date.now();
      const count = await this.run();
      await this.schedule();
      this.logger.log(`re-armed ${count} pending timer(s) due within the horizon after Redis lost its data, in ${Date.now() - started} ms`);
      this.redisLost = false;
    } catch (error) {
      if (!this.redisLost) this.logger.warn(`cannot check the queue, will retry: ${(error as Error).message}`);
      this.redisLost = true;
    } finally {
      this.watching = false;
    }
  }
}
