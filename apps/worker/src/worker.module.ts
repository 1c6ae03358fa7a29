import { Module } from '@nestjs/common';
import { AssessmentModule } from '@whistle/assessment';
import { DeadlinesModule } from '@whistle/deadlines';
import { TicketsModule } from '@whistle/tickets';
import { WebhooksModule } from '@whistle/webhooks';
import { DeadlineProcessor } from './deadline.processor.js';
import { TimerDrain } from './timer.drain.js';
import { TimerReconciler } from './timer.reconciler.js';
import { WebhookProcessor } from './webhook.processor.js';

/** The queue workers: everything that happens because time passed, and the webhooks' sending. */
@Module({
  imports: [TicketsModule, AssessmentModule, DeadlinesModule, WebhooksModule],
  providers: [DeadlineProcessor, TimerDrain, TimerReconciler, WebhookProcessor],
})
export class WorkerModule {}
