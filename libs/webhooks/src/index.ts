export * from './webhook-events.js';
export * from './webhook.dto.js';
export * from './webhook.outbox.js';
export * from './webhook.pump.js';
export * from './webhook.queue.js';
export * from './webhook.sender.js';
export * from './webhooks.module.js';
export * from './webhooks.service.js';
