import { Module } from '@nestjs/common';
import { AssessmentModule } from '@whistle/assessment';
import { DeadlinesModule } from '@whistle/deadlines';
import { TicketsModule } from '@whistle/tickets';
import { DeadlineProcessor } from './deadline.processor.js';
import { TimerDrain } from './timer.drain.js';
import { TimerReconciler } from './timer.reconciler.js';

/** The queue workers: everything that happens because time passed. */
@Module({
  imports: [TicketsModule, AssessmentModule, DeadlinesModule],
  providers: [DeadlineProcessor, TimerDrain, TimerReconciler],
})
export class WorkerModule {}
