export * from './deadlines.module.js';
export * from './sla-calendar.js';
export * from './timer.entity.js';
export * from './timer.job.js';
export * from './timer.queue.js';
export * from './timers.service.js';
export * from './redis-connection.js';
