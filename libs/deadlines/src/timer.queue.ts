import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Clock } from '@whistle/common';
import { AppConfig } from '@whistle/config';
import { type JobsOptions, Queue } from 'bullmq';
import { redisConnection } from './redis-connection.js';
import type { TimerEntity } from './timer.entity.js';
import { DEADLINES_QUEUE, TICK_JOB, type TickJobData } from './timer.job.js';

/** The alarm clock's resolution: timers due within the same 100 ms share one job. */
export const TICK_MS = 100;

/** The tick at or after `at` (epoch milliseconds). */
export const tickOf = (at: number): number => Math.ceil(at / TICK_MS) * TICK_MS;

/** The BullMQ job id of a tick: deterministic, no colon. */
export const tickJobId = (tick: number): string => `tick-${tick}`;

const JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000 },
  // A tick that is done (or gave up) is forgotten, so its id can be armed again; timers it
  // could not fire stay pending, and the next tick or sweep takes them.
  removeOnComplete: true,
  removeOnFail: true,
};

/**
 * Arms the alarm clock after timer rows have committed. Redis is only the alarm clock: when it
 * is unreachable the rows stay pending and the reconciler arms them later.
 *
 * The clock is one delayed job per tick (TICK_MS) in which timers fall due, not one per timer:
 * a tick fires every pending timer due by then (the worker's TimerDrain), in batches. So what
 * Redis holds is bounded by the horizon's length, whatever the backlog, re-arming is a few
 * thousand jobs at most, and firing costs no queue round trips per timer.
 *
 * Only timers due within the horizon (TIMER_HORIZON) are armed. The others wait in the
 * database until the reconciler's sweep promotes them.
 *
 * It owns a producer connection that fails fast instead of queueing commands while Redis
 * is away, so a request never waits on Redis; the workers keep their own, patient one.
 */
@Injectable()
export class TimerQueue implements OnApplicationShutdown {
  private readonly logger = new Logger(TimerQueue.name);
  private readonly queue: Queue<TickJobData>;

  private readonly horizonMs: number;

  constructor(
    config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.horizonMs = config.worker.horizonMs;
    this.queue = new Queue<TickJobData>(DEADLINES_QUEUE, {
      prefix: config.redis.prefix,
      connection: redisConnection(config, 'fail-fast'),
    });
    this.queue.on('error', (error) => this.logger.debug(`queue connection: ${error.message}`));
  }

  /** After the workers have drained (they arm timers too). */
  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }

  /** Jobs waiting in the queue; throws when Redis cannot be reached (the health check). */
  count(): Promise<number> {
    return this.queue.count();
  }

  /** Jobs by state, for the metrics; throws when Redis cannot be reached. */
  jobCounts(): Promise<Record<string, number>> {
    return this.queue.getJobCounts('waiting', 'delayed', 'active', 'failed', 'prioritized');
  }

  /** Arms the ticks of the timers due within the horizon; returns how many ticks. */
  arm(timers: Pick<TimerEntity, 'dueAt'>[]): Promise<number> {
    return this.armTicks(timers.map((timer) => tickOf(timer.dueAt.getTime())));
  }

  /**
   * Adds a delayed job per tick within the horizon; a tick already due is armed at the next
   * one, and a job whose id exists already is left alone by BullMQ. Returns how many ticks.
   */
  async armTicks(ticks: number[]): Promise<number> {
    const now = this.clock.now().getTime();
    const next = tickOf(now);
    const armed = new Set(ticks.filter((tick) => tick <= now + this.horizonMs).map((tick) => Math.max(tick, next)));
    if (armed.size === 0) return 0;
    await this.queue.addBulk(
      [...armed].map((tick) => ({
        name: TICK_JOB,
        data: { at: new Date(tick).toISOString() },
        opts: { ...JOB_OPTIONS, jobId: tickJobId(tick), delay: Math.max(0, tick - now) },
      })),
    );
    return armed.size;
  }

  /**
   * Arms after a commit, never failing the request: the reconciler repairs. A cancelled timer
   * needs nothing: its tick, if it still comes, finds the row settled (and maybe fires others).
   */
  async apply(changes: { armed: TimerEntity[] }): Promise<void> {
    try {
      await this.arm(changes.armed);
    } catch (error) {
      this.logger.warn(`timers not armed now, the reconciler will arm them: ${(error as Error).message}`);
    }
  }
}
