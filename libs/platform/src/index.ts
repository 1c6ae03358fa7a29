export * from './platform.module.js';
export * from './preflight.js';
export * from './process.js';
