import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnModuleInit } from '@nestjs/common';
import { validatePlain } from '@whistle/common';
import { AppConfig } from '@whistle/config';
import { DEADLINES_QUEUE, RECONCILE_JOB, TimerJobData } from '@whistle/deadlines';
import { TicketsService } from '@whistle/tickets';
import type { Job } from 'bullmq';
import { TimerReconciler } from './timer.reconciler.js';

/**
 * The clock: fires timer jobs (deadlines, reminders, escalations) and runs the periodic
 * reconciliation. A failing job is retried by BullMQ with backoff; firing is idempotent.
 */
@Processor(DEADLINES_QUEUE)
export class DeadlineProcessor extends WorkerHost implements OnModuleInit {
  private readonly logger = new Logger(DeadlineProcessor.name);

  constructor(
    private readonly tickets: TicketsService,
    private readonly reconciler: TimerReconciler,
    private readonly config: AppConfig,
  ) {
    super();
  }

  onModuleInit(): void {
    this.worker.concurrency = this.config.workerConcurrency;
    this.worker.on('failed', (job, error) =>
      this.logger.warn(`job ${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`),
    );
  }

  async process(job: Job): Promise<string> {
    if (job.name === RECONCILE_JOB) return `re-armed ${await this.reconciler.run()}`;
    const { timerId } = validatePlain(TimerJobData, job.data);
    const outcome = await this.tickets.fireTimer(timerId);
    this.logger.debug(`timer ${timerId} (${job.name}): ${outcome}`);
    return outcome;
  }
}
