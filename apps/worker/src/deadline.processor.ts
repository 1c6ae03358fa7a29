import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { validatePlain } from '@whistle/common';
import { AppConfig } from '@whistle/config';
import { DEADLINES_QUEUE, RECONCILE_JOB, redisConnection, TimerJobData } from '@whistle/deadlines';
import { RectificationsService } from '@whistle/assessment';
import { TicketsService } from '@whistle/tickets';
import { type Job, Worker } from 'bullmq';
import { TimerReconciler } from './timer.reconciler.js';

/**
 * The clock: fires timer jobs (deadlines, reminders, escalations) and runs the periodic
 * reconciliation. A failing job is retried by BullMQ with backoff; firing is idempotent,
 * keyed on the timer row, so a job run twice (a worker killed mid-job, its lock expired)
 * lands once.
 *
 * The BullMQ worker is built here rather than by `@Processor` because its lock duration
 * comes from the configuration (WORKER_LOCK), and it is closed before the database so that
 * SIGTERM lets the jobs in flight finish.
 */
@Injectable()
export class DeadlineProcessor implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DeadlineProcessor.name);
  private worker?: Worker;
  private inFlight = 0;

  constructor(
    private readonly tickets: TicketsService,
    private readonly rectifications: RectificationsService,
    private readonly reconciler: TimerReconciler,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const { concurrency, lockMs } = this.config.worker;
    this.worker = new Worker(DEADLINES_QUEUE, (job) => this.process(job), {
      prefix: this.config.redis.prefix,
      connection: redisConnection(this.config, 'patient'),
      concurrency,
      lockDuration: lockMs,
      stalledInterval: lockMs,
    });
    this.worker.on('failed', (job, error) => this.logger.warn(`job ${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`));
    this.worker.on('stalled', (jobId) => this.logger.warn(`job ${jobId} stalled (its worker died or hung); it runs again`));
    this.worker.on('error', (error) => this.logger.error(`worker: ${error.message}`));
  }

  /** Drains: waits for the jobs in flight, takes no new ones. Runs before the database closes. */
  async beforeApplicationShutdown(): Promise<void> {
    if (!this.worker) return;
    this.logger.log(`worker draining: ${this.inFlight} job(s) in flight`);
    await this.worker.close();
    this.logger.log('worker drained');
  }

  async process(job: Job): Promise<string> {
    this.inFlight++;
    try {
      return await this.run(job);
    } finally {
      this.inFlight--;
    }
  }

  private async run(job: Job): Promise<string> {
    if (job.name === RECONCILE_JOB) return `re-armed ${await this.reconciler.run()}`;
    const { timerId, rectificationId } = validatePlain(TimerJobData, job.data);
    // Jobs armed before rectification orders existed carry a ticketId only.
    const outcome = rectificationId ? await this.rectifications.fireTimer(timerId) : await this.tickets.fireTimer(timerId);
    this.logger.debug(`timer ${timerId} (${job.name}): ${outcome}`);
    return outcome;
  }
}
