export * from './file-store.js';
export * from './file-types.js';
export * from './files.module.js';
export * from './staging.js';
export * from './upload-storage.js';
