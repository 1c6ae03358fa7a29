export * from './api-key.dto.js';
export * from './api-keys.service.js';
export * from './open311.format.js';
export * from './open311.module.js';
export * from './open311.service.js';
