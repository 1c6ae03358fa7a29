export * from './attachment.dto.js';
export * from './attachment.rows.js';
export * from './file-store.js';
export * from './file-types.js';
export * from './files.module.js';
export * from './staging.js';
export * from './upload-storage.js';
export * from './intake.js';
