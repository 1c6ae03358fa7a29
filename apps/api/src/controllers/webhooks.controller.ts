import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '@whistle/auth';
import type { Actor } from '@whistle/common';
import {
  CreatedWebhookView,
  CreateWebhookDto,
  DeliveryView,
  ListDeliveriesQuery,
  RedeliveredView,
  RedeliverFailedDto,
  RotatedSecretView,
  UpdateWebhookDto,
  WebhookQueueView,
  WebhooksService,
  WebhookView,
} from '@whistle/webhooks';
import { IdParam } from './id-param.js';

@ApiTags('webhooks')
@ApiBearerAuth()
@Roles('admin')
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @ApiOperation({
    summary: 'Register a webhook endpoint (admin)',
    description:
      'Events are sent as Standard Webhooks (headers webhook-id, webhook-timestamp, webhook-signature; body {type, timestamp, data}). ' +
      'The `whsec_` secret is in this answer only. 400 naming the field: a URL that is not http(s), or whose host is a private, loopback or ' +
      'link-local address (unless WEBHOOK_ALLOW_PRIVATE), an unknown event type, an unknown chain.',
  })
  @ApiCreatedResponse({ type: CreatedWebhookView })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateWebhookDto): Promise<CreatedWebhookView> {
    return this.webhooks.create(actor, dto);
  }

  @Get()
  @ApiOperation({ summary: 'The webhook endpoints (admin)', description: 'Oldest first, with how many of their deliveries wait, failed and were delivered, and their last attempt. Never a secret.' })
  @ApiOkResponse({ type: [WebhookView] })
  list(): Promise<WebhookView[]> {
    return this.webhooks.list();
  }

  @Get('event-types')
  @ApiOperation({ summary: 'The event types an endpoint may subscribe to (admin)', description: 'Besides these: a family such as `ticket.*`, and `*`.' })
  @ApiOkResponse({ type: [String] })
  eventTypes(): string[] {
    return this.webhooks.eventTypes();
  }

  @Get('queues')
  @ApiOperation({ summary: 'The queues (admin)', description: 'BullMQ jobs of the deadlines and webhooks queues by state, deliveries by status, and the webhooks queue’s failed jobs with their error (at most 50).' })
  @ApiOkResponse({ type: WebhookQueueView })
  queues(): Promise<WebhookQueueView> {
    return this.webhooks.queueState();
  }

  @Post('queues/jobs/:jobId/retry')
  @HttpCode(204)
  @ApiOperation({ summary: 'Run a failed job again (admin)', description: 'A job of the webhooks queue that gave up (GET /api/webhooks/queues lists them) is queued again.' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: 'No failed job has this id' })
  retryJob(@Param('jobId') jobId: string): Promise<void> {
    return this.webhooks.retryJob(jobId);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One webhook endpoint (admin)', description: 'As the list has it.' })
  @ApiOkResponse({ type: WebhookView })
  @ApiNotFoundResponse({ description: 'No endpoint has this id' })
  get(@IdParam('a webhook endpoint') id: string): Promise<WebhookView> {
    return this.webhooks.get(id);
  }

  @Patch(':id')
  @ApiNotFoundResponse({ description: 'No endpoint has this id' })
  @ApiOperation({
    summary: 'Change, pause or resume an endpoint (admin)',
    description: '`active: false` pauses it: its deliveries are kept and wait. `active: true` resumes it, also one disabled after a 410 or a day of failures; what waited is sent in order.',
  })
  @ApiOkResponse({ type: WebhookView })
  update(@CurrentActor() actor: Actor, @IdParam('a webhook endpoint') id: string, @Body() dto: UpdateWebhookDto): Promise<WebhookView> {
    return this.webhooks.update(actor, id, dto);
  }

  @Delete(':id')
  @ApiNotFoundResponse({ description: 'No endpoint has this id' })
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an endpoint (admin)', description: 'Its deliveries go with it; a delivery in flight ends, unrecorded.' })
  @ApiNoContentResponse()
  remove(@CurrentActor() actor: Actor, @IdParam('a webhook endpoint') id: string): Promise<void> {
    return this.webhooks.remove(actor, id);
  }

  @Post(':id/rotate-secret')
  @ApiNotFoundResponse({ description: 'No endpoint has this id' })
  @ApiOperation({ summary: 'A new signing secret, shown once (admin)', description: 'For 24 hours deliveries carry two signatures, the new secret’s and the old one’s, so the receiver can switch over.' })
  @ApiCreatedResponse({ type: RotatedSecretView })
  rotate(@CurrentActor() actor: Actor, @IdParam('a webhook endpoint') id: string): Promise<RotatedSecretView> {
    return this.webhooks.rotateSecret(actor, id);
  }

  @Post(':id/test')
  @ApiNotFoundResponse({ description: 'No endpoint has this id' })
  @ApiOperation({ summary: 'Send a webhook.test event to this endpoint (admin)', description: 'It joins the endpoint’s line like any delivery; the answer is the delivery, pending.' })
  @ApiCreatedResponse({ type: DeliveryView })
  test(@IdParam('a webhook endpoint') id: string): Promise<DeliveryView> {
    return this.webhooks.test(id);
  }

  @Get(':id/deliveries')
  @ApiNotFoundResponse({ description: 'No endpoint has this id' })
  @ApiOperation({ summary: 'An endpoint’s deliveries (admin)', description: 'The latest 200, newest first (`status` filters), each with its attempts and the last one’s HTTP status, duration, error and first 1 KB of the answer.' })
  @ApiOkResponse({ type: [DeliveryView] })
  deliveries(@IdParam('a webhook endpoint') id: string, @Query() query: ListDeliveriesQuery): Promise<DeliveryView[]> {
    return this.webhooks.deliveries(id, query);
  }

  @Post(':id/deliveries/:deliveryId/redeliver')
  @ApiNotFoundResponse({ description: 'No endpoint, or no delivery of it, has this id' })
  @ApiOperation({ summary: 'Send one delivery again (admin)', description: 'Its attempts start over; it goes before the deliveries waiting behind it.' })
  @ApiCreatedResponse({ type: DeliveryView })
  redeliver(@IdParam('a webhook endpoint') id: string, @Param('deliveryId') deliveryId: string): Promise<DeliveryView> {
    return this.webhooks.redeliver(id, deliveryId);
  }

  @Post(':id/redeliver-failed')
  @ApiNotFoundResponse({ description: 'No endpoint has this id' })
  @ApiOperation({ summary: 'Send failed deliveries again (admin)', description: 'Every failed delivery of an event at or after `since`, its attempts started over, in its order. The answer says how many.' })
  @ApiCreatedResponse({ type: RedeliveredView })
  redeliverFailed(@IdParam('a webhook endpoint') id: string, @Body() dto: RedeliverFailedDto): Promise<RedeliveredView> {
    return this.webhooks.redeliverFailed(id, dto.since);
  }
}
