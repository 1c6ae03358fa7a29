import { Module } from '@nestjs/common';
import { DeadlinesModule } from '@whistle/deadlines';
import { NotificationsModule } from '@whistle/notifications';
import { OrganisationModule } from '@whistle/organisation';
import { WebhookOutbox } from './webhook.outbox.js';
import { WebhookPump } from './webhook.pump.js';
import { WebhookQueue } from './webhook.queue.js';
import { WebhookSender } from './webhook.sender.js';
import { WebhooksService } from './webhooks.service.js';

/** Outbound webhooks (Standard Webhooks): the outbox every change writes to, the endpoints, the sending. */
@Module({
  imports: [DeadlinesModule, NotificationsModule, OrganisationModule],
  providers: [WebhookOutbox, WebhookQueue, WebhookSender, WebhookPump, WebhooksService],
  exports: [WebhookOutbox, WebhookQueue, WebhookPump, WebhooksService],
})
export class WebhooksModule {}
