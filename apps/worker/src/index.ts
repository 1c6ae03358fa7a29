export * from './worker-app.module.js';
export * from './worker.factory.js';
export * from './worker.module.js';
