export * from './actor.js';
export * from './clock.js';
export * from './common.module.js';
export * from './domain-error.js';
export * from './domain-exception.filter.js';
export * from './validation.js';
export * from './categories.js';
export * from './openapi.js';
