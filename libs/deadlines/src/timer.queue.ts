import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Clock } from '@whistle/common';
import { AppConfig } from '@whistle/config';
import { type JobsOptions, Queue } from 'bullmq';
import { redisConnection } from './redis-connection.js';
import { type TimerEntity, timerJobId } from './timer.entity.js';
import { DEADLINES_QUEUE, type TimerJobData } from './timer.job.js';

const JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: true,
  removeOnFail: { age: 7 * 24 * 3600 },
};

/**
 * Puts timers on BullMQ after their rows have committed. Redis is only the alarm clock:
 * when it is unreachable the rows stay pending and the reconciler arms them later.
 *
 * Only timers due within the horizon (TIMER_HORIZON) go to Redis. The others wait in the
 * database until the reconciler's sweep promotes them, so Redis holds what is due soon,
 * whatever the backlog of open tickets.
 *
 * It owns a producer connection that fails fast instead of queueing commands while Redis
 * is away, so a request never waits on Redis; the workers keep their own, patient one.
 */
@Injectable()
export class TimerQueue implements OnApplicationShutdown {
  private readonly logger = new Logger(TimerQueue.name);
  private readonly queue: Queue<TimerJobData>;

  private readonly horizonMs: number;

  constructor(
    config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.horizonMs = config.worker.horizonMs;
    this.queue = new Queue<TimerJobData>(DEADLINES_QUEUE, {
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

  /**
   * Adds a delayed job per timer due within the horizon; a job whose id exists already is left
   * alone by BullMQ. Returns how many were put on the queue.
   */
  async arm(timers: TimerEntity[]): Promise<number> {
    const now = this.clock.now().getTime();
    const soon = this.withinHorizon(timers, now);
    if (soon.length === 0) return 0;
    await this.queue.addBulk(
      soon.map((timer) => ({
        name: timer.kind,
        data: timer.ticketId ? { timerId: timer.id, ticketId: timer.ticketId } : { timerId: timer.id, rectificationId: timer.rectificationId! },
        opts: { ...JOB_OPTIONS, jobId: timerJobId(timer), delay: Math.max(0, timer.dueAt.getTime() - now) },
      })),
    );
    return soon.length;
  }

  /**
   * Best effort: a cancelled timer's job that still fires finds its row settled and does nothing.
   * Timers beyond the horizon were never put on the queue.
   */
  async disarm(timers: TimerEntity[]): Promise<void> {
    const armed = this.withinHorizon(timers, this.clock.now().getTime());
    await Promise.all(armed.map((timer) => this.queue.remove(timerJobId(timer)).catch(() => 0)));
  }

  /** The timers that belong on the queue at `now`: those due within the horizon (overdue ones too). */
  private withinHorizon(timers: TimerEntity[], now: number): TimerEntity[] {
    return timers.filter((timer) => timer.dueAt.getTime() <= now + this.horizonMs);
  }

  /** Arms and disarms after a commit, never failing the request: the reconciler repairs. */
  async apply(changes: { armed: TimerEntity[]; cancelled: TimerEntity[] }): Promise<void> {
    try {
      await Promise.all([this.arm(changes.armed), this.disarm(changes.cancelled)]);
    } catch (error) {
      this.logger.warn(`timers not armed now, the reconciler will arm them: ${(error as Error).message}`);
    }
  }
}
