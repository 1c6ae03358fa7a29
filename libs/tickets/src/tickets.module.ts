import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DeadlinesModule } from '@whistle/deadlines';
import { FilesModule } from '@whistle/files';
import { NotificationsModule } from '@whistle/notifications';
import { OrganisationModule } from '@whistle/organisation';
import { WebhooksModule } from '@whistle/webhooks';
import { TicketEntity, TicketEventEntity } from './ticket.entity.js';
import { TicketAssignmentEntity } from './ticket-assignment.entity.js';
import { TicketRules } from './ticket.rules.js';
import { TicketsRepository } from './tickets.repository.js';
import { TicketsService } from './tickets.service.js';
import { SimilarTicketsService } from './similar-tickets.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([TicketEntity, TicketEventEntity, TicketAssignmentEntity]), DeadlinesModule, NotificationsModule, OrganisationModule, FilesModule, WebhooksModule],
  providers: [TicketsService, TicketsRepository, TicketRules, SimilarTicketsService],
  exports: [TicketsService, SimilarTicketsService, FilesModule],
})
export class TicketsModule {}
