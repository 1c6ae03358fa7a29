export * from './auth.decorators.js';
export * from './auth.dto.js';
export * from './auth.guards.js';
export * from './auth.module.js';
export * from './auth.service.js';
export * from './oidc-login.js';
