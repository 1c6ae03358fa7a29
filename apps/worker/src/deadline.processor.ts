import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { validatePlain } from '@whistle/common';
import { AppConfig } from '@whistle/config';
import { DEADLINES_QUEUE, RECONCILE_JOB, redisConnection, TICK_JOB, TimerJobData } from '@whistle/deadlines';
import { type Job, Worker } from 'bullmq';
import { TimerDrain } from './timer.drain.js';
import { TimerReconciler } from './timer.reconciler.js';

/**
 * The clock: on each tick, fires the timers then due (deadlines, reminders, escalations) through
 * the TimerDrain, and runs the periodic reconciliation. A tick whose timers failed is retried by
 * BullMQ with backoff; firing is idempotent, keyed on the timer row, so a tick run twice (a
 * worker killed mid-job, its lock expired) lands once.
 *
 * The BullMQ worker takes one job at a time: a tick's drain fires WORKER_CONCURRENCY timers at
 * once, and ticks that come meanwhile wait, then drain what was committed since. It is built here rather than by
 * `@Processor` because its lock duration comes from the configuration (WORKER_LOCK), and it is
 * closed before the database so that SIGTERM lets the batch in flight finish.
 */
@Injectable()
export class DeadlineProcessor implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DeadlineProcessor.name);
  private worker?: Worker;
  private inFlight = 0;

  constructor(
    private readonly drain: TimerDrain,
    private readonly reconciler: TimerReconciler,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const { lockMs } = this.config.worker;
    this.worker = new Worker(DEADLINES_QUEUE, (job) => this.process(job), {
      prefix: this.config.redis.prefix,
      connection: redisConnection(this.config, 'patient'),
      concurrency: 1,
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
    this.drain.stop();
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
    if (job.name === TICK_JOB) {
      const { fired, failed } = await this.drain.drain();
      if (failed > 0) throw new Error(`${failed} timer(s) failed to fire (${fired} fired); the tick runs again`);
      return `fired ${fired}`;
    }
    // A job for one timer, armed by a version before ticks.
    const { timerId, rectificationId } = validatePlain(TimerJobData, job.data);
    const outcome = await this.drain.fire({ id: timerId, rectificationId: rectificationId ?? null });
    this.logger.debug(`timer ${timerId} (${job.name}): ${outcome}`);
    return outcome;
  }
}
