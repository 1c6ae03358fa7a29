import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@whistle/config';
import { Clock } from '@whistle/common';
import { DEADLINES_QUEUE, RECONCILE_JOB, TICK_MS, TimerQueue, TimersService } from '@whistle/deadlines';
import { WebhookPump, WebhookQueue } from '@whistle/webhooks';
import type { Queue } from 'bullmq';

const SCHEDULER_ID = 'reconcile-timers';

/**
 * The sweep: arms the alarm ticks of every pending timer due within the horizon (TIMER_HORIZON).
 * That promotes the timers that have just entered the horizon (they waited in the database,
 * so Redis holds only what is due soon) and re-arms whatever the queue lost (Redis flushed or
 * restarted without persistence, a crash between commit and enqueue, a tick that gave up while
 * the database was away, a job Redis half lost). A timer already due is armed at the next tick,
 * so anything overdue is fired within one period, whatever happened to its own tick. The
 * database is the truth; Redis is the alarm clock.
 *
 * - At start, and then on a BullMQ job scheduler (RECONCILE_EVERY), so one worker of many
 *   does it each period.
 * - A watchdog in every worker process checks, on the same period, that the scheduler is
 *   still in Redis. When it is not, Redis lost its data (FLUSHALL, a restart without
 *   persistence): it reconciles at once and puts the scheduler back. So everything catches
 *   up after Redis returns, without restarting anything.
 *
 * Tick ids derive from the moment, so re-arming a tick that exists adds nothing; the work is
 * one grouped read of the pending-timer index and one job per tick, bounded by the horizon.
 *
 * The same sweep wakes every active webhook endpoint with deliveries pending: the deliveries
 * are rows, so a wake-up Redis lost (or a worker killed mid-attempt) costs a period's delay, no
 * delivery. And it deletes what WEBHOOK_RETENTION no longer keeps.
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
    private readonly webhookPump: WebhookPump,
    private readonly webhookQueue: WebhookQueue,
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

  /** Arms the ticks of the pending timers due within the horizon; returns how many timers they cover. */
  async run(): Promise<number> {
    const until = new Date(this.clock.now().getTime() + this.config.worker.horizonMs);
    const ticks = await this.timers.pendingTicks(until, TICK_MS);
    await this.timerQueue.armTicks(ticks.map((t) => t.tick));
    await this.webhookQueue.kick(await this.webhookPump.pendingEndpoints());
    const pruned = await this.webhookPump.prune();
    if (pruned.deliveries + pruned.events > 0) this.logger.log(`webhooks: deleted ${pruned.deliveries} delivered deliveries and ${pruned.events} events older than WEBHOOK_RETENTION`);
    return ticks.reduce((sum, t) => sum + t.timers, 0);
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
