export * from './embedded-postgres.js';
export * from './persistence.module.js';
export { MIGRATIONS } from './migrations/index.js';
export * from './database-errors.js';
export * from './prepared.js';
export * from './plain-sql.js';
