import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Clock } from '@whistle/common';
import { AppConfig } from '@whistle/config';
import { redisConnection } from '@whistle/deadlines';
import { type JobsOptions, Queue } from 'bullmq';

export const WEBHOOKS_QUEUE = 'webhooks';
/** Sends an endpoint's due deliveries, in order (WebhookPump). */
export const DELIVER_JOB = 'deliver';

export interface DeliverJobData {
  endpointId: string;
}

const JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: true,
  removeOnFail: 1000,
};

/**
 * The webhooks' alarm clock: a job tells a worker to send an endpoint's due deliveries. The
 * deliveries themselves are rows (the outbox), so Redis only ever holds wake-ups: when it is
 * unreachable, or loses its data, the reconciler wakes every endpoint with deliveries
 * pending. Like TimerQueue, its connection fails fast so that a request never waits on Redis.
 */
@Injectable()
export class WebhookQueue implements OnApplicationShutdown {
  private readonly logger = new Logger(WebhookQueue.name);
  private readonly queue: Queue<DeliverJobData>;

  constructor(
    config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.queue = new Queue<DeliverJobData>(WEBHOOKS_QUEUE, { prefix: config.redis.prefix, connection: redisConnection(config, 'fail-fast') });
    this.queue.on('error', (error) => this.logger.debug(`queue connection: ${error.message}`));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }

  /** Jobs by state, for the metrics and the console; throws when Redis cannot be reached. */
  jobCounts(): Promise<Record<string, number>> {
    return this.queue.getJobCounts('waiting', 'delayed', 'active', 'failed', 'prioritized');
  }

  /** The jobs that gave up, newest first, with their error (the console's queue page). */
  async failedJobs(limit = 50): Promise<{ id: string; name: string; failedReason: string; attemptsMade: number; finishedOn: Date | null }[]> {
    const jobs = await this.queue.getFailed(0, limit - 1);
    return jobs.map((job) => ({
      id: job.id ?? '',
      name: job.name,
      failedReason: job.failedReason,
      attemptsMade: job.attemptsMade,
      finishedOn: job.finishedOn ? new Date(job.finishedOn) : null,
    }));
  }

  /** Runs a failed job again. */
  async retryFailed(jobId: string): Promise<boolean> {
    const job = await this.queue.getJob(jobId);
    if (!job || !(await job.isFailed())) return false;
    await job.retry();
    return true;
  }

  /**
   * Wakes the endpoints now; never fails the caller (the reconciler repairs what Redis missed).
   * A wake-up for an endpoint that has one waiting already adds nothing (BullMQ deduplication):
   * the waiting job has not read the line yet, so it will find what this one was for. The
   * worker lifts the deduplication as it starts a job (`started`), before it reads the line.
   */
  async kick(endpointIds: Iterable<string>): Promise<void> {
    const ids = [...new Set(endpointIds)];
    if (ids.length === 0) return;
    try {
      await this.queue.addBulk(ids.map((endpointId) => ({ name: DELIVER_JOB, data: { endpointId }, opts: { ...JOB_OPTIONS, deduplication: { id: `deliver-${endpointId}` } } })));
    } catch (error) {
      this.logger.warn(`webhook deliveries not woken now, the reconciler will: ${(error as Error).message}`);
    }
  }

  /**
   * Wakes an endpoint at `at` (its next retry, or when another worker's lease runs out); a
   * wake-up for the same endpoint and moment exists at most once.
   */
  async wake(endpointId: string, at: Date): Promise<void> {
    const delay = Math.max(0, at.getTime() - this.clock.now().getTime());
    try {
      await this.queue.add(DELIVER_JOB, { endpointId }, { ...JOB_OPTIONS, delay, jobId: `wake-${endpointId}-${at.getTime()}` });
    } catch (error) {
      this.logger.warn(`webhook endpoint ${endpointId} not woken for ${at.toISOString()}, the reconciler will: ${(error as Error).message}`);
    }
  }
}
