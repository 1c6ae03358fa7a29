import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DeadlinesModule } from '@whistle/deadlines';
import { FilesModule } from '@whistle/files';
import { NotificationsModule } from '@whistle/notifications';
import { WebhooksModule } from '@whistle/webhooks';
import {
  EvaluationDepartmentEntity,
  EvaluationEntity,
  EvaluationScoreEntity,
  EvaluationScorerEntity,
  RectificationOrderEntity,
} from './evaluation.entity.js';
import { EvaluationsService } from './evaluations.service.js';
import { LedgersService } from './ledgers.service.js';
import { RectificationsService } from './rectifications.service.js';
import { ReportsService } from './reports.service.js';

/** The assessment side: evaluations (测评会), rectification orders (整改单), the scoreboard and the ledgers. */
@Module({
  imports: [
    TypeOrmModule.forFeature([EvaluationEntity, EvaluationDepartmentEntity, EvaluationScorerEntity, EvaluationScoreEntity, RectificationOrderEntity]),
    DeadlinesModule,
    NotificationsModule,
    FilesModule,
    WebhooksModule,
  ],
  providers: [EvaluationsService, RectificationsService, ReportsService, LedgersService],
  exports: [EvaluationsService, RectificationsService, ReportsService, LedgersService],
})
export class AssessmentModule {}
