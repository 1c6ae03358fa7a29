import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { validatePlain } from '@whistle/common';
import { AppConfig } from '@whistle/config';
import { redisConnection } from '@whistle/deadlines';
import { WEBHOOKS_QUEUE, WebhookPump } from '@whistle/webhooks';
import { IsUUID } from 'class-validator';
import { type Job, Worker } from 'bullmq';

class DeliverJob {
  @IsUUID() endpointId!: string;
}

/**
 * Sends webhook deliveries: each job wakes one endpoint, whose due deliveries the WebhookPump
 * sends in order under the endpoint's lease. WEBHOOK_CONCURRENCY endpoints at once, so a
 * receiver that hangs holds one slot for WEBHOOK_TIMEOUT and delays no other endpoint. Closed
 * before the database, so SIGTERM lets the attempts in flight finish.
 */
@Injectable()
export class WebhookProcessor implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(WebhookProcessor.name);
  private worker?: Worker;

  constructor(
    private readonly pump: WebhookPump,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.worker = new Worker(WEBHOOKS_QUEUE, (job) => this.process(job), {
      prefix: this.config.redis.prefix,
      connection: redisConnection(this.config, 'patient'),
      concurrency: this.config.webhooks.concurrency,
      // An attempt takes at most WEBHOOK_TIMEOUT; a job sends up to 200 of them, renewing its lock.
      lockDuration: Math.max(30_000, 2 * this.config.webhooks.timeoutMs),
    });
    this.worker.on('failed', (job, error) => this.logger.warn(`webhook job ${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`));
    this.worker.on('error', (error) => this.logger.error(`webhook worker: ${error.message}`));
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }

  async process(job: Job): Promise<string> {
    const { endpointId } = validatePlain(DeliverJob, job.data);
    // From here on a new wake-up is a job of its own (see WebhookQueue.kick): this one reads the
    // line only after, so nothing committed before a wake-up that was left out is missed.
    await job.removeDeduplicationKey();
    return this.pump.pump(endpointId);
  }
}
